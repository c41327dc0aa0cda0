// Token features for the tagger. Each feature is a 32-bit key (template number mixed with the hashes of
// its values): the word and its lower-case form, shape, prefixes and suffixes, POS, the neighbours,
// capitalization and sentence position, gazetteer membership, word clusters and usual casing from the
// lexicon, and document-level evidence (how the same word is written, and which names it is part of,
// elsewhere in the document). All-caps headlines are read through a truecased form of each word.
import { type Gazetteer, normalizeWord } from './gazetteer.js';
import { featureKey, featureKey2, featureKey3, hashString } from './hash.js';
import type { Lexicon } from './lexicon.js';

export interface SentenceTokens {
  words: readonly string[];
  /** Universal POS tags (wink-nlp), one per word. */
  pos: readonly string[];
}

export interface FeatureResources {
  gazetteer: Gazetteer | null;
  lexicon: Lexicon | null;
}

/** The keys of token i are keys[offsets[i]] … keys[offsets[i + 1] - 1]. */
export interface SentenceFeatures {
  keys: Uint32Array;
  offsets: Int32Array;
  /** Each token as read (normalized; truecased in headlines), its lower-case form, its shape hash. */
  forms: string[];
  lower: string[];
  hS: Uint32Array;
}

/**
 * What a first tagging pass found elsewhere in the document: for a lower-cased word, a bit mask of
 * (type × position) of the names it was part of (HINT_BITS per type: first, middle, last, single).
 */
export type DocHints = Map<string, number>;
export const HINT_BITS = 4;

// Template numbers. Adding a template is safe; renumbering one invalidates trained models.
const T = {
  BIAS: 1, W: 2, L: 3, SHAPE: 4, LSHAPE: 5, PRE: 6, SUF: 7, POS: 8, POS_P: 9, POS_N: 10, POS_PC: 11, POS_CN: 12,
  L_P1: 13, L_N1: 14, L_P2: 15, L_N2: 16, L_P1C: 17, L_CN1: 18, S_P1: 19, S_N1: 20, S_P1C: 21, S_CN1: 22,
  S_P1CN1: 23, L_P1_S: 24, S_L_N1: 25, FIRST_S: 26, HEAD_S: 27, CASE: 28, CASE_P: 29, CASE_N: 30, CASE_S: 31,
  CL: 32, CL_P: 33, CL_N: 34, GAZ: 35, GAZ_S: 36, GAZ_P: 37, GAZ_N: 38, DOC_CASE: 39, DOC_SEQ: 40, HINT: 41,
  HINT_S: 42, HYPH_FIRST: 43, HYPH_LAST: 44, FREQ: 45, POS_S: 46, W_HEAD: 47, GAZ_L: 48, CL_L: 49,
} as const;

/** Cluster bit-string prefix lengths used as features (Ratinov & Roth 2009). */
const CLUSTER_PREFIXES = [4, 6, 10, 20];
const H_BOS = hashString('<s>');
const H_EOS = hashString('</s>');
const H_NONE = hashString('<none>');

/** "Xxxx" → "Xx", "U.S." → "X.X.", "1996-08-30" → "d-d-d": runs of one character class collapsed. */
export function shortShape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const c = charClass(w, i);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Like shortShape, but runs are kept up to four long ("Xxxx", "dddd"): length tells acronyms apart. */
export function longShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length && out.length < 16; i++) {
    const c = charClass(w, i);
    run = c === last ? run + 1 : 1;
    if (run <= 4) out += c;
    last = c;
  }
  return out;
}

function charClass(w: string, i: number): string {
  const code = w.charCodeAt(i);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return w[i];
  const ch = w[i];
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (ch !== lower) return 'X';
  if (ch !== upper) return 'x';
  if (code >= 0xd800 && code <= 0xdfff) return 's'; // surrogate halves: emoji and rare scripts
  return /\p{L}/u.test(ch) ? 'L' : /\p{N}/u.test(ch) ? 'd' : 'p';
}

const hasLower = (w: string) => w !== w.toUpperCase();
const hasUpper = (w: string) => w !== w.toLowerCase();
const isCapitalized = (w: string) => {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
};

