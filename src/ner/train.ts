// Trains the NER model from CoNLL-2003 (read from ../shared, never copied here) and writes
// models/ner-en.bin. Run by `npm run train:ner` (scripts/ner/train.mjs). Deterministic: one seed drives
// the shuffling, folds are fixed by document order, and the file carries no time stamp.
//
// Two passes: the model is trained on documents with and without first-pass hints (chosen at random
// each epoch), so one model serves both passes at run time. The hints a training document sees come
// from models trained on the other folds (jackknifing), so they are as noisy as they will be on news.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type TagSpan, parseConll, spansFromTags } from './conll.js';
import { type DocHints, type FeatureResources, type SentenceFeatures, type SentenceTokens, featurizeDocument } from './features.js';
import { NerModel } from './model.js';
import { AveragedPerceptron, type TrainItem, seededRandom } from './perceptron.js';
import { posForWords } from './pos.js';
import { type Prf, scoreSpans } from './score.js';
import { CONLL_TYPES, TagSet } from './tags.js';
import { NerTagger, hintsFrom } from './tagger.js';

export interface TrainOptions {
  /** Folder holding train.txt and dev.txt (CoNLL-2003). */
  data: string;
  out: string;
  resources: FeatureResources;
  epochs: number;
  seed: number;
  /** Jackknife folds for first-pass hints; 0 trains a one-pass model. */
  folds: number;
  /** Epochs of each fold's first-pass model. */
  foldEpochs: number;
  /** Also train on dev, for the number of epochs that scored best on dev in a first run. */
  withDev: boolean;
  /** Feature rows whose largest weight is below this are dropped from the saved model. */
  prune: number;
  /** Models trained with different shuffles whose weights are averaged. */
  bags: number;
  log: (line: string) => void;
}

export interface Corpus {
  docs: SentenceTokens[][];
  gold: TagSpan[][][];
}

/** Reads a CoNLL file with wink POS tags for its words (cached in the temp folder by file hash). */
export function loadCorpus(path: string): Corpus {
  const text = readFileSync(path, 'utf8');
  const { documents } = parseConll(text);
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const cache = join(tmpdir(), `chancery-ner-pos-${hash}.json`);
  let pos: string[][][] | null = null;
  if (existsSync(cache)) pos = JSON.parse(readFileSync(cache, 'utf8')) as string[][][];
  if (!pos) {
    pos = documents.map((d) => d.sentences.map((s) => posForWords(s.tokens)));
    writeFileSync(cache, JSON.stringify(pos));
  }
  const posTags = pos;
  return {
    docs: documents.map((d, di) => d.sentences.map((s, si) => ({ words: s.tokens, pos: posTags[di][si] }))),
    gold: documents.map((d) => d.sentences.map((s) => spansFromTags(s.tags))),
  };
}

class FeatureIndex {
  readonly ids = new Map<number, number>();
  keys: number[] = [];
  id(key: number, grow: boolean): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      if (!grow) return -1;
      id = this.keys.push(key) - 1;
      this.ids.set(key, id);
    }
    return id;
  }
}

function toItems(feats: SentenceFeatures[], gold: TagSpan[][], tags: TagSet, index: FeatureIndex, grow: boolean): TrainItem[] {
  return feats.map((f, si) => {
    const n = f.offsets.length - 1;
    const ids: number[] = [];
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      offsets[i] = ids.length;
      for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
        const id = index.id(f.keys[k], grow);
        if (id >= 0) ids.push(id);
      }
    }
    offsets[n] = ids.length;
    return { ids: Int32Array.from(ids), offsets, gold: tags.encode(gold[si], n) };
  });
}

