// `npm run eval -- quotes`: the quote finder on PolNeAR (Newell, Margolin & Ruths 2018), the test split of
// US election news with brat stand-off attributions (Source, Cue, Content spans tied by an event line).
//   - Gold: per article, the attribution file of its first annotator (the order of metadata.tsv; a few
//     articles were annotated by all six). A gold attribution is direct when its Content begins with a
//     quotation mark (“ " ‘ ' « „ or the `` and '' of LDC-style text).
//   - Prediction: the article's .txt (a title line, a blank line, paragraphs) analyzed as plain text by
//     the whole pipeline, with the publication date of metadata.tsv. Extraction cleans the text (spaces
//     collapsed, no-break spaces and zero-width characters out, furniture lines dropped), so every record
//     offset is mapped back to the raw file: each section's text is found, whitespace-insensitively, in
//     the raw text after the previous section, and its characters are mapped one by one. The record is
//     the product under test, including what extraction drops.
//   - A predicted quote matches a gold Content when their character overlap is at least half of the
//     longer of the two (fragments of a discontinuous span are summed); pairs are one-to-one, the largest
//     overlaps first. PolNeAR annotates a quotation interrupted by its cue (“A,” she said, “B.”) as one
//     attribution with a discontinuous Content, and so a cue-less quote that goes on in the same
//     paragraph (“A,” she said. “B.”); the record gives two quotes, so direct quotes sharing their cue,
//     and a cue-less one continuing the speaker of the cued quote before it in its paragraph, are joined
//     before matching.
//   - The record's quotes are mapped to PolNeAR's convention, which makes a mixed quote ("He said the plan
//     was “a disaster.”") one reported attribution whose Content is the whole clause. The record gives
//     such a quote twice: the quoted words as a direct quote and the clause around them as a reported
//     statement with the same speaker. So a direct quote of the record contained in one of its reported
//     statements by the same speaker (the same actor, or without one the same speakerSpan) is part of
//     that statement and not scored as a direct quote; and a reported statement that begins with a
//     quotation mark ("“A” to B, she said") is direct by the gold's own test, joined like the direct
//     quotes below.
//   - The speaker of a matched pair is right when a mention of the predicted speaker's actor overlaps
//     the gold Source, or the quote's speakerSpan (the words naming its speaker, whether or not they
//     resolve to an actor) does, or the actor's name and the Source's text name the same one (a person's
//     surname, an organization's or country's name). Pairs whose gold has no Source are not judged; a
//     predicted quote with neither speaker nor speakerSpan is judged wrong.
// Direct quotes are the headline numbers. Beside them: direct quotes without the record's partial quotes
// (a quote opening after a word, "called it a “…”", which the record, like the seed's gold, calls direct
// and PolNeAR makes part of a reported attribution), all attributions (direct and reported speech), where
// the false positives sit among the gold attributions, and why speakers were wrong; and the record not
// mapped to PolNeAR's convention (every direct quote scored as direct), to show what the mapping does. POLNEAR_SPLIT=dev scores the dev split instead (for error analysis, so that the
// test split stays unseen); EVAL_OUT=folder writes every miss and false positive with context there.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRecord, Quote } from '../src/doc/schema.js';
import { analyzeToRecord } from '../src/pipeline.js';
import { textInput } from '../src/sources/input.js';

export interface Span {
  start: number;
  end: number;
}

export interface GoldAttribution {
  id: string;
  /** Fragments in text order; Content2 fragments included. */
  content: Span[];
  source: Span[];
  cue: Span[];
  direct: boolean;
}

export interface PredictedQuote {
  content: Span[];
  direct: boolean;
  speaker: Speaker | null;
  /** The speech cue the record gives, in raw offsets. */
  cue?: Span | null;
}

export interface Speaker {
  /** The actor's name, or the quote's speakerSpan words when it names no actor. */
  name: string;
  /** The actor's kind; 'words' for a speaker known only by the words naming it. */
  kind: string;
  /** The actor's mentions and the quote's speakerSpan, in the same offsets as the gold. */
  mentions: Span[];
}

