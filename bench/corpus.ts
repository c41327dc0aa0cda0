// `npm run bench -- corpus`: a synthetic store of 1,000,000 events (BENCH_EVENTS to change it), made by a
// deterministic generator, then the dyad timeline query timed on SQLite and (when CHANCERY_BENCH_POSTGRES
// or CHANCERY_TEST_POSTGRES names a database) PostgreSQL: p50 and p95 over dyads of every size, by day,
// week and month, against a full scan of the events table in the same run as the baseline.
// The generator writes rows straight into the tables the migrations made (through the store's own schema),
// because a million events through the analysis would take hours and measure the wrong thing.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openPostgresStore } from '../src/store/postgres.js';
import type { Period, Side } from '../src/store/query.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import { median, seededRandom } from './util.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const EVENTS_PER_ARTICLE = 10;
const COUNTRIES = 200;
const DAYS = 3653; // 2015–2024
const QUERIES = Number(process.env.BENCH_QUERIES ?? 60);

/** Country codes C000…C199; news is concentrated on a few, as in real event data (Zipf, s = 1). */
const country = (i: number): string => `C${String(i).padStart(3, '0')}`;
function zipf(random: () => number): () => number {
  const weights = Array.from({ length: COUNTRIES }, (_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) {
    sum += w / total;
    cumulative.push(sum);
  }
  return () => {
    const x = random();
    let lo = 0;
    let hi = COUNTRIES - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const dayOf = (n: number): string => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const CAMEO = [['042', 1, 1.9], ['036', 1, 4], ['057', 1, 8], ['061', 2, 6.4], ['070', 2, 7], ['111', 3, -2], ['130', 3, -4.4], ['172', 4, -5], ['190', 4, -10], ['010', 1, 0]] as const;

interface Batch {
  articles: string[][];
  events: (string | number | null)[][];
}

/** Articles and their events in batches of `size` articles. */
function* generate(size: number): Generator<Batch> {
  const random = seededRandom(2026);
  const pick = zipf(random);
  const articles = Math.ceil(EVENTS / EVENTS_PER_ARTICLE);
  for (let start = 0; start < articles; start += size) {
    const batch: Batch = { articles: [], events: [] };
    for (let a = start; a < Math.min(articles, start + size); a++) {
      const id = `a${String(a).padStart(8, '0')}`;
      const published = dayOf(Math.floor(random() * DAYS));
      batch.articles.push([id, published]);
      for (let e = 0; e < EVENTS_PER_ARTICLE && a * EVENTS_PER_ARTICLE + e < EVENTS; e++) {
        const s = pick();
        let t = pick();
        if (t === s) t = (t + 1) % COUNTRIES;
        const [cameo, quad, goldstein] = CAMEO[Math.floor(random() * CAMEO.length)];
        const day = random() < 0.8 ? published : dayOf(Math.max(0, Date.parse(published) / 86_400_000 - Date.UTC(2015, 0, 1) / 86_400_000 - Math.floor(random() * 7)));
        const negated = random() < 0.03 ? 1 : 0;
        const modality = random() < 0.05 ? 'conditional' : random() < 0.1 ? 'future' : 'asserted';
        batch.events.push([
          id, `e${e + 1}`, `country:${country(s)}`, country(s), `country:${country(t)}`, country(t), cameo, cameo.slice(0, 2), quad, goldstein,
          'CONSULT', day, 'day', 'sentence', modality, negated, `Synthetic evidence sentence ${a}.${e}.`, country(s), country(t), day, 0,
        ]);
      }
    }
    yield batch;
  }
}

const EVENT_COLUMNS = [
  'article_id', 'id', 'source_actor', 'source_code', 'target_actor', 'target_code', 'cameo', 'root_code', 'quad_class', 'goldstein',
  'plover_type', 'date_value', 'date_granularity', 'date_origin', 'modality', 'negated', 'evidence', 'source_country', 'target_country',
  'day', 'duplicate',
];
const FIXED = { sentence_start: 0, sentence_end: 10, trigger_start: 0, trigger_end: 1, confidence: 0.5, rule: 'synthetic', mentions: '[]' };
const ARTICLE_FIXED = { schema: 'chancery/article@1', pipeline_version: 'bench', source_kind: 'file', authors: '[]', text: '', warnings: '[]', record: '{}', ingested_at: '2025-01-01T00:00:00.000Z' };

async function fillSqlite(path: string): Promise<void> {
  await openSqliteStore(path).close(); // the schema, by the migrations
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const articleColumns = ['id', 'published_value', 'source_location', ...Object.keys(ARTICLE_FIXED)];
  const insertArticle = db.prepare(`INSERT INTO articles (${articleColumns.join(', ')}) VALUES (${articleColumns.map(() => '?').join(', ')})`);
  const eventColumns = [...EVENT_COLUMNS, ...Object.keys(FIXED)];
  const insertEvent = db.prepare(`INSERT INTO events (${eventColumns.join(', ')}) VALUES (${eventColumns.map(() => '?').join(', ')})`);
  const write = db.transaction((batch: Batch) => {
    for (const [id, published] of batch.articles) insertArticle.run(id, published, `synthetic/${id}`, ...Object.values(ARTICLE_FIXED));
    for (const e of batch.events) insertEvent.run(...e, ...Object.values(FIXED));
  });
  for (const batch of generate(5000)) write(batch);
  db.exec('ANALYZE');
  db.close();
}

async function fillPostgres(url: string): Promise<void> {
  await (await openPostgresStore(url)).close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // unnest over arrays: one statement per batch, whatever its size.
    const types = ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'int', 'float8', 'text', 'text', 'text', 'text', 'text', 'int', 'text', 'text', 'text', 'text', 'int'];
    for (const batch of generate(5000)) {
      await client.query('BEGIN');
      const ids = batch.articles.map((a) => a[0]);
      await client.query(
        `INSERT INTO articles (id, published_value, source_location, ${Object.keys(ARTICLE_FIXED).join(', ')})
         SELECT id, p, 'synthetic/' || id, ${Object.keys(ARTICLE_FIXED).map((_, i) => `$${i + 3}`).join(', ')} FROM unnest($1::text[], $2::text[]) AS x(id, p)`,
        [ids, batch.articles.map((a) => a[1]), ...Object.values(ARTICLE_FIXED)],
      );
      const columns = EVENT_COLUMNS.map((_, i) => batch.events.map((e) => e[i]));
      const fixed = Object.values(FIXED);
      await client.query(
        `INSERT INTO events (${EVENT_COLUMNS.join(', ')}, ${Object.keys(FIXED).join(', ')})
         SELECT *, ${fixed.map((_, i) => `$${EVENT_COLUMNS.length + i + 1}`).join(', ')} FROM unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`,
        [...columns, ...fixed],
      );
      await client.query('COMMIT');
    }
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

/** Dyads to ask about: the busiest, middling and rare ones (by Zipf rank), each by day, week and month. */
function queries(): { a: Side; b: Side; by: Period }[] {
  const random = seededRandom(7);
  const out: { a: Side; b: Side; by: Period }[] = [];
  const periods: Period[] = ['month', 'week', 'day'];
  for (let i = 0; i < QUERIES; i++) {
    const rank = i % 3 === 0 ? Math.floor(random() * 3) : i % 3 === 1 ? 3 + Math.floor(random() * 30) : 33 + Math.floor(random() * 160);
    const other = (rank + 1 + Math.floor(random() * 5)) % COUNTRIES;
    out.push({ a: { kind: 'country', value: country(rank) }, b: { kind: 'country', value: country(other) }, by: periods[i % 3] });
  }
  return out;
}

async function timeQueries(store: Store, label: string, scan: () => Promise<unknown>): Promise<void> {
  const qs = queries();
  await store.dyadTimeline(qs[0].a, qs[0].b, { by: 'month' }); // warm the cache, as a server would be
  const times: number[] = [];
  let biggest = 0;
  for (const q of qs) {
    const t0 = performance.now();
    const timeline = await store.dyadTimeline(q.a, q.b, { by: q.by });
    times.push(performance.now() - t0);
    biggest = Math.max(biggest, timeline.total.ab.events + timeline.total.ba.events);
  }
  const scans: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await scan();
    scans.push(performance.now() - t0);
  }
  const sorted = [...times].sort((x, y) => x - y);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
  const scan50 = median(scans);
  console.log(
    `${label.padEnd(10)} dyad timeline over ${EVENTS.toLocaleString('en')} events: p50 ${median(times).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms (${qs.length} queries; largest dyad ${biggest.toLocaleString('en')} events); full scan of the events table ${scan50.toFixed(0)} ms: p95 is ${(scan50 / p95).toFixed(1)}x faster`,
  );
}

export async function benchCorpus(): Promise<void> {
  console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-corpus-'));
  try {
    const path = join(dir, 'corpus.db');
    let t0 = performance.now();
    await fillSqlite(path);
    console.log(`SQLite: generated ${EVENTS.toLocaleString('en')} events in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    const store = openSqliteStore(path);
    const raw = new Database(path, { readonly: true });
    try {
      await timeQueries(store, 'SQLite', async () => raw.prepare('SELECT quad_class, COUNT(*), SUM(goldstein) FROM events GROUP BY quad_class').all());
    } finally {
      raw.close();
      await store.close();
    }
    const url = process.env.CHANCERY_BENCH_POSTGRES ?? process.env.CHANCERY_TEST_POSTGRES;
    if (!url) {
      console.log('PostgreSQL: skipped (set CHANCERY_BENCH_POSTGRES to a database URL)');
      return;
    }
    const schema = `bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const scoped = new URL(url);
    scoped.searchParams.set('options', `-c search_path=${schema}`);
    try {
      t0 = performance.now();
      await fillPostgres(scoped.toString());
      console.log(`PostgreSQL: generated ${EVENTS.toLocaleString('en')} events in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      const pgStore = await openPostgresStore(scoped.toString());
      const scanner = new pg.Client({ connectionString: scoped.toString() });
      await scanner.connect();
      try {
        await timeQueries(pgStore, 'PostgreSQL', () => scanner.query('SELECT quad_class, COUNT(*), SUM(goldstein) FROM events GROUP BY quad_class'));
      } finally {
        await scanner.end();
        await pgStore.close();
      }
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
