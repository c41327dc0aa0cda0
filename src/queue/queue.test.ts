// The distributed ingest: `chancery ingest --queue` fills a pg-boss queue in PostgreSQL, `chancery worker`
// processes empty it; one worker killed mid-run loses nothing (its job expires and another takes it).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../test/corpus.js';
import { cli, sleep, spawnCli } from '../../test/helpers.js';
import { freshPostgres, postgresUrl } from '../../test/stores.js';
import { QUEUE } from './boss.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chancery-queue-'));
});

describe('the queue without PostgreSQL', () => {
  it('refuses --queue with a SQLite --db: one line, exit 2', async () => {
    const folder = join(dir, 'few');
    writeCorpus(folder, 2);
    const r = await cli(['ingest', folder, '--queue', '--db', join(dir, 'x.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chancery: --queue: needs a PostgreSQL --db \(postgres:\/\/…\), which the workers share; ".*x\.db" is a SQLite file\n$/);
  });

  it('a worker retries an unreachable PostgreSQL with a growing pause, one line each, then gives up (exit 1)', async () => {
    const started = Date.now();
    const r = await cli(['worker', '--db', 'postgres://chancery:secret@127.0.0.1:9/nowhere', '--max-retries', '2']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^chancery: cannot reach PostgreSQL at postgres:\/\/chancery:\*\*\*@127\.0\.0\.1:9\/nowhere: .*; retry 1 of 2 in 1 s$/);
    expect(lines[1]).toMatch(/; retry 2 of 2 in 2 s$/);
    expect(lines[2]).toMatch(/; gave up after 2 retries$/);
    expect(r.stderr).not.toContain('secret');
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
  });
});

if (!postgresUrl) console.log('skipping queue tests on PostgreSQL: CHANCERY_TEST_POSTGRES is not set');

describe.runIf(postgresUrl)('the queue on PostgreSQL', () => {
  let url: string;
  let drop: () => Promise<void>;
  const schema = `q_${randomUUID().replace(/-/g, '').slice(0, 12)}`;

  beforeAll(async () => {
    ({ url, drop } = await freshPostgres());
  });
  afterAll(async () => {
    const c = new pg.Client({ connectionString: postgresUrl ?? '' });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
    await drop();
  });

  const query = async <T>(sql: string): Promise<T[]> => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(sql)).rows as T[];
    } finally {
      await c.end();
    }
  };

  it('3 workers, one killed mid-run: every article analyzed and stored exactly once', { timeout: 240_000 }, async () => {
    const folder = join(dir, 'corpus');
    writeCorpus(folder, 30);
    writeFileSync(join(folder, 'huge.txt'), `Huge\n\n${'The talks went on. '.repeat(260_000)}`);
    const q = await cli(['ingest', folder, '--queue', '--db', url, '--queue-schema', schema, '--job-timeout', '15']);
    expect(q.code).toBe(1);
    expect(q.stdout).toMatch(/^queued 30 of 31 articles in .*: 0 skipped \(stored already\), 1 failed/);
    expect(q.stderr).toBe(`chancery: ${join(folder, 'huge.txt')}: too large for a queue job (4.7 MB; the limit is 4.0 MB): ingest it without --queue\n`);

    const env = { CHANCERY_QUEUE_MAINTENANCE_SECONDS: '1' };
    const args = ['worker', '--db', url, '--queue-schema', schema, '--concurrency', '1'];
    const workers = [spawnCli(args, env), spawnCli(args, env), spawnCli(args, env)];
    const stored = async () => Number((await query<{ n: number }>('SELECT count(*)::int AS n FROM articles'))[0].n);
    // Kill the first worker while it holds a job.
    const deadline = Date.now() + 120_000;
    let killed = false;
    while (Date.now() < deadline) {
      const active = await query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.job WHERE name = '${QUEUE}' AND state = 'active'`);
      if (!killed && (await stored()) > 0 && active[0].n > 0) {
        workers[0].child.kill('SIGKILL');
        killed = true;
      }
      if (killed && (await stored()) === 30) break;
      await sleep(200);
    }
    expect(killed).toBe(true);
    // Wait for the queue to drain: every job completed (the killed one's after it expired).
    while (Date.now() < deadline) {
      const open = await query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.job WHERE name = '${QUEUE}' AND state <> 'completed'`);
      if (open[0].n === 0) break;
      await sleep(250);
    }
    for (const w of workers.slice(1)) w.child.kill('SIGTERM');
    const [dead, ...rest] = await Promise.all(workers.map((w) => w.done));
    expect(dead.code).toBeNull();
    for (const r of rest) {
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^worker done: \d+ stored, \d+ unchanged, 0 replaced, 0 failed\n$/);
    }
    expect(await stored()).toBe(30);
    const distinct = await query<{ n: number }>('SELECT count(DISTINCT source_location)::int AS n FROM articles');
    expect(distinct[0].n).toBe(30);
    const jobs = await query<{ state: string; n: number }>(`SELECT state, count(*)::int AS n FROM ${schema}.job WHERE name = '${QUEUE}' GROUP BY state`);
    expect(jobs).toEqual([{ state: 'completed', n: 30 }]);

    // Queued again: everything is stored, nothing is queued.
    const again = await cli(['ingest', join(folder, 'article-000.txt'), '--queue', '--db', url, '--queue-schema', schema]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^queued 0 of 1 articles in .*: 1 skipped \(stored already\)/);
  });
});