const QUOTE_START = /^(?:``|''|[“"‘'«„])/u;

/** Does the text at `offset` begin with a quotation mark? */
export function opensWithQuote(text: string, offset: number): boolean {
  return QUOTE_START.test(text.slice(offset, offset + 2));
}

/** A brat .ann file's attributions (event lines with a Content); Discuss/Discard notes are ignored. */
export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const events: { id: string; args: [string, string][] }[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const [id, info] = line.split('\t');
    if (!id || !info) continue;
    if (id.startsWith('T')) {
      const space = info.indexOf(' ');
      const frags = info
        .slice(space + 1)
        .split(';')
        .map((f) => f.trim().split(/\s+/).map(Number))
        .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && e > s)
        .map(([start, end]) => ({ start, end }));
      spans.set(id, normalize(frags));
    } else if (id.startsWith('E')) {
      const args = info
        .trim()
        .split(/\s+/)
        .map((a) => a.split(':') as [string, string])
        .filter((a) => a.length === 2);
      events.push({ id, args: args.slice(1) });
    }
  }
  const out: GoldAttribution[] = [];
  for (const e of events) {
    const role = (prefix: string) => normalize(e.args.filter(([r]) => r.startsWith(prefix)).flatMap(([, ref]) => spans.get(ref) ?? []));
    const content = role('Content');
    if (!content.length) continue;
    out.push({ id: e.id, content, source: role('Source'), cue: role('Cue'), direct: opensWithQuote(text, content[0].start) });
  }
  return out.sort((a, b) => a.content[0].start - b.content[0].start);
}

/** Sorted, with overlapping or touching fragments merged. */
export function normalize(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export function length(spans: Span[]): number {
  return spans.reduce((n, s) => n + s.end - s.start, 0);
}

export function overlap(a: Span[], b: Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** The match criterion: overlap at least half of the longer span. */
export function spansMatch(a: Span[], b: Span[]): boolean {
  const o = overlap(a, b);
  return o > 0 && 2 * o >= Math.max(length(a), length(b));
}

/** One-to-one pairs [gold index, predicted index], the largest overlaps first (ties by position). */
export function matchSpans(gold: Span[][], pred: Span[][]): [number, number][] {
  const candidates: { g: number; p: number; o: number }[] = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      if (spansMatch(g, p)) candidates.push({ g: gi, p: pi, o: overlap(g, p) });
    });
  });
  candidates.sort((a, b) => b.o - a.o || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)$/i;
const HONORIFIC = new Set(
  'mr mrs ms miss dr sen senator rep representative gov governor president vice secretary minister chairman chairwoman chair judge justice gen general adm col lt sgt capt mayor rev sir lord lady dame prince king queen pope sheikh'.split(' '),
);
/** Words of a name or a Source: letters and digits, without possessive endings or trailing periods. */
const words = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.map((w) => w.replace(/['’]s$/u, '').replace(/[.'’]+$/u, '')) ?? [];

/**
 * Do the actor's name and a gold Source's text name the same one? A person: the surname is a word of
 * the Source, not preceded by another given name ("Bill Clinton" is not "Hillary Clinton"; "Mrs.
 * Clinton" and "Clinton's campaign" are). An organization, group or country: its whole name is in the
 * Source, or the Source's words without determiners are in its name ("the Times" / "New York Times").
 */
export function sameName(name: string, kind: string, sourceText: string): boolean {
  const source = words(sourceText);
  const own = words(name).filter((w) => !NAME_SUFFIX.test(w));
  if (!own.length || !source.length) return false;
  if (kind === 'person') {
    const surname = own[own.length - 1];
    return source.some((w, i) => {
      if (w !== surname) return false;
      const before = source[i - 1];
      return !before || !/^\p{Lu}\p{Ll}/u.test(before) || own.includes(before) || HONORIFIC.has(before.toLowerCase()) || own.length === 1;
    });
  }
  const lower = (ws: string[]) => ` ${ws.join(' ').toLowerCase()} `;
  const bare = source.filter((w) => !/^(?:the|a|an|its|their)$/i.test(w));
  return lower(source).includes(lower(own)) || (bare.length > 0 && lower(own).includes(lower(bare)));
}

export function speakerRight(speaker: Speaker | null, source: Span[], text: string): boolean {
  if (!speaker) return false;
  if (speaker.mentions.some((m) => overlap([m], source) > 0)) return true;
  if (speaker.kind === 'words') return false;
  return sameName(speaker.name, speaker.kind, source.map((s) => text.slice(s.start, s.end)).join(' '));
}

// ---- record offsets → raw offsets ----

const SPACE = /[\s\u00a0\u2007\u202f]/u;
const INVISIBLE = /^(?:\u200b|\u200c|\u200d|\ufeff)$/u;

