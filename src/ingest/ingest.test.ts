// The parallel, resumable ingest: a worker pool stores what one thread stores; a run killed mid-way and
// run again loses nothing and stores nothing twice; two ingests into one SQLite file at once both finish.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../test/corpus.js';
import { cli, sleep, spawnCli } from '../../test/helpers.js';
import { openSqliteStore } from '../store/sqlite.js';

let dir: string;
let folder: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chancery-ingest-'));
  folder = join(dir, 'corpus');
  writeCorpus(folder, 30);
});

async function records(db: string): Promise<unknown[]> {
  const store = openSqliteStore(db);
  const out: unknown[] = [];
  for await (const r of store.records()) out.push(r);
  await store.close();
  return out;
}

const count = (db: string, sql = 'SELECT count(*) AS n FROM articles'): number => {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (conn.prepare(sql).get() as { n: number }).n;
  } finally {
    conn.close();
  }
};

/** Runs the built CLI as a child process; resolves with its exit code and output. */
describe('chancery ingest --threads', () => {
  it('stores with a pool of worker threads exactly what one thread stores', { timeout: 180_000 }, async () => {
    const one = join(dir, 'one.db');
    const pool = join(dir, 'pool.db');
    const a = await cli(['ingest', folder, '--db', one, '--threads', '1']);
    const b = await cli(['ingest', folder, '--db', pool, '--threads', '2']);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/ingested 30 of 30 articles into .*: 30 stored, 0 unchanged, 0 replaced/);
    const ra = await records(one);
    expect(ra).toHaveLength(30);
    expect(await records(pool)).toEqual(ra);
    // Committed in input order: the same stories as well.
    const stories = 'SELECT count(DISTINCT story_id) AS n FROM article_stories';
    expect(count(pool, stories)).toBe(count(one, stories));
  });

  it('reports a bad input in the pool as one line and stores the rest (exit 1); exit 1 when all fail', { timeout: 180_000 }, async () => {
    const mixed = join(dir, 'mixed');
    writeCorpus(mixed, 3);
    writeFileSync(join(mixed, 'bad.html'), '<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>');
    writeFileSync(join(mixed, 'png.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const r = await cli(['ingest', mixed, '--db', join(dir, 'mixed.db'), '--threads', '2']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ingested 3 of 5 articles .*: 3 stored, 0 unchanged, 0 replaced, 2 failed/);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toContain(`chancery: ${join(mixed, 'png.txt')}: not a text or HTML file (PNG image)`);
    expect(r.stderr).toContain(`chancery: ${join(mixed, 'bad.html')}: no article text found (no body paragraphs)`);
    const none = await cli(['ingest', join(mixed, 'png.txt'), '--db', join(dir, 'none.db'), '--threads', '2']);
    expect(none.code).toBe(1);
  });

  it('refuses a bad --threads with one line, exit 2', async () => {
    const r = await cli(['ingest', folder, '--db', join(dir, 'x.db'), '--threads', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chancery: --threads: invalid value "0": expected a positive whole number\n');
  });
});

describe('a resumable ingest', () => {
  it('killed mid-run (SIGKILL) and run again, stores every article exactly once and skips those stored', { timeout: 240_000 }, async () => {
    const big = join(dir, 'big');
    writeCorpus(big, 120);
    const db = join(dir, 'resume.db');
    const first = spawnCli(['ingest', big, '--db', db, '--threads', '1'], { CHANCERY_INGEST_BATCH: '5' });
    let exited = false;
    first.done.then(() => (exited = true));
    // Wait for the first committed batch, then kill.
    for (let i = 0; i < 1200 && !exited; i++) {
      await sleep(50);
      try {
        if (count(db) > 0) break;
      } catch {
        // not created yet
      }
    }
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.code).toBeNull(); // killed, not finished
    const before = count(db);
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(120);
    const again = await cli(['ingest', big, '--db', db, '--threads', '2']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`ingested 120 of 120 articles .*: ${120 - before} stored, 0 unchanged, 0 replaced, ${before} skipped \\(stored already\\)`));
    expect(count(db)).toBe(120);
    expect(count(db, 'SELECT count(DISTINCT source_location) AS n FROM articles')).toBe(120);
    expect(count(db, 'SELECT count(*) AS n FROM article_stories')).toBe(120);
  });

  it('two ingests into one SQLite file at once both complete, and the file is sound', { timeout: 180_000 }, async () => {
    const db = join(dir, 'shared.db');
    const [a, b] = [spawnCli(['ingest', folder, '--db', db, '--threads', '1']), spawnCli(['ingest', folder, '--db', db, '--threads', '1'])];
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect([ra.code, rb.code, ra.stderr, rb.stderr]).toEqual([0, 0, '', '']);
    const stored = (s: string) => Number(/: (\d+) stored/.exec(s)?.[1]);
    expect(stored(ra.stdout) + stored(rb.stdout)).toBe(30);
    expect(count(db)).toBe(30);
    const conn = new Database(db, { readonly: true });
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(conn.pragma('foreign_key_check')).toEqual([]);
    conn.close();
  });
});
