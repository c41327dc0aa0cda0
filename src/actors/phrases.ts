// Dictionary phrases over the token layer: country names, demonyms, capitals and metonyms,
// organizations, and role words. One left-to-right pass, longest match first, no phrase crossing a
// sentence; each lookup is a map hit on a short normalized string.
import type { Doc } from '../doc/doc.js';
import { type CountryHit, countries, countryPhraseMaxWords, lookupCountry, metonyms } from '../knowledge/countries.js';
import { foldDiacritics } from '../knowledge/normalize.js';
import { type Organization, lookupOrganization, organizationPhraseMaxWords, organizations } from '../knowledge/organizations.js';
import { type Role, lookupRole, roleMaxWords } from '../knowledge/roles.js';
import { dataPath } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';

export interface PhraseHit {
  /** First and last token index (inclusive). */
  first: number;
  last: number;
  start: number;
  end: number;
  kind: 'country' | 'organization' | 'role';
  countries?: CountryHit[];
  organization?: Organization;
  role?: Role;
}

const CAPITALIZED = /^\p{Lu}/u;
const STOP = /^[,;:()[\]{}“”"!?…—–]$|^\.$/u;

// Every dictionary phrase's first and last word, folded: a token that starts no phrase (most of them)
// costs one set lookup instead of a dozen normalized dictionary lookups.
let edges: { first: Set<string>; last: Set<string> } | undefined;
const fold = (w: string) => {
  const lower = w.toLowerCase();
  // Most words are plain ASCII: skip the Unicode decomposition for them.
  return (/^[\x20-\x7e]*$/.test(lower) ? lower : foldDiacritics(lower)).replace(/[’']s$/, '').replace(/[’']/g, "'");
};
function phraseEdges(): { first: Set<string>; last: Set<string> } {
  if (edges) return edges;
  const first = new Set<string>();
  const last = new Set<string>();
  const add = (phrase: string) => {
    const words = phrase.replace(/^the\s+/i, '').split(/[\s-]+/).filter(Boolean);
    if (!words.length) return;
    first.add(fold(words[0]));
    last.add(fold(words[words.length - 1]));
  };
  for (const c of countries()) for (const p of [c.name, ...c.names, ...c.demonyms, ...c.capitals]) add(p);
  for (const m of metonyms()) add(m.name);
  for (const o of organizations()) for (const p of [o.name, ...o.aliases]) add(p);
  // Roles are listed with their plurals ("foreign ministers"), which the loader does not expose.
  for (const r of readTsv(dataPath('knowledge', 'roles.tsv'))) for (const p of [r.phrase, r.plural]) if (p && p !== '-') add(p);
  edges = { first, last };
  return edges;
}

export function matchPhrases(doc: Doc): PhraseHit[] {
  const { start, end, sentence } = doc.tokens;
  const n = start.length;
  const maxWords = Math.max(countryPhraseMaxWords(), organizationPhraseMaxWords(), roleMaxWords());
  const hits: PhraseHit[] = [];
  const headline = headlineCase(doc);
  for (let i = 0; i < n; ) {
    const word = doc.text.slice(start[i], end[i]);
    let found: PhraseHit | null = null;
    const { first: firstWords, last: lastWords } = phraseEdges();
    const startsPhrase = firstWords.has(fold(word)) || (word.toLowerCase() === 'the' && i + 1 < n && firstWords.has(fold(doc.text.slice(start[i + 1], end[i + 1]))));
    if (startsPhrase && /^[\p{L}\p{N}]/u.test(word)) {
      // Names and titles never run across punctuation other than hyphens, apostrophes and "&".
      let reach = 1;
      while (reach < maxWords && i + reach < n && sentence[i + reach] === sentence[i] && !STOP.test(doc.text.slice(start[i + reach], end[i + reach]))) reach++;
      for (let len = reach; len >= 1 && !found; len--) {
        const last = i + len - 1;
        if (len > 1 && !lastWords.has(fold(doc.text.slice(start[last], end[last]))) && !/^['’]s$/.test(doc.text.slice(start[last], end[last]))) continue;
        // The possessive "’s" is not part of the name ("Moldova’s alliance").
        if (len > 1 && /^['’]s$/.test(doc.text.slice(start[last], end[last]))) continue;
        const phrase = doc.text.slice(start[i], end[last]);
        found = lookup(phrase, i, last, start[i], end[last], headline(i));
      }
    }
    if (found) {
      hits.push(found);
      i = found.last + 1;
    } else i++;
  }
  return hits;
}

function lookup(phrase: string, first: number, last: number, s: number, e: number, allCaps: boolean): PhraseHit | null {
  const base = { first, last, start: s, end: e };
  // Names are capitalized ("Turkey", "Chad", "US"); lowercase "us" or "turkey" is not a country.
  if (CAPITALIZED.test(phrase) || /^the\s/u.test(phrase)) {
    const key = allCaps ? titleCase(phrase) : phrase;
    const organization = lookupOrganization(key) ?? (allCaps ? lookupOrganization(phrase) : undefined);
    if (organization) return { ...base, kind: 'organization', organization };
    const countries = lookupCountry(key);
    if (countries.length) return { ...base, kind: 'country', countries };
  }
  const role = lookupRole(phrase.toLowerCase().replace(/\s+/g, ' '));
  if (role) return { ...base, kind: 'role', role };
  return null;
}

// All-caps headlines ("IRAN ACCUSES AZERBAIJAN") are looked up in title case; a lone acronym is not.
function headlineCase(doc: Doc): (token: number) => boolean {
  const caps = doc.sentences.map((s) => {
    const letters = doc.text.slice(s.start, s.end).replace(/[^\p{L}]/gu, '');
    return letters.length > 12 && letters === letters.toUpperCase();
  });
  return (token) => caps[doc.tokens.sentence[token]] ?? false;
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());
