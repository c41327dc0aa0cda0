// Versioned schema migrations, applied in order and recorded in schema_migrations. Never edit a released
// migration: add a new one. The SQL is meant to run on PostgreSQL as well as SQLite, hence:
// - DOUBLE PRECISION rather than REAL for floats (REAL is 4 bytes in PostgreSQL; SQLite reads both as REAL),
// - booleans as INTEGER 0/1, JSON as TEXT, timestamps as ISO 8601 UTC TEXT,
// - spans as start_offset/end_offset, because END is a reserved word in both dialects,
// - NOT NULL on primary key columns, because SQLite otherwise lets NULLs into a non-integer primary key.
// Child rows are keyed by (article_id, id), or (article_id, ordinal) for items without an id, and vanish
// with their article (ON DELETE CASCADE), which is how a re-analyzed article is replaced.

export interface Migration {
  version: number;
  name: string;
  /** The same SQL for both databases, or each its own where they differ (full-text search). */
  sql: string | { sqlite: string; postgres: string };
}

/** The SQL of a migration for one database. */
export function migrationSql(m: Migration, dialect: 'sqlite' | 'postgres'): string {
  return typeof m.sql === 'string' ? m.sql : m.sql[dialect];
}

/** The bookkeeping table; created before any migration runs. */
export const MIGRATIONS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

const initial = `
CREATE TABLE articles (
  id TEXT NOT NULL PRIMARY KEY,
  schema TEXT NOT NULL,
  pipeline_version TEXT NOT NULL,
  source_kind TEXT NOT NULL,
  source_location TEXT NOT NULL,
  title TEXT,
  dek TEXT,
  authors TEXT NOT NULL,
  publisher TEXT,
  published_value TEXT,
  published_origin TEXT,
  url TEXT,
  language TEXT,
  text TEXT NOT NULL,
  warnings TEXT NOT NULL,
  record TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published_value ON articles (published_value);
CREATE INDEX articles_pipeline_version ON articles (pipeline_version);
CREATE INDEX articles_ingested_at ON articles (ingested_at);

CREATE TABLE sections (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  kind TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  credit_text TEXT,
  credit_start INTEGER,
  credit_end INTEGER,
  PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE sentences (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  type TEXT NOT NULL,
  actor_id TEXT,
  PRIMARY KEY (article_id, id)
);
CREATE INDEX mentions_actor_id ON mentions (actor_id);

CREATE TABLE actors (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  role TEXT,
  agents TEXT NOT NULL,
  code TEXT NOT NULL,
  mentions TEXT NOT NULL,
  PRIMARY KEY (article_id, id)
);
CREATE INDEX actors_code ON actors (code);

CREATE TABLE places (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  country TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  mentions TEXT NOT NULL,
  PRIMARY KEY (article_id, id)
);

CREATE TABLE dates (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  value TEXT,
  granularity TEXT NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE events (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  source_actor TEXT NOT NULL,
  source_code TEXT NOT NULL,
  target_actor TEXT,
  target_code TEXT,
  cameo TEXT NOT NULL,
  root_code TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL,
  plover_type TEXT NOT NULL,
  plover_mode TEXT,
  date_value TEXT,
  date_granularity TEXT,
  date_origin TEXT NOT NULL,
  place TEXT,
  modality TEXT NOT NULL,
  negated INTEGER NOT NULL CHECK (negated IN (0, 1)),
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  confidence DOUBLE PRECISION NOT NULL,
  rule TEXT NOT NULL,
  mentions TEXT NOT NULL,
  PRIMARY KEY (article_id, id)
);
CREATE INDEX events_source_actor ON events (source_actor);
CREATE INDEX events_target_actor ON events (target_actor);
CREATE INDEX events_source_code ON events (source_code);
CREATE INDEX events_target_code ON events (target_code);
CREATE INDEX events_date_value ON events (date_value);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_root_code ON events (root_code);
CREATE INDEX events_quad_class ON events (quad_class);

CREATE TABLE quotes (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  direct INTEGER NOT NULL CHECK (direct IN (0, 1)),
  speaker TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  addressee TEXT,
  PRIMARY KEY (article_id, id)
);
CREATE INDEX quotes_speaker ON quotes (speaker);

CREATE TABLE claims (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  unit TEXT NOT NULL,
  qualifier TEXT,
  subject TEXT,
  object TEXT,
  about TEXT NOT NULL,
  period TEXT,
  source TEXT,
  PRIMARY KEY (article_id, id)
);
CREATE INDEX claims_subject ON claims (subject);
`;

// Stories: one event reported by several outlets (a wire story republished) is one story with several
// articles, so counts over the store can count stories, not copies. Each article's MinHash signature
// (src/dedup/minhash.ts) is kept with its LSH band keys, indexed, to find its near-duplicates.
const stories = `
CREATE TABLE stories (
  id TEXT NOT NULL PRIMARY KEY,
  created_at TEXT NOT NULL
);

CREATE TABLE article_stories (
  article_id TEXT NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  story_id TEXT NOT NULL REFERENCES stories (id),
  signature TEXT,
  similarity DOUBLE PRECISION,
  nearest_article_id TEXT
);
CREATE INDEX article_stories_story_id ON article_stories (story_id);

CREATE TABLE article_bands (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  band INTEGER NOT NULL,
  band_key INTEGER NOT NULL,
  PRIMARY KEY (article_id, band)
);
CREATE INDEX article_bands_key ON article_bands (band, band_key);
`;

