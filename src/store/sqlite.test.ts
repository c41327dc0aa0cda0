import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ArticleRecord, RecordSchema, recordProblems, type Span } from '../doc/schema.js';
import { InputError } from '../util/errors.js';
import { contentId } from '../util/hash.js';
import { ARTICLE_TABLES, MIGRATIONS } from './migrations.js';
import { applyMigrations, openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** The span of the `nth` occurrence of `needle` in `text`. */
function span(text: string, needle: string, nth = 1): Span {
  let start = -1;
  for (let i = 0; i < nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" not in text`);
  }
  return { start, end: start + needle.length };
}

/** A small, realistic record: 2 actors, 3 mentions, 1 event, 1 quote, 1 claim, 1 date, 1 place. */
function makeRecord(title = 'Jordan hosts Israeli minister for water talks', version = '0.1.0+abc123'): ArticleRecord {
  const dek = 'The neighbours discuss a deal to ease a long drought';
  const body = [
    "AMMAN, Jordan — Israeli Foreign Minister Eli Cohen met Jordan's King Abdullah II in Amman on March 29, 2023.",
    '"We will share more water with our neighbours," Cohen told reporters after the meeting.',
    'Israel will sell 50 million cubic meters of water to Jordan this year, officials said.',
  ];
  const text = [title, dek, 'By Jane Doe', body.join(' ')].join('\n');
  const at = (needle: string, nth = 1) => span(text, needle, nth);
  const sentence = (s: string) => at(s);
  const quoteText = 'We will share more water with our neighbours,';
  const record: ArticleRecord = {
    schema: 'chancery/article@1',
    id: contentId(text),
    pipeline: { version },
    source: { kind: 'file', location: 'examples/jordan-water.html' },
    text,
    sections: [
      { kind: 'title', ...at(title) },
      { kind: 'dek', ...at(dek) },
      { kind: 'byline', ...at('By Jane Doe') },
      { kind: 'body', ...at(body.join(' ')) },
    ],
    article: {
      title,
      dek,
      authors: ['Jane Doe'],
      publisher: 'Example News',
      published: { value: '2023-03-29', origin: 'metadata' },
      url: 'https://news.example.com/2023/03/29/jordan-water',
      language: 'en',
    },
    sentences: [sentence(title), sentence(dek), sentence('By Jane Doe'), ...body.map(sentence)],
    mentions: [
      { id: 'm1', ...at('Eli Cohen'), type: 'PER', actor: 'a1' },
      { id: 'm2', ...at('King Abdullah II'), type: 'PER', actor: 'a2' },
      { id: 'm3', ...at('Amman'), type: 'GPE' },
    ],
    actors: [
      {
        id: 'a1', name: 'Eli Cohen', kind: 'person', country: 'ISR', role: 'foreign minister', agents: ['GOV'],
        code: 'ISRGOV', mentions: ['m1'],
      },
      { id: 'a2', name: 'Abdullah II', kind: 'person', country: 'JOR', agents: ['GOV'], code: 'JORGOV', mentions: ['m2'] },
    ],
    places: [{ id: 'p1', name: 'Amman', country: 'JOR', lat: 31.9539, lon: 35.9106, mentions: ['m3'] }],
    dates: [{ ...at('March 29, 2023'), value: '2023-03-29', granularity: 'day' }],
    events: [
      {
        id: 'e1',
        source: { actor: 'a1', code: 'ISRGOV' },
        target: { actor: 'a2', code: 'JORGOV' },
        cameo: '043',
        rootCode: '04',
        quadClass: 1,
        goldstein: 2.8,
        plover: { type: 'CONSULT', mode: 'visit' },
        date: { value: '2023-03-29', granularity: 'day', origin: 'sentence' },
        place: 'p1',
        modality: 'asserted',
        negated: false,
        sentence: sentence(body[0]),
        trigger: at('met'),
        evidence: body[0],
        confidence: 0.9,
        rule: 'consult/met',
        mentions: [{ sentence: sentence(body[0]), trigger: at('met') }],
      },
    ],
    quotes: [
      {
        id: 'q1', ...at(quoteText), text: quoteText, direct: true, speaker: 'a1', cue: at('told'), addressee: 'reporters',
      },
    ],
    claims: [
      {
        id: 'c1', ...at('50 million cubic meters'), value: 50_000_000, unit: 'cubic meters', qualifier: 'of water',
        subject: 'a1', object: 'a2', about: 'water sale', period: '2023', source: 'officials',
      },
    ],
    warnings: [],
  };
  return RecordSchema.parse(record);
}

let dir: string;
let file: string;
let store: Store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chancery-store-'));
  file = join(dir, 'chancery.db');
  store = openSqliteStore(file);
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Rows per table for one article, read through a second connection as another process would. */
function rowCounts(articleId: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const counts: Record<string, number> = {};
    for (const table of ARTICLE_TABLES) {
      const key = table === 'articles' ? 'id' : 'article_id';
      counts[table] = db.prepare(`SELECT COUNT(*) FROM ${table} WHERE ${key} = ?`).pluck().get(articleId) as number;
    }
    return counts;
  } finally {
    db.close();
  }
}

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const EXPECTED_ROWS = {
  articles: 1, sections: 4, sentences: 6, mentions: 3, actors: 2, places: 1, dates: 1, events: 1, quotes: 1, claims: 1,
};
const NO_ROWS = Object.fromEntries(ARTICLE_TABLES.map((t) => [t, 0]));

