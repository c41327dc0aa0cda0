// The stores a contract test runs against: SQLite always, PostgreSQL when CHANCERY_TEST_POSTGRES names a
// database (CI sets it; .ci/run starts the server). Each store lives in its own temporary file or schema.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../src/store/postgres.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';

export const postgresUrl = process.env.CHANCERY_TEST_POSTGRES ?? null;
let told = false;

export interface TestStore {
  store: Store;
  /** What to pass as --db to reach the same store. */
  db: string;
  dispose(): Promise<void>;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  open(): Promise<TestStore>;
}

/** A URL for a fresh, empty schema of the test database, and a function that drops it. */
export async function freshPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!postgresUrl) throw new Error('CHANCERY_TEST_POSTGRES is not set');
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: postgresUrl });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

export function backends(): Backend[] {
  const out: Backend[] = [
    {
      name: 'sqlite',
      async open() {
        const dir = mkdtempSync(join(tmpdir(), 'chancery-store-'));
        const db = join(dir, 'chancery.db');
        const store = openSqliteStore(db);
        return { store, db, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
      },
    },
  ];
  if (postgresUrl) {
    out.push({
      name: 'postgres',
      async open() {
        const fresh = await freshPostgres();
        const store = await openPostgresStore(fresh.url);
        return { store, db: fresh.url, dispose: async () => { await store.close(); await fresh.drop(); } };
      },
    });
  } else if (!told) {
    told = true;
    console.log('skipping PostgreSQL store tests: CHANCERY_TEST_POSTGRES is not set');
  }
  return out;
}
