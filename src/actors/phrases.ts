// Dictionary phrases over the token layer: country names, demonyms, capitals and metonyms,
// organizations, and role words. One left-to-right pass, longest match first, no phrase crossing a
// sentence; each lookup is a map hit on a short normalized string.
import type { Doc } from '../doc/doc.js';
import { type CountryHit, countryPhraseMaxWords, lookupCountry } from '../knowledge/countries.js';
import { type Organization, lookupOrganization, organizationPhraseMaxWords } from '../knowledge/organizations.js';
import { type Role, lookupRole, roleMaxWords } from '../knowledge/roles.js';

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

export function matchPhrases(doc: Doc): PhraseHit[] {
  const { start, end, sentence } = doc.tokens;
  const n = start.length;
  const maxWords = Math.max(countryPhraseMaxWords(), organizationPhraseMaxWords(), roleMaxWords());
  const hits: PhraseHit[] = [];
  const headline = headlineCase(doc);
  for (let i = 0; i < n; ) {
    const word = doc.text.slice(start[i], end[i]);
    let found: PhraseHit | null = null;
    if (/^[\p{L}\p{N}]/u.test(word)) {
      for (let len = Math.min(maxWords, n - i); len >= 1 && !found; len--) {
        const last = i + len - 1;
        if (sentence[last] !== sentence[i]) continue;
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