/** `text` with whitespace runs collapsed to one space and invisible characters out, and where each came from. */
function squeeze(text: string, from = 0, to = text.length): { s: string; at: number[] } {
  let s = '';
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (INVISIBLE.test(c)) continue;
    if (SPACE.test(c)) {
      if (s.endsWith(' ') || s === '') continue;
      s += ' ';
    } else s += c;
    at.push(i);
  }
  if (s.endsWith(' ')) {
    s = s.slice(0, -1);
    at.pop();
  }
  return { s, at };
}

/**
 * Maps the record's offsets to the raw text's: each section is found in the raw text after the one
 * before (or anywhere, when extraction reordered it). Returns the map (-1 where unmapped) and the
 * number of sections not found.
 */
export function offsetMap(raw: string, record: Pick<ArticleRecord, 'text' | 'sections'>): { map: Int32Array; lost: number } {
  const r = squeeze(raw);
  const map = new Int32Array(record.text.length + 1).fill(-1);
  let cursor = 0;
  let lost = 0;
  for (const section of record.sections) {
    const q = squeeze(record.text, section.start, section.end);
    if (!q.s) continue;
    let found = r.s.indexOf(q.s, cursor);
    if (found < 0) found = r.s.indexOf(q.s);
    if (found < 0) {
      lost++;
      continue;
    }
    q.at.forEach((p, k) => {
      map[p] = r.at[found + k];
    });
    cursor = found + q.s.length;
  }
  return { map, lost };
}

/** A record span in raw offsets: its first and last mapped characters; null when none is mapped. */
export function mapSpan(map: Int32Array, start: number, end: number): Span | null {
  let a = start;
  while (a < end && map[a] < 0) a++;
  let b = end - 1;
  while (b >= a && map[b] < 0) b--;
  if (a > b) return null;
  return { start: map[a], end: map[b] + 1 };
}

/** The record's quotes in raw offsets, direct quotes sharing their cue joined into one. */
export function predictedQuotes(record: ArticleRecord, map: Int32Array, options: { mapMixed?: boolean } = {}): PredictedQuote[] {
  const mapMixed = options.mapMixed ?? true;
  const mentionSpan = new Map(record.mentions.map((m) => [m.id, m]));
  const speakerOf = (q: Quote): Speaker | null => {
    const actor = q.speaker ? record.actors.find((a) => a.id === q.speaker) : undefined;
    const own = q.speakerSpan ? mapSpan(map, q.speakerSpan.start, q.speakerSpan.end) : null;
    if (!actor) return own ? { name: record.text.slice(q.speakerSpan!.start, q.speakerSpan!.end), kind: 'words', mentions: [own] } : null;
    const mentions = actor.mentions
      .map((m) => mentionSpan.get(m))
      .filter((m) => m !== undefined)
      .map((m) => mapSpan(map, m.start, m.end))
      .filter((s) => s !== null);
    if (own) mentions.push(own);
    return { name: actor.name, kind: actor.kind, mentions };
  };
  const out: PredictedQuote[] = [];
  const byCue = new Map<string, PredictedQuote>();
  let previous = null as { quote: PredictedQuote; speaker: string | null; end: number } | null;
  const reported = record.quotes.filter((q) => !q.direct);
  for (const q of [...record.quotes].sort((a, b) => a.start - b.start)) {
    const span = mapSpan(map, q.start, q.end);
    if (!span) continue;
    // A mixed quote's fragment is part of its reported statement, not a PolNeAR direct quote.
    if (mapMixed && q.direct && reported.some((r) => r.start <= q.start && q.end <= r.end && sameSpeaker(q, r))) continue;
    // A reported statement that opens with a quotation mark ("“A” to B, she said") is direct by the
    // gold's own test, and joins the direct quotes sharing its cue.
    if (!q.direct && !(mapMixed && opensWithQuote(record.text, q.start))) {
      out.push({ content: [span], direct: false, speaker: speakerOf(q), cue: q.cue && mapSpan(map, q.cue.start, q.cue.end) });
      continue;
    }
    // One attribution: quotes sharing their cue, or a quote with no cue of its own that continues the
    // speaker of the direct quote with a cue just before it in the same paragraph.
    const key = q.cue ? `${q.cue.start}:${q.cue.end}:${q.speaker}` : null;
    let joined = key ? byCue.get(key) : undefined;
    if (!joined && !q.cue && previous?.quote.cue && previous.speaker === q.speaker && !record.text.slice(previous.end, q.start).includes('\n')) joined = previous.quote;
    if (joined) {
      joined.content = normalize([...joined.content, span]);
    } else {
      joined = { content: [span], direct: true, speaker: speakerOf(q), cue: q.cue && mapSpan(map, q.cue.start, q.cue.end) };
      out.push(joined);
      if (key) byCue.set(key, joined);
    }
    previous = { quote: joined, speaker: q.speaker, end: q.end };
  }
  return out;
}

