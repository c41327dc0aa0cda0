// The store, written once over an SqlClient: SQLite and PostgreSQL run the same statements, except where
// full-text search differs (FTS5 vs tsvector) and for a string aggregate. An article is written in one
// transaction with all its rows, its story link, its actors in the registry and its search rows.
import { type ArticleRecord, recordProblems, type SourceKind } from '../doc/schema.js';
import { NEAR_DUPLICATE_SIMILARITY, decodeSignature, encodeSignature, signature, similarity } from '../dedup/minhash.js';
import { InputError } from '../util/errors.js';
import type {
  ClaimQuery, ClaimRow, DirectionStats, DyadTimeline, EventQuery, EventRow, Page, QuoteQuery, QuoteRow, Side, TimelineQuery,
  TopActor, TopPair, TopQuery,
} from './query.js';
import { DEFAULT_QUERY_LIMIT, periodOf } from './query.js';
import { MAX_PARAMETERS, type SqlClient, type SqlValue, firstLine } from './sql.js';
import {
  type ActorProfile, type ArticleSummary, DEFAULT_LIST_LIMIT, type ListOptions, type PutResult, type SearchHit, type Store,
  type StoryLink, type StorySummary,
} from './store.js';

type Row = Record<string, SqlValue>;

const bool = (b: boolean): number => (b ? 1 : 0);
const json = (v: unknown): string => JSON.stringify(v);

/** Each child table: its columns (besides article_id) and the rows a record gives it. */
interface ChildTable {
  table: string;
  columns: string[];
  rows: (r: ArticleRecord, context: RowContext) => Row[];
}

/** What rows need beyond the record: which of its events an earlier copy of the story already reported. */
interface RowContext {
  duplicates: Set<string>;
}

/** The day an event is counted on: its own date when known to the day, else its article's publication day. */
export function eventDay(date: { value: string | null; granularity: string | null }, published: string | null): string | null {
  if (date.value && date.granularity === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(date.value)) return date.value;
  return published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
}

const countryOf = (r: ArticleRecord, actor: string | undefined): string | null =>
  (actor && r.actors.find((a) => a.id === actor)?.country) || null;

/** Events that report the same thing in two copies of a story: same codes of both sides, same code, same day. */
const eventKey = (sourceCode: string, targetCode: string | null, cameo: string, day: string | null): string =>
  `${sourceCode}|${targetCode ?? ''}|${cameo}|${day ?? ''}`;

const CHILD_TABLES: ChildTable[] = [
  {
    table: 'sections',
    columns: ['ordinal', 'kind', 'start_offset', 'end_offset', 'credit_text', 'credit_start', 'credit_end'],
    rows: (r) =>
      r.sections.map((s, i) => ({
        ordinal: i,
        kind: s.kind,
        start_offset: s.start,
        end_offset: s.end,
        credit_text: typeof s.credit === 'string' ? s.credit : null,
        credit_start: typeof s.credit === 'object' ? s.credit.start : null,
        credit_end: typeof s.credit === 'object' ? s.credit.end : null,
      })),
  },
  {
    table: 'sentences',
    columns: ['ordinal', 'start_offset', 'end_offset'],
    rows: (r) => r.sentences.map((s, i) => ({ ordinal: i, start_offset: s.start, end_offset: s.end })),
  },
  {
    table: 'mentions',
    columns: ['id', 'start_offset', 'end_offset', 'type', 'actor_id'],
    rows: (r) => r.mentions.map((m) => ({ id: m.id, start_offset: m.start, end_offset: m.end, type: m.type, actor_id: m.actor ?? null })),
  },
  {
    table: 'actors',
    columns: ['id', 'name', 'kind', 'country', 'role', 'agents', 'code', 'mentions'],
    rows: (r) =>
      r.actors.map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        country: a.country ?? null,
        role: a.role ?? null,
        agents: json(a.agents),
        code: a.code,
        mentions: json(a.mentions),
      })),
  },
  {
    table: 'places',
    columns: ['id', 'name', 'country', 'lat', 'lon', 'mentions'],
    rows: (r) => r.places.map((p) => ({ id: p.id, name: p.name, country: p.country, lat: p.lat, lon: p.lon, mentions: json(p.mentions) })),
  },
  {
    table: 'dates',
    columns: ['ordinal', 'start_offset', 'end_offset', 'value', 'granularity'],
    rows: (r) => r.dates.map((d, i) => ({ ordinal: i, start_offset: d.start, end_offset: d.end, value: d.value, granularity: d.granularity })),
  },
  {
    table: 'events',
    columns: [
      'id', 'source_actor', 'source_code', 'target_actor', 'target_code', 'cameo', 'root_code', 'quad_class', 'goldstein',
      'plover_type', 'plover_mode', 'date_value', 'date_granularity', 'date_origin', 'place', 'modality', 'negated',
      'sentence_start', 'sentence_end', 'trigger_start', 'trigger_end', 'evidence', 'confidence', 'rule', 'mentions',
      'source_country', 'target_country', 'day', 'duplicate',
    ],
    rows: (r, context) =>
      r.events.map((e) => ({
        id: e.id,
        source_actor: e.source.actor,
        source_code: e.source.code,
        target_actor: e.target?.actor ?? null,
        target_code: e.target?.code ?? null,
        cameo: e.cameo,
        root_code: e.rootCode,
        quad_class: e.quadClass,
        goldstein: e.goldstein,
        plover_type: e.plover.type,
        plover_mode: e.plover.mode ?? null,
        date_value: e.date.value,
        date_granularity: e.date.granularity,
        date_origin: e.date.origin,
        place: e.place ?? null,
        modality: e.modality,
        negated: bool(e.negated),
        sentence_start: e.sentence.start,
        sentence_end: e.sentence.end,
        trigger_start: e.trigger.start,
        trigger_end: e.trigger.end,
        evidence: e.evidence,
        confidence: e.confidence,
        rule: e.rule,
        mentions: json(e.mentions),
        source_country: countryOf(r, e.source.actor),
        target_country: countryOf(r, e.target?.actor),
        day: eventDay(e.date, r.article.published.value),
        duplicate: bool(context.duplicates.has(e.id)),
      })),
  },
  {
    table: 'quotes',
    columns: ['id', 'start_offset', 'end_offset', 'text', 'direct', 'speaker', 'cue_start', 'cue_end', 'addressee'],
    rows: (r) =>
      r.quotes.map((q) => ({
        id: q.id,
        start_offset: q.start,
        end_offset: q.end,
        text: q.text,
        direct: bool(q.direct),
        speaker: q.speaker,
        cue_start: q.cue?.start ?? null,
        cue_end: q.cue?.end ?? null,
        addressee: q.addressee ?? null,
      })),
  },
  {
    table: 'claims',
    columns: ['id', 'start_offset', 'end_offset', 'value', 'unit', 'qualifier', 'subject', 'object', 'about', 'period', 'source'],
    rows: (r) =>
      r.claims.map((c) => ({
        id: c.id,
        start_offset: c.start,
        end_offset: c.end,
        value: c.value,
        unit: c.unit,
        qualifier: c.qualifier ?? null,
        subject: c.subject ?? null,
        object: c.object ?? null,
        about: c.about,
        period: c.period ?? null,
        source: c.source ?? null,
      })),
  },
];

