// The NER bench: tagging throughput of the trained tagger next to compromise (people, organizations,
// places) on the same article texts in the same run; the whole language layer (wink-nlp sentences,
// tokens, POS, then NER with wink's number entities) on one core; model load time, model size, peak RSS.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { Doc } from '../src/doc/doc.js';
import { extractPlainText } from '../src/extract/plaintext.js';
import { languageStage } from '../src/language/language.js';
import type { SentenceTokens } from '../src/ner/features.js';
import { NerModel } from '../src/ner/model.js';
import { nerStage, sentenceWords } from '../src/ner/stage.js';
import { GAZETTEER_DIR, LEXICON_FILE, MODEL_FILE, NerTagger, loadResources } from '../src/ner/tagger.js';
import { packageRoot } from '../src/util/paths.js';
import { articleCorpus } from './language.js';
import { ROUNDS, median, time } from './util.js';

function newDoc(text: string): Doc {
  const extracted = extractPlainText(text);
  const doc = new Doc(extracted.text, { kind: 'text', location: 'bench' }, extracted.meta);
  doc.sections = extracted.sections;
  return doc;
}

export function benchNer(): void {
  const root = packageRoot();
  const { name, texts } = articleCorpus();

  // Load: the weights, the gazetteers and the lexicon, in a fresh process (median of three), as a
  // command line run pays it.
  const script = `const m = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'src', 'ner', 'tagger.js')).href)}); const t0 = performance.now(); m.nerTagger(); console.log(performance.now() - t0);`;
  const loads = [0, 1, 2].map(() => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim()) / 1000);
  const loadSeconds = median(loads);
  const t = new NerTagger(NerModel.read(join(root, MODEL_FILE)), loadResources(root));

  // The same tokens for both taggers: the language stage's.
  const docs = texts.map(newDoc);
  for (const d of docs) languageStage.run(d, {});
  const inputs: SentenceTokens[][] = docs.map((d) => sentenceWords(d).sentences);
  const tokens = docs.reduce((n, d) => n + d.tokens.start.length, 0);
  for (const s of inputs.slice(0, 10)) t.tagDocument(s);
  for (const d of docs.slice(0, 5)) nlp(d.text).people().json();

  const ours: number[] = [];
  const theirs: number[] = [];
  const layer: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(time(() => {
      for (const s of inputs) t.tagDocument(s);
    }));
    if (round < Math.min(ROUNDS, 3)) {
      theirs.push(time(() => {
        for (const d of docs) {
          const c = nlp(d.text);
          c.people().json({ offset: true });
          c.organizations().json({ offset: true });
          c.places().json({ offset: true });
        }
      }));
    }
    const fresh = texts.map(newDoc);
    layer.push(time(() => {
      for (const d of fresh) {
        languageStage.run(d, {});
        nerStage.run(d, {});
      }
    }));
  }
  const o = median(ours);
  const c = median(theirs);
  const l = median(layer);
  const size = (p: string) => statSync(join(root, p)).size;
  const gazBytes = readdirSync(join(root, GAZETTEER_DIR)).reduce((n, f) => n + size(join(GAZETTEER_DIR, f)), 0);
  const rate = (secs: number) => `${Math.round(tokens / secs).toString().padStart(8)} tokens/s`;
  console.log(`corpus: ${name}: ${texts.length} articles, ${tokens} tokens`);
  console.log(`rounds: ${ROUNDS} (median; compromise ${theirs.length}); load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; node ${process.version}`);
  console.log(`NER tagging (two passes)           ${rate(o)}`);
  console.log(`compromise people/orgs/places      ${rate(c)}`);
  console.log(`ratio: NER tags ${(c / o).toFixed(1)}x as fast as compromise`);
  console.log(`language layer (wink + NER), 1 core ${rate(l)}`);
  console.log(`model load (weights, gazetteers, lexicon; fresh process, median of 3): ${(loadSeconds * 1000).toFixed(0)} ms`);
  console.log(`model size: ${MODEL_FILE} ${(size(MODEL_FILE) / 1e6).toFixed(2)} MB, ${LEXICON_FILE} ${(size(LEXICON_FILE) / 1e6).toFixed(2)} MB, ${GAZETTEER_DIR} ${(gazBytes / 1e6).toFixed(2)} MB; ${t.model.header.rows} feature rows`);
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
