// The ingest queue: one pg-boss job per article, kept in the same PostgreSQL database as the store (in
// its own schema, `pgboss` unless --queue-schema says otherwise). A job carries the loaded input, so a
// worker on another machine needs no access to the files or URLs.
import PgBoss from 'pg-boss';
import type { ArticleInput } from '../sources/input.js';
import { redactUrl } from '../store/postgres.js';
import { InputError } from '../util/errors.js';

export const QUEUE = 'chancery-ingest';
export const DEFAULT_QUEUE_SCHEMA = 'pgboss';
/** A job's data at most: inputs above this are refused at enqueue (ingest them without --queue). */
export const MAX_JOB_BYTES = 4 * 1024 * 1024;
/** How long a worker may hold a job before it is given to another (a worker killed mid-job). */
export const DEFAULT_JOB_TIMEOUT_SECONDS = 15 * 60;
/** Attempts after a job's first, when it fails for a reason other than its input (e.g. the database). */
export const JOB_RETRIES = 3;

export interface JobData {
  input: ArticleInput;
  published?: string;
}

export function queueSchema(name: string | undefined): string {
  const schema = name ?? DEFAULT_QUEUE_SCHEMA;
  if (!/^[a-z_][a-z0-9_]{0,49}$/i.test(schema)) throw new InputError(`invalid schema name "${schema}": letters, digits and _`, '--queue-schema');
  return schema;
}

export function newBoss(url: string, schema: string, options: Partial<PgBoss.ConstructorOptions> = {}): PgBoss {
  return new PgBoss({ connectionString: url, schema, max: 4, application_name: 'chancery', ...options });
}

/** Starts pg-boss (creating or upgrading its schema) and makes sure the queue exists. */
export async function startBoss(boss: PgBoss): Promise<void> {
  await boss.start();
  if (!(await boss.getQueue(QUEUE))) {
    try {
      await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: JOB_RETRIES, retryDelay: 5, retryBackoff: true });
    } catch (error) {
      // Another process created it in between.
      if (!(await boss.getQueue(QUEUE))) throw error;
    }
  }
}

/** The job's size as stored (JSON, UTF-8). */
export const jobBytes = (data: JobData): number => Buffer.byteLength(JSON.stringify(data));

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export { redactUrl };
