// The named-entity tagger: features → emission scores → Viterbi, over one document at a time. A model
// trained with two passes reads the document twice: the first pass finds names without document hints,
// the second sees, for every word, which kinds of names the first pass found it in elsewhere in the
// document ("Bayramov" alone, after "Jeyhun Bayramov" was tagged a person).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/paths.js';
import type { TagSpan } from './conll.js';
import { type DocHints, type FeatureResources, HINT_BITS, type SentenceFeatures, type SentenceTokens, WordCache, featurizeDocument, hintKeys } from './features.js';
import { Gazetteer, normalizeWord } from './gazetteer.js';
import { Lexicon } from './lexicon.js';
import { ModelFileError, NerModel, REBUILD_LEXICON } from './model.js';
import { viterbi } from './viterbi.js';

export const MODEL_FILE = 'models/ner-en.bin';
export const LEXICON_FILE = 'models/ner-en.lexicon.tsv';
export const GAZETTEER_DIR = 'data/gazetteers';

export class NerTagger {
  readonly model: NerModel;
  readonly resources: FeatureResources;
  private readonly cache: WordCache;
  /** Summed weights of each word's word-level features, by written form (bounded). */
  private readonly wordScores = new Map<string, Float32Array>();
  private out = new Int32Array(0);

  constructor(model: NerModel, resources: FeatureResources) {
    this.model = model;
    // A resource the model was trained without would only add features it has no weights for, and
    // change the ones it has (the casing buckets): leave it out.
    const info = model.header.info;
    this.resources = {
      lexicon: info.lexicon ? resources.lexicon : null,
      gazetteer: Array.isArray(info.gazetteerLists) && info.gazetteerLists.length ? resources.gazetteer : null,
    };
    this.cache = new WordCache(this.resources.lexicon);
  }

  get types(): readonly string[] {
    return this.model.tags.types;
  }

  /**
   * Names in each sentence of one document, as token spans with the model's types. The document is
   * featurized once; the second pass only adds the hint features' weights where a word has hints.
   */
  tagDocument(sentences: readonly SentenceTokens[]): TagSpan[][] {
    const feats = featurizeDocument(sentences, this.resources, undefined, { wordFeatures: false, cache: this.cache });
    const emits = feats.map((f) => this.emissions(f));
    const first = feats.map((f, i) => this.decode(emits[i], f.lower.length));
    if (!this.model.header.twoPass) return first;
    const hints = hintsFrom(sentences, first, this.model.tags.types);
    return feats.map((f, i) => {
      const extra = hintKeys(f, hints);
      if (!extra) return first[i];
      this.model.addEmissions(extra, emits[i]);
      return this.decode(emits[i], f.lower.length);
    });
  }

  private emissions(f: SentenceFeatures): Float64Array {
    const T = this.model.tags.size;
    const n = f.lower.length;
    const emit = new Float64Array(n * T);
    this.model.addEmissions(f, emit);
    for (let i = 0; i < n; i++) {
      const w = this.wordScore(f.forms[i]);
      const base = i * T;
      for (let t = 0; t < T; t++) emit[base + t] += w[t];
    }
    return emit;
  }

  private wordScore(form: string): Float32Array {
    let w = this.wordScores.get(form);
    if (!w) {
      if (this.wordScores.size >= 200_000) this.wordScores.clear();
      const keys = this.cache.get(form).keys;
      const emit = new Float64Array(this.model.tags.size);
      this.model.addEmissions({ keys, offsets: Int32Array.of(0, keys.length) }, emit);
      w = Float32Array.from(emit);
      this.wordScores.set(form, w);
    }
    return w;
  }

  private decode(emit: Float64Array, n: number): TagSpan[] {
    if (this.out.length < n) this.out = new Int32Array(n);
    viterbi(emit, n, this.model.tags, this.model.trans, this.out);
    return this.model.tags.decode(this.out.subarray(0, n));
  }
}

/** For each lower-cased word, the (type × position) bits of the names found containing it. */
export function hintsFrom(sentences: readonly SentenceTokens[], spans: readonly TagSpan[][], types: readonly string[]): DocHints {
  const hints: DocHints = new Map();
  spans.forEach((list, si) => {
    const words = sentences[si].words;
    for (const s of list) {
      const ti = types.indexOf(s.type);
      if (ti < 0) continue;
      for (let k = s.start; k < s.end; k++) {
        const pos = s.end - s.start === 1 ? 3 : k === s.start ? 0 : k === s.end - 1 ? 2 : 1;
        const lw = normalizeWord(words[k]).toLowerCase();
        hints.set(lw, (hints.get(lw) ?? 0) | (1 << (ti * HINT_BITS + pos)));
      }
    }
  });
  return hints;
}

/** Loads the feature resources: the gazetteers (data/gazetteers) and the word lexicon, when present. */
export function loadResources(root = packageRoot()): FeatureResources {
  const gazDir = join(root, GAZETTEER_DIR);
  const lexPath = join(root, LEXICON_FILE);
  let lexicon: Lexicon | null = null;
  if (existsSync(lexPath)) {
    try {
      lexicon = Lexicon.read(lexPath);
    } catch (error) {
      throw new ModelFileError(lexPath, (error as Error).message.replace(`${lexPath}: `, ''), REBUILD_LEXICON);
    }
  }
  return { gazetteer: existsSync(gazDir) ? Gazetteer.fromFolder(gazDir) : null, lexicon };
}

let cached: NerTagger | undefined;

/** The shipped tagger, loaded once per process. Throws ModelFileError naming the file and the fix. */
export function nerTagger(): NerTagger {
  if (cached) return cached;
  const root = packageRoot();
  const model = NerModel.read(join(root, MODEL_FILE));
  const resources = loadResources(root);
  const info = model.header.info;
  if (info.lexicon && !resources.lexicon) throw new ModelFileError(join(root, LEXICON_FILE), 'file not found (the model was trained with it)', REBUILD_LEXICON);
  if (info.lexiconDigest && resources.lexicon && resources.lexicon.digest !== info.lexiconDigest) {
    throw new ModelFileError(join(root, LEXICON_FILE), `not the lexicon ${MODEL_FILE} was trained with`);
  }
  cached = new NerTagger(model, resources);
  return cached;
}