/**
 * A headline or dateline: (almost) every word with letters is in capitals, so capitalization says
 * nothing and each word is read through its truecased form.
 */
export function isAllCapsSentence(words: readonly string[]): boolean {
  let caps = 0;
  let other = 0;
  for (const w of words) {
    if (!hasUpper(w) && !hasLower(w)) continue;
    if (hasLower(w)) other++;
    else caps++;
  }
  return caps > 0 && caps >= 3 * other && (caps >= 2 || other === 0);
}

/** Document-wide evidence gathered from the cased sentences. */
interface DocContext {
  /** Lower-cased word → its forms written capitalized, not sentence-initially, with counts. */
  capForms: Map<string, Map<string, number>>;
  /** Lower-cased words seen written in lower case. */
  lowerSeen: Set<string>;
  /** Lower-cased word → bit mask of positions in capitalized runs of 2+ words (1 first, 2 middle, 4 last). */
  inRun: Map<string, number>;
}

function documentContext(sentences: readonly SentenceTokens[], headline: readonly boolean[]): DocContext {
  const ctx: DocContext = { capForms: new Map(), lowerSeen: new Set(), inRun: new Map() };
  sentences.forEach((s, si) => {
    if (headline[si]) return;
    const words = s.words.map(normalizeWord);
    let runStart = -1;
    const closeRun = (end: number) => {
      if (runStart >= 0 && end - runStart >= 2) {
        for (let k = runStart; k < end; k++) {
          const lw = words[k].toLowerCase();
          const bit = k === runStart ? 1 : k === end - 1 ? 4 : 2;
          ctx.inRun.set(lw, (ctx.inRun.get(lw) ?? 0) | bit);
        }
      }
      runStart = -1;
    };
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const lw = w.toLowerCase();
      if (isCapitalized(w)) {
        if (i > 0 && !/^["'([]$/.test(words[i - 1])) {
          let forms = ctx.capForms.get(lw);
          if (!forms) {
            forms = new Map();
            ctx.capForms.set(lw, forms);
          }
          forms.set(w, (forms.get(w) ?? 0) + 1);
        }
        if (runStart < 0) runStart = i;
      } else {
        closeRun(i);
        if (hasLower(w)) ctx.lowerSeen.add(lw);
      }
    }
    closeRun(words.length);
  });
  return ctx;
}

function docForm(ctx: DocContext, lw: string): string | null {
  const forms = ctx.capForms.get(lw);
  if (!forms) return null;
  let best: string | null = null;
  let n = 0;
  for (const [form, c] of forms) {
    if (c > n) {
      best = form;
      n = c;
    }
  }
  return best;
}

function caseBucket(lex: Lexicon | null, lw: string): string {
  const e = lex?.get(lw);
  if (!e) return 'unk';
  if (e.lower < 0) return 'noev';
  if (e.lower >= 90) return 'L';
  if (e.title >= 90) return 'T';
  if (e.upper >= 90) return 'U';
  if (e.lower >= 50) return 'l';
  if (e.title >= 50) return 't';
  if (e.upper >= 50) return 'u';
  return 'm';
}

const titleCase = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/** What a word contributes on its own, whatever its context: hashes of its parts, and its own features. */
export interface WordInfo {
  hW: number;
  hL: number;
  hS: number;
  hCase: number;
  hCl: number;
  /** The word-level feature keys (word, lower case, shape, affixes, casing, clusters, frequency). */
  keys: Uint32Array;
}

