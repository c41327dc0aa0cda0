// The entities stage: names (PER, ORG, GPE, LOC, NORP, FAC, MISC) from the trained tagger, and numbers
// (TIME, MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL) from wink-nlp's entities, added to doc.mentions
// beside the DATE mentions of the dates stage. The result is one set of non-overlapping mentions: a
// name wins over a number or date it overlaps, and new ids continue the existing numbering.
import type { Doc } from '../doc/doc.js';
import type { Mention } from '../doc/schema.js';
import type { Stage } from '../doc/stage.js';
import { wink } from '../language/language.js';
import type { TagSpan } from './conll.js';
import type { SentenceTokens } from './features.js';
import { type Gazetteer, normalizeWord, phraseTokens } from './gazetteer.js';
import { type NerTagger, nerTagger } from './tagger.js';

/** wink-nlp entity types kept, and the record type each becomes (DATE is the dates stage's). */
const WINK_TYPES: Record<string, Mention['type']> = {
  TIME: 'TIME',
  MONEY: 'MONEY',
  PERCENT: 'PERCENT',
  CARDINAL: 'CARDINAL',
  ORDINAL: 'ORDINAL',
};
/** Only sentences with a digit or a number word are read again by wink for its entities. */
const NUMBER_CUE = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|first|second|third|fourth|fifth|tenth|half|percent)\b/i;
/** Words a date expression is made of: a name made only of these is a misread date. */
const DATE_WORD = /^(in|on|at|by|since|until|from|early|late|mid|the|of|last|next|this|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|\d+(st|nd|rd|th)?|[.,])\.?,?$/i;
/** A cardinal followed by one of these is a QUANTITY ("15 km", "300 tonnes"). */
const UNIT_WORDS = new Set(
  'km kilometers kilometres kilometer kilometre miles mile meters metres meter metre m cm mm feet foot ft inches inch kg kilograms kilogram grams gram g tons tonnes ton tonne pounds lbs lb ounces barrels barrel bpd liters litres liter litre gallons gallon acres acre hectares hectare sq square mw megawatts megawatt gw gigawatts kw kwh mwh degrees degree knots mph km/h cubic bcm tcf'.split(' '),
);

export const nerStage: Stage = {
  name: 'entities',
  requires: ['sentences', 'tokens'],
  assigns: ['mentions'],
  run(doc) {
    const tagger = nerTagger();
    const names = findNames(doc, tagger);
    const numbers = findNumbers(doc);
    mergeMentions(doc, names, numbers);
  },
};

interface Found {
  start: number;
  end: number;
  type: Mention['type'];
}

/**
 * The document's sentences as the tagger reads them: the language stage's tokens and POS, except that
 * words joined by hyphens with no space ("Nagorno-Karabakh", "Azerbaijani-Israeli") are one word, as in
 * the CoNLL data the model learned from. `tokens[s][w]` is the first and last token of word w.
 */
export function sentenceWords(doc: Doc): { sentences: SentenceTokens[]; tokens: [number, number][][] } {
  const { start, end, pos, sentenceFirstToken } = doc.tokens;
  const sentences: SentenceTokens[] = [];
  const tokens: [number, number][][] = [];
  const isWord = (t: number) => /[\p{L}\p{N}]/u.test(doc.text.charAt(start[t]));
  for (let s = 0; s + 1 < sentenceFirstToken.length; s++) {
    const a = sentenceFirstToken[s];
    const b = sentenceFirstToken[s + 1];
    const words: string[] = [];
    const tags: string[] = [];
    const spans: [number, number][] = [];
    for (let t = a; t < b; t++) {
      let last = t;
      for (;;) {
        // Glue "word - word" when nothing separates the three tokens.
        if (last + 2 < b && isWord(last) && /^[-‐‑]$/.test(doc.text.slice(start[last + 1], end[last + 1])) && end[last] === start[last + 1] && end[last + 1] === start[last + 2] && isWord(last + 2)) last += 2;
        // wink cuts words at some accented letters ("Karao|ğ|lu"): glue letters it split apart.
        else if (last + 1 < b && end[last] === start[last + 1] && splitLetters(doc.text.charAt(end[last] - 1), doc.text.charAt(start[last + 1]))) last += 1;
        else break;
      }
      words.push(doc.text.slice(start[t], end[last]));
      tags.push(last > t && pos.slice(t, last + 1).includes('PROPN') ? 'PROPN' : pos[last]);
      spans.push([t, last]);
      t = last;
    }
    sentences.push({ words, pos: tags });
    tokens.push(spans);
  }
  return { sentences, tokens };
}

