// Who said what. Direct quotes are the spans between quotation marks (curly or straight, partial,
// multi-sentence, continued across paragraphs); reported speech is "X said that …", "…, X said" and
// "according to X, …", and the reported clause around a mixed quote ("he said the plan was “a
// disaster”"). A speaker is the subject of the nearest speech cue outside the quote, resolved to an
// actor through the actors stage's coreference, and kept as words (speakerSpan) when it resolves to none
// ("a spokesman"); a quote introduced by a colon without a speech verb takes the subject before the
// colon; a quote with no cue of its own continues the speaker of the quote before it in the same or the
// previous paragraph.
import type { Doc } from '../doc/doc.js';
import type { Quote, Span } from '../doc/schema.js';
import type { Stage } from '../doc/stage.js';
import { actorsByToken, sentenceAt, tokenFrom } from '../doc/tokens.js';
import { type Chunk, type SentenceStructure, type VerbFrame, structures } from '../language/clauses.js';
import { dataPath } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';

/** A quotation continued across more paragraphs than this is cut there, with a warning. */
const MAX_QUOTE_PARAGRAPHS = 12;
/** A single quoted word is a scare quote or a title, not speech. */
const MIN_QUOTE_WORDS = 2;
/** Quoted words with neither cue nor speaker, this few, are a scare quote. */
const MAX_SCARE_QUOTE_WORDS = 3;
/** A quoted title-case name (a show, a book) is at most this long. */
const MAX_NAME_WORDS = 6;
/** A cue this close after a quote attributes it ("…,” the mayor said). */
const CLOSE_CUE_CHARS = 40;
const NAME_FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'with', 'in', 'on', 'for', 'to', 'at', 'by', 'from']);
/** A cue in the sentence after a quote stands within this many tokens of its start ("Rep. Jane Roe said"). */
const MAX_CUE_OFFSET = 6;
/** "said in a statement on Monday, “…”": the most words between a cue and the quote it introduces. */
const MAX_INTRODUCING_WORDS = 6;
/** "said the Rev. John Doe": the inverted subject's words after the cue, up to a comma. */
const INVERTED_SUBJECT_TOKENS = 6;

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

export interface SpeechCue {
  that: boolean;
}
let cueCache: Map<string, SpeechCue> | undefined;
export function speechCues(): Map<string, SpeechCue> {
  cueCache ??= new Map(readTsv(dataPath('quotes', 'cues.tsv')).map((r) => [r.lemma, { that: r.that === 'yes' }]));
  return cueCache;
}

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['sections', 'sentences', 'tokens', 'mentions', 'actors'],
  assigns: ['quotes'],
  run(doc) {
    doc.quotes = findQuotes(doc);
  },
};

interface RawQuote {
  open: number;
  close: number;
  content: Span;
  /** Section index where it starts. */
  section: number;
}

