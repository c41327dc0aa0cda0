// `npm run bench -- [name…]`: runs the named benchmarks (all when none is named). Each compares
// against a baseline measured in the same run and prints the ratio; absolute figures are medians of
// several rounds, printed with the load average. Later capabilities register their bench here.
import { benchApi } from './api.js';
import { benchCorpus } from './corpus.js';
import { benchExtraction } from './extraction.js';
import { benchIngestMemory } from './ingest-memory.js';
import { benchIngest } from './ingest.js';
import { benchLanguage } from './language.js';
import { benchNer } from './ner.js';
import { benchStages } from './stages.js';

const BENCHES: Record<string, { describe: string; run(): void | Promise<void> }> = {
  language: { describe: 'the whole pipeline vs wink-nlp tokenization alone', run: benchLanguage },
  extraction: { describe: 'the HTML path (metadata, Readability, blocks, sections) vs Readability.js on linkedom alone', run: benchExtraction },
  stages: { describe: 'time per stage; dates/actors/places, quotes/claims and events against the language layer', run: benchStages },
  corpus: { describe: 'dyad timeline p50/p95 on a synthetic store of 1,000,000 events, SQLite and PostgreSQL, vs a full scan', run: benchCorpus },
  ner: { describe: 'NER tagging vs compromise; wink + NER on one core; model load, size, peak RSS', run: benchNer },
  api: { describe: 'chancery serve: /api/dyad requests/s and p99 latency under autocannon vs /api/health', run: benchApi },
  ingest: { describe: 'chancery ingest into SQLite (and PostgreSQL): a worker pool vs one thread on the same folder', run: benchIngest },
  'ingest-memory': { describe: 'chancery ingest of a folder of 100,000 files: resident memory sampled through the run, peak vs the first tenth', run: benchIngestMemory },
};

async function main(): Promise<number> {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !BENCHES[n]);
  if (unknown.length) {
    console.error(`bench: unknown benchmark ${unknown.join(', ')}; benchmarks: ${Object.keys(BENCHES).join(', ')}`);
    return 2;
  }
  for (const name of names.length ? names : Object.keys(BENCHES)) {
    console.log(`== ${name}: ${BENCHES[name].describe}`);
    await BENCHES[name].run();
  }
  return 0;
}

process.exitCode = await main();