const ARTICLE_COLUMNS = [
  'id', 'schema', 'pipeline_version', 'source_kind', 'source_location', 'title', 'dek', 'authors', 'publisher',
  'published_value', 'published_origin', 'url', 'language', 'text', 'warnings', 'record', 'ingested_at',
];

function articleRow(r: ArticleRecord, ingestedAt: string): Row {
  return {
    id: r.id,
    schema: r.schema,
    pipeline_version: r.pipeline.version,
    source_kind: r.source.kind,
    source_location: r.source.location,
    title: r.article.title,
    dek: r.article.dek,
    authors: json(r.article.authors),
    publisher: r.article.publisher,
    published_value: r.article.published.value,
    published_origin: r.article.published.origin,
    url: r.article.url,
    language: r.article.language,
    text: r.text,
    warnings: json(r.warnings),
    record: json(r),
    ingested_at: ingestedAt,
  };
}

/**
 * Inserts rows: one statement per row in SQLite (prepared once, no round trip), multi-row statements in
 * PostgreSQL (one round trip per chunk).
 */
async function insertRows(db: SqlClient, table: string, columns: string[], rows: Row[], conflict = ''): Promise<void> {
  if (!rows.length) return;
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  // PostgreSQL takes many rows per statement (each statement is a round trip to the server); SQLite, in
  // process, runs one cached statement per row.
  const perStatement = db.dialect === 'sqlite' ? 1 : Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const params: SqlValue[] = [];
    for (const row of chunk) for (const c of columns) params.push(row[c] ?? null);
    await db.run(`${head}${chunk.map(() => tuple).join(', ')}${conflict ? ` ${conflict}` : ''}`, params);
  }
}

interface SummaryRow {
  id: string;
  title: string | null;
  publisher: string | null;
  published_value: string | null;
  source_kind: SourceKind;
  source_location: string;
  pipeline_version: string;
  ingested_at: string;
  events: number;
  quotes: number;
  claims: number;
  actors: number;
}

const count = (table: string) => `(SELECT COUNT(*) FROM ${table} c WHERE c.article_id = a.id) AS ${table}`;
const LIST_SQL = `SELECT a.id, a.title, a.publisher, a.published_value, a.source_kind, a.source_location,
  a.pipeline_version, a.ingested_at, ${['events', 'quotes', 'claims', 'actors'].map(count).join(', ')}
  FROM articles a ORDER BY a.ingested_at DESC, a.id LIMIT ? OFFSET ?`;

const seenCase = (table: string) =>
  `first_seen = CASE WHEN ${table}.first_seen IS NULL OR excluded.first_seen < ${table}.first_seen THEN excluded.first_seen ELSE ${table}.first_seen END,
   last_seen = CASE WHEN ${table}.last_seen IS NULL OR excluded.last_seen > ${table}.last_seen THEN excluded.last_seen ELSE ${table}.last_seen END`;
/** An insert that updates the row a key already has: its columns and its ON CONFLICT clause. */
interface Upsert {
  table: string;
  columns: string[];
  conflict: string;
}
const UPSERT_ACTOR: Upsert = {
  table: 'actor_registry',
  columns: ['id', 'name', 'kind', 'country', 'code', 'first_seen', 'last_seen'],
  conflict: `ON CONFLICT (id) DO UPDATE SET name = CASE WHEN length(excluded.name) > length(actor_registry.name) THEN excluded.name ELSE actor_registry.name END,
    country = COALESCE(actor_registry.country, excluded.country), code = excluded.code, ${seenCase('actor_registry')}`,
};
const UPSERT_ALIAS: Upsert = {
  table: 'actor_aliases',
  columns: ['actor_id', 'alias', 'first_seen', 'last_seen'],
  conflict: `ON CONFLICT (actor_id, alias) DO UPDATE SET ${seenCase('actor_aliases')}`,
};
const UPSERT_ROLE: Upsert = {
  table: 'actor_roles',
  columns: ['actor_id', 'role', 'agents', 'code', 'first_seen', 'last_seen'],
  conflict: `ON CONFLICT (actor_id, role) DO UPDATE SET agents = excluded.agents, code = excluded.code, ${seenCase('actor_roles')}`,
};

/** Upserts rows whose keys are distinct (one statement may not update a row twice). */
function upsertRows(db: SqlClient, upsert: Upsert, rows: SqlValue[][]): Promise<void> {
  const objects = rows.map((row) => Object.fromEntries(upsert.columns.map((c, i) => [c, row[i]])));
  return insertRows(db, upsert.table, upsert.columns, objects, upsert.conflict);
}