// One actor id across articles (country:ISR, person:eli-cohen, org:…): the names it was written as and
// the roles it held, each with the first and last publication date it was seen on. Kept apart from an
// article's rows: re-analyzing an article never forgets what earlier articles said.
const actorRegistry = `
CREATE TABLE actor_registry (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  code TEXT NOT NULL,
  first_seen TEXT,
  last_seen TEXT
);
CREATE INDEX actor_registry_country ON actor_registry (country);
CREATE INDEX actor_registry_code ON actor_registry (code);

CREATE TABLE actor_aliases (
  actor_id TEXT NOT NULL REFERENCES actor_registry (id),
  alias TEXT NOT NULL,
  first_seen TEXT,
  last_seen TEXT,
  PRIMARY KEY (actor_id, alias)
);
CREATE INDEX actor_aliases_alias ON actor_aliases (alias);

CREATE TABLE actor_roles (
  actor_id TEXT NOT NULL REFERENCES actor_registry (id),
  role TEXT NOT NULL,
  agents TEXT NOT NULL,
  code TEXT NOT NULL,
  first_seen TEXT,
  last_seen TEXT,
  PRIMARY KEY (actor_id, role)
);
`;

// Corpus queries. Each event gets the countries of its two sides and the day it is counted on (its own date
// when known to the day, else its article's publication day), and a covering index per kind of dyad, so a
// dyad timeline over millions of events reads one index range. `duplicate` marks an event that an earlier
// article of the same story (a wire copy) already reported, so aggregates count it once.
// Full-text search over events' evidence, quotes and articles: an FTS5 table in SQLite (its rows are
// found for deletion through search_rows), generated tsvector columns with GIN indexes in PostgreSQL.
const corpusCommon = `
ALTER TABLE events ADD COLUMN source_country TEXT;
ALTER TABLE events ADD COLUMN target_country TEXT;
ALTER TABLE events ADD COLUMN day TEXT;
ALTER TABLE events ADD COLUMN duplicate INTEGER NOT NULL DEFAULT 0;
UPDATE events SET
  source_country = (SELECT a.country FROM actors a WHERE a.article_id = events.article_id AND a.id = events.source_actor),
  target_country = (SELECT a.country FROM actors a WHERE a.article_id = events.article_id AND a.id = events.target_actor),
  day = CASE WHEN length(date_value) = 10 THEN date_value
    ELSE (SELECT substr(p.published_value, 1, 10) FROM articles p WHERE p.id = events.article_id) END;
CREATE INDEX events_country_dyad ON events (source_country, target_country, day, quad_class, goldstein, negated, modality, duplicate);
CREATE INDEX events_code_dyad ON events (source_code, target_code, day, quad_class, goldstein, negated, modality, duplicate);
CREATE INDEX events_target_country ON events (target_country, day);
CREATE INDEX events_day ON events (day);
CREATE INDEX actors_id ON actors (id);
CREATE INDEX articles_source_location ON articles (source_location, pipeline_version);
`;
const corpus = {
  sqlite: `${corpusCommon}
CREATE VIRTUAL TABLE search_fts USING fts5(body, kind UNINDEXED, article_id UNINDEXED, item_id UNINDEXED, tokenize = 'porter unicode61');
CREATE TABLE search_rows (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  fts_rowid INTEGER NOT NULL,
  PRIMARY KEY (article_id, fts_rowid)
);
INSERT INTO search_fts (body, kind, article_id, item_id) SELECT evidence, 'event', article_id, id FROM events;
INSERT INTO search_fts (body, kind, article_id, item_id) SELECT text, 'quote', article_id, id FROM quotes;
INSERT INTO search_fts (body, kind, article_id, item_id) SELECT COALESCE(title, '') || ' ' || text, 'article', id, id FROM articles;
INSERT INTO search_rows (article_id, fts_rowid) SELECT article_id, rowid FROM search_fts;
`,
  postgres: `${corpusCommon}
ALTER TABLE events ADD COLUMN evidence_tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', evidence)) STORED;
CREATE INDEX events_evidence_tsv ON events USING GIN (evidence_tsv);
ALTER TABLE quotes ADD COLUMN text_tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX quotes_text_tsv ON quotes USING GIN (text_tsv);
ALTER TABLE articles ADD COLUMN text_tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', COALESCE(title, '') || ' ' || text)) STORED;
CREATE INDEX articles_text_tsv ON articles USING GIN (text_tsv);
`,
};

/** In order of `version`, strictly increasing. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'stories', sql: stories },
  { version: 3, name: 'actor registry', sql: actorRegistry },
  { version: 4, name: 'corpus queries', sql: corpus },
];

/** Every table holding an article's rows; the first is the parent of the rest. */
export const ARTICLE_TABLES = [
  'articles', 'sections', 'sentences', 'mentions', 'actors', 'places', 'dates', 'events', 'quotes', 'claims',
] as const;
/** Checks the order of migrations and picks those not yet applied; throws when the database is newer. */
export function pendingMigrations(applied: Iterable<number>, migrations: readonly Migration[] = MIGRATIONS): Migration[] {
  migrations.forEach((m, i) => {
    if (i > 0 && m.version <= migrations[i - 1].version) throw new Error(`migration ${m.version} is out of order`);
  });
  const done = new Set(applied);
  const newest = Math.max(0, ...done);
  const known = migrations.length > 0 ? migrations[migrations.length - 1].version : 0;
  if (newest > known) throw new Error(`its schema version ${newest} is newer than this program's (${known}); upgrade chancery`);
  return migrations.filter((m) => !done.has(m.version));
}

/** Tables that link an article to its story (kept apart: a story outlives any one of its articles). */
export const STORY_TABLES = ['article_stories', 'article_bands'] as const;
