// The corpus from the command line: queries, exports and re-analysis, on SQLite and PostgreSQL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleRecord } from '../../test/fixtures/records.js';
import { cli } from '../../test/helpers.js';
import { backends, type TestStore } from '../../test/stores.js';
import { GDELT_COLUMNS } from '../export/gdelt.js';
import { analyzeToRecord } from '../pipeline.js';
import { textInput } from '../sources/input.js';

const visit = articleRecord({
  title: 'Israeli minister in Baku',
  published: '2023-03-29',
  events: [
    { source: 'ISR', target: 'AZE', cameo: '042', quadClass: 1, goldstein: 1.9, plover: 'CONSULT', sentence: 'Israel sent its foreign minister to Azerbaijan, on a visit to Baku.', trigger: 'visit', place: { id: 'place:AZE:baku', name: 'Baku', country: 'AZE', lat: 40.4093, lon: 49.8671 } },
    { source: 'AZE', target: 'ISR', cameo: '111', quadClass: 3, goldstein: -2, plover: 'DISAPPROVE', sentence: 'Azerbaijan criticized Israel, "for the delay", in April.', trigger: 'criticized', date: '2023-04-03' },
  ],
  extra: ['“We are grateful,” said Eli Cohen.'],
  quotes: [{ text: 'We are grateful,', speaker: 'person:eli-cohen' }],
});

describe.each(backends())('chancery queries and exports on $name', (backend) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await backend.open();
    await t.store.putArticle(visit);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('lists events as a table, JSON and GDELT-named CSV', async () => {
    const table = await cli(['events', '--db', t.db, '--dyad', 'ISR,AZE']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/2023-04-03 +Azerbaijan \(AZE\) +Israel \(ISR\) +111/);
    expect(table.stdout).toContain('2 events');
    const json = JSON.parse((await cli(['events', '--db', t.db, '--source', 'ISR', '--format', 'json'])).stdout);
    expect(json.total).toBe(1);
    expect(json.items[0]).toMatchObject({ cameo: '042', place: { name: 'Baku' } });
    const csv = (await cli(['events', '--db', t.db, '--format', 'csv'])).stdout.trim().split('\n');
    expect(csv[0].split(',').slice(0, 6)).toEqual(['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code']);
    expect(csv).toHaveLength(3);
    expect(csv.find((l) => l.includes(',111,'))).toContain('"Azerbaijan criticized Israel, ""for the delay"", in April."');
  });

  it('draws the dyad timeline', async () => {
    const r = await cli(['dyad', 'ISR', 'AZE', '--db', t.db, '--format', 'json']);
    expect(r.code).toBe(0);
    const timeline = JSON.parse(r.stdout);
    expect(timeline.periods.map((p: { period: string }) => p.period)).toEqual(['2023-03', '2023-04']);
    const table = await cli(['dyad', 'ISR', 'AZE', '--db', t.db, '--by', 'week']);
    expect(table.stdout).toMatch(/^2023-W13 +1 +1\/0\/0\/0/m);
    const csv = await cli(['dyad', 'ISR', 'AZE', '--db', t.db, '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toMatch(/^period,ab_events,ab_q1/);
  });

  it('shows actors, quotes and claims', async () => {
    expect((await cli(['actors', '--db', t.db])).stdout).toMatch(/country:AZE +AZE +Azerbaijan/);
    expect((await cli(['actors', 'person:eli-cohen', '--db', t.db])).stdout).toContain('Eli Cohen (person:eli-cohen');
    const unknown = await cli(['actors', 'person:nobody', '--db', t.db]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect((await cli(['quotes', '--db', t.db, '--speaker', 'ISR'])).stdout).toMatch(/Eli Cohen +direct +We are grateful/);
    expect((await cli(['claims', '--db', t.db])).stdout).toContain('0 claims');
  });

  it('exports GDELT (61 tab-separated columns), PLOVER JSON and records', async () => {
    const gdelt = (await cli(['export', '--format', 'gdelt', '--db', t.db])).stdout.trim().split('\n');
    expect(gdelt).toHaveLength(2);
    const row = gdelt[0].split('\t');
    expect(row).toHaveLength(GDELT_COLUMNS.length);
    expect(GDELT_COLUMNS).toHaveLength(61);
    const get = (c: (typeof GDELT_COLUMNS)[number]) => gdelt.map((l) => l.split('\t')[GDELT_COLUMNS.indexOf(c)]);
    expect(get('EventCode').sort()).toEqual(['042', '111']);
    expect(get('SQLDATE').sort()).toEqual(['20230329', '20230403']);
    expect(get('ActionGeo_FullName')).toContain('Baku');
    const plover = (await cli(['export', '--format', 'plover', '--db', t.db])).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(plover.find((p) => p.event[0] === 'CONSULT')).toMatchObject({ date: '2023-03-29', actor: [{ code: 'ISR' }], recipient: [{ code: 'AZE' }], quad_code: 1 });
    const records = (await cli(['export', '--format', 'jsonl', '--db', t.db])).stdout.trim().split('\n');
    expect(JSON.parse(records[0])).toEqual(visit);
  });

  it('rejects bad parameters with one line and exit 2', async () => {
    for (const args of [
      ['events', '--from', '2023-02-30'],
      ['events', '--quad', '7'],
      ['events', '--cameo', '04x'],
      ['events', '--limit', '-3'],
      ['events', '--actor', "ISR'--"],
      ['dyad', 'ISR', 'AZE', '--by', 'year'],
      ['events', '--format', 'xml'],
      ['export', '--format', 'xml'],
    ]) {
      const r = await cli([...args, '--db', t.db]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('chancery export --out and reanalyze', () => {
  it('writes the export file whole, and re-analyzes what an older pipeline stored', async () => {
    const [sqlite] = backends();
    const t = await sqlite.open();
    try {
      const text = 'Turkey hosts Armenian envoy\n\nTurkish Foreign Minister Hakan Fidan met Armenia’s envoy Ruben Rubinyan in Ankara on Monday, the ministry said.';
      const old = analyzeToRecord(textInput(text, 'envoy.txt', 'text'), { published: '2024-02-05' });
      old.pipeline.version = '0.0.1+old';
      old.events = [];
      await t.store.putArticle(old);
      const r = await cli(['reanalyze', '--db', t.db]);
      expect(r.stdout).toMatch(/^re-analyzed 1 of 1 article/);
      const now = await t.store.getArticle(old.id);
      expect(now?.pipeline.version).not.toBe('0.0.1+old');
      expect(now?.events.length).toBeGreaterThan(0);
      expect((await cli(['reanalyze', '--db', t.db])).stdout).toMatch(/^re-analyzed 0 of 0/);

      const out = join(t.db, '..', 'events.tsv');
      const e = await cli(['export', '--format', 'gdelt', '--db', t.db, '--out', out]);
      expect(e.code).toBe(0);
      expect(readFileSync(out, 'utf8').trim().split('\n').length).toBe(now?.events.length);
      const missing = await cli(['export', '--format', 'gdelt', '--db', t.db, '--out', join(t.db, '..', 'no', 'such', 'x.tsv')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/^chancery: --out: cannot write/);
    } finally {
      await t.dispose();
    }
  });
});

describe('a store that cannot be reached', () => {
  it('PostgreSQL down: one clear line, exit 2, password hidden', async () => {
    const r = await cli(['events', '--db', 'postgres://chancery:secret@127.0.0.1:1/chancery']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chancery: cannot open database postgres://chancery:***@127.0.0.1:1/chancery: connection refused (is PostgreSQL running?)\n');
  });
});