/** Do two quotes of the record have the same speaker: the same actor, or, without one, the same words? */
export function sameSpeaker(a: Quote, b: Quote): boolean {
  if (a.speaker || b.speaker) return a.speaker === b.speaker;
  return a.speakerSpan?.start === b.speakerSpan?.start && a.speakerSpan?.end === b.speakerSpan?.end;
}

// ---- scoring ----

export interface Tally {
  gold: number;
  pred: number;
  matched: number;
  judged: number;
  right: number;
}

export interface ArticleErrors {
  misses: GoldAttribution[];
  falsePositives: PredictedQuote[];
  wrongSpeaker: { gold: GoldAttribution; pred: PredictedQuote }[];
}

export function scoreArticle(gold: GoldAttribution[], pred: PredictedQuote[], text: string): { tally: Tally; errors: ArticleErrors } {
  const pairs = matchSpans(
    gold.map((g) => g.content),
    pred.map((p) => p.content),
  );
  const tally: Tally = { gold: gold.length, pred: pred.length, matched: pairs.length, judged: 0, right: 0 };
  const errors: ArticleErrors = { misses: [], falsePositives: [], wrongSpeaker: [] };
  const g = new Set(pairs.map(([a]) => a));
  const p = new Set(pairs.map(([, b]) => b));
  errors.misses = gold.filter((_, i) => !g.has(i));
  errors.falsePositives = pred.filter((_, i) => !p.has(i));
  for (const [gi, pi] of pairs) {
    if (!gold[gi].source.length) continue;
    tally.judged++;
    if (speakerRight(pred[pi].speaker, gold[gi].source, text)) tally.right++;
    else errors.wrongSpeaker.push({ gold: gold[gi], pred: pred[pi] });
  }
  return { tally, errors };
}

/**
 * A partial quote: its opening mark follows a word ("called it a “…”", "said that “…”"). The record
 * calls it direct, as the seed's gold does; PolNeAR makes it part of a reported attribution whose
 * Content begins with the reporting clause, so it is not one of PolNeAR's direct quotes.
 */
