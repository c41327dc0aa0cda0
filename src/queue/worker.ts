// `chancery worker --db postgres://…`: takes ingest jobs from the queue, analyzes, stores (an idempotent
// put: a job done twice stores its article once) and completes them. Stateless: run as many as you like
// on as many machines. A job held by a worker that died comes back to the queue once it expires. SIGINT
// or SIGTERM stops taking jobs and finishes those in hand. A database that cannot be reached is retried
// with a growing pause and one line per attempt.
import type PgBoss from 'pg-boss';
import { pipelineOptions, positiveWhole } from '../cli/analyze.js';
import type { Io } from '../cli/run.js';
import { type Analyzer, createAnalyzer, defaultThreads } from '../ingest/analyzer.js';
import { isPostgresUrl } from '../store/postgres.js';
import { openStore, storeName } from '../store/open.js';
import type { PutResult, Store } from '../store/store.js';
import { InputError, errorMessage } from '../util/errors.js';
import { type JobData, QUEUE, newBoss, queueSchema, startBoss } from './boss.js';

export interface WorkerFlags {
  db: string;
  concurrency?: string;
  maxRetries?: string;
  queueSchema?: string;
  actors?: string;
}

/** The pause before retry n (1, 2, 4 … seconds, at most a minute). */
export const backoffSeconds = (attempt: number): number => Math.min(60, 2 ** (attempt - 1));

export async function runWorker(opts: WorkerFlags, io: Io, signal: AbortSignal): Promise<number> {
  if (!isPostgresUrl(opts.db)) throw new InputError(`needs a PostgreSQL --db (postgres://…) holding the queue; "${opts.db}" is a SQLite file`, 'worker');
  const concurrency = opts.concurrency === undefined ? defaultThreads() : positiveWhole(opts.concurrency, '--concurrency');
  if (opts.maxRetries !== undefined && !/^\d+$/.test(opts.maxRetries)) throw new InputError(`invalid value "${opts.maxRetries}": expected a whole number`, '--max-retries');
  const maxRetries = opts.maxRetries === undefined ? Number.POSITIVE_INFINITY : Number(opts.maxRetries);
  const schema = queueSchema(opts.queueSchema);
  pipelineOptions({ actors: opts.actors }); // checks the dictionary here; each analysis thread loads its own
  const where = storeName(opts.db);
  // Tests shorten pg-boss's maintenance (which hands expired jobs back), 60 s otherwise.
  const maintenance = Number(process.env.CHANCERY_QUEUE_MAINTENANCE_SECONDS ?? 60);

  let store: Store | null = null;
  let boss: PgBoss | null = null;
  for (let attempt = 1; ; attempt++) {
    try {
      store = await openStore(opts.db);
      boss = newBoss(opts.db, schema, { maintenanceIntervalSeconds: maintenance, monitorStateIntervalSeconds: Math.max(maintenance, 60) });
      boss.on('error', onError(io, where));
      await startBoss(boss);
      break;
    } catch (error) {
      await store?.close().catch(() => undefined);
      await boss?.stop({ graceful: false, wait: true }).catch(() => undefined);
      store = null;
      boss = null;
      const reason = errorMessage(error).replace(/^cannot open database [^:]*(:\/\/[^ ]*)?: /, '');
      if (attempt > maxRetries) {
        io.stderr.write(`chancery: cannot reach PostgreSQL at ${where}: ${reason}; gave up after ${maxRetries} ${maxRetries === 1 ? 'retry' : 'retries'}\n`);
        return 1;
      }
      const pause = backoffSeconds(attempt);
      const of = Number.isFinite(maxRetries) ? ` of ${maxRetries}` : '';
      io.stderr.write(`chancery: cannot reach PostgreSQL at ${where}: ${reason}; retry ${attempt}${of} in ${pause} s\n`);
      if (!(await pauseUnlessAborted(pause * 1000, signal))) return 0;
    }
  }
  if (signal.aborted) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await store.close();
    return 0;
  }

  const analyzer: Analyzer = createAnalyzer(Math.min(concurrency, defaultThreads()));
  const counts: Record<PutResult['status'] | 'failed', number> = { stored: 0, unchanged: 0, replaced: 0, failed: 0 };
  const work = async (job: PgBoss.Job<JobData>) => {
    let record: Awaited<ReturnType<Analyzer['analyze']>>;
    try {
      record = await analyzer.analyze({ input: job.data.input, published: job.data.published, actors: opts.actors });
    } catch (error) {
      // Bad input fails the same way every time: reported, and the job completes with the reason.
      const line = error instanceof InputError ? error.line() : `${job.data.input.location}: ${errorMessage(error)}`;
      io.stderr.write(`chancery: ${line}\n`);
      counts.failed++;
      return { failed: line };
    }
    const put = await (store as Store).putArticle(record); // a database failure fails the job: pg-boss retries it
    counts[put.status]++;
    return put;
  };
  io.stderr.write(`chancery: worker taking jobs from ${where} (queue ${QUEUE}, ${concurrency} at once); SIGINT or SIGTERM stops it\n`);
  for (let i = 0; i < concurrency; i++) {
    await boss.work<JobData>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => work(job));
  }
  await new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));
  io.stderr.write('chancery: worker stopping: finishing the jobs in hand\n');
  try {
    await boss.stop({ graceful: true, wait: true, timeout: 60_000 });
  } finally {
    await analyzer.close();
    await store.close();
  }
  io.stdout.write(`worker done: ${counts.stored} stored, ${counts.unchanged} unchanged, ${counts.replaced} replaced, ${counts.failed} failed\n`);
  return 0;
}

/** pg-boss's background errors (a lost connection while polling): one line each, the same one at most every 10 s. */
function onError(io: Io, where: string): (error: Error) => void {
  let last = '';
  let at = 0;
  return (error) => {
    const line = `chancery: queue at ${where}: ${errorMessage(error).split('\n')[0]}; retrying`;
    if (line === last && Date.now() - at < 10_000) return;
    last = line;
    at = Date.now();
    io.stderr.write(`${line}\n`);
  };
}

/** Waits ms; false when the signal came first. */
function pauseUnlessAborted(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve(true);
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}
