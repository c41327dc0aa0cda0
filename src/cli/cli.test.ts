import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, haveShared, shared } from '../../test/helpers.js';
import { recordProblems } from '../doc/schema.js';
import { packageRoot } from '../util/paths.js';

const ARTICLE = [
  'Envoys agree to reopen border crossing',
  'Talks in Vienna end with a timetable for the first crossing in four years',
  'By Mira Holt, Global Wire',
  'Negotiators from Armenia and Turkey agreed on Monday to reopen a border crossing closed since 2019, officials said.',
  '“This is the beginning of a normal relationship,” said the Armenian envoy.',
  'The crossing will open next month to diplomats and aid workers.',
].join('\n\n');

let dir: string;
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chancery-cli-'));
});

describe('chancery analyze', () => {
  it('prints one valid JSON record for one input', async () => {
    const r = await cli(['analyze', file('a.txt', ARTICLE), '--published', '2024-05-06']);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(recordProblems(record)).toEqual([]);
    expect(record.source).toEqual({ kind: 'file', location: join(dir, 'a.txt') });
    expect(record.article).toMatchObject({ title: 'Envoys agree to reopen border crossing', authors: ['Mira Holt'], publisher: 'Global Wire', published: { value: '2024-05-06', origin: 'given' } });
    expect(record.dates.map((d: { value: string }) => d.value)).toEqual(['2024-05-06', '2019', '2024-06']);
  });

  it('reads stdin', async () => {
    const r = await cli(['analyze', '-', '--format', 'jsonl'], ARTICLE);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.kind).toBe('stdin');
  });

  it('prints one record per line for several inputs, and a markdown report on request', async () => {
    const a = file('b.txt', ARTICLE);
    const b = file('c.txt', ARTICLE.replace('Monday', 'Tuesday'));
    const r = await cli(['analyze', a, b]);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.location)).toEqual([a, b]);
    const md = await cli(['analyze', a, '--format', 'markdown']);
    expect(md.stdout).toMatch(/^# Envoys agree to reopen border crossing\n/);
    expect(md.stdout).toContain('By Mira Holt — Global Wire');
  });

  it('analyzes the .txt and .html files of a folder', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'one.txt'), ARTICLE);
    writeFileSync(join(folder, 'two.html'), `<html><head><title>Envoys agree</title></head><body><article><h1>Envoys agree</h1><p>${ARTICLE.split('\n\n').slice(3).join('</p><p>')}</p></article></body></html>`);
    writeFileSync(join(folder, 'notes.md'), 'not an article');
    const r = await cli(['analyze', folder]);
    expect(r.code).toBe(0);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(2);
    expect(records[1].article.title).toBe('Envoys agree');
    expect(records[1].sections.filter((s: { kind: string }) => s.kind === 'body')).toHaveLength(3);
  });

  it('prints the others and exits 1 when some inputs fail', async () => {
    const r = await cli(['analyze', file('d.txt', ARTICLE), join(dir, 'missing.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe(`chancery: ${join(dir, 'missing.txt')}: no such file or folder\n`);
  });

  it('analyzes --batch records with their ids and dates', async () => {
    const batch = file('batch.jsonl', [
      JSON.stringify({ id: 'r1', text: 'The president of Chile met the president of Argentina on Friday.', date: '20180105' }),
      '',
      JSON.stringify({ id: 7, html: '<p>Protesters marched in Dhaka on Sunday.</p>', published: '2019-02-03' }),
    ].join('\n'));
    const r = await cli(['analyze', '--batch', batch]);
    expect(r.code).toBe(0);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => x.source)).toEqual([{ kind: 'batch', location: 'r1' }, { kind: 'batch', location: '7' }]);
    expect(records.map((x) => x.dates[0]?.value)).toEqual(['2018-01-05', '2019-02-03']);
  });
});