function wordInfo(form: string, lex: Lexicon | null): WordInfo {
  const lw = form.toLowerCase();
  const shape = shortShape(form);
  const hW = hashString(form);
  const hL = hashString(lw);
  const hS = hashString(shape);
  const hCase = hashString(caseBucket(lex, lw));
  const entry = lex?.get(lw);
  const hCl = entry?.cluster ? hashString(entry.cluster.slice(0, 6)) : H_NONE;
  const keys: number[] = [featureKey(T.BIAS, 0), featureKey(T.W, hW), featureKey(T.L, hL), featureKey(T.SHAPE, hS), featureKey(T.LSHAPE, hashString(longShape(form)))];
  for (let k = 1; k <= 4 && k < lw.length; k++) {
    keys.push(featureKey2(T.PRE, k, hashString(lw.slice(0, k))), featureKey2(T.SUF, k, hashString(lw.slice(-k))));
  }
  keys.push(featureKey(T.CASE, hCase), featureKey2(T.CASE_S, hCase, hS));
  if (entry?.cluster) {
    for (const p of CLUSTER_PREFIXES) keys.push(featureKey2(T.CL, p, hashString(entry.cluster.slice(0, p))));
    keys.push(featureKey2(T.CL_L, hCl, hS));
  } else keys.push(featureKey(T.CL, H_NONE));
  if (entry) keys.push(featureKey(T.FREQ, Math.min(12, Math.floor(Math.log2(entry.count + 1)))));
  const dash = form.indexOf('-');
  if (dash > 0 && dash < form.length - 1) {
    keys.push(featureKey(T.HYPH_FIRST, hashString(lw.slice(0, dash))), featureKey(T.HYPH_LAST, hashString(lw.slice(lw.lastIndexOf('-') + 1))));
  }
  return { hW, hL, hS, hCase, hCl, keys: Uint32Array.from(keys) };
}

/** Word infos by written form, for a tagger that reads many documents (bounded: cleared when full). */
export class WordCache {
  private readonly map = new Map<string, WordInfo>();
  constructor(
    private readonly lex: Lexicon | null,
    private readonly limit = 200_000,
  ) {}
  get(form: string): WordInfo {
    let info = this.map.get(form);
    if (!info) {
      if (this.map.size >= this.limit) this.map.clear();
      info = wordInfo(form, this.lex);
      this.map.set(form, info);
    }
    return info;
  }
}

export interface FeaturizeOptions {
  /** Leave out the word-level keys (a tagger adds their cached sum per word instead). */
  wordFeatures?: boolean;
  cache?: WordCache;
}

/** Features for every token of a document (its sentences in order). */
export function featurizeDocument(sentences: readonly SentenceTokens[], res: FeatureResources, hints?: DocHints, opts: FeaturizeOptions = {}): SentenceFeatures[] {
  const headline = sentences.map((s) => isAllCapsSentence(s.words));
  const ctx = documentContext(sentences, headline);
  return sentences.map((s, si) => featurizeSentence(s, headline[si], ctx, res, hints, opts));
}

/** The keys of the first-pass hints alone, for a sentence featurized without them. */
export function hintKeys(f: SentenceFeatures, hints: DocHints): { keys: Uint32Array; offsets: Int32Array } | null {
  const n = f.lower.length;
  const keys: number[] = [];
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = keys.length;
    pushHints(keys, hints.get(f.lower[i]), f.hS[i]);
  }
  offsets[n] = keys.length;
  return keys.length ? { keys: Uint32Array.from(keys), offsets } : null;
}

function pushHints(keys: number[], hint: number | undefined, hS: number): void {
  if (!hint) return;
  for (let b = 0; b < 16; b++) {
    if (!(hint & (1 << b))) continue;
    keys.push(featureKey(T.HINT, b), featureKey2(T.HINT_S, b, hS));
  }
}

