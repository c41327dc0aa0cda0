// `chancery ingest … --queue --db postgres://…`: loads each input here and queues it as a job for
// `chancery worker` processes, then exits. What this pipeline version has stored already is skipped.
import type PgBoss from 'pg-boss';
import { type SourceFlags, collectItems, pipelineOptions, positiveWhole, report, sourceOptions } from '../cli/analyze.js';
import type { Io } from '../cli/run.js';
import { unstored } from '../ingest/ingest.js';
import { isPostgresUrl } from '../store/postgres.js';
import { openStore, storeName } from '../store/open.js';
import { InputError, errorMessage } from '../util/errors.js';
import { DEFAULT_JOB_TIMEOUT_SECONDS, type JobData, MAX_JOB_BYTES, QUEUE, jobBytes, mb, newBoss, queueSchema, startBoss } from './boss.js';

export interface IngestFlags extends SourceFlags {
  db: string;
  published?: string;
  actors?: string;
  threads?: string;
  queue?: boolean;
  queueSchema?: string;
  jobTimeout?: string;
}

/** Jobs per insert, and bytes per insert at most (one statement carries them all). */
const INSERT_JOBS = 50;
const INSERT_BYTES = 16 * 1024 * 1024;

export async function runEnqueue(inputs: string[], opts: IngestFlags, io: Io): Promise<number> {
  if (!isPostgresUrl(opts.db)) throw new InputError(`needs a PostgreSQL --db (postgres://…), which the workers share; "${opts.db}" is a SQLite file`, '--queue');
  if (opts.actors !== undefined) throw new InputError('give the actor dictionary to each worker instead (chancery worker --actors FILE)', '--actors');
  pipelineOptions(opts); // checks --published
  const schema = queueSchema(opts.queueSchema);
  const timeout = opts.jobTimeout === undefined ? DEFAULT_JOB_TIMEOUT_SECONDS : positiveWhole(opts.jobTimeout, '--job-timeout');
  if (timeout >= 24 * 3600) throw new InputError('must be under a day', '--job-timeout');
  const { items, errors } = await collectItems(inputs, sourceOptions(opts, io), io);
  if (!items.length) return report(errors, 0, io);

  const started = Date.now();
  const store = await openStore(opts.db);
  let todo: typeof items;
  try {
    todo = await unstored(items, store);
  } finally {
    await store.close();
  }
  const skipped = items.length - todo.length;
  let boss: PgBoss | null = null;
  let queued = 0;
  try {
    if (todo.length) {
      boss = newBoss(opts.db, schema, { supervise: false, schedule: false });
      boss.on('error', () => undefined); // the calls below report their own failures
      try {
        await startBoss(boss);
      } catch (error) {
        throw new InputError(`cannot open the queue in ${storeName(opts.db)}: ${errorMessage(error)}`);
      }
      let jobs: PgBoss.JobInsert<JobData>[] = [];
      let bytes = 0;
      const insert = async () => {
        if (!jobs.length) return;
        await (boss as PgBoss).insert(jobs);
        queued += jobs.length;
        jobs = [];
        bytes = 0;
      };
      for (const item of todo) {
        let data: JobData;
        try {
          data = { input: await item.load(), published: opts.published };
        } catch (error) {
          errors.push(error instanceof InputError && error.input ? error : new InputError(errorMessage(error), item.location));
          continue;
        }
        const size = jobBytes(data);
        if (size > MAX_JOB_BYTES) {
          errors.push(new InputError(`too large for a queue job (${mb(size)}; the limit is ${mb(MAX_JOB_BYTES)}): ingest it without --queue`, item.location));
          continue;
        }
        if (jobs.length >= INSERT_JOBS || bytes + size > INSERT_BYTES) await insert();
        jobs.push({ name: QUEUE, data, expireInSeconds: timeout });
        bytes += size;
      }
      await insert();
    }
  } finally {
    await boss?.stop({ graceful: false, wait: true }).catch(() => undefined);
  }
  const failed = errors.length ? `, ${errors.length} failed` : '';
  io.stdout.write(
    `queued ${queued} of ${items.length} articles in ${storeName(opts.db)} (queue ${QUEUE}, schema ${schema}): ${skipped} skipped (stored already)${failed} (${((Date.now() - started) / 1000).toFixed(1)} s); chancery worker --db … analyzes and stores them\n`,
  );
  for (const e of errors) io.stderr.write(`chancery: ${e.line()}\n`);
  return errors.length ? 1 : 0;
}
