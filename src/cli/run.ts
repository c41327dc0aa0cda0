// The command line: `chancery analyze | ingest | worker | list`. runCli takes its streams as arguments and
// returns the exit code, so tests run it in-process; src/cli/main.ts binds it to the real process.
// Exit codes: 0 all good; 1 some inputs failed, the others were done; 2 bad input or usage.
import { Command, CommanderError, Option } from 'commander';
import { InputError, errorMessage } from '../util/errors.js';
import { packageVersion } from '../version.js';
import { runAnalyze } from './analyze.js';
import { runIngest, runList, runStories } from './ingest.js';
import type { SourceFlags } from './analyze.js';
import { defaultThreads } from '../ingest/analyzer.js';
import { DEFAULT_JOB_TIMEOUT_SECONDS, DEFAULT_QUEUE_SCHEMA } from '../queue/boss.js';
import type { IngestFlags } from '../queue/enqueue.js';
import { type WorkerFlags, runWorker } from '../queue/worker.js';
import { runNer } from './ner.js';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

export const DEFAULT_DB = 'chancery.db';
const FORMATS = ['json', 'jsonl', 'markdown'];

export async function runCli(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command('chancery')
    .description('News about international affairs in; actors, events, quotes and claims out, each pointing to its sentence.')
    .version(packageVersion())
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run chancery --help for usage)');

  program
    .command('analyze')
    .description('analyze articles (files, folders, or - for stdin) and print their records')
    .argument('[inputs...]', 'article files (.txt, .html), folders of them, URLs of articles, feeds or sitemaps, or - for stdin')
    .option('--published <date>', 'publication date YYYY-MM-DD, anchoring relative dates')
    .addOption(new Option('--format <format>', `output format: ${FORMATS.join(', ')}`).default('json'))
    .option('--batch <file>', 'JSON Lines of {"id", "text" or "html", "published"?, "url"?}; - for stdin')
    .option('--actors <file>', 'actor dictionary (JSON or YAML): known people and organizations with dated roles')
    .action(async (inputs: string[], opts: SourceFlags & { published?: string; format: string; batch?: string; actors?: string }) => {
      code = await runAnalyze(inputs, opts, io);
    });
  sourceFlags(program.commands.at(-1)!);

  program
    .command('ingest')
    .description('analyze articles and store them in a database')
    .argument('<inputs...>', 'article files, folders of them, URLs of articles, feeds or sitemaps, or - for stdin')
    .option('--db <path>', 'SQLite database file or postgres:// URL', process.env.CHANCERY_DB ?? DEFAULT_DB)
    .option('--published <date>', 'publication date YYYY-MM-DD for every input')
    .option('--actors <file>', 'actor dictionary (JSON or YAML): known people and organizations with dated roles')
    .option('--threads <n>', `analyze in n worker threads (default: one per core, ${defaultThreads()} here, from 50 articles on); 1 analyzes in this process`)
    .option('--queue', 'queue the articles for `chancery worker` processes instead (needs a postgres:// --db), and exit')
    .option('--queue-schema <name>', `with --queue: the PostgreSQL schema of the queue (default ${DEFAULT_QUEUE_SCHEMA})`)
    .option('--job-timeout <seconds>', `with --queue: a job held this long by a worker goes to another (default ${DEFAULT_JOB_TIMEOUT_SECONDS})`)
    .action(async (inputs: string[], opts: IngestFlags) => {
      code = await runIngest(inputs, opts, io);
    });
  sourceFlags(program.commands.at(-1)!);

  program
    .command('worker')
    .description('take queued articles (chancery ingest --queue) from PostgreSQL, analyze and store them, until SIGINT or SIGTERM')
    .option('--db <url>', 'postgres:// URL of the database holding the queue and the store', process.env.CHANCERY_DB ?? DEFAULT_DB)
    .option('--concurrency <n>', `articles analyzed at once (default: one per core, ${defaultThreads()} here)`)
    .option('--max-retries <n>', 'give up after n failed attempts to reach PostgreSQL (default: never give up)')
    .option('--queue-schema <name>', `the PostgreSQL schema of the queue (default ${DEFAULT_QUEUE_SCHEMA})`)
    .option('--actors <file>', 'actor dictionary (JSON or YAML): known people and organizations with dated roles')
    .action(async (opts: WorkerFlags) => {
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        code = await runWorker(opts, io, stop.signal);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });

  program
    .command('stories')
    .description('list stories: near-duplicate articles (one wire story from several outlets) grouped as one')
    .option('--db <path>', 'SQLite database file or postgres:// URL', process.env.CHANCERY_DB ?? DEFAULT_DB)
    .option('--limit <n>', 'at most this many stories', '50')
    .option('--min <n>', 'only stories with at least this many articles', '2')
    .addOption(new Option('--format <format>', 'output format: table, json, jsonl').default('table'))
    .action(async (opts: { db: string; limit: string; min: string; format: string }) => {
      code = await runStories(opts, io);
    });

  program
    .command('list')
    .description('list stored articles')
    .option('--db <path>', 'SQLite database file or postgres:// URL', process.env.CHANCERY_DB ?? DEFAULT_DB)
    .option('--limit <n>', 'at most this many articles', '50')
    .addOption(new Option('--format <format>', 'output format: table, json, jsonl').default('table'))
    .action(async (opts: { db: string; limit: string; format: string }) => {
      code = await runList(opts, io);
    });

  program
    .command('ner')
    .description('tag a CoNLL file (first column = token): prints "token TAG" lines in IOB2 over PER, ORG, LOC, MISC')
    .requiredOption('--conll <file>', 'CoNLL-format file, or - for stdin')
    .action(async (opts: { conll: string }) => {
      code = await runNer(opts, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    if (!argv.length) {
      program.outputHelp();
      return 2;
    }
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its own one-line message already.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
    }
    io.stderr.write(`chancery: ${errorMessage(error)}\n`);
    return error instanceof InputError ? 2 : 1;
  }
}

/** The options every command that reads inputs takes. */
function sourceFlags(command: Command): void {
  command
    .option('--glob <pattern>', 'in folders, read the files whose path matches (e.g. "**/*.html")')
    .option('--since <date>', 'from feeds and sitemaps, only entries dated on or after YYYY-MM-DD')
    .option('--max-items <n>', 'at most this many articles from one feed or sitemap (default 500)')
    .option('--delay <ms>', 'pause between two requests to one host, in milliseconds (default 1000)')
    .option('--allow-private', 'allow URLs on loopback, private and link-local addresses (local use)')
    .option('--no-robots', 'do not read or respect robots.txt');
}

export function checkFormat(format: string, allowed: string[]): void {
  if (!allowed.includes(format)) throw new InputError(`unknown format "${format}"; use one of ${allowed.join(', ')}`, '--format');
}

export { FORMATS };