export function findQuotes(doc: Doc): Quote[] {
  const raw = quoteSpans(doc);
  const actorAt = actorsByToken(doc);
  const sentenceOf = (offset: number) => sentenceAt(doc, offset);
  const structs = structures(doc);
  // Character offsets inside a direct quote, marked once: asking is then constant time.
  const quoted = new Uint8Array(doc.text.length + 1);
  for (const q of raw) quoted.fill(1, q.open + 1, q.close);
  const inQuote = (offset: number) => quoted[offset] === 1;
  const quotes: Quote[] = [];
  const speakers: Speaker[] = [];
  // Mixed quotes' reported statements, one per cue ("he said the plan was “a disaster” and “a mess”").
  const statements = new Map<number, Quote>();

  raw.forEach((q, k) => {
    const words = doc.text.slice(q.content.start, q.content.end).trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (words.length < MIN_QUOTE_WORDS) return;
    const first = sentenceOf(q.open);
    const last = sentenceOf(q.close);
    const attribution = nearestCue(doc, structs, first, last, q, inQuote, actorAt);
    const section = doc.sections.find((x) => x.start <= q.open && q.open < x.end);
    // Said, not just quoted: a question, an exclamation, more than one sentence, words introduced by a
    // colon, or ending in a comma closely followed by their cue ("…,” the mayor said).
    const content = doc.text.slice(q.content.start, q.content.end).trim();
    const cueAt = attribution ? doc.tokens.start[attribution.frame.verb.first] : -1;
    const uttered =
      /[?!]/.test(content) || /[.?!]["'”’]?\s+\S/u.test(content) || /:\s*$/.test(doc.text.slice(section?.start ?? 0, q.open)) || (/,$/.test(content) && cueAt > q.close && cueAt - q.close <= CLOSE_CUE_CHARS);
    let who: Speaker = attribution ? { speaker: attribution.speaker, span: attribution.span } : verblessSpeaker(doc, q, actorAt);
    if (!who.speaker && !who.span && !attribution) who = colonSpeaker(doc, structs, q, inQuote, actorAt);
    if (!who.speaker && !who.span) who = continuedSpeaker(doc, raw, k, speakers);
    if (!who.speaker && !who.span && !attribution) who = previousSpeech(doc, structs, q, inQuote, actorAt);
    if (!who.speaker && who.span) who = { speaker: describedActor(doc, who.span), span: who.span };
    const speaker = who.speaker;
    if (!speaker && !who.span && !uttered) {
      // Quoted words nobody says: a title-case name is a show's, a book's or a policy's ("Face the
      // Nation", "Contract with America"; headlines capitalize every word, so not there), and a few
      // words are a scare quote ("too loud").
      const name = section?.kind !== 'title' && words.length <= MAX_NAME_WORDS && /^[\p{Lu}\p{N}]/u.test(words[0]) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_FUNCTION_WORDS.has(w.toLowerCase()));
      if (name || words.length <= MAX_SCARE_QUOTE_WORDS) return;
    }
    speakers[k] = who;
    const quote: Quote = {
      id: '',
      start: q.content.start,
      end: q.content.end,
      text: doc.text.slice(q.content.start, q.content.end),
      direct: true,
      speaker,
      cue: attribution ? { start: doc.tokens.start[attribution.frame.verb.first], end: doc.tokens.end[attribution.frame.verb.last] } : null,
    };
    if (who.span) quote.speakerSpan = who.span;
    const around = attribution ? enclosingStatement(doc, structs, q, attribution, who, inQuote) : null;
    if (around?.cue) {
      const key = around.cue.start;
      const seen = statements.get(key);
      if (seen) {
        seen.start = Math.min(seen.start, around.start);
        seen.end = Math.max(seen.end, around.end);
      } else statements.set(key, around);
    }
    const addressee = attribution?.frame.object ? actorIn(doc, attribution.frame.object, actorAt) : null;
    if (addressee && addressee !== speaker && doc.tokens.lemma[attribution!.frame.verb.head] === 'tell') quote.addressee = addressee;
    quotes.push(quote);
  });

  for (const st of statements.values()) quotes.push({ ...st, text: doc.text.slice(st.start, st.end) });
  quotes.push(...reportedSpeech(doc, structs, raw, inQuote, actorAt));
  quotes.sort((a, b) => a.start - b.start);
  quotes.forEach((q, i) => {
    q.id = `q${i + 1}`;
  });
  return quotes;
}

// ---- quotation marks ----

// A mark's role comes from its glyph and its context: scraped text has straight marks, curly marks turned
// the wrong way (`False.“`, ` ”Mr.`), mixed pairs (`"…”`) and, in LDC-style text, two apostrophes
// (`''…''`). A mark after a space and before a word opens; one after a word and before a space or
// punctuation closes; otherwise the glyph decides, and a straight mark closes when a quotation is open.
type Family = 'double' | 'single';
interface Mark {
  at: number;
  length: number;
  role: 'open' | 'close' | 'either';
  family: Family;
  /** The glyph, so that a quotation continued into the next paragraph opens with the same one. */
  glyph: string;
}

const BEFORE_OPEN = /[\s([{\u2014\u2013\-/]/u;
const AFTER_CLOSE = /[\s)\]}.,;:!?\u2014\u2013\-/…]/u;
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * The quotation marks in [from, to). Double marks always; single marks (‘…’ and '…') only where asked:
 * headlines quote with them, and elsewhere they are apostrophes or quotes inside quotes.
 */
