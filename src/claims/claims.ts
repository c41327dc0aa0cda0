// Which figures were claimed, and by whom: numbers with units (percent, money, people, weapons,
// durations, other counts), their qualifiers ("more than", "almost"), what is counted, the actors
// involved, the period, and the source — the speaker of the quote or reported statement the figure
// sits in, else the article itself.
import type { Doc } from '../doc/doc.js';
import type { Claim, Quote } from '../doc/schema.js';
import type { Stage } from '../doc/stage.js';
import { actorsByToken, tokenFrom } from '../doc/tokens.js';
import { type SentenceStructure, structures } from '../language/clauses.js';
import { dataPath } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';

export const claimsStage: Stage = {
  name: 'claims',
  requires: ['sentences', 'tokens', 'mentions', 'actors', 'dates', 'quotes'],
  assigns: ['claims'],
  run(doc) {
    doc.claims = findClaims(doc);
  },
};

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 };
const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB' };
const QUALIFIERS = ['more than', 'less than', 'fewer than', 'at least', 'up to', 'as many as', 'as much as', 'nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'some', 'over', 'under', 'close to', 'an estimated', 'estimated'];

interface UnitEntry {
  unit: string;
  kind: string;
}
let unitCache: Map<string, UnitEntry> | undefined;
function units(): Map<string, UnitEntry> {
  unitCache ??= new Map(readTsv(dataPath('claims', 'units.tsv')).map((r) => [r.word, { unit: r.unit, kind: r.kind }]));
  return unitCache;
}

interface NumberAt {
  first: number;
  last: number;
  value: number;
}

export function findClaims(doc: Doc): Claim[] {
  const { start, end } = doc.tokens;
  const n = start.length;
  const word = (i: number) => (i >= 0 && i < n ? doc.text.slice(start[i], end[i]) : '');
  const lower = (i: number) => word(i).toLowerCase();
  const dateTokens = new Uint8Array(n);
  for (const d of doc.dates) for (let t = tokenFrom(doc, d.start); t >= 0 && t < n && start[t] < d.end; t++) dateTokens[t] = 1;
  const structs = structures(doc);
  const claims: Claim[] = [];
  const actorAt = actorsByToken(doc);

  for (let i = 0; i < n; i++) {
    if (dateTokens[i]) continue;
    const num = numberAt(doc, i);
    if (!num) continue;
    let unit: string | null = null;
    let last = num.last;
    // The counted noun, when the unit is one ("soldiers"); -1 for percentages and money.
    let unitToken = -1;
    const sign = CURRENCY_SIGNS[word(num.first - 1)];
    const next = lower(last + 1);
    const afterHyphen = next === '-' ? lower(last + 2) : '';
    if (sign) unit = sign;
    else if (next === '%' || next === 'percent' || next === 'pct') {
      unit = 'percent';
      last++;
    } else if (next === 'per' && lower(last + 2) === 'cent') {
      unit = 'percent';
      last += 2;
    } else {
      // "six-week war", "6,000 soldiers", "thirty years", "$5 million".
      const u = units().get(singular(afterHyphen || next));
      const noun = afterHyphen ? last + 2 : last + 1;
      // "the two countries" refers back to things named before; it is not a figure.
      const definite = /^(the|these|those|both|all)$/i.test(word(num.first - 1));
      if (u && !(definite && u.kind === 'people')) {
        unit = u.unit;
        last = noun;
        unitToken = noun;
      } else if (!definite && doc.tokens.pos[noun] === 'NOUN' && !afterHyphen && num.value >= 2 && /s$/.test(next)) {
        unit = singular(next);
        last = noun;
        unitToken = noun;
      }
    }
    if (!unit) continue;
    const firstTok = sign ? num.first - 1 : num.first;
    const sentence = doc.tokens.sentence[firstTok];
    const claim: Claim = {
      id: '',
      start: start[firstTok],
      end: end[last],
      value: num.value,
      unit,
      about: aboutOf(doc, unitToken, last, sentence),
    };
    const qualifier = qualifierBefore(doc, firstTok);
    if (qualifier) {
      claim.qualifier = qualifier.text;
      claim.start = start[qualifier.first];
    }
    const actors = actorsAround(actorAt, structs[sentence], firstTok, last, n);
    if (actors.subject) claim.subject = actors.subject;
    if (actors.object && actors.object !== actors.subject) claim.object = actors.object;
    const period = periodOf(doc, sentence, last, claims);
    if (period) claim.period = period;
    const source = sourceOf(doc.quotes, claim.start, claim.end);
    if (source) claim.source = source;
    claims.push(claim);
    i = last;
  }
  claims.forEach((c, k) => {
    c.id = `c${k + 1}`;
  });
  return claims;
}

/** A number starting at token i: digits ("6,000", "6.4"), words ("thirty", "twenty-five"), scales ("5 million"). */
function numberAt(doc: Doc, i: number): NumberAt | null {
  const { start, end } = doc.tokens;
  const w = doc.text.slice(start[i], end[i]);
  let value: number;
  let last = i;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(w)) value = Number(w.replace(/,/g, ''));
  else if (WORD_NUMBERS[w.toLowerCase()] !== undefined && doc.tokens.pos[i] === 'NUM') {
    value = WORD_NUMBERS[w.toLowerCase()];
    // "twenty-five"
    const units = i + 2 < start.length && doc.text.slice(start[i + 1], end[i + 1]) === '-' ? WORD_NUMBERS[doc.text.slice(start[i + 2], end[i + 2]).toLowerCase()] : undefined;
    if (units !== undefined && units < 10) {
      value += units;
      last = i + 2;
    }
  } else return null;
  const scale = last + 1 < start.length ? SCALES[doc.text.slice(start[last + 1], end[last + 1]).toLowerCase()] : undefined;
  if (scale) {
    value *= scale;
    last++;
  }
  return { first: i, last, value };
}

