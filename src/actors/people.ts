// People from titles and appositives: "Foreign Minister Eli Cohen", "Israel's ambassador to
// Azerbaijan, George Deek", "his Azeri counterpart, Zakir Hasanov", "the country's President Ilham
// Aliyev", "then-defense minister Benny Gantz", "Jeyhun Bayramov, Azerbaijan's foreign minister".
import type { Doc } from '../doc/doc.js';
import type { Role } from '../knowledge/roles.js';
import type { PhraseHit } from './phrases.js';

export interface PersonMention {
  /** The name's tokens (inclusive). */
  first: number;
  last: number;
  name: string;
  /** The title as written, without the name: "Ambassador to Azerbaijan", "Foreign Minister". */
  role: string | null;
  agents: string[];
  /** Explicit country (ISO 3166 alpha-3) from the title, or null when the text leaves it implicit. */
  country: string | null;
  /** "then-", "former", "ex-": a role the person no longer holds. */
  former: boolean;
  /** The title is "counterpart": the role of whoever the counterpart is of (resolved later). */
  counterpart: boolean;
  /** "the country's President": the country is a description to resolve. */
  countryByDescription: boolean;
  /** The token where the whole construction begins (title included), for coreference order. */
  from: number;
  /** Target country of the role ("ambassador to Azerbaijan"). */
  roleTarget: string | null;
}

const MODIFIERS = new Set(['deputy', 'vice', 'acting', 'interim', 'senior', 'chief', 'top', 'special', 'first', 'former', 'then', 'ex', 'outgoing', 'incoming', 'new', 'newly', 'appointed', 'assistant', 'associate', 'permanent']);
const FORMER = new Set(['former', 'then', 'ex', 'outgoing']);
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'ben', 'de', 'da', 'di', 'del', 'van', 'von', 'der', 'la', 'le', 'abu', 'dos', 'du']);
const MAX_NAME_TOKENS = 5;
/** Capitalized at the start of a sentence, never a name. */
const NOT_NAMES = new Set(['in', 'on', 'at', 'the', 'a', 'an', 'after', 'before', 'during', 'when', 'while', 'as', 'but', 'and', 'or', 'for', 'from', 'with', 'by', 'to', 'of', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'illustrative', 'photo', 'file', 'mr', 'mrs', 'ms', 'dr']);

export interface PeopleContext {
  doc: Doc;
  hits: PhraseHit[];
  /** Token index → the phrase hit covering it. */
  hitAt: (PhraseHit | undefined)[];
  /** Token ranges known to be person names (NER PER mentions), by first token. */
  nerPersons: Map<number, number>;
  /** Tokens inside date expressions, which are never names. */
  dateTokens: Uint8Array;
}