function marksIn(text: string, from: number, to: number, single: boolean): Mark[] {
  const out: Mark[] = [];
  for (let k = from; k < to; k++) {
    const c = text[k];
    let length = 1;
    let family: Family;
    if (c === "'" && text[k + 1] === "'" && k + 1 < to) {
      length = 2;
      family = 'double';
    } else if (OPENERS.has(c) || CLOSERS.has(c) || c === '"') family = 'double';
    else if (single && (c === '‘' || c === '’' || c === "'")) family = 'single';
    else continue;
    const before = k === from ? ' ' : text[k - 1];
    const after = k + length >= to ? ' ' : text[k + length];
    const glyph = text.slice(k, k + length);
    let role: Mark['role'] | null;
    if (family === 'single') {
      // An apostrophe inside a word or after a plural is no quotation mark unless one is open.
      if (BEFORE_OPEN.test(before) && WORDISH.test(after)) role = 'open';
      else if (/[\p{L}\p{N}.,!?]/u.test(before) && AFTER_CLOSE.test(after)) role = 'close';
      else role = null;
    } else {
      const spaceBefore = BEFORE_OPEN.test(before) || OPENERS.has(before) || before === '‘';
      const spaceAfter = AFTER_CLOSE.test(after) || CLOSERS.has(after) || after === '’';
      if (spaceBefore && !spaceAfter) role = 'open';
      else if (!spaceBefore && spaceAfter) role = 'close';
      else role = OPENERS.has(c) ? 'open' : CLOSERS.has(c) ? 'close' : 'either';
    }
    if (role) out.push({ at: k, length, role, family, glyph });
    k += length - 1;
  }
  return out;
}

function quoteSpans(doc: Doc): RawQuote[] {
  const out: RawQuote[] = [];
  const text = doc.text;
  const sections = doc.sections.filter((s) => s.kind !== 'byline');
  let pending = null as { mark: Mark; section: number; paragraphs: number } | null;
  for (const [si, section] of sections.entries()) {
    const marks = marksIn(text, section.start, section.end, false);
    let open: Mark | null = null;
    let from = 0;
    if (pending) {
      // A quotation continues into this paragraph only if it opens with the same quotation mark.
      const first = marks[0];
      if (first && first.at === section.start && first.role !== 'close' && first.glyph === pending.mark.glyph && pending.paragraphs < MAX_QUOTE_PARAGRAPHS) {
        open = pending.mark;
        pending.paragraphs++;
        from = 1;
      } else {
        doc.warn('a quotation mark never closes', { start: pending.mark.at, end: pending.mark.at + pending.mark.length });
        pending = null;
      }
    }
    const close = (mark: Mark) => {
      const o = open as Mark;
      out.push({ open: o.at, close: mark.at, content: { start: o.at + o.length, end: mark.at }, section: pending ? pending.section : si });
      pending = null;
      open = null;
    };
    for (const mark of marks.slice(from)) {
      if (!open) {
        if (mark.role !== 'close') open = mark;
      } else if (mark.role === 'open') {
        // A new quotation opens before this one closed: the earlier mark was stray (a scraper's
        // leftover, a typo), and must not hide the quotations after it.
        if (pending) doc.warn('a quotation mark never closes', { start: pending.mark.at, end: pending.mark.at + pending.mark.length });
        pending = null;
        open = mark;
      } else close(mark);
    }
    if (open && !pending) pending = { mark: open, section: si, paragraphs: 1 };
    // Headlines quote with single marks: ‘Reclaim Our Schools’; so does wire copy set in them, where a paragraph
    // has no double marks: "'We will not accept foreign troops,' Arafat said" (a sentence, not a scare quote).
    if (section.kind === 'title') out.push(...singleQuotes(text, section.start, section.end, si, out));
    else if (!marks.length) out.push(...singleQuotes(text, section.start, section.end, si, out).filter((q) => SINGLE_QUOTED_SPEECH.test(text.slice(q.content.start, q.content.end))));
  }
  if (pending) doc.warn('a quotation mark never closes', { start: pending.mark.at, end: pending.mark.at + pending.mark.length });
  return out.sort((a, b) => a.open - b.open);
}

/** What single marks quote in running text: words ending as a sentence or a clause does ("…soil,'", "…might.'"). */
const SINGLE_QUOTED_SPEECH = /^\S+(\s+\S+){2,}[,.?!]$/u;

