// `chancery analyze`: records to stdout, one JSON object for one input, one line per record otherwise.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { ArticleRecord } from '../doc/schema.js';
import { analyzeToRecord, parsePublished } from '../pipeline.js';
import { type ArticleInput, expandPaths, readFileInput, readStdinInput, textInput } from '../sources/input.js';
import { InputError, errorMessage } from '../util/errors.js';
import { toMarkdown } from './markdown.js';
import { FORMATS, type Io, checkFormat } from './run.js';

interface AnalyzeOptions {
  published?: string;
  format: string;
  batch?: string;
}

export async function runAnalyze(inputs: string[], opts: AnalyzeOptions, io: Io): Promise<number> {
  checkFormat(opts.format, FORMATS);
  const published = opts.published === undefined ? undefined : parsePublished(opts.published);
  if (opts.batch !== undefined) {
    if (inputs.length) throw new InputError('give either --batch or input files, not both', '--batch');
    return runBatch(opts.batch, opts.format, published, io);
  }
  if (!inputs.length) throw new InputError('no input given: name files, folders, or - for stdin', 'analyze');

  const { paths, errors } = expandPaths(inputs);
  const single = paths.length === 1 && errors.length === 0 && inputs.length === 1;
  const print = printer(opts.format === 'json' && !single ? 'jsonl' : opts.format, io);
  let done = 0;
  for (const path of paths) {
    try {
      const input = path === '-' ? await readStdinInput(io.stdin) : readFileInput(path);
      print(analyzeToRecord(input, { published }));
      done++;
    } catch (error) {
      errors.push(error instanceof InputError ? error : new InputError(errorMessage(error), path));
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
async function runBatch(path: string, format: string, published: string | undefined, io: Io): Promise<number> {
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
      print(analyzeBatchLine(line, where, published));
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

function analyzeBatchLine(line: string, where: string, published: string | undefined): ArticleRecord {
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
  return analyzeToRecord(input, { published });
}

/** Batch dates may be YYYY-MM-DD, a full ISO timestamp, or YYYYMMDD as in event data sets. */
function normalizeDate(value: string): string {
  const v = value.trim();
  if (/^\d{8}$/.test(v)) return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
  if (/^\d{4}-\d{2}-\d{2}[T ]/.test(v)) return v.slice(0, 10);
  return v;
}
