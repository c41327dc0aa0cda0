// Who said what. Direct quotes are the spans between quotation marks (curly or straight, partial,
// multi-sentence, continued across paragraphs); reported speech is "X said that …", "…, X said" and
// "according to X, …". A speaker is the subject of the nearest speech cue outside the quote, resolved
// to an actor through the actors stage's coreference; a quote with no cue of its own continues the
// speaker of the quote before it in the same or the previous paragraph.
import type { Doc } from '../doc/doc.js';
import type { Quote, Span } from '../doc/schema.js';
import type { Stage } from '../doc/stage.js';
import { actorsByToken, sentenceAt } from '../doc/tokens.js';
import { type Chunk, type SentenceStructure, type VerbFrame, structures } from '../language/clauses.js';
import { dataPath } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';

/** A quotation continued across more paragraphs than this is cut there, with a warning. */
const MAX_QUOTE_PARAGRAPHS = 12;
/** A single quoted word is a scare quote or a title, not speech. */
const MIN_QUOTE_WORDS = 2;

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
  const inQuote = (offset: number) => raw.some((q) => offset > q.open && offset < q.close);
  const quotes: Quote[] = [];
  const speakers: (string | null)[] = [];

  raw.forEach((q, k) => {
    const words = doc.text.slice(q.content.start, q.content.end).trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (words.length < MIN_QUOTE_WORDS) return;
    const first = sentenceOf(q.open);
    const last = sentenceOf(q.close);
    const attribution = nearestCue(doc, structs, first, last, q, inQuote, actorAt);
    let speaker = attribution?.speaker ?? null;
    if (!speaker) speaker = continuedSpeaker(doc, raw, k, speakers, quotes);
    speakers[k] = speaker;
    const quote: Quote = {
      id: '',
      start: q.content.start,
      end: q.content.end,
      text: doc.text.slice(q.content.start, q.content.end),
      direct: true,
      speaker,
      cue: attribution ? { start: doc.tokens.start[attribution.frame.verb.first], end: doc.tokens.end[attribution.frame.verb.last] } : null,
    };
    const addressee = attribution?.frame.object ? actorIn(doc, attribution.frame.object, actorAt) : null;
    if (addressee && addressee !== speaker && doc.tokens.lemma[attribution!.frame.verb.head] === 'tell') quote.addressee = addressee;
    quotes.push(quote);
  });

  quotes.push(...reportedSpeech(doc, structs, raw, inQuote, actorAt));
  quotes.sort((a, b) => a.start - b.start);
  quotes.forEach((q, i) => {
    q.id = `q${i + 1}`;
  });
  return quotes;
}

// ---- quotation marks ----

function quoteSpans(doc: Doc): RawQuote[] {
  const out: RawQuote[] = [];
  const text = doc.text;
  const sections = doc.sections.filter((s) => s.kind !== 'byline');
  let pending = null as { open: number; section: number; paragraphs: number } | null;
  for (const [si, section] of sections.entries()) {
    let open = -1;
    let straight = false;
    if (pending) {
      // A quotation continues into this paragraph only if it opens with a quotation mark.
      const firstChar = text[section.start];
      if ((OPENERS.has(firstChar) || firstChar === '"') && pending.paragraphs < MAX_QUOTE_PARAGRAPHS) {
        open = section.start;
        straight = firstChar === '"';
        pending.paragraphs++;
      } else {
        doc.warn('a quotation mark never closes', { start: pending.open, end: pending.open + 1 });
        pending = null;
      }
    }
    for (let k = section.start + (open === section.start ? 1 : 0); k < section.end; k++) {
      const c = text[k];
      if (open < 0) {
        if (OPENERS.has(c) || (c === '"' && (k === section.start || /[\s([{—–-]/.test(text[k - 1])))) {
          open = k;
          straight = c === '"';
        }
      } else if ((!straight && CLOSERS.has(c)) || (straight && c === '"')) {
        const start = pending ? pending.open : open;
        out.push({ open: start, close: k, content: { start: start + 1, end: k }, section: pending ? pending.section : si });
        pending = null;
        open = -1;
      }
    }
    if (open >= 0 && !pending) pending = { open, section: si, paragraphs: 1 };
  }
  if (pending) doc.warn('a quotation mark never closes', { start: pending.open, end: pending.open + 1 });
  return out;
}

// ---- attribution ----

interface Attribution {
  frame: VerbFrame;
  speaker: string | null;
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
  for (let s = first; s <= last && s < structs.length; s++) {
    for (const frame of structs[s].frames) {
      const head = frame.verb.head;
      const at = doc.tokens.start[head];
      if (!cues.has(doc.tokens.lemma[head]) || inQuote(at)) continue;
      const distance = at < q.open ? q.open - at : at - q.close;
      const speaker = frame.subject ? actorIn(doc, frame.subject, actorAt) : null;
      if (!best || distance < best.distance || (speaker && !best.a.speaker && distance < best.distance * 3)) best = { a: { frame, speaker }, distance };
    }
  }
  return best?.a ?? null;
}

// A quote with no cue of its own: the speaker of the quote just before it, in the same paragraph or,
// when this paragraph opens with the quote, in the paragraph before.
function continuedSpeaker(doc: Doc, raw: RawQuote[], k: number, speakers: (string | null)[], _quotes: Quote[]): string | null {
  const q = raw[k];
  for (let j = k - 1; j >= 0; j--) {
    const p = raw[j];
    if (!speakers[j]) continue;
    if (p.section === q.section) return speakers[j];
    const opensParagraph = doc.sections.findIndex((s) => s.start === q.open) >= 0;
    if (opensParagraph && q.section - p.section === 1) return speakers[j];
    return null;
  }
  return null;
}

// ---- reported speech ----

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
