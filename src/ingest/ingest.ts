// The ingest loop: skip what is stored, load each input in this thread (files and URLs: I/O), analyze in
// the analyzer (a worker pool or this thread), and commit the records in order through one writer, a
// batch per transaction. A bounded window of items is in flight, so memory stays flat however many
// inputs there are; a run killed at any moment has committed whole batches only, and the next run skips
// them.
import type { ArticleRecord } from '../doc/schema.js';
import type { SourceItem } from '../sources/sources.js';
import type { PutResult, Store } from '../store/store.js';
import { InputError, errorMessage } from '../util/errors.js';
import { pipelineVersion } from '../version.js';
import { type Analyzer, createAnalyzer, defaultThreads } from './analyzer.js';

export interface IngestOptions {
  /** Analyses at once: worker threads (default: one per core, or this thread alone below SMALL_INGEST articles); 1 analyzes in this thread. */
  threads?: number;
  published?: string;
  /** Actor dictionary file, loaded by each worker. */
  actors?: string;
  /** Records per transaction (default 50). */
  batchSize?: number;
  /** A batch is committed at the latest this long after its first record (default 1000 ms). */
  batchMs?: number;
  /** Items loaded, analyzing or waiting to be written, at most (default max(4 × threads, 2 × batch)). */
  window?: number;
  /** Told the number of items to do (after skipping), then after each item. */
  onStart?(total: number, skipped: number): void;
  onProgress?(done: number): void;
}

export interface IngestResult {
  counts: Record<PutResult['status'], number>;
  /** Items whose source this pipeline version had stored already: not loaded again. */
  skipped: number;
  /** Articles stored as near-duplicates of a story already stored. */
  linked: number;
  errors: InputError[];
}

type Outcome = { location: string; record: ArticleRecord } | { location: string; error: InputError };

const SKIP_CHUNK = 500;
/** Fewer articles to analyze than this: one thread unless --threads says otherwise. */
export const SMALL_INGEST = 50;

export async function ingestItems(items: SourceItem[], store: Store, options: IngestOptions = {}): Promise<IngestResult> {
  const result: IngestResult = { counts: { stored: 0, unchanged: 0, replaced: 0 }, skipped: 0, linked: 0, errors: [] };
  const todo = await unstored(items, store);
  result.skipped = items.length - todo.length;
  options.onStart?.(todo.length, result.skipped);
  if (!todo.length) return result;
  // Each thread loads the models (seconds): no more threads than articles, and unless asked, no pool
  // for a few articles, which one thread analyzes before a pool is ready.
  const threads = options.threads ?? (todo.length < SMALL_INGEST ? 1 : defaultThreads());
  const analyzer = createAnalyzer(Math.min(threads, todo.length));
  try {
    await run(todo, store, analyzer, options, result);
  } finally {
    await analyzer.close();
  }
  return result;
}

async function run(todo: SourceItem[], store: Store, analyzer: Analyzer, options: IngestOptions, result: IngestResult): Promise<void> {
  const batchSize = options.batchSize ?? 50;
  const batchMs = options.batchMs ?? 1000;
  const window = Math.max(1, options.window ?? Math.max(4 * analyzer.threads, 2 * batchSize));

  let done = 0;
  let batch: Outcome[] = [];
  let batchStarted = 0;
  const flush = async () => {
    const outcomes = batch;
    batch = [];
    await write(outcomes, store, result);
  };

  const start = (item: SourceItem): Promise<Outcome> =>
    (async () => {
      try {
        const input = await item.load();
        return { location: item.location, record: await analyzer.analyze({ input, published: options.published, actors: options.actors }) };
      } catch (error) {
        return { location: item.location, error: asInputError(error, item.location) };
      }
    })();

  // In flight, in input order: the writer takes them from the front, so records are committed in the
  // order a sequential ingest would commit them (story links come out the same).
  const queue: Promise<Outcome>[] = [];
  const takeFront = async () => {
    const front = queue[0];
    if (batch.length) {
      // Waiting on a slow article: commit what is ready once the batch is old enough.
      const wait = batchStarted + batchMs - Date.now();
      if (wait <= 0 || !(await settlesWithin(front, wait))) await flush();
    }
    const outcome = await front;
    queue.shift();
    if (!batch.length) batchStarted = Date.now();
    batch.push(outcome);
    options.onProgress?.(++done);
    if (batch.length >= batchSize) await flush();
  };

  for (const item of todo) {
    while (queue.length >= window) await takeFront();
    queue.push(start(item));
  }
  while (queue.length) await takeFront();
  if (batch.length) await flush();
}

/** The items whose source location is not stored yet by this pipeline version, asked in chunks. */
export async function unstored(items: SourceItem[], store: Store): Promise<SourceItem[]> {
  const version = pipelineVersion();
  const out: SourceItem[] = [];
  for (let i = 0; i < items.length; i += SKIP_CHUNK) {
    const chunk = items.slice(i, i + SKIP_CHUNK);
    const stored = await store.storedSources(
      chunk.map((item) => item.location),
      version,
    );
    for (const item of chunk) if (!stored.has(item.location)) out.push(item);
  }
  return out;
}

/** Commits the records of a batch in one transaction; when that fails, each on its own, so one bad record fails alone. */
async function write(outcomes: Outcome[], store: Store, result: IngestResult): Promise<void> {
  const good: { location: string; record: ArticleRecord }[] = [];
  for (const o of outcomes) {
    if ('error' in o) result.errors.push(o.error);
    else good.push(o);
  }
  if (!good.length) return;
  let results: (PutResult | null)[];
  try {
    results = await store.putArticles(good.map((g) => g.record));
  } catch {
    results = [];
    for (const g of good) {
      try {
        results.push(await store.putArticle(g.record));
      } catch (error) {
        result.errors.push(asInputError(error, g.location));
        results.push(null);
      }
    }
  }
  for (const r of results) {
    if (!r) continue;
    result.counts[r.status]++;
    if (r.status !== 'unchanged') {
      const story = r.story ?? (await store.storyOf(r.id))?.story;
      if (story && story !== r.id) result.linked++;
    }
  }
}

function asInputError(error: unknown, location: string): InputError {
  return error instanceof InputError && error.input ? error : new InputError(errorMessage(error), location);
}

/** Whether the promise settles within ms milliseconds (the timer does not outlive the answer). */
function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    promise.then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      () => {
        clearTimeout(timer);
        resolve(true);
      },
    );
  });
}