/** Two letters on either side of a token boundary with no space, one of them beyond ASCII. */
function splitLetters(before: string, after: string): boolean {
  return (before.charCodeAt(0) > 127 || after.charCodeAt(0) > 127) && /\p{L}/u.test(before) && /\p{L}/u.test(after);
}

function findNames(doc: Doc, tagger: NerTagger): Found[] {
  const { sentences, tokens } = sentenceWords(doc);
  const spans = tagger.tagDocument(sentences);
  const gaz = tagger.resources.gazetteer;
  const found: Found[] = [];
  spans.forEach((list, s) => {
    const words = sentences[s].words;
    const charStart = (w: number) => doc.tokens.start[tokens[s][w][0]];
    const charEnd = (w: number) => doc.tokens.end[tokens[s][w][1]];
    for (const span of adjustSpans(list, words, gaz)) {
      found.push({ start: charStart(span.start), end: charEnd(span.end - 1), type: recordType(span.type, words.slice(span.start, span.end), gaz) });
    }
  });
  return found;
}

/** A surname joined to an Arabic article or a kinship word: "al-Sahaf", "el-Baradei", "bin-Laden", "abu-Marzouk". */
const ARTICLE_SURNAME = /^(al|el|ad|as|ash|at|az|ibn|bin|abu)-\p{Lu}/iu;

/**
 * Fixes the tagger's CoNLL habits that the record should not keep: a country name run into the
 * person after it ("Deputy Foreign Minister Azerbaijan Fariz Rzayev"), an organization cut at "of"
 * ("The Times" + "Israel" for "The Times of Israel"), a capital or country tagged as an organization
 * (a government by metonymy: "Baku prepared to open…" is Azerbaijan acting, a GPE).
 */
