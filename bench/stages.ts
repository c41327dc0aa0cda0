// The stages bench: time per stage over real article texts, each stage's share measured against the
// language layer (wink-nlp tokens/POS/lemmas + NER) in the same run. Issue bars: actors, dates and places
// together ≤ 30% of the language layer; quotes and claims ≤ 25%; events ≤ 40%. Also the first-use load
// of the people knowledge base, which every worker thread of an ingest pays (bar: well under 100 ms).
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { STAGES, prepare } from '../src/pipeline.js';
import { textInput } from '../src/sources/input.js';
import { packageRoot } from '../src/util/paths.js';
import { articleCorpus } from './language.js';
import { ROUNDS, median } from './util.js';

const GROUPS: Record<string, string[]> = {
  'language layer (wink + NER)': ['language', 'entities'],
  'dates, actors, places': ['published', 'dates', 'actors', 'places'],
  'quotes and claims': ['quotes', 'claims'],
  events: ['events'],
};

export function benchStages(): void {
  const { name, texts } = articleCorpus();
  const inputs = texts.map((t, i) => textInput(t, `bench-${i}`, 'text'));
  // Warm up: model loads and JIT.
  for (const input of inputs.slice(0, 10)) {
    const { doc, context } = prepare(input);
    for (const stage of STAGES) stage.run(doc, context);
  }
  const rounds: Map<string, number>[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const times = new Map<string, number>();
    for (const input of inputs) {
      const { doc, context } = prepare(input);
      for (const stage of STAGES) {
        const t0 = performance.now();
        stage.run(doc, context);
        for (const layer of stage.assigns) doc.layers.add(layer);
        times.set(stage.name, (times.get(stage.name) ?? 0) + performance.now() - t0);
      }
    }
    rounds.push(times);
  }
  const stageMs = (stage: string) => median(rounds.map((m) => m.get(stage) ?? 0));
  const groupMs = Object.fromEntries(Object.entries(GROUPS).map(([g, stages]) => [g, stages.reduce((n, s) => n + stageMs(s), 0)]));
  const base = groupMs['language layer (wink + NER)'];
  console.log(`corpus: ${name}: ${texts.length} articles; rounds: ${ROUNDS} (median); load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  for (const stage of STAGES) console.log(`  ${stage.name.padEnd(10)} ${(stageMs(stage.name) / texts.length).toFixed(2).padStart(7)} ms/article`);
  for (const [g, ms] of Object.entries(groupMs)) {
    console.log(`${g.padEnd(30)} ${(ms / texts.length).toFixed(2).padStart(7)} ms/article  ${g.startsWith('language') ? '' : `${((100 * ms) / base).toFixed(1)}% of the language layer`}`);
  }
  // Fresh processes, as a worker thread pays it; the countries table beside it for scale.
  const firstUse = (module: string, call: string) => {
    const url = pathToFileURL(join(packageRoot(), 'dist', 'src', 'knowledge', module)).href;
    const script = `const m = await import(${JSON.stringify(url)}); const t0 = performance.now(); ${call}; console.log(performance.now() - t0);`;
    return median([0, 1, 2, 3, 4].map(() => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim())));
  };
  const people = firstUse('people.js', "m.lookupPerson('Benjamin Netanyahu')");
  const countries = firstUse('countries.js', "m.lookupCountry('Israel')");
  console.log(`first use in a fresh process (median of 5): people.tsv ${people.toFixed(1)} ms, countries.tsv ${countries.toFixed(1)} ms`);
}