function shuffle<T>(xs: T[], rnd: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

const pct = (x: number) => (100 * x).toFixed(2);

/** Decodes a corpus with a perceptron's (averaged) weights, one or two passes, and scores it. */
function evaluate(p: AveragedPerceptron, avg: { w: Float32Array; trans: Float32Array }, corpus: Corpus, res: FeatureResources, index: FeatureIndex, twoPass: boolean): Prf {
  const pred = predictCorpus(p, avg, corpus, res, index, twoPass);
  return scoreSpans(corpus.gold.flat(), pred.flat()).overall;
}

function predictCorpus(p: AveragedPerceptron, avg: { w: Float32Array; trans: Float32Array }, corpus: Corpus, res: FeatureResources, index: FeatureIndex, twoPass: boolean, hints?: DocHints[]): TagSpan[][][] {
  return corpus.docs.map((doc, di) => {
    const run = (h?: DocHints) => toItems(featurizeDocument(doc, res, h), corpus.gold[di], p.tags, index, false).map((item) => p.tags.decode(p.decode(item, avg.w, avg.trans)));
    let spans = run(hints?.[di]);
    if (twoPass && !hints) spans = run(hintsFrom(doc, spans, p.tags.types));
    return spans;
  });
}

interface Trained {
  p: AveragedPerceptron;
  avg: { w: Float32Array; trans: Float32Array };
  epoch: number;
  dev: Prf | null;
}

/**
 * Trains for up to `epochs` epochs; with a dev corpus, keeps the averaged weights of the best epoch.
 * `pick(doc)` gives the items a document is trained on this epoch.
 */
function trainLoop(docCount: number, pick: (doc: number, rnd: () => number) => TrainItem[], features: number, tags: TagSet, o: { epochs: number; seed: number; log: (s: string) => void; dev?: (p: AveragedPerceptron, avg: { w: Float32Array; trans: Float32Array }) => Prf }): Trained {
  const p = new AveragedPerceptron(features, tags);
  const rnd = seededRandom(o.seed);
  let best: Trained | null = null;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const t0 = performance.now();
    const items: TrainItem[] = [];
    for (let d = 0; d < docCount; d++) items.push(...pick(d, rnd));
    shuffle(items, rnd);
    let wrong = 0;
    for (const item of items) if (p.learn(item)) wrong++;
    const avg = p.averaged();
    const dev = o.dev ? o.dev(p, avg) : null;
    o.log(`  epoch ${epoch}: ${wrong}/${items.length} sentences wrong${dev ? `, dev F1 ${pct(dev.f1)} (P ${pct(dev.precision)} R ${pct(dev.recall)})` : ''} [${((performance.now() - t0) / 1000).toFixed(1)} s]`);
    if (!best || !dev || (best.dev && dev.f1 > best.dev.f1)) best = { p, avg, epoch, dev };
  }
  return best!;
}

