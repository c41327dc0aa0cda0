// The language bench: analysis throughput over real article texts, next to wink-nlp tokenization alone
// on the same texts in the same run. Machines here are shared and noisy, so the ratio is the number to
// watch; absolute rates are the median of several rounds, printed with the load average.
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.js';
import { textInput } from '../src/sources/input.js';
import { wink } from '../src/language/language.js';
import { packageRoot, sharedDir } from '../src/util/paths.js';

import { ROUNDS, median, time } from './util.js';

/** Article texts to measure on: the scrapinghub bodies when ../shared is there, else examples/. */
export function articleCorpus(): { name: string; texts: string[] } {
  const shared = sharedDir();
  if (shared) {
    const truth = JSON.parse(readFileSync(join(shared, 'eval', 'extraction', 'scrapinghub', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
    return { name: 'scrapinghub article bodies (shared/eval/extraction)', texts: Object.values(truth).map((v) => v.articleBody).filter((t) => t.trim()) };
  }
  const dir = join(packageRoot(), 'examples');
  return { name: 'examples/ (../shared not found)', texts: readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')) };
}

export function benchLanguage(): void {
  const { name, texts } = articleCorpus();
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const nlp = wink();
  let tokens = 0;
  // Warm up both paths (model load, JIT) before timing.
  for (const t of texts.slice(0, 10)) analyze(textInput(t, 'warmup', 'text'));
  const winkTimes: number[] = [];
  const oursTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    winkTimes.push(time(() => {
      tokens = 0;
      for (const t of texts) tokens += nlp.readDoc(t).tokens().out().length;
    }));
    oursTimes.push(time(() => {
      for (const [i, t] of texts.entries()) analyze(textInput(t, `bench-${i}`, 'text'));
    }));
  }
  const w = median(winkTimes);
  const o = median(oursTimes);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`corpus: ${name}: ${texts.length} articles, ${(chars / 1e6).toFixed(2)} M characters, ${tokens} tokens`);
  console.log(`rounds: ${ROUNDS} (median shown); load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; node ${process.version}`);
  console.log(`wink-nlp tokenization alone   ${(texts.length / w).toFixed(1).padStart(8)} articles/s  ${Math.round(tokens / w).toString().padStart(8)} tokens/s`);
  console.log(`chancery analyze (pipeline)   ${(texts.length / o).toFixed(1).padStart(8)} articles/s  ${Math.round(tokens / o).toString().padStart(8)} tokens/s`);
  console.log(`ratio: chancery takes ${(o / w).toFixed(2)}x the time of wink tokenization alone`);
  console.log(`peak RSS: ${rssMb.toFixed(0)} MB`);
}
