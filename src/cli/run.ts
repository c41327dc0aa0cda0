// The command line: `chancery analyze | ingest | list | stories | serve | ner`. runCli takes its streams as arguments and
// returns the exit code, so tests run it in-process; src/cli/main.ts binds it to the real process.
// Exit codes: 0 all good; 1 some inputs failed, the others were done; 2 bad input or usage.
import { Command, CommanderError, Option } from 'commander';
import { InputError, errorMessage } from '../util/errors.js';
import { packageVersion } from '../version.js';
import { runAnalyze } from './analyze.js';
import { runIngest, runList, runStories } from './ingest.js';
import type { SourceFlags } from './analyze.js';
import { runNer } from './ner.js';
import { runActors, runClaims, runDyad, runEvents, runExport, runQuotes, runReanalyze } from './query.js';
import type { ServeFlags } from '../api/server.js';

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
    .action(async (inputs: string[], opts: SourceFlags & { db: string; published?: string; actors?: string }) => {
      code = await runIngest(inputs, opts, io);
    });
  sourceFlags(program.commands.at(-1)!);

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

  const dbOption = (command: Command) => command.option('--db <path>', 'SQLite database file or postgres:// URL', process.env.CHANCERY_DB ?? DEFAULT_DB);
  const periodOptions = (command: Command) =>
    command
      .option('--from <day>', 'from this day on, YYYY-MM-DD')
      .option('--to <day>', 'up to this day, YYYY-MM-DD');
  const tableFormats = (command: Command, formats: string[]) => command.addOption(new Option('--format <format>', `output format: ${formats.join(', ')}`).default('table'));

  const events = program
    .command('events')
    .description('stored events, filtered (newest first); --format csv gives GDELT 2.0 column names')
    .option('--actor <actor>', 'either side: a country code (ISR), an actor code (ISRGOV) or an actor id (person:eli-cohen)')
    .option('--source <actor>', 'the source side')
    .option('--target <actor>', 'the target side')
    .option('--dyad <a,b>', 'events between two actors, both directions (with --directed: a → b only)')
    .option('--directed', 'with --dyad, only a → b')
    .option('--cameo <code>', 'CAMEO event code or a prefix of one (04, 043)')
    .option('--root <code>', 'CAMEO root code 01–20')
    .option('--quad <n>', 'quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict')
    .option('--plover <type>', 'PLOVER event type (CONSULT, ASSAULT, …)')
    .option('--place <place>', 'place name, place id or country code of the event')
    .option('--modality <m>', 'asserted, future, intent, reported, hedged or conditional')
    .option('--negated', 'only negated events')
    .option('--text <words>', 'words that must all be in the evidence sentence')
    .option('--article <id>', 'events of one article')
    .option('--duplicates', 'also events already reported by an earlier copy of the same story')
    .option('--limit <n>', 'at most this many (default 50; jsonl and csv give all without it)')
    .option('--offset <n>', 'skip this many');
  dbOption(periodOptions(events));
  events.addOption(new Option('--format <format>', 'output format: table, json, jsonl, csv').default('table')).action(async (opts) => {
    code = await runEvents(opts, io);
  });

  const dyad = program
    .command('dyad')
    .description('how relations between two actors changed: events per period in both directions, by quad class, with Goldstein sum and mean')
    .argument('<a>', 'a country code (ISR), actor code (ISRGOV) or actor id')
    .argument('<b>', 'the other side')
    .addOption(new Option('--by <period>', 'day, week (ISO) or month').default('month'))
    .option('--all', 'also count negated and conditional events')
    .option('--duplicates', 'also count copies of one story');
  dbOption(periodOptions(dyad));
  tableFormats(dyad, ['table', 'json', 'csv']).action(async (a: string, b: string, opts) => {
    code = await runDyad(a, b, opts, io);
  });

  const actors = program
    .command('actors')
    .description('the most active actors (or pairs) in a period, actors by name, or one actor across the corpus')
    .argument('[id]', 'an actor id (person:eli-cohen, country:ISR): its names, roles and dates')
    .option('--pairs', 'the most active source → target pairs instead')
    .option('--search <name>', 'actors whose name or alias contains this')
    .option('--limit <n>', 'at most this many (default 20)')
    .option('--all', 'also count negated and conditional events')
    .option('--duplicates', 'also count copies of one story');
  dbOption(periodOptions(actors));
  tableFormats(actors, ['table', 'json', 'jsonl']).action(async (id: string | undefined, opts) => {
    code = await runActors(id, opts, io);
  });

  const quotes = program
    .command('quotes')
    .description('stored quotes, by speaker or words')
    .option('--speaker <actor>', 'an actor id, or a country or actor code (every speaker of it)')
    .option('--text <words>', 'words that must all be in the quote')
    .option('--direct', 'only direct quotes')
    .option('--article <id>', 'quotes of one article')
    .option('--limit <n>', 'at most this many (default 50)')
    .option('--offset <n>', 'skip this many');
  dbOption(periodOptions(quotes));
  tableFormats(quotes, ['table', 'json', 'jsonl']).action(async (opts) => {
    code = await runQuotes(opts, io);
  });

  const claims = program
    .command('claims')
    .description('figures claimed in stored articles, by subject')
    .option('--subject <actor>', 'who the figure is about: an actor id, or a country or actor code')
    .option('--unit <unit>', 'percent, USD, people, …')
    .option('--article <id>', 'claims of one article')
    .option('--limit <n>', 'at most this many (default 50)')
    .option('--offset <n>', 'skip this many');
  dbOption(periodOptions(claims));
  tableFormats(claims, ['table', 'json', 'jsonl']).action(async (opts) => {
    code = await runClaims(opts, io);
  });

  const exporter = program
    .command('export')
    .description('the corpus out: records as JSON Lines, events in GDELT 2.0 layout (61 tab-separated columns) or as PLOVER JSON Lines')
    .requiredOption('--format <format>', 'jsonl, gdelt or plover')
    .option('--out <file>', 'write to this file (else standard output)')
    .option('--duplicates', 'also events already reported by an earlier copy of the same story');
  dbOption(periodOptions(exporter)).action(async (opts) => {
    code = await runExport(opts, io);
  });

  dbOption(
    program
      .command('reanalyze')
      .description('re-run the analysis over stored articles analyzed by another pipeline version, replacing their rows')
      .option('--actors <file>', 'actor dictionary (JSON or YAML)'),
  ).action(async (opts: { db: string; actors?: string }) => {
    code = await runReanalyze(opts, io);
  });

  program
    .command('serve')
    .description('serve the store over HTTP: JSON API under /api/, described at /openapi.json')
    .option('--db <path>', 'SQLite database file or postgres:// URL', process.env.CHANCERY_DB ?? DEFAULT_DB)
    .option('--host <address>', 'address to listen on; any but loopback needs a token', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0: any free port)', '8080')
    .option('--token <token>', 'require Authorization: Bearer <token> on every request (default: CHANCERY_TOKEN)')
    .option('--actors <file>', 'actor dictionary (JSON or YAML) for POST /api/analyze and /api/ingest')
    .action(async (opts: ServeFlags) => {
      // Loaded on demand: the other commands do not pay for fastify at startup.
      const { runServe } = await import('../api/server.js');
      code = await runServe({ ...opts, token: opts.token ?? process.env.CHANCERY_TOKEN }, io);
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