describe('SQLite store', () => {
  it('the example record is valid', () => {
    expect(recordProblems(makeRecord())).toEqual([]);
  });

  it('stores a record and gives it back equal, with its fields as columns', async () => {
    const record = makeRecord();
    expect(await store.putArticle(record)).toEqual({ status: 'stored', id: record.id, story: record.id });
    expect(await store.getArticle(record.id)).toEqual(record);
    expect(await store.getArticle('no-such-id')).toBeNull();
    expect(rowCounts(record.id)).toEqual(EXPECTED_ROWS);

    const [event] = query<Record<string, unknown>>('SELECT * FROM events WHERE article_id = ?', record.id);
    expect(event).toMatchObject({
      id: 'e1', source_actor: 'a1', source_code: 'ISRGOV', target_actor: 'a2', target_code: 'JORGOV',
      cameo: '043', root_code: '04', quad_class: 1, goldstein: 2.8, plover_type: 'CONSULT', plover_mode: 'visit',
      date_value: '2023-03-29', place: 'p1', negated: 0, rule: 'consult/met',
    });
    const [quote] = query<Record<string, unknown>>('SELECT * FROM quotes WHERE article_id = ?', record.id);
    expect(quote).toMatchObject({ speaker: 'a1', direct: 1, addressee: 'reporters', cue_start: record.quotes[0].cue!.start });
    const [claim] = query<Record<string, unknown>>('SELECT * FROM claims WHERE article_id = ?', record.id);
    expect(claim).toMatchObject({ value: 50_000_000, unit: 'cubic meters', subject: 'a1' });
    const [article] = query<Record<string, unknown>>('SELECT * FROM articles WHERE id = ?', record.id);
    expect(article).toMatchObject({ published_value: '2023-03-29', authors: '["Jane Doe"]', source_kind: 'file' });
    expect(article.ingested_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('storing the identical record again changes nothing', async () => {
    const record = makeRecord();
    await store.putArticle(record);
    const before = query<{ ingested_at: string }>('SELECT ingested_at FROM articles WHERE id = ?', record.id);
    await new Promise((r) => setTimeout(r, 5)); // so a rewrite would show in ingested_at

    expect(await store.putArticle(record)).toEqual({ status: 'unchanged', id: record.id });
    expect(rowCounts(record.id)).toEqual(EXPECTED_ROWS);
    expect(query('SELECT ingested_at FROM articles WHERE id = ?', record.id)).toEqual(before);
  });

  it('a record from another pipeline version replaces the stored rows', async () => {
    const v1 = makeRecord();
    await store.putArticle(v1);
    const v2 = makeRecord(undefined, '0.2.0+def456');
    v2.mentions = v2.mentions.filter((m) => m.id !== 'm3');
    v2.places = [];
    v2.events[0].cameo = '042';
    v2.events[0].plover = { type: 'CONSULT' };

    expect(await store.putArticle(v2)).toEqual({ status: 'replaced', id: v1.id, story: v1.id });
    expect(await store.getArticle(v1.id)).toEqual(v2);
    expect(rowCounts(v1.id)).toEqual({ ...EXPECTED_ROWS, mentions: 2, places: 0 });
    expect(query('SELECT cameo, plover_mode FROM events')).toEqual([{ cameo: '042', plover_mode: null }]);
    expect(await store.staleArticles('0.2.0+def456')).toEqual([]);
  });

  it('a write that fails mid-way leaves no rows for that article, and other articles intact', async () => {
    const good = makeRecord();
    await store.putArticle(good);

    // Two mentions with one id: the article row and earlier child rows are written before the primary key
    // on mentions rejects the second one.
    const bad = makeRecord('Israel and Jordan sign a water deal');
    bad.mentions.push({ ...bad.mentions[0] });
    expect(RecordSchema.safeParse(bad).success).toBe(true);
    await expect(store.putArticle(bad)).rejects.toThrow(
      `cannot store article ${bad.id}: malformed record: UNIQUE constraint failed: mentions.article_id, mentions.id`,
    );
    expect(rowCounts(bad.id)).toEqual(NO_ROWS);
    expect(rowCounts(good.id)).toEqual(EXPECTED_ROWS);
    expect(await store.getArticle(good.id)).toEqual(good);

    // A failed replacement keeps the old version: the delete is rolled back too.
    const badV2 = makeRecord(undefined, '0.2.0+def456');
    badV2.events.push({ ...badV2.events[0] });
    await expect(store.putArticle(badV2)).rejects.toThrow(/malformed record: UNIQUE constraint failed: events/);
    expect(await store.getArticle(good.id)).toEqual(good);
    expect(rowCounts(good.id)).toEqual(EXPECTED_ROWS);
    expect(await store.countArticles()).toBe(1);
  });

  it('rejects a record that does not match the schema, writing nothing', async () => {
    const record = makeRecord();
    const broken = { ...record, events: [{ ...record.events[0], quadClass: 7 }] };
    await expect(store.putArticle(broken)).rejects.toThrow(
      new RegExp(`^cannot store article ${record.id}: invalid record: events\\.0\\.quadClass`),
    );
    expect(rowCounts(record.id)).toEqual(NO_ROWS);
  });

  it('lists, counts and finds stale articles', async () => {
    const a = makeRecord('Jordan hosts Israeli minister');
    const b = makeRecord('Israel and Jordan sign a water deal');
    const c = makeRecord('Water deal draws criticism', '0.2.0+def456');
    c.quotes = [];
    for (const r of [a, b, c]) await store.putArticle(r);

    expect(await store.countArticles()).toBe(3);
    const all = await store.listArticles();
    expect(all.map((s) => s.id).sort()).toEqual([a.id, b.id, c.id].sort());
    const summaryOfC = all.find((s) => s.id === c.id);
    expect(summaryOfC).toEqual({
      id: c.id,
      title: 'Water deal draws criticism',
      publisher: 'Example News',
      published: '2023-03-29',
      source: { kind: 'file', location: 'examples/jordan-water.html' },
      pipelineVersion: '0.2.0+def456',
      counts: { events: 1, quotes: 0, claims: 1, actors: 2 },
      ingestedAt: expect.stringMatching(/Z$/),
    });

    const page1 = await store.listArticles({ limit: 2 });
    const page2 = await store.listArticles({ limit: 2, offset: 2 });
    expect(page1).toHaveLength(2);
    expect([...page1, ...page2]).toEqual(all);
    await expect(store.listArticles({ limit: -1 })).rejects.toThrow(RangeError);

    expect(await store.staleArticles('0.2.0+def456')).toEqual([a.id, b.id].sort());
    expect(await store.staleArticles('0.1.0+abc123')).toEqual([c.id]);
  });

  it('reopening an up-to-date database applies no migration again', async () => {
    await store.putArticle(makeRecord());
    await store.close();
    const applied = query<{ version: number; name: string; applied_at: string }>('SELECT * FROM schema_migrations');
    expect(applied.map((m) => m.version)).toEqual(MIGRATIONS.map((m) => m.version));

    store = openSqliteStore(file);
    expect(query('SELECT * FROM schema_migrations')).toEqual(applied);
    expect(await store.countArticles()).toBe(1);

    const db = new Database(file);
    try {
      expect(applyMigrations(db)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('opens the database in WAL mode', () => {
    expect(query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
  });

  it('has the lookup indexes', () => {
    const names = query<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'index'").map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'events_source_actor', 'events_target_actor', 'events_source_code', 'events_target_code',
        'events_date_value', 'articles_published_value', 'events_cameo', 'events_root_code', 'events_quad_class',
        'mentions_actor_id', 'quotes_speaker', 'claims_subject',
      ]),
    );
  });

  describe('a database that cannot be opened gives one clear line', () => {
    it('in a missing folder', () => {
      const path = join(dir, 'missing', 'x.db');
      expect(() => openSqliteStore(path)).toThrow(
        new InputError(`cannot open database ${path}: folder ${join(dir, 'missing')} does not exist`),
      );
    });

    it('under a file', () => {
      const notAFolder = join(dir, 'plain.txt');
      writeFileSync(notAFolder, 'hello');
      const path = join(notAFolder, 'x.db');
      expect(() => openSqliteStore(path)).toThrow(`cannot open database ${path}: ${notAFolder} is not a folder`);
    });

    it('that is not a database', () => {
      const path = join(dir, 'notes.db');
      writeFileSync(path, 'these are not the tables you are looking for\n'.repeat(200));
      expect(() => openSqliteStore(path)).toThrow(`cannot open database ${path}: file is not a database`);
    });

    it('written by a newer version of the program', async () => {
      await store.close();
      const db = new Database(file);
      db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', '2099-01-01T00:00:00.000Z')").run();
      db.close();
      expect(() => openSqliteStore(file)).toThrow(/^cannot open database .*: its schema version 999 is newer/);
      store = openSqliteStore(':memory:'); // for afterEach
    });
  });
});