/** Rows with distinct keys (the first `width` values), the first of each kept: one statement may not touch a row twice. */
function distinctRows(rows: SqlValue[][], width: number): SqlValue[][] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = JSON.stringify(row.slice(0, width));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Words of a search, as an FTS5 query (each word quoted: no operator of the user's reaches FTS5). */
function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

/** A LIKE pattern (with ESCAPE '\\') for "contains `text`", lower-cased, its own % and _ taken literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`).toLowerCase()}%`;
}

/** A WHERE clause being built: conditions joined by AND, with their parameters in order. */
class Where {
  readonly parts: string[] = [];
  readonly params: SqlValue[] = [];
  add(sql: string, ...params: SqlValue[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }
  toString(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

/** SQL for "side `side` of the event in `alias` is `s`", e.g. `e.source_country = ?`. */
function sideCondition(alias: string, side: 'source' | 'target', s: Side): [string, string] {
  const column = s.kind === 'country' ? `${side}_country` : s.kind === 'code' ? `${side}_code` : `${side}_actor`;
  return [`${alias}.${column} = ?`, s.value];
}

const emptyStats = (): DirectionStats => ({ events: 0, quadClass: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: null });
const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

interface EventDbRow {
  article_id: string;
  id: string;
  source_actor: string;
  source_code: string;
  source_name: string | null;
  source_country: string | null;
  target_actor: string | null;
  target_code: string | null;
  target_name: string | null;
  target_country: string | null;
  cameo: string;
  root_code: string;
  quad_class: number;
  goldstein: number;
  plover_type: string;
  plover_mode: string | null;
  day: string | null;
  date_value: string | null;
  date_granularity: string | null;
  date_origin: string;
  place: string | null;
  place_name: string | null;
  place_country: string | null;
  place_lat: number | null;
  place_lon: number | null;
  modality: string;
  negated: number;
  duplicate: number;
  evidence: string;
  sentence_start: number;
  sentence_end: number;
  trigger_start: number;
  trigger_end: number;
  confidence: number;
  rule: string;
  mentions: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  published_value: string | null;
  source_location: string;
  ingested_at: string;
  language: string | null;
}

const EVENT_SELECT = `SELECT e.article_id, e.id, e.source_actor, e.source_code, sa.name AS source_name, e.source_country,
  e.target_actor, e.target_code, ta.name AS target_name, e.target_country, e.cameo, e.root_code, e.quad_class, e.goldstein,
  e.plover_type, e.plover_mode, e.day, e.date_value, e.date_granularity, e.date_origin, e.place, p.name AS place_name,
  p.country AS place_country, p.lat AS place_lat, p.lon AS place_lon, e.modality, e.negated, e.duplicate, e.evidence,
  e.sentence_start, e.sentence_end, e.trigger_start, e.trigger_end, e.confidence, e.rule, e.mentions,
  a.title, a.url, a.publisher, a.published_value, a.source_location, a.ingested_at, a.language
  FROM events e
  JOIN articles a ON a.id = e.article_id
  LEFT JOIN actors sa ON sa.article_id = e.article_id AND sa.id = e.source_actor
  LEFT JOIN actors ta ON ta.article_id = e.article_id AND ta.id = e.target_actor
  LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place`;

function eventRow(r: EventDbRow): EventRow {
  return {
    articleId: r.article_id,
    id: r.id,
    source: { actor: r.source_actor, code: r.source_code, name: r.source_name, country: r.source_country },
    target: r.target_actor ? { actor: r.target_actor, code: r.target_code ?? '', name: r.target_name, country: r.target_country } : null,
    cameo: r.cameo,
    rootCode: r.root_code,
    quadClass: r.quad_class,
    goldstein: r.goldstein,
    plover: { type: r.plover_type, mode: r.plover_mode },
    day: r.day,
    date: { value: r.date_value, granularity: r.date_granularity, origin: r.date_origin },
    place: r.place && r.place_name ? { id: r.place, name: r.place_name, country: r.place_country, lat: r.place_lat, lon: r.place_lon } : null,
    modality: r.modality,
    negated: r.negated === 1,
    duplicate: r.duplicate === 1,
    evidence: r.evidence,
    sentence: { start: r.sentence_start, end: r.sentence_end },
    trigger: { start: r.trigger_start, end: r.trigger_end },
    confidence: r.confidence,
    rule: r.rule,
    mentions: (JSON.parse(r.mentions) as unknown[]).length,
    article: {
      title: r.title, url: r.url, publisher: r.publisher, published: r.published_value, source: r.source_location, ingested: r.ingested_at, language: r.language,
    },
  };
}

interface QuoteDbRow {
  article_id: string;
  id: string;
  text: string;
  direct: number;
  speaker: string | null;
  speaker_name: string | null;
  speaker_code: string | null;
  speaker_country: string | null;
  addressee: string | null;
  start_offset: number;
  end_offset: number;
  title: string | null;
  url: string | null;
  published_value: string | null;
}

interface ClaimDbRow {
  article_id: string;
  id: string;
  value: number;
  unit: string;
  qualifier: string | null;
  about: string;
  period: string | null;
  source: string | null;
  subject: string | null;
  subject_name: string | null;
  object: string | null;
  object_name: string | null;
  start_offset: number;
  end_offset: number;
  text: string;
  title: string | null;
  url: string | null;
  published_value: string | null;
}

/** Items whose article was published within [from, to] (days). */
function publishedBetween(w: Where, q: { from?: string; to?: string }): void {
  if (q.from) w.add('substr(a.published_value, 1, 10) >= ?', q.from);
  if (q.to) w.add('substr(a.published_value, 1, 10) <= ?', q.to);
}

export class SqlStore implements Store {
  readonly #db: SqlClient;

  constructor(db: SqlClient) {
    this.#db = db;
  }

  get dialect(): SqlClient['dialect'] {
    return this.#db.dialect;
  }

  async putArticle(record: ArticleRecord): Promise<PutResult> {
    return (await this.putArticles([record]))[0];
  }

  async putArticles(records: ArticleRecord[]): Promise<PutResult[]> {
    for (const record of records) {
      const problems = recordProblems(record);
      if (problems.length > 0) {
        const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
        throw new InputError(`cannot store article ${idOf(record)}: invalid record: ${problems.slice(0, 3).join('; ')}${more}`);
      }
    }
    // Re-ingesting is the common case at scale: answer it without taking the write lock.
    const stored = await this.#storedVersions(records.map((r) => r.id));
    if (records.every((r) => stored.get(r.id) === r.pipeline.version)) return records.map((r) => ({ status: 'unchanged', id: r.id }));
    let current: ArticleRecord | undefined;
    try {
      return await this.#db.transaction(async (tx) => {
        const out: PutResult[] = [];
        const ingestedAt = new Date().toISOString();
        for (const r of records) {
          current = r;
          out.push(await this.#write(tx, r, ingestedAt));
          // Let the event loop turn between records: SQLite writes synchronously, and an ingest's worker
          // threads get their next article from this thread, so a long batch would leave them idle.
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        return out;
      });
    } catch (error) {
      const id = current ? idOf(current) : '(no id)';
      const wrapped = this.#db.isConstraintError(error)
        ? new InputError(`cannot store article ${id}: malformed record: ${firstLine(error)}`)
        : new Error(`cannot store article ${id}: ${firstLine(error)}`);
      wrapped.cause = error;
      throw wrapped;
    }
  }

  async #storedVersions(ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = await this.#db.all<{ id: string; pipeline_version: string }>(
        `SELECT id, pipeline_version FROM articles WHERE id IN (${chunk.map(() => '?').join(', ')})`,
        chunk,
      );
      for (const row of rows) out.set(row.id, row.pipeline_version);
    }
    return out;
  }

  /** Writes one article inside the caller's transaction. */
  async #write(tx: SqlClient, r: ArticleRecord, ingestedAt: string): Promise<PutResult> {
    const [stored] = await tx.all<{ pipeline_version: string }>('SELECT pipeline_version FROM articles WHERE id = ?', [r.id]);
    if (stored?.pipeline_version === r.pipeline.version) return { status: 'unchanged', id: r.id };
    if (stored) {
      if (tx.dialect === 'sqlite') {
        await tx.run('DELETE FROM search_fts WHERE rowid IN (SELECT fts_rowid FROM search_rows WHERE article_id = ?)', [r.id]);
      }
      await tx.run('DELETE FROM articles WHERE id = ?', [r.id]); // child rows go by cascade
    }
    await insertRows(tx, 'articles', ARTICLE_COLUMNS, [articleRow(r, ingestedAt)]);
    const story = await this.#linkStory(tx, r, ingestedAt);
    const duplicates = story.joined ? await this.#duplicateEvents(tx, r, story.id) : new Set<string>();
    for (const t of CHILD_TABLES) {
      await insertRows(tx, t.table, ['article_id', ...t.columns], t.rows(r, { duplicates }).map((row) => ({ article_id: r.id, ...row })));
    }
    await this.#register(tx, r, ingestedAt);
    if (tx.dialect === 'sqlite') await this.#indexForSearch(tx, r);
    return { status: stored ? 'replaced' : 'stored', id: r.id, story: story.id };
  }

  /** Links the article to the story of its most similar stored article, or starts a story of its own. */
  async #linkStory(tx: SqlClient, r: ArticleRecord, ingestedAt: string): Promise<{ id: string; joined: boolean }> {
    const body = r.sections.filter((s) => s.kind === 'body').map((s) => r.text.slice(s.start, s.end)).join('\n');
    const sig = signature(body || r.text);
    let best: { id: string; story: string; similarity: number } | null = null;
    if (sig) {
      const conditions = sig.bands.map(() => '(b.band = ? AND b.band_key = ?)').join(' OR ');
      const params: SqlValue[] = sig.bands.flatMap((key, band) => [band, key]);
      const candidates = await tx.all<{ article_id: string; story_id: string; signature: string | null }>(
        `SELECT DISTINCT s.article_id, s.story_id, s.signature FROM article_bands b JOIN article_stories s ON s.article_id = b.article_id
         WHERE (${conditions}) AND b.article_id <> ?`,
        [...params, r.id],
      );
      for (const c of candidates) {
        if (!c.signature) continue;
        const s = similarity(sig.mins, decodeSignature(c.signature));
        if (s >= NEAR_DUPLICATE_SIMILARITY && (!best || s > best.similarity || (s === best.similarity && c.article_id < best.id))) {
          best = { id: c.article_id, story: c.story_id, similarity: s };
        }
      }
    }
    const found = best as { id: string; story: string; similarity: number } | null;
    const story = found?.story ?? r.id;
    await tx.run('INSERT INTO stories (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING', [story, ingestedAt]);
    await tx.run('INSERT INTO article_stories (article_id, story_id, signature, similarity, nearest_article_id) VALUES (?, ?, ?, ?, ?)', [
      r.id, story, sig ? encodeSignature(sig.mins) : null, found?.similarity ?? null, found?.id ?? null,
    ]);
    if (sig) await insertRows(tx, 'article_bands', ['article_id', 'band', 'band_key'], sig.bands.map((key, band) => ({ article_id: r.id, band, band_key: key })));
    return { id: story, joined: found !== null };
  }

  /** Ids of the article's events that another article of its story reported already. */
  async #duplicateEvents(tx: SqlClient, r: ArticleRecord, story: string): Promise<Set<string>> {
    const rows = await tx.all<{ source_code: string; target_code: string | null; cameo: string; day: string | null }>(
      `SELECT e.source_code, e.target_code, e.cameo, e.day FROM events e JOIN article_stories s ON s.article_id = e.article_id
       WHERE s.story_id = ? AND e.article_id <> ? AND e.duplicate = 0`,
      [story, r.id],
    );
    const seen = new Set(rows.map((e) => eventKey(e.source_code, e.target_code, e.cameo, e.day)));
    const out = new Set<string>();
    for (const e of r.events) {
      if (seen.has(eventKey(e.source.code, e.target?.code ?? null, e.cameo, eventDay(e.date, r.article.published.value)))) out.add(e.id);
    }
    return out;
  }

  /** One row per actor id across articles, with the names and roles it was seen with and when. */
  async #register(tx: SqlClient, r: ArticleRecord, ingestedAt: string): Promise<void> {
    const seen = r.article.published.value?.slice(0, 10) ?? ingestedAt.slice(0, 10);
    const actors: SqlValue[][] = [];
    const aliases: SqlValue[][] = [];
    const roles: SqlValue[][] = [];
    for (const a of r.actors) {
      actors.push([a.id, a.name, a.kind, a.country ?? null, a.code, seen, seen]);
      for (const m of r.mentions) {
        const alias = r.text.slice(m.start, m.end);
        if (m.actor === a.id && /^\p{Lu}/u.test(alias)) aliases.push([a.id, alias, seen, seen]);
      }
      if (a.role) roles.push([a.id, a.role, json(a.agents), a.code, seen, seen]);
    }
    await upsertRows(tx, UPSERT_ACTOR, distinctRows(actors, 1));
    await upsertRows(tx, UPSERT_ALIAS, distinctRows(aliases, 2));
    await upsertRows(tx, UPSERT_ROLE, distinctRows(roles, 2));
  }

  /** SQLite: the article's events, quotes and text into the FTS5 table, with rowids the article owns. */
  async #indexForSearch(tx: SqlClient, r: ArticleRecord): Promise<void> {
    const [{ next }] = await tx.all<{ next: number }>('SELECT COALESCE(MAX(rowid), 0) + 1 AS next FROM search_fts');
    const docs: [string, string, string][] = [
      ...r.events.map((e): [string, string, string] => [e.evidence, 'event', e.id]),
      ...r.quotes.map((q): [string, string, string] => [q.text, 'quote', q.id]),
      [`${r.article.title ?? ''} ${r.text}`, 'article', r.id],
    ];
    for (const [i, [body, kind, item]] of docs.entries()) {
      await tx.run('INSERT INTO search_fts (rowid, body, kind, article_id, item_id) VALUES (?, ?, ?, ?, ?)', [next + i, body, kind, r.id, item]);
    }
    await insertRows(tx, 'search_rows', ['article_id', 'fts_rowid'], docs.map((_, i) => ({ article_id: r.id, fts_rowid: next + i })));
  }

  /** SQL for "the item in `alias` (an event, quote or article) contains all the words of the search". */
  #matches(kind: 'event' | 'quote' | 'article', alias: string, text: string): [string, SqlValue] {
    if (this.#db.dialect === 'postgres') {
      const column = kind === 'event' ? 'evidence_tsv' : 'text_tsv';
      return [`${alias}.${column} @@ plainto_tsquery('english', ?)`, text];
    }
    const key = kind === 'article' ? `${alias}.id` : `${alias}.article_id, ${alias}.id`;
    const select = kind === 'article' ? 'article_id' : 'article_id, item_id';
    return [`(${key}) IN (SELECT ${select} FROM search_fts WHERE search_fts MATCH ? AND kind = '${kind}')`, ftsQuery(text)];
  }

  async getArticle(id: string): Promise<ArticleRecord | null> {
    const [row] = await this.#db.all<{ record: string }>('SELECT record FROM articles WHERE id = ?', [id]);
    return row ? (JSON.parse(row.record) as ArticleRecord) : null;
  }

  async *records(): AsyncIterable<ArticleRecord> {
    let after = '';
    for (;;) {
      const rows = await this.#db.all<{ id: string; record: string }>('SELECT id, record FROM articles WHERE id > ? ORDER BY id LIMIT 200', [after]);
      if (!rows.length) return;
      for (const row of rows) yield JSON.parse(row.record) as ArticleRecord;
      after = rows[rows.length - 1].id;
    }
  }

  async listArticles(options: ListOptions = {}): Promise<ArticleSummary[]> {
    const limit = nonNegativeInteger('limit', options.limit ?? DEFAULT_LIST_LIMIT);
    const offset = nonNegativeInteger('offset', options.offset ?? 0);
    const rows = await this.#db.all<SummaryRow>(LIST_SQL, [limit, offset]);
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      publisher: row.publisher,
      published: row.published_value,
      source: { kind: row.source_kind, location: row.source_location },
      pipelineVersion: row.pipeline_version,
      counts: { events: row.events, quotes: row.quotes, claims: row.claims, actors: row.actors },
      ingestedAt: row.ingested_at,
    }));
  }

  async countArticles(): Promise<number> {
    const [row] = await this.#db.all<{ n: number }>('SELECT COUNT(*) AS n FROM articles');
    return row.n;
  }

  async staleArticles(version: string): Promise<string[]> {
    const rows = await this.#db.all<{ id: string }>('SELECT id FROM articles WHERE pipeline_version <> ? ORDER BY id', [version]);
    return rows.map((r) => r.id);
  }

  async storedSources(locations: string[], version: string): Promise<Set<string>> {
    const out = new Set<string>();
    for (let i = 0; i < locations.length; i += 500) {
      const chunk = locations.slice(i, i + 500);
      const rows = await this.#db.all<{ source_location: string }>(
        `SELECT DISTINCT source_location FROM articles WHERE pipeline_version = ? AND source_location IN (${chunk.map(() => '?').join(', ')})`,
        [version, ...chunk],
      );
      for (const row of rows) out.add(row.source_location);
    }
    return out;
  }

  async actorProfile(id: string): Promise<ActorProfile | null> {
    const [row] = await this.#db.all<{ id: string; name: string; kind: string; country: string | null; code: string; first_seen: string | null; last_seen: string | null }>(
      'SELECT * FROM actor_registry WHERE id = ?',
      [id],
    );
    if (!row) return null;
    const aliases = await this.#db.all<{ alias: string; first_seen: string | null; last_seen: string | null }>(
      'SELECT alias, first_seen, last_seen FROM actor_aliases WHERE actor_id = ? ORDER BY first_seen, alias',
      [id],
    );
    const roles = await this.#db.all<{ role: string; agents: string; code: string; first_seen: string | null; last_seen: string | null }>(
      'SELECT role, agents, code, first_seen, last_seen FROM actor_roles WHERE actor_id = ? ORDER BY first_seen, role',
      [id],
    );
    const [articles] = await this.#db.all<{ n: number }>('SELECT COUNT(DISTINCT article_id) AS n FROM actors WHERE id = ?', [id]);
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      country: row.country,
      code: row.code,
      firstSeen: row.first_seen,
      lastSeen: row.last_seen,
      aliases: aliases.map((a) => ({ alias: a.alias, firstSeen: a.first_seen, lastSeen: a.last_seen })),
      roles: roles.map((r) => ({ role: r.role, agents: JSON.parse(r.agents) as string[], code: r.code, firstSeen: r.first_seen, lastSeen: r.last_seen })),
      articles: articles?.n ?? 0,
    };
  }

  async findActors(text: string, limit = 20): Promise<{ id: string; name: string; kind: string; country: string | null; code: string }[]> {
    const like = likePattern(text);
    return this.#db.all(
      `SELECT DISTINCT r.id, r.name, r.kind, r.country, r.code FROM actor_registry r LEFT JOIN actor_aliases x ON x.actor_id = r.id
       WHERE lower(r.name) LIKE ? ESCAPE '\\' OR lower(x.alias) LIKE ? ESCAPE '\\' OR r.id = ? OR r.code = ? ORDER BY r.name, r.id LIMIT ?`,
      [like, like, text, text.toUpperCase(), limit],
    );
  }

  async storyOf(articleId: string): Promise<StoryLink | null> {
    const [link] = await this.#db.all<{ story_id: string; similarity: number | null; nearest_article_id: string | null }>(
      'SELECT story_id, similarity, nearest_article_id FROM article_stories WHERE article_id = ?',
      [articleId],
    );
    if (!link) return null;
    const articles = await this.#db.all<{ article_id: string }>(
      'SELECT s.article_id FROM article_stories s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ? ORDER BY a.ingested_at, a.id',
      [link.story_id],
    );
    return { story: link.story_id, articles: articles.map((a) => a.article_id), nearest: link.nearest_article_id, similarity: link.similarity };
  }

  async listStories(options: ListOptions & { minArticles?: number } = {}): Promise<StorySummary[]> {
    const limit = nonNegativeInteger('limit', options.limit ?? DEFAULT_LIST_LIMIT);
    const offset = nonNegativeInteger('offset', options.offset ?? 0);
    const min = nonNegativeInteger('minArticles', options.minArticles ?? 1);
    const publishers = this.#db.dialect === 'sqlite' ? 'GROUP_CONCAT(DISTINCT a.publisher)' : "string_agg(DISTINCT a.publisher, ',')";
    const rows = await this.#db.all<{ id: string; articles: number; title: string | null; publishers: string | null; published: string | null }>(
      `SELECT s.story_id AS id, COUNT(*) AS articles,
        (SELECT a2.title FROM article_stories s2 JOIN articles a2 ON a2.id = s2.article_id WHERE s2.story_id = s.story_id ORDER BY a2.ingested_at, a2.id LIMIT 1) AS title,
        ${publishers} AS publishers, MIN(a.published_value) AS published
      FROM article_stories s JOIN articles a ON a.id = s.article_id
      GROUP BY s.story_id HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC, MIN(a.ingested_at), s.story_id LIMIT ? OFFSET ?`,
      [min, limit, offset],
    );
    return rows.map((row) => ({
      id: row.id,
      articles: row.articles,
      title: row.title,
      publishers: row.publishers ? row.publishers.split(',').sort() : [],
      published: row.published,
    }));
  }

  async countStories(): Promise<number> {
    const [row] = await this.#db.all<{ n: number }>('SELECT COUNT(DISTINCT story_id) AS n FROM article_stories');
    return row.n;
  }

  // ---- corpus queries ----

  #eventWhere(q: EventQuery): Where {
    const w = new Where();
    if (q.actor) {
      const [s, sv] = sideCondition('e', 'source', q.actor);
      const [t, tv] = sideCondition('e', 'target', q.actor);
      w.add(`(${s} OR ${t})`, sv, tv);
    }
    if (q.source) w.add(...sideCondition('e', 'source', q.source));
    if (q.target) w.add(...sideCondition('e', 'target', q.target));
    if (q.dyad) {
      const [a, b] = q.dyad;
      const [sa, sav] = sideCondition('e', 'source', a);
      const [tb, tbv] = sideCondition('e', 'target', b);
      if (q.directed) w.add(`${sa} AND ${tb}`, sav, tbv);
      else {
        const [sb, sbv] = sideCondition('e', 'source', b);
        const [ta, tav] = sideCondition('e', 'target', a);
        w.add(`((${sa} AND ${tb}) OR (${sb} AND ${ta}))`, sav, tbv, sbv, tav);
      }
    }
    if (q.cameo) w.add(q.cameo.length >= 3 ? 'e.cameo = ?' : 'e.root_code = ?', q.cameo);
    if (q.root) w.add('e.root_code = ?', q.root);
    if (q.quadClass) w.add('e.quad_class = ?', q.quadClass);
    if (q.ploverType) w.add('e.plover_type = ?', q.ploverType);
    if (q.from) w.add('e.day >= ?', q.from);
    if (q.to) w.add('e.day <= ?', q.to);
    if (q.place) {
      w.add(
        '(e.place = ? OR EXISTS (SELECT 1 FROM places pl WHERE pl.article_id = e.article_id AND pl.id = e.place AND (lower(pl.name) = ? OR pl.country = ?)))',
        q.place, q.place.toLowerCase(), q.place.toUpperCase(),
      );
    }
    if (q.modality) w.add('e.modality = ?', q.modality);
    if (q.negated !== undefined) w.add('e.negated = ?', bool(q.negated));
    if (q.article) w.add('e.article_id = ?', q.article);
    if (!q.includeDuplicates) w.add('e.duplicate = 0');
    if (q.text) w.add(...this.#matches('event', 'e', q.text));
    return w;
  }

  /** One page of a listing, with the number of rows in all pages. */
  async #page<R, T>(sql: { count: string; rows: string; order: string }, w: Where, q: { limit?: number; offset?: number }, map: (row: R) => T): Promise<Page<T>> {
    const limit = q.limit ?? DEFAULT_QUERY_LIMIT;
    const offset = q.offset ?? 0;
    const [{ n }] = await this.#db.all<{ n: number }>(`SELECT COUNT(*) AS n ${sql.count} ${w}`, w.params);
    const rows = await this.#db.all<R>(`${sql.rows} ${w} ORDER BY ${sql.order} LIMIT ? OFFSET ?`, [...w.params, limit, offset]);
    return { total: n, limit, offset, items: rows.map(map) };
  }

  async events(q: EventQuery): Promise<Page<EventRow>> {
    const sql = { count: 'FROM events e', rows: EVENT_SELECT, order: 'e.day DESC, e.article_id, e.sentence_start, e.id' };
    return this.#page(sql, this.#eventWhere(q), q, eventRow);
  }

  /** Every event matching `q`, in a stable order, read in pages by key (for exports of any size). */
  async *eachEvent(q: Omit<EventQuery, 'limit' | 'offset'>): AsyncIterable<EventRow> {
    let after: [string, string] | null = null;
    for (;;) {
      const w = this.#eventWhere(q);
      if (after) w.add('(e.article_id > ? OR (e.article_id = ? AND e.id > ?))', after[0], after[0], after[1]);
      const rows: EventDbRow[] = await this.#db.all<EventDbRow>(`${EVENT_SELECT} ${w} ORDER BY e.article_id, e.id LIMIT 1000`, w.params);
      if (!rows.length) return;
      for (const row of rows) yield eventRow(row);
      const last = rows[rows.length - 1];
      after = [last.article_id, last.id];
    }
  }

  async dyadTimeline(a: Side, b: Side, q: TimelineQuery): Promise<DyadTimeline> {
    // Per day and direction in SQL (one range of a covering index per direction), into periods here: ISO
    // weeks and months are computed the same way for both databases.
    const directions: ['ab' | 'ba', Side, Side][] = [['ab', a, b], ['ba', b, a]];
    const periods = new Map<string, { ab: DirectionStats; ba: DirectionStats }>();
    const total = { ab: emptyStats(), ba: emptyStats() };
    for (const [direction, from, to] of directions) {
      const w = new Where();
      w.add(...sideCondition('e', 'source', from));
      w.add(...sideCondition('e', 'target', to));
      w.add('e.day IS NOT NULL');
      if (q.from) w.add('e.day >= ?', q.from);
      if (q.to) w.add('e.day <= ?', q.to);
      if (!q.includeAll) w.add("e.negated = 0 AND e.modality <> 'conditional'");
      if (!q.includeDuplicates) w.add('e.duplicate = 0');
      const rows = await this.#db.all<{ day: string; quad_class: number; n: number; goldstein: number }>(
        `SELECT e.day, e.quad_class, COUNT(*) AS n, SUM(e.goldstein) AS goldstein FROM events e ${w} GROUP BY e.day, e.quad_class`,
        w.params,
      );
      for (const row of rows) {
        const period = periodOf(row.day, q.by);
        let entry = periods.get(period);
        if (!entry) {
          entry = { ab: emptyStats(), ba: emptyStats() };
          periods.set(period, entry);
        }
        for (const stats of [entry[direction], total[direction]]) {
          stats.events += row.n;
          stats.quadClass[row.quad_class - 1] += row.n;
          stats.goldsteinSum += row.goldstein;
        }
      }
    }
    const finish = (s: DirectionStats) => {
      s.goldsteinSum = round(s.goldsteinSum);
      s.goldsteinMean = s.events ? round(s.goldsteinSum / s.events) : null;
    };
    const out = [...periods.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([period, s]) => ({ period, ...s }));
    for (const p of out) {
      finish(p.ab);
      finish(p.ba);
    }
    finish(total.ab);
    finish(total.ba);
    return { a, b, by: q.by, periods: out, total };
  }

  #aggregateWhere(q: TopQuery): Where {
    const w = new Where();
    if (q.from) w.add('e.day >= ?', q.from);
    if (q.to) w.add('e.day <= ?', q.to);
    if (!q.includeAll) w.add("e.negated = 0 AND e.modality <> 'conditional'");
    if (!q.includeDuplicates) w.add('e.duplicate = 0');
    return w;
  }

  async topActors(q: TopQuery): Promise<TopActor[]> {
    const w = this.#aggregateWhere(q);
    const rows = await this.#db.all<{ actor: string; as_source: number; as_target: number; events: number }>(
      `SELECT actor, SUM(s) AS as_source, SUM(t) AS as_target, SUM(s) + SUM(t) AS events FROM (
         SELECT e.source_actor AS actor, 1 AS s, 0 AS t FROM events e ${w}
         UNION ALL
         SELECT e.target_actor AS actor, 0 AS s, 1 AS t FROM events e ${w} ${w.parts.length ? 'AND' : 'WHERE'} e.target_actor IS NOT NULL
       ) x GROUP BY actor ORDER BY events DESC, actor LIMIT ?`,
      [...w.params, ...w.params, q.limit ?? 20],
    );
    const names = await this.#registryNames(rows.map((r) => r.actor));
    return rows.map((r) => {
      const known = names.get(r.actor);
      return {
        actor: r.actor,
        name: known?.name ?? r.actor,
        code: known?.code ?? '',
        country: known?.country ?? null,
        asSource: r.as_source,
        asTarget: r.as_target,
        events: r.events,
      };
    });
  }

  async topPairs(q: TopQuery): Promise<TopPair[]> {
    const w = this.#aggregateWhere(q);
    w.add('e.target_actor IS NOT NULL');
    const rows = await this.#db.all<{ source_actor: string; target_actor: string; events: number; goldstein: number }>(
      `SELECT e.source_actor, e.target_actor, COUNT(*) AS events, AVG(e.goldstein) AS goldstein FROM events e ${w}
       GROUP BY e.source_actor, e.target_actor ORDER BY events DESC, e.source_actor, e.target_actor LIMIT ?`,
      [...w.params, q.limit ?? 20],
    );
    const names = await this.#registryNames(rows.flatMap((r) => [r.source_actor, r.target_actor]));
    const side = (id: string) => ({ actor: id, name: names.get(id)?.name ?? id, code: names.get(id)?.code ?? '' });
    return rows.map((r) => ({ source: side(r.source_actor), target: side(r.target_actor), events: r.events, goldsteinMean: round(r.goldstein) }));
  }

  async #registryNames(ids: string[]): Promise<Map<string, { name: string; code: string; country: string | null }>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await this.#db.all<{ id: string; name: string; code: string; country: string | null }>(
      `SELECT id, name, code, country FROM actor_registry WHERE id IN (${unique.map(() => '?').join(', ')})`,
      unique,
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  async quotes(q: QuoteQuery): Promise<Page<QuoteRow>> {
    const w = new Where();
    if (q.speaker) {
      const column = q.speaker.kind === 'country' ? 's.country' : q.speaker.kind === 'code' ? 's.code' : 'qu.speaker';
      w.add(`${column} = ?`, q.speaker.value);
    }
    if (q.direct !== undefined) w.add('qu.direct = ?', bool(q.direct));
    publishedBetween(w, q);
    if (q.article) w.add('qu.article_id = ?', q.article);
    if (q.text) w.add(...this.#matches('quote', 'qu', q.text));
    const from = 'FROM quotes qu JOIN articles a ON a.id = qu.article_id LEFT JOIN actors s ON s.article_id = qu.article_id AND s.id = qu.speaker';
    const sql = {
      count: from,
      rows: `SELECT qu.article_id, qu.id, qu.text, qu.direct, qu.speaker, s.name AS speaker_name, s.code AS speaker_code, s.country AS speaker_country,
         qu.addressee, qu.start_offset, qu.end_offset, a.title, a.url, a.published_value ${from}`,
      order: 'a.published_value DESC, qu.article_id, qu.start_offset',
    };
    return this.#page(sql, w, q, (r: QuoteDbRow) => ({
      articleId: r.article_id,
      id: r.id,
      text: r.text,
      direct: r.direct === 1,
      speaker: r.speaker ? { actor: r.speaker, name: r.speaker_name ?? r.speaker, code: r.speaker_code ?? '', country: r.speaker_country } : null,
      addressee: r.addressee,
      start: r.start_offset,
      end: r.end_offset,
      article: { title: r.title, url: r.url, published: r.published_value },
    }));
  }

  async claims(q: ClaimQuery): Promise<Page<ClaimRow>> {
    const w = new Where();
    if (q.subject) {
      const column = q.subject.kind === 'country' ? 's.country' : q.subject.kind === 'code' ? 's.code' : 'c.subject';
      w.add(`${column} = ?`, q.subject.value);
    }
    if (q.unit) w.add('lower(c.unit) = ?', q.unit.toLowerCase());
    publishedBetween(w, q);
    if (q.article) w.add('c.article_id = ?', q.article);
    const from = `FROM claims c JOIN articles a ON a.id = c.article_id
      LEFT JOIN actors s ON s.article_id = c.article_id AND s.id = c.subject
      LEFT JOIN actors o ON o.article_id = c.article_id AND o.id = c.object`;
    const sql = {
      count: from,
      rows: `SELECT c.article_id, c.id, c.value, c.unit, c.qualifier, c.about, c.period, c.source, c.subject, s.name AS subject_name, c.object,
         o.name AS object_name, c.start_offset, c.end_offset, substr(a.text, c.start_offset + 1, c.end_offset - c.start_offset) AS text,
         a.title, a.url, a.published_value ${from}`,
      order: 'a.published_value DESC, c.article_id, c.start_offset',
    };
    return this.#page(sql, w, q, (r: ClaimDbRow) => ({
      articleId: r.article_id,
      id: r.id,
      value: r.value,
      unit: r.unit,
      qualifier: r.qualifier,
      about: r.about,
      period: r.period,
      text: r.text,
      subject: r.subject ? { actor: r.subject, name: r.subject_name ?? r.subject } : null,
      object: r.object ? { actor: r.object, name: r.object_name ?? r.object } : null,
      source: r.source,
      article: { title: r.title, url: r.url, published: r.published_value },
    }));
  }

  async search(text: string, limit = 20): Promise<SearchHit[]> {
    const out: SearchHit[] = [];
    const [articleMatch, articleParam] = this.#matches('article', 'a', text);
    const articles = await this.#db.all<{ id: string; title: string | null; published_value: string | null }>(
      `SELECT a.id, a.title, a.published_value FROM articles a WHERE ${articleMatch} ORDER BY a.published_value DESC, a.id LIMIT ?`,
      [articleParam, limit],
    );
    for (const a of articles) out.push({ kind: 'article', articleId: a.id, id: a.id, text: a.title ?? '(untitled)', published: a.published_value });
    const [eventMatch, eventParam] = this.#matches('event', 'e', text);
    const events = await this.#db.all<{ article_id: string; id: string; evidence: string; day: string | null }>(
      `SELECT e.article_id, e.id, e.evidence, e.day FROM events e WHERE ${eventMatch} ORDER BY e.day DESC, e.article_id, e.id LIMIT ?`,
      [eventParam, limit],
    );
    for (const e of events) out.push({ kind: 'event', articleId: e.article_id, id: e.id, text: e.evidence, published: e.day });
    const [quoteMatch, quoteParam] = this.#matches('quote', 'qu', text);
    const quotes = await this.#db.all<{ article_id: string; id: string; text: string; published_value: string | null }>(
      `SELECT qu.article_id, qu.id, qu.text, a.published_value FROM quotes qu JOIN articles a ON a.id = qu.article_id WHERE ${quoteMatch}
       ORDER BY a.published_value DESC, qu.article_id, qu.id LIMIT ?`,
      [quoteParam, limit],
    );
    for (const q of quotes) out.push({ kind: 'quote', articleId: q.article_id, id: q.id, text: q.text, published: q.published_value });
    const like = likePattern(text);
    const actors = await this.#db.all<{ id: string; name: string }>(
      `SELECT r.id, r.name FROM actor_registry r WHERE lower(r.name) LIKE ? ESCAPE '\\'
       OR EXISTS (SELECT 1 FROM actor_aliases x WHERE x.actor_id = r.id AND lower(x.alias) LIKE ? ESCAPE '\\') ORDER BY r.name LIMIT ?`,
      [like, like, limit],
    );
    for (const a of actors) out.push({ kind: 'actor', articleId: null, id: a.id, text: a.name, published: null });
    return out;
  }

  async close(): Promise<void> {
    await this.#db.close();
  }
}

function idOf(record: ArticleRecord): string {
  return typeof record?.id === 'string' ? record.id : '(no id)';
}

function nonNegativeInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  return value;
}