describe('bad input: one line naming the input and the reason, exit 2', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a missing file', () => ['analyze', join(dir, 'nope.txt')], /nope\.txt: no such file or folder$/],
    ['an empty file', () => ['analyze', file('empty.txt', '')], /empty\.txt: empty file$/],
    ['a whitespace-only file', () => ['analyze', file('blank.txt', ' \n\t\n ')], /blank\.txt: empty \(only whitespace\)$/],
    ['a PNG', () => ['analyze', file('pic.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))], /pic\.txt: not a text or HTML file \(PNG image\)$/],
    ['a zip', () => ['analyze', file('a.zip.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]))], /not a text or HTML file \(zip archive\)$/],
    ['a 50 MB text file', () => ['analyze', file('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'word '))], /huge\.txt: too large \(50\.0 MB; the limit is 20\.0 MB\)$/],
    ['an invalid --published', () => ['analyze', file('ok.txt', ARTICLE), '--published', '2023-02-30'], /--published: invalid date "2023-02-30"/],
    ['an unknown --format', () => ['analyze', file('ok2.txt', ARTICLE), '--format', 'xml'], /--format: unknown format "xml"; use one of json, jsonl, markdown$/],
    ['a malformed --batch line', () => ['analyze', '--batch', file('bad.jsonl', `${JSON.stringify({ id: 'x', text: ARTICLE })}\n{"id": "y", "text": \n`)], /bad\.jsonl:2: not valid JSON/],
    ['a --batch line without text', () => ['analyze', '--batch', file('bad2.jsonl', JSON.stringify({ id: 'z' }))], /bad2\.jsonl:1: needs "text" or "html"$/],
    ['a text with no article in it', () => ['analyze', file('menu.txt', 'Home\n\nMost Popular\n\nSubscribe now')], /menu\.txt: no article text found/],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const r = await cli(args());
      expect(r.code).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('the built executable exits 2 with one line and no stack trace', () => {
    const r = spawnSync(process.execPath, [join(packageRoot(), 'dist', 'src', 'cli', 'main.js'), 'analyze', join(dir, 'nope.txt')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`chancery: ${join(dir, 'nope.txt')}: no such file or folder\n`);
  });

  it('an unknown option is a usage error', async () => {
    const r = await cli(['analyze', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--frobnicate'/);
  });
});

describe('chancery ingest and list', () => {
  it('stores a folder, reports a bad file, exits 1, and is a no-op the second time', async () => {
    const folder = join(dir, 'corpus');
    mkdirSync(folder);
    writeFileSync(join(folder, '1.txt'), ARTICLE);
    writeFileSync(join(folder, '2.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    writeFileSync(join(folder, '3.txt'), ARTICLE.replace('Vienna', 'Geneva'));
    const db = join(dir, 'corpus.db');
    const first = await cli(['ingest', folder, '--db', db]);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/ingested 2 of 3 articles into .*: 2 stored, 0 unchanged, 0 replaced, 1 failed/);
    expect(first.stderr).toBe(`chancery: ${join(folder, '2.txt')}: not a text or HTML file (PNG image)\n`);
    const again = await cli(['ingest', join(folder, '1.txt'), join(folder, '3.txt'), '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/2 of 2 articles .*: 0 stored, 0 unchanged, 0 replaced, 2 skipped \(stored already\)/);
    const rows = new Database(db, { readonly: true });
    expect(rows.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 2 });
    rows.close();
    const list = await cli(['list', '--db', db]);
    expect(list.stdout).toMatch(/Envoys agree to reopen border crossing/);
    expect(list.stdout).toMatch(/2 articles in /);
  });

  it('refuses a database in a missing folder with one line', async () => {
    const r = await cli(['ingest', file('e.txt', ARTICLE), '--db', join(dir, 'no', 'such', 'x.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chancery: cannot open database .*x\.db: folder .* does not exist\n$/);
  });
});

describe.runIf(haveShared())('the seed through the CLI', () => {
  it('prints a record the schema accepts', async () => {
    const r = await cli(['analyze', join(shared ?? '', 'corpus', 'seed-azerbaijan-israel.txt'), '--published', '2023-03-29']);
    expect(r.code).toBe(0);
    expect(recordProblems(JSON.parse(r.stdout))).toEqual([]);
  });
});