export function trainNer(o: TrainOptions): { dev: Prf | null; bytes: number } {
  const t0 = performance.now();
  const tags = new TagSet(CONLL_TYPES);
  const res = o.resources;
  o.log(`reading ${o.data}/train.txt and dev.txt (wink POS, cached)`);
  const train = loadCorpus(join(o.data, 'train.txt'));
  const dev = loadCorpus(join(o.data, 'dev.txt'));
  const base: Corpus = o.withDev ? { docs: [...train.docs, ...dev.docs], gold: [...train.gold, ...dev.gold] } : train;
  const twoPass = o.folds > 1;
  const index = new FeatureIndex();
  o.log(`featurizing ${base.docs.length} documents`);
  const plain = base.docs.map((doc, di) => toItems(featurizeDocument(doc, res), base.gold[di], tags, index, true));

  let hinted: TrainItem[][] | null = null;
  if (twoPass) {
    // First-pass predictions for each training document from a model that did not see it.
    const hints: DocHints[] = new Array(base.docs.length);
    for (let fold = 0; fold < o.folds; fold++) {
      const inFold = (d: number) => d % o.folds === fold;
      const others = base.docs.map((_, d) => d).filter((d) => !inFold(d));
      o.log(`fold ${fold + 1}/${o.folds}: first-pass model on ${others.length} documents`);
      const m = trainLoop(others.length, (d) => plain[others[d]], index.keys.length, tags, { epochs: o.foldEpochs, seed: o.seed + fold + 1, log: o.log });
      base.docs.forEach((doc, d) => {
        if (!inFold(d)) return;
        const spans = plain[d].map((item) => tags.decode(m.p.decode(item, m.avg.w, m.avg.trans)));
        hints[d] = hintsFrom(doc, spans, tags.types);
      });
    }
    hinted = base.docs.map((doc, di) => toItems(featurizeDocument(doc, res, hints[di]), base.gold[di], tags, index, true));
  }
  o.log(`${index.keys.length} distinct features; training (${twoPass ? 'two passes' : 'one pass'}, up to ${o.epochs} epochs)`);
  const hintedItems = hinted;
  const pick = (d: number, rnd: () => number) => (hintedItems && rnd() < 0.5 ? hintedItems[d] : plain[d]);
  // Several models trained on differently shuffled data, their weights averaged ("bagging" the
  // perceptron's order dependence away).
  const runs: Trained[] = [];
  for (let bag = 0; bag < o.bags; bag++) {
    if (o.bags > 1) o.log(`model ${bag + 1}/${o.bags}`);
    runs.push(
      trainLoop(base.docs.length, pick, index.keys.length, tags, {
        epochs: o.epochs,
        seed: o.seed + 101 * bag,
        log: o.log,
        dev: o.withDev ? undefined : (p, avg) => evaluate(p, avg, dev, res, index, twoPass),
      }),
    );
    o.log(`best epoch ${runs[bag].epoch}${runs[bag].dev ? ` (dev F1 ${pct(runs[bag].dev!.f1)})` : ''}`);
  }
  const m = runs[0];
  if (runs.length > 1) {
    for (const r of runs.slice(1)) {
      for (let j = 0; j < m.avg.w.length; j++) m.avg.w[j] += r.avg.w[j];
      for (let j = 0; j < m.avg.trans.length; j++) m.avg.trans[j] += r.avg.trans[j];
    }
    for (let j = 0; j < m.avg.w.length; j++) m.avg.w[j] /= runs.length;
    for (let j = 0; j < m.avg.trans.length; j++) m.avg.trans[j] /= runs.length;
    m.dev = o.withDev ? null : evaluate(m.p, m.avg, dev, res, index, twoPass);
    if (m.dev) o.log(`averaged model: dev F1 ${pct(m.dev.f1)}`);
  }

  // Keep the rows that matter, quantize, write, and check the file as it will be used.
  const T = tags.size;
  const keep: number[] = [];
  for (let r = 0; r < index.keys.length; r++) {
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(m.avg.w[r * T + t]));
    if (max >= o.prune) keep.push(r);
  }
  const keys = new Uint32Array(keep.length);
  const weights = new Float32Array(keep.length * T);
  keep.forEach((r, j) => {
    keys[j] = index.keys[r];
    weights.set(m.avg.w.subarray(r * T, r * T + T), j * T);
  });
  const info = {
    data: 'CoNLL-2003 English ' + (o.withDev ? 'train + dev' : 'train'),
    epochs: runs.map((r) => r.epoch),
    seed: o.seed,
    bags: o.bags,
    folds: o.folds,
    prune: o.prune,
    features: index.keys.length,
    lexicon: res.lexicon ? res.lexicon.words.size : 0,
    lexiconDigest: res.lexicon?.digest ?? null,
    gazetteerLists: res.gazetteer?.lists ?? [],
    devF1: m.dev ? Number(pct(m.dev.f1)) : null,
  };
  mkdirSync(dirname(o.out), { recursive: true });
  const bytes = NerModel.write(o.out, { types: [...CONLL_TYPES], twoPass, info }, keys, weights, m.avg.trans);
  o.log(`wrote ${o.out}: ${keep.length} of ${index.keys.length} feature rows, ${(bytes / 1e6).toFixed(2)} MB`);
  let check: Prf | null = null;
  if (!o.withDev) {
    const tagger = new NerTagger(NerModel.read(o.out), res);
    const pred = dev.docs.map((doc) => tagger.tagDocument(doc));
    check = scoreSpans(dev.gold.flat(), pred.flat()).overall;
    o.log(`dev F1 of the saved (pruned, quantized) model: ${pct(check.f1)}`);
  }
  o.log(`done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return { dev: check, bytes };
}
