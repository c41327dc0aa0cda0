// International organizations, national institutions, parties, armed groups, news organizations and
// companies (data/knowledge/organizations.tsv), read once and indexed by name and alias.
import { dataPath } from '../util/paths.js';
import { DataFileError, readTsv } from '../util/tsv.js';
import { foldDiacritics, normalizeKey, phraseTokens } from './normalize.js';

export interface Organization {
  /** CAMEO-style actor code: IGOUNO, IGOWSTNAT, PSEREBHMS, ISRMIL, USAMED… */
  code: string;
  name: string;
  aliases: string[];
  kind: 'organization' | 'group';
  /** Alpha-3 of the state it belongs to; null for international bodies. */
  country: string | null;
  /** CAMEO agent codes it carries: IGO, NGO, GOV, MIL, SPY, LEG, PTY, REB, MED, BUS… */
  agents: string[];
}

interface Index {
  all: Organization[];
  exact: Map<string, Organization>;
  /** Multi-word names by lower case, for "Labour party" or "Doctors without Borders". */
  loose: Map<string, Organization>;
  maxWords: number;
}

let cached: Index | undefined;
/** Acronyms whose word form is more often a name or a word ("Rand", "Sana", "Wafa"): only in capitals. */
const NOT_ACRONYMS = new Set(['Rand', 'Sana', 'Wafa']);

function index(): Index {
  if (cached) return cached;
  const file = dataPath('knowledge', 'organizations.tsv');
  const all: Organization[] = readTsv(file).map((row) => {
    if (row.kind !== 'organization' && row.kind !== 'group') throw new DataFileError(`${file}: ${row.name}: kind must be organization or group`);
    return {
      code: row.code,
      name: row.name,
      aliases: row.aliases === '-' ? [] : row.aliases.split('|'),
      kind: row.kind,
      country: row.country === '-' ? null : row.country,
      agents: row.agents.split('|'),
    };
  });
  const exact = new Map<string, Organization>();
  const loose = new Map<string, Organization>();
  let maxWords = 1;
  for (const org of all) {
    for (const phrase of [org.name, ...org.aliases]) {
      const key = normalizeKey(phrase);
      maxWords = Math.max(maxWords, phraseTokens(key));
      for (const k of new Set([key, foldDiacritics(key)])) {
        const seen = exact.get(k);
        if (seen && seen !== org) throw new DataFileError(`${file}: "${phrase}" names both ${seen.name} and ${org.name}`);
        exact.set(k, org);
        // Case-insensitive matching only for names of several words: "WHO" must not match "who".
        if (k.includes(' ') && !loose.has(k.toLowerCase())) loose.set(k.toLowerCase(), org);
      }
      // British house style writes an acronym of four letters or more as a word: "Nato", "Opec", "Ecowas".
      const word = /^[A-Z]{4,}$/.test(phrase) ? phrase[0] + phrase.slice(1).toLowerCase() : '';
      if (word && !NOT_ACRONYMS.has(word) && !exact.has(word)) exact.set(word, org);
    }
  }
  cached = { all, exact, loose, maxWords };
  return cached;
}

/** Every organization and group, in file order. */
export function organizations(): Organization[] {
  return index().all;
}

/**
 * The organization a phrase names: exact after normalizeKey (case kept: "WHO", "AP"), else, for phrases of
 * several words, case-insensitively ("Labour party", "Doctors without Borders"); accents are optional.
 */
export function lookupOrganization(phrase: string): Organization | undefined {
  const { exact, loose } = index();
  const key = normalizeKey(phrase);
  const folded = foldDiacritics(key);
  const hit = exact.get(key) ?? exact.get(folded);
  if (hit || !key.includes(' ')) return hit;
  return loose.get(key.toLowerCase()) ?? loose.get(folded.toLowerCase());
}

/** The longest name or alias, in tokens (hyphens count, as the language layer splits them). */
export function organizationPhraseMaxWords(): number {
  return index().maxWords;
}
