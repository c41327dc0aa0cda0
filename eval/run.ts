// `npm run eval -- [suite…]`: runs the named evaluation suites (all when none is named) against the
// public data in ../shared/eval and prints each scorer's table. Later capabilities add suites here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeToRecord } from '../src/pipeline.js';
import { runExtractionSuite } from './extraction.js';
import { runEventsDevSuite, runEventsSuite } from './events.js';
import { runNerSuite } from './ner.js';
import { runPolnearSuite } from './polnear.js';
import { readFileInput } from '../src/sources/input.js';
import { sharedDir } from '../src/util/paths.js';

interface Suite {
  describe: string;
  run(shared: string, work: string): number;
}

const SUITES: Record<string, Suite> = {
  seed: {
    describe: 'the seed article against its gold analysis (shared/eval/score-article.mjs)',
    run(shared, work) {
      const gold = join(shared, 'gold', 'seed-azerbaijan-israel.gold.json');
      const input = readFileInput(join(shared, 'corpus', 'seed-azerbaijan-israel.txt'));
      const given = join(work, 'seed.json');
      writeFileSync(given, JSON.stringify(analyzeToRecord(input, { published: '2023-03-29' })));
      console.log('seed, analyzed with --published 2023-03-29:');
      const code = score(shared, gold, given);
      // Without a given date the record must find or infer it; the scorer's bonus line says so.
      const bare = join(work, 'seed-no-date.json');
      const record = analyzeToRecord(input);
      writeFileSync(bare, JSON.stringify(record));
      console.log(`\nseed, analyzed without --published: published = ${record.article.published.value ?? 'none'} (${record.article.published.origin ?? 'no origin'})`);
      return code;
    },
  },
  extraction: {
    describe: 'HTML article extraction and metadata on the scrapinghub and Readability benchmarks (shared/eval/extraction)',
    run: runExtractionSuite,
  },
  ner: {
    describe: 'named entities on CoNLL-2003 test, CoNLL++ and CoNLL++ 2023, with compromise on the same files (shared/eval/ner)',
    run: runNerSuite,
  },
  events: {
    describe: 'event coding on the PLOVER gold standard via --batch (score-plover.mjs, majority baseline beside it), and agreement with PETRARCH-2 GSR records',
    run: runEventsSuite,
  },
  'events-dev': {
    describe: 'event coding on our own development sentences (eval/data/events-dev.jsonl); ids ending in an even digit are held out',
    run: runEventsDevSuite,
  },
  quotes: {
    describe: 'direct quotes and their speakers on the PolNeAR test split, brat attributions (shared/eval/quotes/polnear)',
    run: runPolnearSuite,
  },
};

function score(shared: string, gold: string, pred: string): number {
  const scorer = join(shared, 'eval', 'score-article.mjs');
  const r = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...(process.env.EVAL_VERBOSE ? [] : ['--quiet'])], { stdio: 'inherit' });
  return r.status ?? 1;
}

function main(): number {
  const shared = sharedDir();
  if (!shared) {
    console.log('eval: ../shared/eval not found (set CHANCERY_SHARED); nothing to evaluate');
    return 0;
  }
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !SUITES[n]);
  if (unknown.length) {
    console.error(`eval: unknown suite ${unknown.join(', ')}; suites: ${Object.keys(SUITES).join(', ')}`);
    return 2;
  }
  const work = mkdtempSync(join(tmpdir(), 'chancery-eval-'));
  let worst = 0;
  for (const name of names.length ? names : Object.keys(SUITES)) {
    console.log(`== ${name}: ${SUITES[name].describe}`);
    worst = Math.max(worst, SUITES[name].run(shared, work));
  }
  return worst;
}

process.exitCode = main();
