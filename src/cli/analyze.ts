// `chancery analyze`: records to stdout, one JSON object for one input, one line per record otherwise.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { ArticleRecord } from '../doc/schema.js';
import { loadActorDictionary } from '../actors/dictionary.js';
import { type AnalyzeOptions as PipelineOptions, analyzeToRecord, parsePublished } from '../pipeline.js';
import { type ArticleInput, textInput } from '../sources/input.js';
import { type SourceOptions, sourceEvents, type SourceItem } from '../sources/sources.js';
import { InputError, errorMessage } from '../util/errors.js';
import { toMarkdown } from './markdown.js';
import { FORMATS, type Io, checkFormat } from './run.js';

export interface SourceFlags {
  glob?: string;
  since?: string;
  allowPrivate?: boolean;
  robots?: boolean;
  delay?: string;
  maxItems?: string;
}

interface AnalyzeOptions extends SourceFlags {
  published?: string;
  actors?: string;
  format: string;
  batch?: string;
}

/** The command-line source options → SourceOptions, each checked (bad values are usage errors). */
export function sourceOptions(flags: SourceFlags, io: Io): SourceOptions {
  const options: SourceOptions = { stdin: io.stdin, allowPrivate: flags.allowPrivate === true, robots: flags.robots !== false };
  if (flags.glob !== undefined) {
    if (!flags.glob.trim()) throw new InputError('empty pattern', '--glob');
    options.glob = flags.glob;
  }
  if (flags.since !== undefined) options.since = parsePublished(flags.since, '--since');
  if (flags.delay !== undefined) options.hostDelayMs = wholeNumber(flags.delay, '--delay');
  if (flags.maxItems !== undefined) {
    options.maxItems = wholeNumber(flags.maxItems, '--max-items');
    if (options.maxItems < 1) throw new InputError('must be at least 1', '--max-items');
  }
  return options;
}

/** A positive whole-number option (--threads, --concurrency); anything else is a usage error. */
export function positiveWhole(value: string, name: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InputError(`invalid value "${value}": expected a positive whole number`, name);
  return Number(value);
}

function wholeNumber(value: string, name: string): number {
  if (!/^\d+$/.test(value)) throw new InputError(`invalid value "${value}": expected a whole number`, name);
  return Number(value);
}

/** Expands the inputs (listing feeds and sitemaps), printing notices as they come; failures are collected. */
export async function collectItems(inputs: string[], options: SourceOptions, io: Io): Promise<{ items: SourceItem[]; errors: InputError[] }> {
  const items: SourceItem[] = [];
  const errors: InputError[] = [];
  for await (const event of sourceEvents(inputs, options)) {
    if (event.type === 'item') items.push(event);
    else if (event.type === 'error') errors.push(event.error);
    else io.stderr.write(`chancery: ${event.error.line()} (note)\n`);
  }
  return { items, errors };
}

export async function runAnalyze(inputs: string[], opts: AnalyzeOptions, io: Io): Promise<number> {
  checkFormat(opts.format, FORMATS);
  const pipeline = pipelineOptions(opts);
  if (opts.batch !== undefined) {
    if (inputs.length) throw new InputError('give either --batch or input files, not both', '--batch');
    return runBatch(opts.batch, opts.format, pipeline, io);
  }
  if (!inputs.length) throw new InputError('no input given: name files, folders, URLs, or - for stdin', 'analyze');
  const options = sourceOptions(opts, io);

  const { items, errors } = await collectItems(inputs, options, io);
  const single = items.length === 1 && errors.length === 0 && inputs.length === 1;
  const print = printer(opts.format === 'json' && !single ? 'jsonl' : opts.format, io);
  let done = 0;
  for (const item of items) {
    try {
      print(analyzeToRecord(await item.load(), pipeline));
      done++;
    } catch (error) {
      errors.push(error instanceof InputError && error.input ? error : new InputError(errorMessage(error), item.location));
    }
  }
  return report(errors, done, io);
}

/** Prints each failure on its own line; exit 2 when nothing could be done, 1 when some inputs failed. */
export function report(errors: InputError[], done: number, io: Io): number {
  for (const e of errors) io.stderr.write(`chancery: ${e.line()}\n`);
  if (!errors.length) return 0;
  return done === 0 ? 2 : 1;
}

function printer(format: string, io: Io): (r: ArticleRecord) => void {
  let count = 0;
  return (record) => {
    if (format === 'json') io.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
    else if (format === 'jsonl') io.stdout.write(`${JSON.stringify(record)}\n`);
    else io.stdout.write(`${count++ ? '\n---\n\n' : ''}${toMarkdown(record)}`);
  };
}

const BatchLine = z
  .object({
    id: z.union([z.string().min(1), z.number()]),
    text: z.string().optional(),
    html: z.string().optional(),
    published: z.string().optional(),
    date: z.string().optional(),
    url: z.string().optional(),
  })
  .refine((r) => r.text !== undefined || r.html !== undefined, { message: 'needs "text" or "html"' });

// Batch mode: each line is analyzed on its own; a bad line is reported with its line number, and the
// others still print. Any bad line makes the exit code 2: the batch file itself is malformed.
async function runBatch(path: string, format: string, options: PipelineOptions, io: Io): Promise<number> {
  const stream = path === '-' ? io.stdin : await openFile(path);
  const print = printer(format === 'json' ? 'jsonl' : format, io);
  const errors: InputError[] = [];
  let done = 0;
  let n = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    n++;
    if (!line.trim()) continue;
    const where = `${path === '-' ? 'stdin' : path}:${n}`;
    try {
      print(analyzeBatchLine(line, where, options));
      done++;
    } catch (error) {
      errors.push(new InputError(errorMessage(error).replace(/^[^:]*: /, ''), where));
    }
  }
  if (!errors.length && !done) throw new InputError('batch file holds no records', path);
  for (const e of errors) io.stderr.write(`chancery: ${e.line()}\n`);
  return errors.length ? 2 : 0;
}

async function openFile(path: string): Promise<NodeJS.ReadableStream> {
  const stream = createReadStream(path);
  try {
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
  } catch (error) {
    throw new InputError(`cannot read batch file: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`, path);
  }
  return stream;
}

function analyzeBatchLine(line: string, where: string, options: PipelineOptions): ArticleRecord {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`, where);
  }
  const parsed = BatchLine.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${issue.path.length ? `"${issue.path.join('.')}" ` : ''}${issue.message}`, where);
  }
  const r = parsed.data;
  const id = String(r.id);
  const input: ArticleInput = textInput(r.html ?? r.text ?? '', id, r.html !== undefined ? 'html' : 'text', 'batch');
  input.url = r.url;
  const date = r.published ?? r.date;
  if (date !== undefined) input.published = parsePublished(normalizeDate(date), 'published');
  return analyzeToRecord(input, options);
}

/** Batch dates may be YYYY-MM-DD, a full ISO timestamp, or YYYYMMDD as in event data sets. */
function normalizeDate(value: string): string {
  const v = value.trim();
  if (/^\d{8}$/.test(v)) return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
  if (/^\d{4}-\d{2}-\d{2}[T ]/.test(v)) return v.slice(0, 10);
  return v;
}

/** The pipeline options the CLI flags ask for: a checked --published date, a loaded --actors dictionary. */
export function pipelineOptions(opts: { published?: string; actors?: string }): PipelineOptions {
  return {
    published: opts.published === undefined ? undefined : parsePublished(opts.published),
    actors: opts.actors === undefined ? undefined : loadActorDictionary(opts.actors),
  };
}
