// Role words and the CAMEO agent codes they carry (data/knowledge/roles.tsv): "foreign minister" → GOV,
// "defense minister" → GOV and MIL, "troops" → MIL. Read once; singular and plural forms are both keys.
import { dataPath } from '../util/paths.js';
import { DataFileError, readTsv } from '../util/tsv.js';
import { normalizeKey, phraseTokens } from './normalize.js';

export interface Role {
  /** The phrase as listed (singular where it has one): "foreign minister". */
  phrase: string;
  /** CAMEO agent codes, most important first. */
  agents: string[];
  /** True for the title or job of one person ("general", "reporter"), false for bodies ("army", "parliament"). */
  person: boolean;
  /** True when the lookup matched the listed plural ("ambassadors", "soldiers"). */
  plural: boolean;
}

/** The CAMEO agent codes the data files may use (CAMEO manual, Phoenix agents, CAMEO agentnames.txt). */
export const AGENT_CODES: ReadonlySet<string> = new Set([
  'GOV', 'MIL', 'JUD', 'LEG', 'OPP', 'REB', 'PTY', 'COP', 'SPY', 'MED', 'BUS', 'NGO', 'IGO', 'CVL', 'REF', 'HLH',
  'EDU', 'ELI', 'LAB', 'AGR', 'ENV', 'HRI', 'DEV', 'REL', 'CRM', 'UAF', 'INS', 'SEP', 'IMG', 'MNC', 'MOD', 'RAD',
  'SET', 'PKO',
]);

interface Index {
  roles: Map<string, Role>;
  maxWords: number;
}

let cached: Index | undefined;

const roleKey = (s: string) => normalizeKey(s).toLowerCase();

function index(): Index {
  if (cached) return cached;
  const file = dataPath('knowledge', 'roles.tsv');
  const roles = new Map<string, Role>();
  let maxWords = 1;
  for (const row of readTsv(file)) {
    const agents = row.agents.split('|');
    for (const agent of agents) if (!AGENT_CODES.has(agent)) throw new DataFileError(`${file}: ${row.phrase}: unknown agent code ${agent}`);
    const person = row.person === 'yes';
    const forms: [string, boolean][] = [[row.phrase, false]];
    if (row.plural !== '-') forms.push([row.plural, true]);
    for (const [form, plural] of forms) {
      const key = roleKey(form);
      if (roles.has(key)) throw new DataFileError(`${file}: "${form}" is listed twice`);
      roles.set(key, { phrase: row.phrase, agents, person, plural });
      maxWords = Math.max(maxWords, phraseTokens(key));
    }
  }
  cached = { roles, maxWords };
  return cached;
}

/** The role a whole phrase names, case-insensitively: "Defense Minister", "ambassadors", "MPs". */
export function lookupRole(phrase: string): Role | undefined {
  return index().roles.get(roleKey(phrase));
}

/** The longest role phrase, in tokens (hyphens count, as the language layer splits them). */
export function roleMaxWords(): number {
  return index().maxWords;
}

/** Every listed role (singular forms), for tests and tools. */
export function roles(): Role[] {
  return [...index().roles.values()].filter((r) => !r.plural);
}