export function adjustSpans(spans: readonly TagSpan[], words: readonly string[], gaz: Gazetteer | null): TagSpan[] {
  if (!gaz) return [...spans];
  const lower = (i: number) => normalizeWord(words[i]).toLowerCase();
  const out: TagSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const next = spans[k + 1];
    if (s.type === 'PER' && s.end - s.start >= 3 && (gaz.on('countries', [lower(s.start)]) || gaz.on('capitals', [lower(s.start)]))) {
      out.push({ start: s.start, end: s.start + 1, type: 'LOC' }, { start: s.start + 1, end: s.end, type: 'PER' });
      continue;
    }
    // "Abdel Aziz [al-Rantissi] said", "Mohammed Saeed [al-Sahaf]": a surname with an Arabic article the tagger left out.
    if (s.type === 'PER' && s.end < words.length && ARTICLE_SURNAME.test(words[s.end]) && !(next && next.start === s.end && next.type === 'PER')) {
      out.push({ ...s, end: s.end + 1 });
      if (next && next.start === s.end) k++;
      continue;
    }
    if (s.type === 'ORG' && next && next.start === s.end + 1 && lower(s.end) === 'of' && gaz.kindOf('org-words', [lower(s.end - 1)]) && next.type !== 'PER') {
      out.push({ start: s.start, end: next.end, type: 'ORG' });
      k++;
      continue;
    }
    if (s.type === 'ORG') {
      const tokens = words.slice(s.start, s.end).map((w) => normalizeWord(w).toLowerCase());
      if (gaz.on('countries', tokens) || gaz.on('capitals', tokens)) {
        out.push({ ...s, type: 'LOC' });
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

/**
 * The record's type for a CoNLL-typed name: a LOC that is a country, capital, city or state is a GPE,
 * a LOC or ORG ending in a structure word ("Ben Gurion Airport", "Bibi Heybat Mosque") a FAC; a MISC that is a nationality, ethnic,
 * religious or political group word is a NORP.
 */
export function recordType(type: string, words: readonly string[], gaz: Gazetteer | null): Mention['type'] {
  if (type === 'PER') return type;
  if (!gaz) return type === 'LOC' || type === 'ORG' ? type : 'MISC';
  const tokens = phraseTokens(words.map(normalizeWord).join(' ').replace(/^the /i, ''));
  const last = tokens.slice(-1);
  // A mosque, an airport, a bridge is a facility even where the tagger calls it an organization; a
  // lone nationality word ("Kazakh customs") is a NORP.
  if (type === 'ORG') return tokens.length > 1 && gaz.kindOf('place-words', last) === 'fac' ? 'FAC' : tokens.length === 1 && gaz.on('demonyms', tokens) ? 'NORP' : 'ORG';
  if (type === 'LOC') {
    if (gaz.on('countries', tokens) || gaz.on('capitals', tokens) || gaz.on('cities', tokens) || gaz.kindOf('regions', tokens) === 'state') return 'GPE';
    if (tokens.length > 1 && gaz.kindOf('place-words', last)?.startsWith('fac')) return 'FAC';
    return 'LOC';
  }
  if (gaz.on('demonyms', tokens)) return 'NORP';
  // "pro-Russian", "Azerbaijani-Israeli": the last part decides.
  const parts = tokens.length === 1 ? tokens[0].split('-').filter(Boolean) : [];
  if (parts.length > 1 && gaz.on('demonyms', parts.slice(-1))) return 'NORP';
  return 'MISC';
}

/** Numbers, money, percentages, times and quantities from wink-nlp's entities, sentence by sentence. */
function findNumbers(doc: Doc): Found[] {
  const nlp = wink();
  const its = nlp.its;
  const found: Found[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!NUMBER_CUE.test(text)) continue;
    const wdoc = nlp.readDoc(text);
    const values = wdoc.tokens().out(its.value) as string[];
    const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
    const starts: number[] = [];
    const ends: number[] = [];
    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
      cursor += spaces[i].length;
      if (!text.startsWith(values[i], cursor)) {
        const at = text.indexOf(values[i], cursor);
        if (at >= 0) cursor = at;
      }
      starts.push(cursor);
      cursor += values[i].length;
      ends.push(cursor);
    }
    wdoc.entities().each((e: { out(f: unknown): unknown }) => {
      const type = WINK_TYPES[e.out(its.type) as string];
      if (!type) return;
      const [a, b] = e.out(its.span) as [number, number];
      if (a < 0 || b >= values.length || b < a) return;
      let last = b;
      let t: Mention['type'] = type;
      if (type === 'CARDINAL' && last + 1 < values.length && UNIT_WORDS.has(values[last + 1].toLowerCase())) {
        last++;
        t = 'QUANTITY';
      }
      found.push({ start: sentence.start + starts[a], end: sentence.start + ends[last], type: t });
    });
  }
  return found;
}

/** Non-overlapping spans kept sorted by start, for "does this overlap anything taken?" in log time. */
class Taken {
  private readonly spans: { start: number; end: number }[] = [];

  private firstEndingAfter(x: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].end <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(s: { start: number; end: number }): boolean {
    const i = this.firstEndingAfter(s.start);
    return i < this.spans.length && this.spans[i].start < s.end;
  }

  add(s: { start: number; end: number }): void {
    this.spans.splice(this.firstEndingAfter(s.start), 0, s);
  }
}

/** Names first, then the existing (date) mentions and the numbers where nothing kept overlaps them. */
export function mergeMentions(doc: Doc, names: Found[], numbers: Found[]): void {
  let next = 0;
  for (const m of doc.mentions) {
    const n = /^m(\d+)$/.exec(m.id);
    if (n) next = Math.max(next, Number(n[1]));
  }
  const taken = new Taken();
  const kept: Mention[] = [];
  // A "name" made of date words only ("In October", "Wednesday") is the dates stage's, not a name.
  const dates = doc.mentions.filter((m) => m.type === 'DATE');
  const isDate = (f: Found) => dates.some((d) => d.start < f.end && f.start < d.end) && doc.text.slice(f.start, f.end).split(/\s+/).every((w) => DATE_WORD.test(w));
  for (const f of [...names].sort((a, b) => a.start - b.start)) {
    if (taken.overlaps(f) || isDate(f)) continue;
    taken.add(f);
    kept.push({ id: `m${++next}`, type: f.type, start: f.start, end: f.end });
  }
  for (const m of doc.mentions) {
    if (taken.overlaps(m)) continue;
    taken.add(m);
    kept.push(m);
  }
  for (const f of [...numbers].sort((a, b) => a.start - b.start)) {
    if (taken.overlaps(f)) continue;
    taken.add(f);
    kept.push({ id: `m${++next}`, type: f.type, start: f.start, end: f.end });
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  doc.mentions = kept;
}