function singleQuotes(text: string, from: number, to: number, section: number, doubles: RawQuote[]): RawQuote[] {
  const out: RawQuote[] = [];
  let open: Mark | null = null;
  for (const mark of marksIn(text, from, to, true)) {
    if (mark.family !== 'single') continue;
    if (mark.role === 'open') open = mark;
    else if (open) {
      const q = { open: open.at, close: mark.at, content: { start: open.at + 1, end: mark.at }, section };
      if (!doubles.some((d) => d.open < q.close && q.open < d.close)) out.push(q);
      open = null;
    }
  }
  return out;
}

// ---- attribution ----

/** Who says a quote: the actor, where the words naming them resolve to one, and those words. */
interface Speaker {
  speaker: string | null;
  span: Span | null;
}

interface Attribution {
  frame: VerbFrame;
  speaker: string | null;
  /** The words that name the speaker (the cue's subject), whether or not they resolve to an actor. */
  span: Span | null;
}

function nearestCue(
  doc: Doc,
  structs: SentenceStructure[],
  first: number,
  last: number,
  q: RawQuote,
  inQuote: (offset: number) => boolean,
  actorAt: Map<number, string>,
): Attribution | null {
  const cues = speechCues();
  let best: { a: Attribution; distance: number } | null = null;
  const section = doc.sections.find((x) => x.start <= q.open && q.open < x.end);
  const paragraphStart = section?.start ?? 0;
  const paragraphEnd = doc.sections.find((x) => x.start <= q.close && q.close < x.end)?.end ?? doc.text.length;
  // The sentence splitter can cut an attribution from its quote: a quote introduced by a colon has its
  // cue before it ("He said: | “…”"), and one ending in a comma, a question or an exclamation is followed
  // by it ("…?” | Graham asked", "…,” Rep. Jane Roe (D-Wis.) | said Friday").
  // The colon may end the paragraph before ("He said:" on a line of its own).
  const lead = doc.text.slice(paragraphStart, q.open);
  const previous = doc.sections.filter((x) => x.end <= paragraphStart && x.kind !== 'byline').pop();
  let colon = -1;
  if (/:\s*$/.test(lead)) colon = doc.text.lastIndexOf(':', q.open);
  else if (!lead.trim() && previous && /:\s*$/.test(doc.text.slice(previous.start, previous.end))) colon = doc.text.lastIndexOf(':', previous.end);
  const from = colon >= 0 ? Math.min(first, sentenceAt(doc, colon)) : first;
  const openEnd = /[,?!\u2014\u2013-]\s*$/.test(doc.text.slice(q.content.start, q.content.end));
  const to = openEnd && last + 1 < structs.length && doc.sentences[last + 1].start < paragraphEnd && doc.sentences[last + 1].start >= q.close ? last + 1 : last;
  for (let s = from; s <= to && s < structs.length; s++) {
    const sentenceStart = doc.tokens.sentenceFirstToken[s];
    for (const frame of structs[s].frames) {
      const head = frame.verb.head;
      const at = doc.tokens.start[head];
      if (!cues.has(doc.tokens.lemma[head]) || inQuote(at)) continue;
      // In the sentence after the quote, only a cue that opens it ("Graham asked.") attributes it.
      if (s > last && frame.verb.first - sentenceStart > MAX_CUE_OFFSET) continue;
      const distance = at < q.open ? q.open - at : at - q.close;
      const { speaker, span } = speakerOf(doc, frame, q, inQuote, actorAt);
      if (!best || distance < best.distance || ((speaker || span) && !best.a.speaker && !best.a.span && distance < best.distance * 3)) best = { a: { frame, speaker, span }, distance };
    }
  }
  return best?.a ?? null;
}

