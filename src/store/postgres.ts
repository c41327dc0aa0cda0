// PostgreSQL behind the SqlClient interface, through pg's connection pool: the store for a team, and the
// one the distributed workers share. Same migrations and statements as SQLite (src/store/sql-store.ts).
import pg from 'pg';
import { InputError } from '../util/errors.js';
import { MIGRATIONS, MIGRATIONS_TABLE_SQL, type Migration, migrationSql, pendingMigrations } from './migrations.js';
import { type SqlClient, type SqlValue, firstLine } from './sql.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './store.js';

/** Whether a --db value names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

// COUNT(*) and SUM over integers are BIGINT (int8) and come back as strings by default; our counts fit in
// a double, so read them as numbers, as SQLite gives them. NUMERIC (AVG over integers) likewise.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20) return (value: string) => Number.parseInt(value, 10);
    if (oid === 1700) return (value: string) => Number.parseFloat(value);
    return pg.types.getTypeParser(oid, format);
  },
};

/** `?` placeholders to PostgreSQL's `$1, $2, …`, leaving quoted strings alone. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  let out = '';
  let quoted = false;
  for (const c of sql) {
    if (c === "'") quoted = !quoted;
    out += c === '?' && !quoted ? `$${++n}` : c;
  }
  return out;
}

class PostgresClient implements SqlClient {
  readonly dialect = 'postgres' as const;
  readonly #pool: pg.Pool | null;
  readonly #client: pg.PoolClient | null;

  constructor(pool: pg.Pool | null, client: pg.PoolClient | null = null) {
    this.#pool = pool;
    this.#client = client;
  }

  get #target(): pg.Pool | pg.PoolClient {
    return (this.#client ?? this.#pool) as pg.Pool | pg.PoolClient;
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const result = await this.#target.query(numberPlaceholders(sql), params as SqlValue[]);
    return result.rows as T[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    const result = await this.#target.query(numberPlaceholders(sql), params as SqlValue[]);
    return result.rowCount ?? 0;
  }

  async exec(sql: string): Promise<void> {
    await this.#target.query(sql);
  }

  async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    if (this.#client) return fn(this); // already in one
    const client = await (this.#pool as pg.Pool).connect();
    try {
      await client.query('BEGIN');
      const result = await fn(new PostgresClient(null, client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  isConstraintError(error: unknown): boolean {
    const code = (error as { code?: unknown })?.code;
    return typeof code === 'string' && code.startsWith('23'); // class 23: integrity constraint violation
  }

  async close(): Promise<void> {
    await this.#pool?.end();
  }
}

/** Why a connection failed, in one line (pg's errors for a refused connection have no message). */
export function connectionProblem(error: unknown): string {
  const e = error as { code?: string; message?: string; errors?: { code?: string; message?: string }[] };
  const code = e?.code ?? e?.errors?.[0]?.code;
  if (code === 'ECONNREFUSED') return 'connection refused (is PostgreSQL running?)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === '28P01' || code === '28000') return 'authentication failed';
  if (code === '3D000') return 'database does not exist';
  if (code === 'ETIMEDOUT') return 'connection timed out';
  return firstLine(e?.message || code || error);
}

export interface PostgresOptions {
  /** Connections in the pool (default 4). */
  max?: number;
}

/**
 * Connects to PostgreSQL and brings the schema up to date. A database that cannot be reached throws an
 * InputError with one line naming it (password hidden) and the reason.
 */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 4, types, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => undefined); // an idle client's lost connection: the next query reports it
  try {
    const client = await pool.connect();
    try {
      await migrate(client);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    const wrapped = new InputError(`cannot open database ${redactUrl(url)}: ${connectionProblem(error)}`);
    wrapped.cause = error;
    throw wrapped;
  }
  return new SqlStore(new PostgresClient(pool));
}

/** Applies the migrations not yet applied, in one transaction, under an advisory lock (two workers may start at once). */
async function migrate(client: pg.PoolClient, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(7212026)');
    await client.query(MIGRATIONS_TABLE_SQL);
    const applied = (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version);
    const done: number[] = [];
    for (const m of pendingMigrations(applied, migrations)) {
      await client.query(migrationSql(m, 'postgres'));
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
      done.push(m.version);
    }
    await client.query('COMMIT');
    return done;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
