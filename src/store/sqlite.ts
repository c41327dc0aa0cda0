// The embedded store: one SQLite file through better-sqlite3 (WAL mode, a busy timeout so concurrent
// ingests into one file wait for each other), behind the SqlClient interface the store is written over.
import { accessSync, constants, type Stats, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { InputError } from '../util/errors.js';
import { MIGRATIONS, MIGRATIONS_TABLE_SQL, type Migration, migrationSql, pendingMigrations } from './migrations.js';
import { Serial, type SqlClient, type SqlValue, firstLine } from './sql.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './store.js';

type DB = Database.Database;

/**
 * Opens (creating if needed) the SQLite database at `path` and brings its schema up to date.
 * A path that cannot hold a database throws an InputError with one line naming it.
 */
export function openSqliteStore(path: string): Store {
  return new SqlStore(new SqliteClient(openDatabase(path)));
}

/**
 * Applies, in one immediate transaction, the migrations not yet recorded in schema_migrations; returns their
 * versions (empty when the database is up to date). Immediate, so two processes opening a new file at once
 * cannot both migrate it.
 */
export function applyMigrations(db: DB, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const run = db.transaction((): number[] => {
    db.exec(MIGRATIONS_TABLE_SQL);
    const applied = db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[];
    const note = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    return pendingMigrations(applied, migrations).map((m) => {
      db.exec(migrationSql(m, 'sqlite'));
      note.run(m.version, m.name, new Date().toISOString());
      return m.version;
    });
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
    // WAL with synchronous NORMAL: a commit does not wait for the disk; the database stays consistent after a crash
    // and loses at most the last commits, which a resumed ingest analyzes again.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 30000'); // another process's batch may hold the write lock for a while
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


/** better-sqlite3 behind the SqlClient interface. Statements are prepared once and cached. */
class SqliteClient implements SqlClient {
  readonly dialect = 'sqlite' as const;
  readonly #db: DB;
  readonly #statements: Map<string, Database.Statement>;
  /** Null inside a transaction: its statements run as they come. */
  readonly #serial: Serial | null;

  constructor(db: DB, statements = new Map<string, Database.Statement>(), serial: Serial | null = new Serial()) {
    this.#db = db;
    this.#statements = statements;
    this.#serial = serial;
  }

  #statement(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      if (this.#statements.size >= 1000) this.#statements.clear(); // queries built from filters vary; keep the cache bounded
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  #do<T>(work: () => T): Promise<T> {
    return this.#serial ? this.#serial.run(async () => work()) : Promise.resolve().then(work);
  }

  all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.#do(() => this.#statement(sql).all(...params) as T[]);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.#do(() => this.#statement(sql).run(...params).changes);
  }

  exec(sql: string): Promise<void> {
    return this.#do(() => {
      this.#db.exec(sql);
    });
  }

  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      // Immediate: take the write lock before reading, so a check and the write that follows are one step
      // even when another process writes to the same file.
      this.#db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(new SqliteClient(this.#db, this.#statements, null));
        this.#db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
        throw error;
      }
    };
    return this.#serial ? this.#serial.run(run) : run();
  }

  isConstraintError(error: unknown): boolean {
    return error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT');
  }

  async close(): Promise<void> {
    if (this.#serial) await this.#serial.run(async () => undefined);
    if (this.#db.open) this.#db.close();
  }
}
