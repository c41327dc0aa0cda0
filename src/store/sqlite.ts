// The embedded store: one SQLite file through better-sqlite3. Synchronous underneath, async on the outside
// so it follows the same Store interface as a PostgreSQL implementation.
import { accessSync, constants, type Stats, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { type ArticleRecord, recordProblems, type SourceKind } from '../doc/schema.js';
import { InputError } from '../util/errors.js';
import { MIGRATIONS, MIGRATIONS_TABLE_SQL, type Migration } from './migrations.js';
import { type ActorProfile, type ArticleSummary, DEFAULT_LIST_LIMIT, type ListOptions, type PutResult, type Store, type StoryLink, type StorySummary } from './store.js';
import { NEAR_DUPLICATE_SIMILARITY, decodeSignature, encodeSignature, signature, similarity } from '../dedup/minhash.js';

type DB = Database.Database;
type Value = string | number | null;
type Row = Record<string, Value>;

/**
 * Opens (creating if needed) the SQLite database at `path` and brings its schema up to date.
 * A path that cannot hold a database throws an InputError with one line naming it.
 */
export function openSqliteStore(path: string): Store {
  return new SqliteStore(openDatabase(path));
}

/**
 * Applies, in one immediate transaction, the migrations not yet recorded in schema_migrations; returns their
 * versions (empty when the database is up to date). Immediate, so two processes opening a new file at once
 * cannot both migrate it.
 */
export function applyMigrations(db: DB, migrations: readonly Migration[] = MIGRATIONS): number[] {
  migrations.forEach((m, i) => {
    if (i > 0 && m.version <= migrations[i - 1].version) throw new Error(`migration ${m.version} is out of order`);
  });
  const run = db.transaction((): number[] => {
    db.exec(MIGRATIONS_TABLE_SQL);
    const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    const newest = Math.max(0, ...applied);
    const known = migrations.length > 0 ? migrations[migrations.length - 1].version : 0;
    if (newest > known) {
      throw new Error(`its schema version ${newest} is newer than this program's (${known}); upgrade chancery`);
    }
    const note = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    const done: number[] = [];
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      db.exec(m.sql);
      note.run(m.version, m.name, new Date().toISOString());
      done.push(m.version);
    }
    return done;
  });
  return run.immediate();
}

function openDatabase(path: string): DB {
  const fail = (reason: string, cause?: unknown): InputError => {
    const error = new InputError(`cannot open database ${path}: ${reason}`);
    if (cause !== undefined) error.cause = cause;
    return error;
  };
  checkLocation(path, fail);
  let db: DB | undefined;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL'); // also where a file that is not a database is found out
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON'); // replacing an article relies on ON DELETE CASCADE
    applyMigrations(db);
    return db;
  } catch (error) {
    db?.close();
    throw fail(firstLine(error), error);
  }
}

// SQLite's own errors for these cases ("unable to open database file") do not say what is wrong.
function checkLocation(path: string, fail: (reason: string) => Error): void {
  if (path === '' || path === ':memory:') return;
  const file = resolve(path);
  const folder = dirname(file);
  const folderStats = statOrUndefined(folder);
  if (!folderStats) throw fail(`folder ${folder} does not exist`);
  if (!folderStats.isDirectory()) throw fail(`${folder} is not a folder`);
  const fileStats = statOrUndefined(file);
  if (fileStats?.isDirectory()) throw fail('it is a folder');
  // WAL mode creates -wal and -shm files next to the database, so the folder must be writable too.
  if (!canAccess(folder, constants.W_OK)) throw fail(`folder ${folder} is not writable`);
  if (fileStats && !canAccess(file, constants.R_OK | constants.W_OK)) throw fail('no permission to read and write it');
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function canAccess(path: string, mode: number): boolean {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0];
}

const bool = (b: boolean): number => (b ? 1 : 0);
const json = (v: unknown): string => JSON.stringify(v);