export function partialQuote(text: string, p: PredictedQuote): boolean {
  let k = p.content[0].start - 1;
  while (k >= 0 && /["'“”‘’«»„`]/u.test(text[k])) k--;
  while (k >= 0 && /\s/u.test(text[k])) k--;
  return k >= 0 && /[\p{L}\p{N}]/u.test(text[k]);
}

/** Where a direct false positive sits among the gold attributions. */
export type FalsePositiveKind = 'partial quote in a reported attribution' | 'too little overlap with a direct quote' | 'in no attribution';
export function falsePositiveKind(p: PredictedQuote, gold: GoldAttribution[]): FalsePositiveKind {
  const n = length(p.content);
  const best = (direct: boolean) => Math.max(0, ...gold.filter((g) => g.direct === direct).map((g) => overlap(g.content, p.content)));
  if (best(true) > 0) return 'too little overlap with a direct quote';
  if (2 * best(false) >= n) return 'partial quote in a reported attribution';
  return 'in no attribution';
}

/** Why a matched direct quote's speaker is wrong. */
export type SpeakerErrorKind = 'no speaker, no cue' | 'no speaker, a cue' | 'another actor';
export function speakerErrorKind(p: PredictedQuote): SpeakerErrorKind {
  if (p.speaker) return 'another actor';
  return p.cue ? 'no speaker, a cue' : 'no speaker, no cue';
}

export function addTally(a: Tally, b: Tally): Tally {
  return { gold: a.gold + b.gold, pred: a.pred + b.pred, matched: a.matched + b.matched, judged: a.judged + b.judged, right: a.right + b.right };
}

export function prf(t: Tally): { p: number; r: number; f1: number; accuracy: number } {
  const p = t.pred ? t.matched / t.pred : 0;
  const r = t.gold ? t.matched / t.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, accuracy: t.judged ? t.right / t.judged : 0 };
}

// ---- the data ----

interface Article {
  name: string;
  text: string;
  ann: string;
  annotator: string;
  /** How many annotators' files the article has. */
  annotators: number;
  published?: string;
}

/** The split's articles, each with its first annotator's attribution file. */
export function readSplit(dir: string, split: string): Article[] {
  const order = new Map<string, { annotators: string[]; published?: string }>();
  const metadata = join(dir, 'data', 'metadata.tsv');
  if (existsSync(metadata)) {
    const [head, ...rows] = readFileSync(metadata, 'utf8').split(/\r?\n/).filter(Boolean);
    const cols = head.split('\t');
    const col = (name: string) => cols.indexOf(name);
    for (const row of rows) {
      const f = row.split('\t');
      const date = f[col('publication_date')];
      order.set(f[col('filename')], { annotators: (f[col('annotators')] ?? '').split('|'), published: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined });
    }
  }
  const annDir = join(dir, 'data', split, 'attributions');
  const files = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const byArticle = new Map<string, string[]>();
  for (const f of files) {
    const m = /^(.*)_([0-9a-z]+)\.ann$/.exec(f);
    if (!m) continue;
    byArticle.set(m[1], [...(byArticle.get(m[1]) ?? []), m[2]]);
  }
  return [...byArticle.keys()].sort().map((name) => {
    const have = byArticle.get(name) ?? [];
    const meta = order.get(name);
    const annotator = meta?.annotators.find((a) => have.includes(a)) ?? have[0];
    return {
      name,
      annotator,
      annotators: have.length,
      published: meta?.published,
      text: readFileSync(join(dir, 'data', split, 'text', `${name}.txt`), 'utf8'),
      ann: readFileSync(join(annDir, `${name}_${annotator}.ann`), 'utf8'),
    };
  });
}

const EMPTY: Tally = { gold: 0, pred: 0, matched: 0, judged: 0, right: 0 };

export function runPolnearSuite(shared: string): number {
  const dir = join(shared, 'eval', 'quotes', 'polnear');
  const split = process.env.POLNEAR_SPLIT ?? 'test';
  if (!existsSync(join(dir, 'data', split, 'attributions'))) {
    console.log(`quotes: ${join(dir, 'data', split)} not found; skipped`);
    return 0;
  }
  const started = Date.now();
  const articles = readSplit(dir, split);
  let direct = EMPTY;
  let unmapped = EMPTY;
  let full = EMPTY;
  let all = EMPTY;
  let lost = 0;
  let failed = 0;
  const fpKinds = new Map<FalsePositiveKind, number>();
  const speakerKinds = new Map<SpeakerErrorKind, number>();
  const report: string[] = [];
  for (const a of articles) {
    const gold = parseAnn(a.ann, a.text);
    let pred: PredictedQuote[] = [];
    let raw: PredictedQuote[] = [];
    try {
      const record = analyzeToRecord(textInput(a.text, a.name, 'text'), { published: a.published });
      const mapped = offsetMap(a.text, record);
      lost += mapped.lost;
      pred = predictedQuotes(record, mapped.map);
      raw = predictedQuotes(record, mapped.map, { mapMixed: false });
    } catch (e) {
      failed++;
      console.log(`  ${a.name}: ${(e as Error).message}`);
    }
    const goldDirect = gold.filter((g) => g.direct);
    const predDirect = pred.filter((p) => p.direct);
    const d = scoreArticle(goldDirect, predDirect, a.text);
    const f = scoreArticle(
      goldDirect,
      predDirect.filter((p) => !partialQuote(a.text, p)),
      a.text,
    );
    const x = scoreArticle(gold, pred, a.text);
    for (const fp of d.errors.falsePositives) {
      const kind = falsePositiveKind(fp, gold);
      fpKinds.set(kind, (fpKinds.get(kind) ?? 0) + 1);
    }
    for (const w of d.errors.wrongSpeaker) {
      const kind = speakerErrorKind(w.pred);
      speakerKinds.set(kind, (speakerKinds.get(kind) ?? 0) + 1);
    }
    direct = addTally(direct, d.tally);
    unmapped = addTally(unmapped, scoreArticle(
      goldDirect,
      raw.filter((p) => p.direct),
      a.text,
    ).tally);
    full = addTally(full, f.tally);
    all = addTally(all, x.tally);
    if (process.env.EVAL_OUT) report.push(...describeErrors(a, d.errors, x.errors));
  }
  const seconds = (Date.now() - started) / 1000;
  const firsts = articles.filter((a) => a.annotators > 1).length;
  console.log(
    `PolNeAR ${split}: ${articles.length} articles, the first annotator's attributions of each (${firsts} had several annotators); analyzed as plain text in ${seconds.toFixed(1)} s${failed ? `; ${failed} failed` : ''}`,
  );
  if (lost) console.log(`  ${lost} record sections not found in the raw text (their quotes are not scored)`);
  const pct = (v: number) => (100 * v).toFixed(1);
  const row = (label: string, t: Tally) => {
    const s = prf(t);
    return `${label.padEnd(28)}${String(t.gold).padStart(6)}${String(t.pred).padStart(6)}${String(t.matched).padStart(8)}${pct(s.p).padStart(7)}${pct(s.r).padStart(7)}${pct(s.f1).padStart(7)}   ${pct(s.accuracy).padStart(5)}% (${t.right}/${t.judged})`;
  };
  console.log(`${''.padEnd(28)}${'gold'.padStart(6)}${'pred'.padStart(6)}${'matched'.padStart(8)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}   speaker accuracy`);
  console.log(row('direct quotes', direct));
  console.log(row('  without partial quotes*', full));
  console.log(row('  record not mapped**', unmapped));
  console.log(row('all attributions', all));
  console.log(`direct false positives: ${[...fpKinds].map(([k, n]) => `${n} ${k}`).join(', ')}`);
  console.log(`direct wrong speakers: ${[...speakerKinds].map(([k, n]) => `${n} ${k}`).join(', ')}`);
  console.log("* predicted quotes whose opening mark follows a word ('called it a “…”') set aside: the record calls them direct, PolNeAR reported");
  console.log('** every direct quote of the record scored as direct, mixed quotes’ fragments included, and reported statements as reported');
  const dp = prf(direct);
  const met = dp.f1 >= 0.8 && dp.accuracy >= 0.9;
  console.log(`direct quotes: content overlap F1 ${pct(dp.f1)} (target ≥ 80), speaker accuracy ${pct(dp.accuracy)}% (target ≥ 90%): ${met ? 'met' : 'not met'}`);
  console.log('  published: GenderGapTracker 83.7 F1, 86.5% speaker accuracy; BBC Citron 83.2 F1 (other data sets)');
  if (process.env.EVAL_OUT) {
    mkdirSync(process.env.EVAL_OUT, { recursive: true });
    const file = join(process.env.EVAL_OUT, `polnear-${split}-errors.txt`);
    writeFileSync(file, `${report.join('\n')}\n`);
    console.log(`  errors: ${file}`);
  }
  return 0;
}

function describeErrors(a: Article, direct: ArticleErrors, all: ArticleErrors): string[] {
  const show = (spans: Span[]) => spans.map((s) => a.text.slice(s.start, s.end).replace(/\s+/g, ' ')).join(' … ');
  const context = (spans: Span[]) => {
    const from = Math.max(0, spans[0].start - 120);
    const to = Math.min(a.text.length, spans[spans.length - 1].end + 80);
    return a.text.slice(from, to).replace(/\s+/g, ' ');
  };
  const out: string[] = [];
  for (const g of direct.misses) out.push(`MISS direct\t${a.name}\t${g.content[0].start}\tsource=${show(g.source)}\tcontent=${show(g.content)}\tcontext=${context(g.content)}`);
  for (const p of direct.falsePositives)
    out.push(`FP direct\t${a.name}\t${p.content[0].start}\tspeaker=${p.speaker?.name ?? '-'}\tcontent=${show(p.content)}\tcontext=${context(p.content)}`);
  for (const w of direct.wrongSpeaker)
    out.push(`SPEAKER direct\t${a.name}\t${w.gold.content[0].start}\tgold=${show(w.gold.source)}\tpred=${w.pred.speaker?.name ?? '-'}\tcue=${w.pred.cue ? show([w.pred.cue]) : '-'}\tcontent=${show(w.gold.content)}\tcontext=${context(w.gold.content)}`);
  for (const g of all.misses.filter((x) => !x.direct)) out.push(`MISS reported\t${a.name}\t${g.content[0].start}\tsource=${show(g.source)}\tcontent=${show(g.content)}`);
  for (const p of all.falsePositives.filter((x) => !x.direct)) out.push(`FP reported\t${a.name}\t${p.content[0].start}\tspeaker=${p.speaker?.name ?? '-'}\tcontent=${show(p.content)}`);
  return out;
}