// The speaker a cue gives: its subject's actor. A subject inside a quotation is no subject (the clause
// splitter does not know every quotation mark). For a cue after its quote, whose subject names no
// actor, the subject phrase is what stands between the quote and the cue ("…,” Rep. Jane Roe (D-Wis.),
// a panel member, said", "…,” Rep. Jane Roe | said Friday" cut by the sentence splitter), or, when the
// cue follows the quote directly, the words after it ("…,'' said Mr. Doe", "…,” said the Rev. | John Doe").
function speakerOf(doc: Doc, frame: VerbFrame, q: RawQuote, inQuote: (offset: number) => boolean, actorAt: Map<number, string>): { speaker: string | null; span: Span | null } {
  const { start } = doc.tokens;
  const subject = frame.subject && !inQuote(start[frame.subject.first]) ? frame.subject : null;
  const named = subject ? actorIn(doc, subject, actorAt) : null;
  const verbAt = start[frame.verb.first];
  const subjectSpan = subject ? phraseSpan(doc, subject.first, subject.last) : null;
  if (named || verbAt < q.close) return { speaker: named, span: subjectSpan };
  const after = tokenFrom(doc, q.close + 1);
  if (after >= 0 && after < frame.verb.first) {
    const between = actorInRange(doc, after, frame.verb.first - 1, actorAt);
    if (between) return { speaker: between, span: phraseSpan(doc, after, frame.verb.first - 1) };
  }
  if (!/^[\s,"'”’»]*$/u.test(doc.text.slice(q.close, verbAt))) return { speaker: null, span: subjectSpan };
  // No inversion after a participle or before a clause ("…,” adding that …).
  const next = frame.verb.last + 1 < start.length ? doc.text.slice(start[frame.verb.last + 1], doc.tokens.end[frame.verb.last + 1]).toLowerCase() : '';
  if (/ing$/i.test(doc.text.slice(start[frame.verb.head], doc.tokens.end[frame.verb.head])) || next === 'that') return { speaker: null, span: subjectSpan };
  let last = frame.verb.last;
  while (last - frame.verb.last < INVERTED_SUBJECT_TOKENS && last + 1 < start.length && !/^[,;:"“”]$/.test(doc.text.slice(start[last + 1], doc.tokens.end[last + 1]))) last++;
  if (last === frame.verb.last) return { speaker: null, span: subjectSpan };
  return { speaker: actorInRange(doc, frame.verb.last + 1, last, actorAt), span: subjectSpan ?? phraseSpan(doc, frame.verb.last + 1, last) };
}

/** The characters of tokens [first, last] without punctuation at either end; null when nothing is left. */
function phraseSpan(doc: Doc, first: number, last: number): Span | null {
  const { start, end } = doc.tokens;
  const punct = (t: number) => !/[\p{L}\p{N}]/u.test(doc.text.slice(start[t], end[t]));
  while (first <= last && punct(first)) first++;
  while (last >= first && punct(last)) last--;
  return first <= last ? { start: start[first], end: end[last] } : null;
}

// Attributions without a verb: "“…” ― Jane Roe" (a dash and a name after the quote), "According to
// Jane Roe, “…”", and a headline's "Jane Roe: ‘…’".
function verblessSpeaker(doc: Doc, q: RawQuote, actorAt: Map<number, string>): Speaker {
  const text = doc.text;
  const section = doc.sections.find((x) => x.start <= q.open && q.open < x.end);
  const none = { speaker: null, span: null };
  if (!section) return none;
  const tokensIn = (a: number, b: number) => {
    const first = tokenFrom(doc, a);
    let last = first;
    while (last >= 0 && last + 1 < doc.tokens.start.length && doc.tokens.end[last + 1] <= b) last++;
    return first < 0 || doc.tokens.end[first] > b ? null : { first, last };
  };
  const dash = /^['"”’»]*\s*[―—–]\s*/u.exec(text.slice(q.close, section.end));
  if (dash) {
    const t = tokenFrom(doc, q.close + dash[0].length);
    const id = t >= 0 ? actorAt.get(t) : undefined;
    if (id && doc.actors.find((a) => a.id === id)?.kind === 'person') {
      const mention = doc.mentions.find((m) => m.actor === id && m.start <= doc.tokens.start[t] && doc.tokens.start[t] < m.end);
      return { speaker: id, span: mention ? { start: mention.start, end: mention.end } : null };
    }
  }
  const sentence = doc.sentences[sentenceAt(doc, q.open)];
  const lead = text.slice(Math.max(sentence.start, section.start), q.open);
  const according = /^according to ([^,]+),\s*$/iu.exec(lead);
  if (according) {
    const r = tokensIn(Math.max(sentence.start, section.start), Math.max(sentence.start, section.start) + lead.indexOf(','));
    if (r) return { speaker: actorInRange(doc, r.first, r.last, actorAt), span: phraseSpan(doc, r.first, r.last) };
  }
  const headline = section.kind === 'title' ? /^([^:]{2,80}):\s*$/u.exec(text.slice(section.start, q.open)) : null;
  if (headline) {
    const r = tokensIn(section.start, section.start + headline[1].length);
    if (r) return { speaker: actorInRange(doc, r.first, r.last, actorAt), span: phraseSpan(doc, r.first, r.last) };
  }
  return none;
}

// A quote introduced by a colon with no speech verb before it ("Sanders made the following comment: “…”",
// "The piece used her words as its headline: “…”"): the subject of the clause before the colon, or
// failing a verb, its first noun phrase ("The Times reports:" tagged as a noun phrase).
function colonSpeaker(doc: Doc, structs: SentenceStructure[], q: RawQuote, inQuote: (offset: number) => boolean, actorAt: Map<number, string>): Speaker {
  const none = { speaker: null, span: null };
  const section = doc.sections.find((x) => x.start <= q.open && q.open < x.end);
  if (!section || !/:\s*$/.test(doc.text.slice(section.start, q.open))) return none;
  const colon = doc.text.lastIndexOf(':', q.open);
  const st = structs[sentenceAt(doc, colon)];
  if (!st) return none;
  const { start } = doc.tokens;
  const before = (c: Chunk) => start[c.last] < colon && !inQuote(start[c.first]);
  const frame = st.frames.filter((f) => before(f.verb) && f.subject && before(f.subject) && f.subject.first < f.verb.first).pop();
  const chunk = frame?.subject ?? st.chunks.find((c) => c.type === 'NP' && before(c));
  if (!chunk) return none;
  return { speaker: actorIn(doc, chunk, actorAt), span: phraseSpan(doc, chunk.first, chunk.last) };
}

// A quote with no cue of its own after reported speech ("Roe said the plan would fail. “It is a
// disaster.”"): the speaker of the speech verb in the sentence before, in its paragraph or, when the quote
// opens its paragraph, at the end of the paragraph before.
function previousSpeech(doc: Doc, structs: SentenceStructure[], q: RawQuote, inQuote: (offset: number) => boolean, actorAt: Map<number, string>): Speaker {
  const none = { speaker: null, span: null };
  const s = sentenceAt(doc, q.open) - 1;
  if (s < 0 || !structs[s]) return none;
  const section = doc.sections.find((x) => x.start <= q.open && q.open < x.end);
  if (!section) return none;
  const before = doc.sentences[s];
  const previous = doc.sections.filter((x) => x.end <= section.start && x.kind !== 'byline').pop();
  const opensParagraph = !doc.text.slice(section.start, q.open).trim();
  if (before.start < section.start && !(opensParagraph && previous && before.start >= previous.start && previous.kind === 'body')) return none;
  if (before.start >= section.start && doc.text.slice(before.end, q.open).trim()) return none;
  const cues = speechCues();
  const { start } = doc.tokens;
  const frame = structs[s].frames.filter((f) => cues.get(doc.tokens.lemma[f.verb.head])?.that && !inQuote(start[f.verb.head]) && f.subject && !inQuote(start[f.subject.first])).pop();
  if (!frame?.subject) return none;
  return { speaker: actorIn(doc, frame.subject, actorAt), span: phraseSpan(doc, frame.subject.first, frame.subject.last) };
}

// A quote with no cue of its own: the speaker of the quote just before it, in the same paragraph or,
// when this paragraph opens with the quote, in the paragraph before.
function continuedSpeaker(doc: Doc, raw: RawQuote[], k: number, speakers: Speaker[]): Speaker {
  const q = raw[k];
  const none = { speaker: null, span: null };
  for (let j = k - 1; j >= 0; j--) {
    const p = raw[j];
    if (!speakers[j]?.speaker && !speakers[j]?.span) continue;
    if (p.section === q.section) return speakers[j];
    const opensParagraph = doc.sections.findIndex((s) => s.start === q.open) >= 0;
    if (opensParagraph && q.section - p.section === 1) return speakers[j];
    return none;
  }
  return none;
}

// ---- reported speech ----

// A mixed quote: quoted words inside reported speech ("He said the plan was “a disaster.”", "A cashier
// who “steals” is held accountable, Warren said."). The record gives the quoted words as a direct quote
// and the whole reported clause, with the same speaker and cue, as reported speech around it. The
// quote is mixed when words of the reported clause stand outside the quotation marks: between the cue
// and the quote (other than an introducing comma or colon), or after the quote in its sentence; for a
// cue after the quote, before the quote in its sentence or between the quote and the speaker.
function enclosingStatement(doc: Doc, structs: SentenceStructure[], q: RawQuote, a: Attribution, who: Speaker, inQuote: (o: number) => boolean): Quote | null {
  const { start, end } = doc.tokens;
  const text = doc.text;
  const cueStart = start[a.frame.verb.first];
  const cueEnd = end[a.frame.verb.last];
  const first = sentenceAt(doc, q.open);
  const last = sentenceAt(doc, q.close);
  const opening = doc.sentences[first];
  const closing = doc.sentences[last];
  const wordsOutside = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (!inQuote(k) && WORDISH.test(text[k])) return true;
    return false;
  };
  let span: Span;
  let cue: Span = { start: cueStart, end: cueEnd };
  // A quote ending in punctuation is a whole sentence or clause: words after it ("“Don't,” until …")
  // are not the statement's.
  const complete = /[,.!?;…]['"’”]*\s*$/u.test(text.slice(q.content.start, q.content.end));
  if (cueEnd <= q.open) {
    if (sentenceAt(doc, cueStart) !== first) return null;
    const lead = text.slice(cueEnd, q.open);
    // "said on Monday, “…”" introduces the quote; "said that, if elected, “…”" reports a clause.
    const leadWords = lead.split(/\s+/).filter((w) => WORDISH.test(w));
    const introduced =
      leadWords.every((w) => /^(?:and|but)$/i.test(w)) || (/[,:]\s*$/.test(lead) && leadWords.length <= MAX_INTRODUCING_WORDS && !leadWords.some((w) => /^that\b/i.test(w)));
    if (introduced && (complete || !wordsOutside(q.close + 1, closing.end))) return null;
    const from = tokenFrom(doc, cueEnd);
    if (from < 0) return null;
    // The reported clause starts at its "that" ("said on Friday that …"), or else after the cue.
    const that = /\bthat\b/i.exec(lead);
    span = { start: that ? cueEnd + that.index : start[from], end: closing.end };
  } else if (cueStart > q.close) {
    const speakerAt = Math.min(cueStart, who.span?.start ?? cueStart);
    if (!wordsOutside(opening.start, q.open) && !wordsOutside(q.close + 1, speakerAt)) return null;
    span = { start: opening.start, end: speakerAt };
    // A speech verb before the quote in its sentence is the statement's own cue ("After stressing their
    // support for “peace,” Roe said …"): the statement starts after it.
    const cues = speechCues();
    const earlier = structs[first]?.frames.filter((f) => cues.has(doc.tokens.lemma[f.verb.head]) && end[f.verb.last] <= q.open && !inQuote(start[f.verb.head])).pop();
    if (earlier) {
      span.start = end[earlier.verb.last];
      cue = { start: start[earlier.verb.first], end: end[earlier.verb.last] };
    }
  } else return null;
  // Without the punctuation at either end that belongs to the sentence, not the statement.
  while (span.start < span.end && /[\s,:;\u2014\u2013-]/u.test(text[span.start])) span.start++;
  while (span.end > span.start && /[\s,;\u2014\u2013-]/u.test(text[span.end - 1])) span.end--;
  if (span.start > q.open || span.end < q.close || !wordsOutside(span.start, span.end)) return null;
  const statement: Quote = { id: '', start: span.start, end: span.end, text: '', direct: false, speaker: who.speaker, cue };
  if (who.span) statement.speakerSpan = who.span;
  return statement;
}

function reportedSpeech(doc: Doc, structs: SentenceStructure[], raw: RawQuote[], inQuote: (o: number) => boolean, actorAt: Map<number, string>): Quote[] {
  const cues = speechCues();
  const out: Quote[] = [];
  const { start, end, lemma } = doc.tokens;
  const hasDirect = (a: number, b: number) => raw.some((q) => q.open >= a && q.open < b);
  for (const st of structs) {
    const sentence = doc.sentences[st.sentence];
    const firstTok = doc.tokens.sentenceFirstToken[st.sentence];
    const lastTok = doc.tokens.sentenceFirstToken[st.sentence + 1] - 1;
    if (lastTok < firstTok || inQuote(sentence.start)) continue;
    const text = (a: number, b: number) => doc.text.slice(a, b);
    const wordAt = (i: number) => text(start[i], end[i]).toLowerCase();
    const push = (speaker: string | null, content: Span, cue: Chunk | null) => {
      if (!speaker || content.end - content.start < 8 || hasDirect(content.start, content.end)) return;
      out.push({ id: '', start: content.start, end: content.end, text: text(content.start, content.end), direct: false, speaker, cue: cue ? { start: start[cue.first], end: end[cue.last] } : null });
    };

    // "According to X, …"
    if (wordAt(firstTok) === 'according' && wordAt(firstTok + 1) === 'to') {
      const comma = findToken(doc, firstTok + 2, lastTok, ',');
      if (comma > 0) {
        const speaker = actorInRange(doc, firstTok + 2, comma - 1, actorAt);
        push(speaker, { start: start[comma + 1], end: sentence.end }, null);
        continue;
      }
    }
    for (const frame of st.frames) {
      const head = frame.verb.head;
      const cue = cues.get(lemma[head]);
      if (!cue?.that || inQuote(start[head])) continue;
      const speaker = frame.subject ? actorIn(doc, frame.subject, actorAt) : null;
      const after = frame.verb.last + 1;
      // "X said that CLAUSE."
      if (wordAt(after) === 'that') {
        push(speaker, { start: start[after + 1], end: sentence.end }, frame.verb);
        break;
      }
      // "…, X said." / "…, said X." / "…, he announced." at the end of the sentence.
      const tail = lastTok - (/^[.!?]$/.test(wordAt(lastTok)) ? 1 : 0);
      const subjectEnd = frame.subject ? Math.max(frame.subject.last, frame.verb.last) : frame.verb.last;
      const subjectStart = frame.subject ? Math.min(frame.subject.first, frame.verb.first) : frame.verb.first;
      if (subjectEnd === tail && wordAt(subjectStart - 1) === ',' && subjectStart - 1 > firstTok) {
        push(speaker, { start: sentence.start, end: start[subjectStart - 1] }, frame.verb);
        break;
      }
    }
  }
  return out;
}

// ---- helpers ----

/**
 * The person a description names ("the mayor", "the president"): the one person actor of the article
 * whose role is that noun. None when no person, or more than one, has it.
 */
function describedActor(doc: Doc, span: Span): string | null {
  const m = /^the ([a-z]+)$/iu.exec(doc.text.slice(span.start, span.end));
  if (!m) return null;
  const noun = m[1].toLowerCase();
  const holders = doc.actors.filter((a) => a.kind === 'person' && a.role?.toLowerCase().replace(/^(?:the|former)\s+/g, '') === noun);
  return holders.length === 1 ? holders[0].id : null;
}

const KIND_RANK: Record<string, number> = { person: 0, organization: 1, group: 1, country: 2 };

/** The actor a chunk names: a person over an organization over a country. */
export function actorIn(doc: Doc, chunk: Chunk, actorAt: Map<number, string>): string | null {
  return actorInRange(doc, chunk.first, chunk.last, actorAt);
}

function actorInRange(doc: Doc, first: number, last: number, actorAt: Map<number, string>): string | null {
  let best: string | null = null;
  let rank = 9;
  for (let t = first; t <= last; t++) {
    const id = actorAt.get(t);
    if (!id) continue;
    const kind = doc.actors.find((a) => a.id === id)?.kind ?? 'country';
    if (KIND_RANK[kind] < rank) {
      best = id;
      rank = KIND_RANK[kind];
    }
  }
  return best;
}

function findToken(doc: Doc, from: number, to: number, text: string): number {
  for (let i = from; i <= to; i++) if (doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]) === text) return i;
  return -1;
}
