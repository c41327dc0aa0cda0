// The one thing the store needs from a database: run SQL with `?` parameters, in transactions. Two
// clients implement it — SQLite through better-sqlite3 (src/store/sqlite.ts) and PostgreSQL through pg
// (src/store/postgres.ts) — so the store's logic and queries are written once (src/store/sql-store.ts).

export type SqlValue = string | number | null;
export type Dialect = 'sqlite' | 'postgres';

export interface SqlClient {
  readonly dialect: Dialect;
  /** Rows of a query; `?` marks each parameter, in order. */
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` in one transaction on one connection, committing when it resolves and rolling back when
   * it throws. Transactions on one client run one after another; `fn` must use the client it is given.
   */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  /** Whether an error is a constraint violation (a duplicate key, a failed CHECK): bad data, not a broken database. */
  isConstraintError(error: unknown): boolean;
  close(): Promise<void>;
}

/** One line of an error, for messages. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0];
}

/**
 * Runs async tasks one at a time, in the order they were queued. The SQLite client uses it so that an
 * open transaction, whose statements are interleaved with awaits, never sees another task's statements.
 */
export class Serial {
  #tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task, task);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}

/** Most parameters one statement may carry (SQLite's default limit is 32,766; PostgreSQL's 65,535). */
export const MAX_PARAMETERS = 30_000;