const singular = (w: string) => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('ses') ? w.slice(0, -2) : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

function qualifierBefore(doc: Doc, first: number): { text: string; first: number } | null {
  for (const q of QUALIFIERS) {
    const words = q.split(' ');
    const from = first - words.length;
    if (from < 0) continue;
    const text = doc.text.slice(doc.tokens.start[from], doc.tokens.end[first - 1]).toLowerCase().replace(/\s+/g, ' ');
    if (text === q) return { text: q, first: from };
  }
  return null;
}

// What is counted: "30% of Israel's oil" → "Israel's oil"; "6,000 soldiers" → "soldiers"; "thirty years
// of illegitimate occupation" → "years of illegitimate occupation".
function aboutOf(doc: Doc, unitToken: number, last: number, sentence: number): string {
  const { start, end, pos } = doc.tokens;
  const sentenceEnd = doc.tokens.sentenceFirstToken[sentence + 1] - 1;
  const word = (i: number) => doc.text.slice(start[i], end[i]);
  let from = unitToken >= 0 ? unitToken : last + 1;
  if (unitToken < 0 && word(from)?.toLowerCase() === 'of') from++;
  let to = from;
  while (to + 1 <= sentenceEnd && to - from < 8) {
    const k = to + 1;
    const p = pos[k];
    if (/^[,.;:!?”"]$/.test(word(k)) || p === 'CCONJ' || p === 'SCONJ' || p === 'AUX' || (p === 'VERB' && !/ed$/.test(word(k)))) break;
    if (p === 'ADP' && !/^(of|in|on|from)$/i.test(word(k))) break;
    to = k;
  }
  return from <= sentenceEnd ? doc.text.slice(start[from], end[Math.min(to, sentenceEnd)]).replace(/\s+/g, ' ').trim() : '';
}

// The subject of the clause holding the figure, and the actor the counted thing belongs to.
function actorsAround(actorAt: Map<number, string>, st: SentenceStructure | undefined, first: number, last: number, tokens: number): { subject?: string; object?: string } {
  const out: { subject?: string; object?: string } = {};
  if (st) {
    const frame = [...st.frames].reverse().find((f) => f.verb.last < first && f.clause.first <= first && f.clause.last >= last) ?? st.frames.find((f) => f.verb.last < first);
    if (frame?.subject) for (let t = frame.subject.first; t <= frame.subject.last && !out.subject; t++) out.subject = actorAt.get(t);
  }
  // "of Israel's oil", "of Baku's major arms imports": the possessor right after the figure.
  for (let t = last + 1; t <= last + 4 && t < tokens; t++) {
    const a = actorAt.get(t);
    if (a) {
      out.object = a;
      break;
    }
  }
  return out;
}

function periodOf(doc: Doc, sentence: number, last: number, earlier: Claim[]): string | undefined {
  const s = doc.sentences[sentence];
  const at = doc.tokens.end[last];
  const inSentence = doc.dates.filter((d) => d.start >= s.start && d.end <= s.end && d.value && d.granularity !== 'day');
  const after = inSentence.find((d) => d.start >= at);
  const before = [...inSentence].reverse().find((d) => d.end <= at);
  if (after?.value) return after.value;
  // "over that period": the period of the figure before it in the sentence.
  if (/\b(that|the same) period\b/i.test(doc.text.slice(at, s.end))) {
    const prev = [...earlier].reverse().find((c) => c.start >= s.start && c.period);
    if (prev) return prev.period;
  }
  return before?.value ?? undefined;
}

function sourceOf(quotes: Quote[], start: number, end: number): string | undefined {
  return quotes.find((q) => q.start <= start && end <= q.end && q.speaker)?.speaker ?? undefined;
}
