// `chancery ingest` and `chancery list`: analyze into the store; show what it holds.
import cliProgress from 'cli-progress';
import { type IngestResult, ingestItems } from '../ingest/ingest.js';
import { type IngestFlags, runEnqueue } from '../queue/enqueue.js';
import { openStore, storeName } from '../store/open.js';
import { InputError } from '../util/errors.js';
import { collectItems, pipelineOptions, positiveWhole, report, sourceOptions } from './analyze.js';
import { type Io, checkFormat } from './run.js';
import { columns } from './table.js';

export async function runIngest(inputs: string[], opts: IngestFlags, io: Io): Promise<number> {
  const threads = opts.threads === undefined ? undefined : positiveWhole(opts.threads, '--threads');
  if (opts.queue) return runEnqueue(inputs, opts, io);
  pipelineOptions(opts); // checks --published and --actors before any work; the workers load the dictionary
  const options = sourceOptions(opts, io);
  const { items, errors } = await collectItems(inputs, options, io);
  if (!items.length) return report(errors, 0, io);
  const store = await openStore(opts.db);
  const bar = io.stdout.isTTY
    ? new cliProgress.SingleBar(
        {
          format: 'ingest [{bar}] {value}/{total} articles | {rate}/s | ETA {eta_formatted}',
          stream: io.stdout as NodeJS.WritableStream & { isTTY: boolean },
          etaBuffer: 100,
        } as cliProgress.Options,
        cliProgress.Presets.shades_classic,
      )
    : null;
  const started = Date.now();
  let result: IngestResult;
  try {
    result = await ingestItems(items, store, {
      threads,
      // Records per transaction: 50 unless a test asks for smaller batches.
      batchSize: process.env.CHANCERY_INGEST_BATCH ? Number(process.env.CHANCERY_INGEST_BATCH) : undefined,
      published: opts.published,
      actors: opts.actors,
      onStart: (total) => bar?.start(total, 0, { rate: '0.0' }),
      onProgress: (done) => bar?.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) }),
    });
  } finally {
    bar?.stop();
    await store.close();
  }
  errors.push(...result.errors);
  const { counts, skipped, linked } = result;
  const ok = counts.stored + counts.unchanged + counts.replaced + skipped;
  const failed = errors.length ? `, ${errors.length} failed` : '';
  const skip = skipped ? `, ${skipped} skipped (stored already)` : '';
  const copies = linked ? `; ${linked} ${linked === 1 ? 'is a near-duplicate' : 'are near-duplicates'} of a stored story (see chancery stories)` : '';
  io.stdout.write(
    `ingested ${ok} of ${ok + errors.length} articles into ${storeName(opts.db)}: ${counts.stored} stored, ${counts.unchanged} unchanged, ${counts.replaced} replaced${skip}${failed} (${((Date.now() - started) / 1000).toFixed(1)} s)${copies}\n`,
  );
  // Some articles were found: failures among them are exit 1, even when all failed (2 is for bad usage).
  for (const e of errors) io.stderr.write(`chancery: ${e.line()}\n`);
  return errors.length ? 1 : 0;
}

export async function runList(opts: { db: string; limit: string; format: string }, io: Io): Promise<number> {
  checkFormat(opts.format, ['table', 'json', 'jsonl']);
  const limit = Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new InputError(`invalid limit "${opts.limit}": expected a positive whole number`, '--limit');
  const store = await openStore(opts.db);
  try {
    const articles = await store.listArticles({ limit });
    const total = await store.countArticles();
    if (opts.format === 'json') io.stdout.write(`${JSON.stringify(articles, null, 2)}\n`);
    else if (opts.format === 'jsonl') for (const a of articles) io.stdout.write(`${JSON.stringify(a)}\n`);
    else {
      const rows = articles.map((a) => [a.id.slice(0, 12), a.published ?? '', String(a.counts.events), String(a.counts.quotes), String(a.counts.claims), (a.title ?? '(untitled)').slice(0, 70)]);
      io.stdout.write(columns([['id', 'published', 'events', 'quotes', 'claims', 'title'], ...rows]));
      io.stdout.write(`${total} article${total === 1 ? '' : 's'} in ${storeName(opts.db)}${total > articles.length ? ` (showing ${articles.length})` : ''}\n`);
    }
  } finally {
    await store.close();
  }
  return 0;
}

export async function runStories(opts: { db: string; limit: string; min: string; format: string }, io: Io): Promise<number> {
  checkFormat(opts.format, ['table', 'json', 'jsonl']);
  const limit = Number(opts.limit);
  const min = Number(opts.min);
  if (!Number.isInteger(limit) || limit < 1) throw new InputError(`invalid limit "${opts.limit}": expected a positive whole number`, '--limit');
  if (!Number.isInteger(min) || min < 1) throw new InputError(`invalid value "${opts.min}": expected a positive whole number`, '--min');
  const store = await openStore(opts.db);
  try {
    const stories = await store.listStories({ limit, minArticles: min });
    if (opts.format === 'json') io.stdout.write(`${JSON.stringify(stories, null, 2)}\n`);
    else if (opts.format === 'jsonl') for (const s of stories) io.stdout.write(`${JSON.stringify(s)}\n`);
    else {
      const rows = stories.map((s) => [s.id.slice(0, 12), String(s.articles), s.published ?? '', s.publishers.join(', ').slice(0, 40), (s.title ?? '(untitled)').slice(0, 60)]);
      io.stdout.write(columns([['story', 'articles', 'published', 'publishers', 'title'], ...rows]));
      const total = await store.countStories();
      io.stdout.write(`${total} stor${total === 1 ? 'y' : 'ies'} in ${storeName(opts.db)}${min > 1 ? ` (showing those with ${min} or more articles)` : ''}\n`);
    }
  } finally {
    await store.close();
  }
  return 0;
}
