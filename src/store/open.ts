// `--db` names the store: a SQLite file path (the default, embedded) or a postgres:// URL.
import { isPostgresUrl, openPostgresStore, redactUrl } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export async function openStore(db: string): Promise<Store> {
  return isPostgresUrl(db) ? openPostgresStore(db) : openSqliteStore(db);
}

/** How to name the store in messages (a URL without its password). */
export function storeName(db: string): string {
  return isPostgresUrl(db) ? redactUrl(db) : db;
}