/** Each child table: its columns (besides article_id) and the rows a record gives it, in column names. */
interface ChildTable {
  table: string;
  columns: string[];
  rows: (r: ArticleRecord) => Row[];
}

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
    rows: (r) =>
      r.mentions.map((m) => ({
        id: m.id,
        start_offset: m.start,
        end_offset: m.end,
        type: m.type,
        actor_id: m.actor ?? null,
      })),
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
    rows: (r) =>
      r.places.map((p) => ({
        id: p.id,
        name: p.name,
        country: p.country,
        lat: p.lat,
        lon: p.lon,
        mentions: json(p.mentions),
      })),
  },
  {
    table: 'dates',
    columns: ['ordinal', 'start_offset', 'end_offset', 'value', 'granularity'],
    rows: (r) =>
      r.dates.map((d, i) => ({
        ordinal: i,
        start_offset: d.start,
        end_offset: d.end,
        value: d.value,
        granularity: d.granularity,
      })),
  },
  {
    table: 'events',
    columns: [
      'id', 'source_actor', 'source_code', 'target_actor', 'target_code', 'cameo', 'root_code', 'quad_class',
      'goldstein', 'plover_type', 'plover_mode', 'date_value', 'date_granularity', 'date_origin', 'place',
      'modality', 'negated', 'sentence_start', 'sentence_end', 'trigger_start', 'trigger_end', 'evidence',
      'confidence', 'rule', 'mentions',
    ],
    rows: (r) =>
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
    columns: [
      'id', 'start_offset', 'end_offset', 'value', 'unit', 'qualifier', 'subject', 'object', 'about', 'period',
      'source',
    ],
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

function insertSql(table: string, columns: string[]): string {
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`;
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
  FROM articles a ORDER BY a.ingested_at DESC, a.id LIMIT @limit OFFSET @offset`;

class SqliteStore implements Store {
  readonly #db: DB;
  readonly #versionOf: Database.Statement<[string], string | undefined>;
  readonly #recordOf: Database.Statement<[string], string | undefined>;
  readonly #list: Database.Statement<[{ limit: number; offset: number }], SummaryRow>;
  readonly #count: Database.Statement<[], number>;
  readonly #stale: Database.Statement<[string], string>;
  readonly #put: Database.Transaction<(r: ArticleRecord, ingestedAt: string) => PutResult>;
  readonly #storyOf: Database.Statement<[string], { story_id: string; similarity: number | null; nearest_article_id: string | null }>;
  readonly #storyArticles: Database.Statement<[string], string>;
  readonly #stories: Database.Statement<[{ min: number; limit: number; offset: number }], { id: string; articles: number; title: string | null; publishers: string | null; published: string | null }>;
  readonly #countStories: Database.Statement<[], number>;
  readonly #profile: Database.Statement<[string], { id: string; name: string; kind: string; country: string | null; code: string; first_seen: string | null; last_seen: string | null }>;
  readonly #aliases: Database.Statement<[string], { alias: string; first_seen: string | null; last_seen: string | null }>;
  readonly #roles: Database.Statement<[string], { role: string; agents: string; code: string; first_seen: string | null; last_seen: string | null }>;
  readonly #actorArticles: Database.Statement<[string], number>;

  constructor(db: DB) {
    this.#db = db;
    this.#versionOf = db.prepare<[string], string>('SELECT pipeline_version FROM articles WHERE id = ?').pluck();
    this.#recordOf = db.prepare<[string], string>('SELECT record FROM articles WHERE id = ?').pluck();
    this.#list = db.prepare(LIST_SQL);
    this.#count = db.prepare<[], number>('SELECT COUNT(*) FROM articles').pluck();
    this.#stale = db
      .prepare<[string], string>('SELECT id FROM articles WHERE pipeline_version <> ? ORDER BY id')
      .pluck();
    const remove = db.prepare<[string]>('DELETE FROM articles WHERE id = ?'); // child rows go by cascade
    const insertArticle = db.prepare<[Row]>(insertSql('articles', ARTICLE_COLUMNS));
    const children = CHILD_TABLES.map((t) => ({
      rows: t.rows,
      insert: db.prepare<[Row]>(insertSql(t.table, ['article_id', ...t.columns])),
    }));

    // ---- stories: near-duplicates found through the LSH bands of their MinHash signatures ----
    const candidates = db.prepare<[number, number, string], string>('SELECT article_id FROM article_bands WHERE band = ? AND band_key = ? AND article_id <> ?').pluck();
    const linkOf = db.prepare<[string], { story_id: string; signature: string | null }>('SELECT story_id, signature FROM article_stories WHERE article_id = ?');
    const insertStory = db.prepare<[string, string]>('INSERT INTO stories (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING');
    const insertLink = db.prepare<[string, string, string | null, number | null, string | null]>(
      'INSERT INTO article_stories (article_id, story_id, signature, similarity, nearest_article_id) VALUES (?, ?, ?, ?, ?)',
    );
    const insertBand = db.prepare<[string, number, number]>('INSERT INTO article_bands (article_id, band, band_key) VALUES (?, ?, ?)');
    const linkStory = (r: ArticleRecord, ingestedAt: string) => {
      const body = r.sections.filter((s) => s.kind === 'body').map((s) => r.text.slice(s.start, s.end)).join('\n');
      const sig = signature(body || r.text);
      let best: { id: string; story: string; similarity: number } | null = null;
      if (sig) {
        const seen = new Set<string>();
        sig.bands.forEach((key, band) => {
          for (const id of candidates.all(band, key, r.id)) {
            if (seen.has(id)) continue;
            seen.add(id);
            const link = linkOf.get(id);
            if (!link?.signature) continue;
            const s = similarity(sig.mins, decodeSignature(link.signature));
            if (s >= NEAR_DUPLICATE_SIMILARITY && (!best || s > best.similarity)) best = { id, story: link.story_id, similarity: s };
          }
        });
      }
      const found = best as { id: string; story: string; similarity: number } | null;
      const story = found?.story ?? r.id;
      insertStory.run(story, ingestedAt);
      insertLink.run(r.id, story, sig ? encodeSignature(sig.mins) : null, found?.similarity ?? null, found?.id ?? null);
      if (sig) {
        for (const [band, key] of sig.bands.entries()) insertBand.run(r.id, band, key);
      }
    };
    this.#storyOf = db.prepare('SELECT story_id, similarity, nearest_article_id FROM article_stories WHERE article_id = ?');
    this.#storyArticles = db
      .prepare<[string], string>('SELECT s.article_id FROM article_stories s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ? ORDER BY a.ingested_at, a.id')
      .pluck();
    this.#stories = db.prepare(`SELECT s.story_id AS id, COUNT(*) AS articles,
        (SELECT a2.title FROM article_stories s2 JOIN articles a2 ON a2.id = s2.article_id WHERE s2.story_id = s.story_id ORDER BY a2.ingested_at, a2.id LIMIT 1) AS title,
        GROUP_CONCAT(DISTINCT a.publisher) AS publishers, MIN(a.published_value) AS published
      FROM article_stories s JOIN articles a ON a.id = s.article_id
      GROUP BY s.story_id HAVING COUNT(*) >= @min ORDER BY COUNT(*) DESC, MIN(a.ingested_at), s.story_id LIMIT @limit OFFSET @offset`);
    this.#countStories = db.prepare<[], number>('SELECT COUNT(DISTINCT story_id) FROM article_stories').pluck();

    // ---- the actor registry: one row per actor id, with aliases and roles and the dates they were seen ----
    const seenCase = (table: string) =>
      `first_seen = CASE WHEN ${table}.first_seen IS NULL OR excluded.first_seen < ${table}.first_seen THEN excluded.first_seen ELSE ${table}.first_seen END,
       last_seen = CASE WHEN ${table}.last_seen IS NULL OR excluded.last_seen > ${table}.last_seen THEN excluded.last_seen ELSE ${table}.last_seen END`;
    const upsertActor = db.prepare(`INSERT INTO actor_registry (id, name, kind, country, code, first_seen, last_seen) VALUES (@id, @name, @kind, @country, @code, @seen, @seen)
      ON CONFLICT (id) DO UPDATE SET name = CASE WHEN length(excluded.name) > length(actor_registry.name) THEN excluded.name ELSE actor_registry.name END,
        country = COALESCE(actor_registry.country, excluded.country), code = excluded.code, ${seenCase('actor_registry')}`);
    const upsertAlias = db.prepare(`INSERT INTO actor_aliases (actor_id, alias, first_seen, last_seen) VALUES (@id, @alias, @seen, @seen)
      ON CONFLICT (actor_id, alias) DO UPDATE SET ${seenCase('actor_aliases')}`);
    const upsertRole = db.prepare(`INSERT INTO actor_roles (actor_id, role, agents, code, first_seen, last_seen) VALUES (@id, @role, @agents, @code, @seen, @seen)
      ON CONFLICT (actor_id, role) DO UPDATE SET agents = excluded.agents, code = excluded.code, ${seenCase('actor_roles')}`);
    const register = (r: ArticleRecord, ingestedAt: string) => {
      const seen = r.article.published.value?.slice(0, 10) ?? ingestedAt.slice(0, 10);
      for (const a of r.actors) {
        upsertActor.run({ id: a.id, name: a.name, kind: a.kind, country: a.country ?? null, code: a.code, seen });
        const aliases = new Set(r.mentions.filter((m) => m.actor === a.id && /^\p{Lu}/u.test(r.text.slice(m.start, m.end))).map((m) => r.text.slice(m.start, m.end)));
        for (const alias of aliases) upsertAlias.run({ id: a.id, alias, seen });
        if (a.role) upsertRole.run({ id: a.id, role: a.role, agents: JSON.stringify(a.agents), code: a.code, seen });
      }
    };
    this.#profile = db.prepare('SELECT * FROM actor_registry WHERE id = ?');
    this.#aliases = db.prepare('SELECT alias, first_seen, last_seen FROM actor_aliases WHERE actor_id = ? ORDER BY first_seen, alias');
    this.#roles = db.prepare('SELECT role, agents, code, first_seen, last_seen FROM actor_roles WHERE actor_id = ? ORDER BY first_seen, role');
    this.#actorArticles = db.prepare<[string], number>('SELECT COUNT(DISTINCT article_id) FROM actors WHERE id = ?').pluck();

    this.#put = db.transaction((r: ArticleRecord, ingestedAt: string): PutResult => {
      const stored = this.#versionOf.get(r.id);
      if (stored === r.pipeline.version) return { status: 'unchanged', id: r.id };
      if (stored !== undefined) remove.run(r.id);
      insertArticle.run(articleRow(r, ingestedAt));
      for (const child of children) {
        for (const row of child.rows(r)) child.insert.run({ article_id: r.id, ...row });
      }
      linkStory(r, ingestedAt);
      register(r, ingestedAt);
      return { status: stored === undefined ? 'stored' : 'replaced', id: r.id };
    });
  }

  async putArticle(record: ArticleRecord): Promise<PutResult> {
    const id = typeof record?.id === 'string' ? record.id : '(no id)';
    const problems = recordProblems(record);
    if (problems.length > 0) {
      const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
      throw new InputError(`cannot store article ${id}: invalid record: ${problems.slice(0, 3).join('; ')}${more}`);
    }
    // Re-ingesting is the common case at scale: answer it without taking the write lock.
    if (this.#versionOf.get(record.id) === record.pipeline.version) return { status: 'unchanged', id };
    try {
      // Immediate: take the write lock before reading the stored version, so the check and write are one step.
      return this.#put.immediate(record, new Date().toISOString());
    } catch (error) {
      const constraint = error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT');
      const wrapped = constraint
        ? new InputError(`cannot store article ${id}: malformed record: ${firstLine(error)}`)
        : new Error(`cannot store article ${id}: ${firstLine(error)}`);
      wrapped.cause = error;
      throw wrapped;
    }
  }

  async getArticle(id: string): Promise<ArticleRecord | null> {
    const json = this.#recordOf.get(id);
    return json === undefined ? null : (JSON.parse(json) as ArticleRecord);
  }

  async listArticles(options: ListOptions = {}): Promise<ArticleSummary[]> {
    const limit = nonNegativeInteger('limit', options.limit ?? DEFAULT_LIST_LIMIT);
    const offset = nonNegativeInteger('offset', options.offset ?? 0);
    return this.#list.all({ limit, offset }).map((row) => ({
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
    return this.#count.get()!;
  }

  async staleArticles(version: string): Promise<string[]> {
    return this.#stale.all(version);
  }

  async actorProfile(id: string): Promise<ActorProfile | null> {
    const row = this.#profile.get(id);
    if (!row) return null;
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      country: row.country,
      code: row.code,
      firstSeen: row.first_seen,
      lastSeen: row.last_seen,
      aliases: this.#aliases.all(id).map((a) => ({ alias: a.alias, firstSeen: a.first_seen, lastSeen: a.last_seen })),
      roles: this.#roles.all(id).map((r) => ({ role: r.role, agents: JSON.parse(r.agents) as string[], code: r.code, firstSeen: r.first_seen, lastSeen: r.last_seen })),
      articles: this.#actorArticles.get(id) ?? 0,
    };
  }

  async storyOf(articleId: string): Promise<StoryLink | null> {
    const link = this.#storyOf.get(articleId);
    if (!link) return null;
    return { story: link.story_id, articles: this.#storyArticles.all(link.story_id), nearest: link.nearest_article_id, similarity: link.similarity };
  }

  async listStories(options: ListOptions & { minArticles?: number } = {}): Promise<StorySummary[]> {
    const limit = nonNegativeInteger('limit', options.limit ?? DEFAULT_LIST_LIMIT);
    const offset = nonNegativeInteger('offset', options.offset ?? 0);
    const min = nonNegativeInteger('minArticles', options.minArticles ?? 1);
    return this.#stories.all({ min, limit, offset }).map((row) => ({
      id: row.id,
      articles: row.articles,
      title: row.title,
      publishers: row.publishers ? row.publishers.split(',') : [],
      published: row.published,
    }));
  }

  async countStories(): Promise<number> {
    return this.#countStories.get()!;
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}

function nonNegativeInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  return value;
}