export function findPeople(ctx: PeopleContext): PersonMention[] {
  const { doc, hits } = ctx;
  const out: PersonMention[] = [];
  const taken = new Set<number>();
  for (const hit of hits) {
    if (hit.kind !== 'role' || !hit.role?.person) continue;
    const person = titleThenName(ctx, hit) ?? nameThenTitle(ctx, hit);
    if (person && !taken.has(person.first)) {
      taken.add(person.first);
      out.push(person);
    }
  }
  // "counterpart" is relational, not a role word in the dictionary.
  const { start, end } = doc.tokens;
  for (let i = 0; i < start.length; i++) {
    if (doc.text.slice(start[i], end[i]).toLowerCase() !== 'counterpart') continue;
    const person = counterpartName(ctx, i);
    if (person && !taken.has(person.first)) {
      taken.add(person.first);
      out.push(person);
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

const word = (doc: Doc, i: number) => (i >= 0 && i < doc.tokens.start.length ? doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]) : '');

/** A name starting at token i: NER's PER span if there is one, else a run of capitalized words. */
export function nameAt(ctx: PeopleContext, i: number): [number, number] | null {
  const ner = ctx.nerPersons.get(i);
  if (ner !== undefined) return [i, ner];
  const { doc, hitAt } = ctx;
  const sentence = doc.tokens.sentence[i];
  let j = i;
  while (j < doc.tokens.start.length && j - i < MAX_NAME_TOKENS && doc.tokens.sentence[j] === sentence) {
    const w = word(doc, j);
    // A capital's name can be a first name ("Sofia Marin", "Paris Jackson") when a surname follows.
    const nameLikeHit = hitAt[j]?.kind === 'country' && hitAt[j]!.countries![0].via === 'capital' && hitAt[j]!.first === hitAt[j]!.last && j === i && /^\p{Lu}/u.test(word(doc, j + 1)) && !hitAt[j + 1];
    const capital = /^\p{Lu}[\p{L}'’.]*$/u.test(w) && (!(hitAt[j] && hitAt[j]!.kind !== 'role') || nameLikeHit) && !NOT_NAMES.has(w.toLowerCase()) && !ctx.dateTokens[j];
    const joiner = (w === '-' || PARTICLES.has(w.toLowerCase())) && j > i && /^\p{Lu}/u.test(word(doc, j + 1));
    if (!capital && !joiner) break;
    if (capital && hitAt[j]?.kind === 'role') break;
    j++;
  }
  return j > i ? [i, j - 1] : null;
}

// [modifiers] [country] TITLE [to/of COUNTRY] [,] NAME
function titleThenName(ctx: PeopleContext, hit: PhraseHit): PersonMention | null {
  const { doc, hitAt } = ctx;
  let i = hit.last + 1;
  let roleEnd = hit.end;
  let roleTarget: string | null = null;
  let country: string | null = null;
  const next = word(doc, i).toLowerCase();
  if ((next === 'to' || next === 'of' || next === 'for') && hitAt[i + 1]?.kind === 'country') {
    const target = hitAt[i + 1]!;
    if (next === 'to') roleTarget = target.countries![0].country.iso3;
    else country = target.countries![0].country.iso3;
    roleEnd = target.end;
    i = target.last + 1;
  } else if (hitAt[i]?.kind === 'country' && hitAt[i]!.countries![0].via === 'name' && /^\p{Lu}/u.test(word(doc, i + (hitAt[i]!.last - hitAt[i]!.first) + 1))) {
    // "Deputy Foreign Minister Azerbaijan Fariz Rzayev": the country between title and name.
    country = hitAt[i]!.countries![0].country.iso3;
    i = hitAt[i]!.last + 1;
  }
  if (word(doc, i) === ',') i++;
  const name = nameAt(ctx, i);
  if (!name || doc.tokens.sentence[name[0]] !== doc.tokens.sentence[hit.first]) return null;
  const pre = preModifiers(ctx, hit.first);
  // "Foreign Minister Anna Nowak of Poland"
  if (!country && word(doc, name[1] + 1).toLowerCase() === 'of' && hitAt[name[1] + 2]?.kind === 'country') country = hitAt[name[1] + 2]!.countries![0].country.iso3;
  return {
    first: name[0],
    last: name[1],
    name: doc.text.slice(doc.tokens.start[name[0]], doc.tokens.end[name[1]]),
    role: roleText(doc, pre.roleStart, roleEnd),
    agents: hit.role!.agents,
    country: country ?? pre.country,
    former: pre.former,
    counterpart: false,
    countryByDescription: pre.byDescription,
    from: pre.from,
    roleTarget,
  };
}

// NAME, [the|a] [country's|demonym] TITLE [of COUNTRY] ,
function nameThenTitle(ctx: PeopleContext, hit: PhraseHit): PersonMention | null {
  const { doc, hitAt } = ctx;
  const pre = preModifiers(ctx, hit.first);
  let k = pre.from - 1;
  if (['the', 'a', 'an'].includes(word(doc, k).toLowerCase())) k--;
  if (word(doc, k) !== ',') return null;
  // The name ends right before the comma; walk back over capitalized words.
  let first = k - 1;
  while (first - 1 >= 0 && /^\p{Lu}/u.test(word(doc, first - 1)) && !hitAt[first - 1] && k - first < MAX_NAME_TOKENS) first--;
  const name = nameAt(ctx, first);
  if (!name || name[1] !== k - 1 || name[1] - name[0] < 1) return null;
  let country = pre.country;
  const after = word(doc, hit.last + 1).toLowerCase();
  if ((after === 'of' || after === 'for') && hitAt[hit.last + 2]?.kind === 'country') country ??= hitAt[hit.last + 2]!.countries![0].country.iso3;
  return {
    first: name[0],
    last: name[1],
    name: doc.text.slice(doc.tokens.start[name[0]], doc.tokens.end[name[1]]),
    role: roleText(doc, pre.roleStart, hit.end),
    agents: hit.role!.agents,
    country,
    former: pre.former,
    counterpart: false,
    countryByDescription: pre.byDescription,
    from: name[0],
    roleTarget: null,
  };
}

// [his|her|its|the country's] [demonym] counterpart [,] NAME
function counterpartName(ctx: PeopleContext, at: number): PersonMention | null {
  const { doc } = ctx;
  let i = at + 1;
  if (word(doc, i) === ',') i++;
  const name = nameAt(ctx, i);
  if (!name || doc.tokens.sentence[name[0]] !== doc.tokens.sentence[at]) return null;
  const pre = preModifiers(ctx, at);
  return {
    first: name[0],
    last: name[1],
    name: doc.text.slice(doc.tokens.start[name[0]], doc.tokens.end[name[1]]),
    role: null,
    agents: [],
    country: pre.country,
    former: pre.former,
    counterpart: true,
    countryByDescription: pre.byDescription,
    from: pre.from,
    roleTarget: null,
  };
}

interface PreModifiers {
  /** Where the construction starts. */
  from: number;
  /** Where the title text starts (modifiers such as "Deputy" belong to it). */
  roleStart: number;
  country: string | null;
  former: boolean;
  byDescription: boolean;
}

// Walks left from a title over modifiers ("Deputy", "then-"), a country or demonym ("Israeli",
// "Israel's", "Baku"), possessives ("his", "the country's") and articles.
function preModifiers(ctx: PeopleContext, titleFirst: number): PreModifiers {
  const { doc, hitAt } = ctx;
  let i = titleFirst - 1;
  let roleStart = doc.tokens.start[titleFirst];
  let country: string | null = null;
  let former = false;
  let byDescription = false;
  const sentence = doc.tokens.sentence[titleFirst];
  for (;;) {
    if (i < 0 || doc.tokens.sentence[i] !== sentence) break;
    const w = word(doc, i).toLowerCase();
    if (MODIFIERS.has(w) || (w === '-' && MODIFIERS.has(word(doc, i - 1).toLowerCase()))) {
      if (FORMER.has(w)) former = true;
      roleStart = doc.tokens.start[i];
      i--;
      continue;
    }
    const hit = hitAt[i];
    if (hit?.kind === 'role' && hit.role && !hit.role.person && !country && hit.last === i && doc.tokens.start[hit.last + 1] <= roleStart) {
      // "Foreign Ministry spokesman": a body before a person's title belongs to the title.
      roleStart = hit.start;
      i = hit.first - 1;
      continue;
    }
    if (!country && hit?.kind === 'country') {
      country = hit.countries![0].country.iso3;
      i = hit.first - 1;
      continue;
    }
    if (!country && (w === '’s' || w === "'s") && hitAt[i - 1]?.kind === 'country') {
      country = hitAt[i - 1]!.countries![0].country.iso3;
      i = hitAt[i - 1]!.first - 1;
      continue;
    }
    if ((w === '’s' || w === "'s") && ['country', 'nation', 'state', 'kingdom', 'republic'].includes(word(doc, i - 1).toLowerCase())) {
      byDescription = true;
      i -= 2;
      if (word(doc, i).toLowerCase() === 'the') i--;
      continue;
    }
    if (['his', 'her', 'their', 'its', 'the'].includes(w)) i--;
    break;
  }
  return { from: i + 1, roleStart, country, former, byDescription };
}

function roleText(doc: Doc, start: number, end: number): string {
  return doc.text.slice(start, end).replace(/^(then|former|ex)\s*-\s*/i, '').replace(/\s+/g, ' ').trim();
}

export type { Role };
