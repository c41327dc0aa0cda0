// Where the analysis runs during an ingest: in this thread (`--threads 1`) or in a pool of worker threads
// (piscina), one per core by default. Jobs and results are plain data (an ArticleInput in, an
// ArticleRecord or a failure out), so they cross threads by structured clone.
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { type ActorDictionary, loadActorDictionary } from '../actors/dictionary.js';
import type { ArticleRecord } from '../doc/schema.js';
import { analyzeToRecord } from '../pipeline.js';
import type { ArticleInput } from '../sources/input.js';
import { InputError, errorMessage } from '../util/errors.js';
import { packageRoot } from '../util/paths.js';

/** One article to analyze: the loaded input and the pipeline flags (`actors` is a dictionary file path). */
export interface AnalyzeJob {
  input: ArticleInput;
  published?: string;
  actors?: string;
}

/**
 * A worker's answer: the record, or why the input could not be analyzed (an error does not cross threads
 * whole). From a worker thread the record comes as JSON text: a string crosses threads as one copy, while
 * a structured clone of a record's thousands of small objects costs more on both sides than JSON does.
 */
export type AnalyzeOutcome = { record: ArticleRecord } | { json: string } | { error: { message: string; input?: string } };

export interface Analyzer {
  /** Analyses running at once (1: this thread). */
  readonly threads: number;
  /** The record, or an InputError naming the input when it cannot be analyzed. */
  analyze(job: AnalyzeJob): Promise<ArticleRecord>;
  close(): Promise<void>;
}

export const defaultThreads = (): number => availableParallelism();

const dictionaries = new Map<string, ActorDictionary>();

/** Analyzes one job in this thread; never throws (a failure is an outcome). Also the worker threads' task. */
export function runJob(job: AnalyzeJob): AnalyzeOutcome {
  try {
    let actors: ActorDictionary | undefined;
    if (job.actors !== undefined) {
      actors = dictionaries.get(job.actors);
      if (!actors) {
        actors = loadActorDictionary(job.actors);
        dictionaries.set(job.actors, actors);
      }
    }
    return { record: analyzeToRecord(job.input, { published: job.published, actors }) };
  } catch (error) {
    const input = error instanceof InputError ? error.input : undefined;
    return { error: { message: error instanceof InputError ? error.message : errorMessage(error), input } };
  }
}

/** The outcome as a record, or the InputError to report (naming the job's input when the error names none). */
export function outcomeRecord(outcome: AnalyzeOutcome, location: string): ArticleRecord {
  if ('record' in outcome) return outcome.record;
  if ('json' in outcome) return JSON.parse(outcome.json) as ArticleRecord;
  throw new InputError(outcome.error.message, outcome.error.input ?? location);
}

export function createAnalyzer(threads: number): Analyzer {
  if (threads <= 1) {
    return {
      threads: 1,
      analyze: async (job) => outcomeRecord(runJob(job), job.input.location),
      close: async () => undefined,
    };
  }
  // Two tasks posted to each worker: an analysis is synchronous, so the second waits in the worker's port
  // and starts the moment the first ends, instead of after this thread (busy committing a batch) hands it
  // over. With one, the profile showed each worker waiting 11% of an ingest.
  const pool = new Piscina<AnalyzeJob, AnalyzeOutcome>({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 2,
    idleTimeout: 60_000,
  });
  return {
    threads,
    analyze: async (job) => outcomeRecord(await pool.run(job), job.input.location),
    close: () => pool.destroy(),
  };
}

/**
 * The compiled worker module beside this one. Under the tests this module runs from src/ as TypeScript,
 * which a worker thread cannot load: the worker then comes from dist/ (the tests build first).
 */
export function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return join(dirname(here), 'worker.js');
  const root = packageRoot();
  return join(root, 'dist', relative(root, dirname(here)), 'worker.js');
}