function featurizeSentence(s: SentenceTokens, headline: boolean, ctx: DocContext, res: FeatureResources, hints: DocHints | undefined, opts: FeaturizeOptions): SentenceFeatures {
  const n = s.words.length;
  const lex = res.lexicon;
  const forms: string[] = new Array(n);
  const lower: string[] = new Array(n);
  const infos: WordInfo[] = new Array(n);
  const hS = new Uint32Array(n);
  const hL = new Uint32Array(n);
  const hP = new Uint32Array(n);
  const hCase = new Uint32Array(n);
  const hCl = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const w = normalizeWord(s.words[i]);
    const lw = w.toLowerCase();
    lower[i] = lw;
    // In a headline, a word is read as the document or the lexicon usually writes it; a word known
    // to neither is most likely a name.
    forms[i] = headline && hasUpper(w) ? (docForm(ctx, lw) ?? lex?.usualForm(lw) ?? (w.length > 1 ? titleCase(w) : w)) : w;
    const info = opts.cache ? opts.cache.get(forms[i]) : wordInfo(forms[i], lex);
    infos[i] = info;
    hS[i] = info.hS;
    hL[i] = info.hL;
    hCase[i] = info.hCase;
    hCl[i] = info.hCl;
    hP[i] = hashString(s.pos[i] ?? 'X');
  }
  const gaz = res.gazetteer ? res.gazetteer.annotate(lower) : null;
  const at = (arr: Uint32Array, i: number) => (i < 0 ? H_BOS : i >= n ? H_EOS : arr[i]);

  const keys: number[] = [];
  const offsets = new Int32Array(n + 1);
  const add = (t: number, v: number) => keys.push(featureKey(t, v));
  const add2 = (t: number, a: number, b: number) => keys.push(featureKey2(t, a, b));
  const withWords = opts.wordFeatures !== false;
  for (let i = 0; i < n; i++) {
    offsets[i] = keys.length;
    const form = forms[i];
    const lw = lower[i];
    if (withWords) for (const k of infos[i].keys) keys.push(k);
    add(T.POS, hP[i]);
    add(T.POS_P, at(hP, i - 1));
    add(T.POS_N, at(hP, i + 1));
    add2(T.POS_PC, at(hP, i - 1), hP[i]);
    add2(T.POS_CN, hP[i], at(hP, i + 1));
    add2(T.POS_S, hP[i], hS[i]);
    add(T.L_P1, at(hL, i - 1));
    add(T.L_N1, at(hL, i + 1));
    add(T.L_P2, at(hL, i - 2));
    add(T.L_N2, at(hL, i + 2));
    add2(T.L_P1C, at(hL, i - 1), hL[i]);
    add2(T.L_CN1, hL[i], at(hL, i + 1));
    add(T.S_P1, at(hS, i - 1));
    add(T.S_N1, at(hS, i + 1));
    add2(T.S_P1C, at(hS, i - 1), hS[i]);
    add2(T.S_CN1, hS[i], at(hS, i + 1));
    keys.push(featureKey3(T.S_P1CN1, at(hS, i - 1), hS[i], at(hS, i + 1)));
    add2(T.L_P1_S, at(hL, i - 1), hS[i]);
    add2(T.S_L_N1, hS[i], at(hL, i + 1));
    if (i === 0) add(T.FIRST_S, hS[i]);
    if (headline) {
      add(T.HEAD_S, hS[i]);
      add(T.W_HEAD, hL[i]);
    }
    add(T.CASE_P, at(hCase, i - 1));
    add(T.CASE_N, at(hCase, i + 1));
    add(T.CL_P, at(hCl, i - 1));
    add(T.CL_N, at(hCl, i + 1));
    if (gaz) {
      const cap = isCapitalized(form) ? 1 : 0;
      for (const code of gaz[i]) {
        add(T.GAZ, code);
        add2(T.GAZ_S, code, cap);
      }
      if (i > 0) for (const code of gaz[i - 1]) add(T.GAZ_P, code);
      if (i + 1 < n) for (const code of gaz[i + 1]) add(T.GAZ_N, code);
      if (gaz[i].length === 0) add(T.GAZ_L, 0);
    }
    // Document: is this word written capitalized (or in lower case) elsewhere, and is it part of a longer
    // capitalized run elsewhere ("Bayramov" after "Jeyhun Bayramov")?
    const seenCap = ctx.capForms.has(lw) ? 1 : 0;
    const seenLower = ctx.lowerSeen.has(lw) ? 2 : 0;
    add2(T.DOC_CASE, seenCap | seenLower, i === 0 || headline ? 1 : 0);
    const run = ctx.inRun.get(lw);
    if (run !== undefined && hasUpper(form)) add(T.DOC_SEQ, run);
    if (hints) pushHints(keys, hints.get(lw), hS[i]);
  }
  offsets[n] = keys.length;
  return { keys: Uint32Array.from(keys), offsets, forms, lower, hS };
}
