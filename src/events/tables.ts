// The event coder's dictionaries (data/events/), read once: verb and noun patterns, light verbs,
// modality cues, evaluative words, the codes of acts told in the future, and the CAMEO code table with
// its PLOVER map.
import { dataPath } from '../util/paths.js';
import { AGENT_CODES } from '../knowledge/roles.js';
import { DataFileError, readTsv } from '../util/tsv.js';

export interface VerbPattern {
  lemma: string;
  object: Set<string> | null;
  targets: string[];
  code: string;
}
export interface NounPattern {
  noun: string;
  of: Set<string> | null;
  targets: string[];
  code: string;
}
export interface CameoCode {
  code: string;
  label: string;
  root: string;
  quad: number;
  goldstein: number;
}
export interface PloverType {
  event: string;
  mode?: string;
}
export type Modality = 'asserted' | 'future' | 'intent' | 'reported' | 'hedged' | 'conditional' | 'negated';
export interface ModalityCue {
  modality: Modality;
  scope: 'aux' | 'before' | 'adverb';
}

export interface EventTables {
  verbs: Map<string, VerbPattern[]>;
  /** Several rows may share a noun: the first whose `of` constraint holds wins. */
  nouns: Map<string, NounPattern[]>;
  lightVerbs: Set<string>;
  modality: Map<string, ModalityCue>;
  evaluations: Map<string, 1 | -1>;
  /** CAMEO code (or its 3-digit parent, or its root) → the code of the same act told in the future or as an intent. */
  future: Map<string, string>;
  /** CAMEO code (or its 3-digit parent, or its root) → the refusal a cooperative act told as a negated future is (data/events/refusals.tsv). */
  refusals: Map<string, string>;
  /** CAMEO code (or its 3-digit parent, or its root) → the demand an act is when a speaker says another must do it (data/events/demands.tsv). */
  demands: Map<string, string>;
  /** A divided country's plural name → its states: "the two Koreas" (data/actors/plural-countries.tsv). */
  pluralCountries: Map<string, string[]>;
  /** Acts that, told by another party's speaker, are the speaker's accusation (data/events/allegations.tsv): lemma → object words and the accusation's code. */
  allegations: Map<string, { object: Set<string> | null; code: string }[]>;
  cameo: Map<string, CameoCode>;
  plover: Map<string, PloverType>;
  /** `${code}|${lemma}` → the PLOVER type the manual gives that act told with that verb (data/events/plover-exceptions.tsv). */
  ploverByVerb: Map<string, PloverType>;
  /** Nouns for unnamed people → a CAMEO agent code ("attackers" → UAF), beyond the role words. */
  agents: Map<string, string>;
  /** Group words → the state their unnamed members are most often of ("Sikh" → IND; "Hutu" → "RWA|BDI", the first unless the sentence's place is another; data/actors/group-homes.tsv). */
  groupHomes: Map<string, string>;
  /** A country → the state it was part of until a date ("XKX" → SRB until 2008-02-17; data/actors/former-sovereigns.tsv). */
  formerSovereigns: Map<string, { until: string; former: string }>;
  /** A bare legislature's name → the states whose legislature bears it too ("Congress" → PER, COL, …; data/actors/own-legislatures.tsv). */
  ownLegislatures: Map<string, string[]>;
  /** Words that make a phrase name several states ("Western", "allies" → GOV; data/actors/blocs.tsv): the agent code for nouns, '' for modifiers. */
  blocs: Map<string, string>;
  /** Lines that divide two states ("line of control" → IND, PAK; data/actors/dividing-lines.tsv). */
  dividingLines: Map<string, string[]>;
}

let cached: EventTables | undefined;

/** The code of a pattern that matches and codes nothing ("hit a record high", "a trade war"). */
export const NULL_CODE = '---';

const set = (cell: string) => (cell === '-' ? null : new Set(cell.split('|').map((x) => x.toLowerCase())));

export function eventTables(): EventTables {
  if (cached) return cached;
  const cameo = new Map<string, CameoCode>();
  for (const r of readTsv(dataPath('events', 'cameo.tsv'))) {
    cameo.set(r.code, { code: r.code, label: r.label, root: r.root, quad: Number(r.quad), goldstein: Number(r.goldstein) });
  }
  const check = (code: string, file: string) => {
    if (!cameo.has(code)) throw new DataFileError(`data/events/${file}: unknown CAMEO code ${code}`);
    return code;
  };
  // A pattern coded "---" (PETRARCH's null code) reads its words and codes nothing: "released a statement".
  const checkOrNull = (code: string, file: string) => (code === NULL_CODE ? code : check(code, file));
  const verbs = new Map<string, VerbPattern[]>();
  for (const r of readTsv(dataPath('events', 'verbs.tsv'))) {
    const p: VerbPattern = { lemma: r.lemma, object: set(r.object), targets: r.target.split('|'), code: checkOrNull(r.code, 'verbs.tsv') };
    verbs.set(r.lemma, [...(verbs.get(r.lemma) ?? []), p]);
  }
  // "upon" is "on" after a verb ("called upon Serbia to …", "insisted upon"): the rows of the "on" verb, unless listed.
  for (const [lemma, rows] of [...verbs]) {
    const upon = lemma.replace(/ on$/, ' upon');
    if (upon !== lemma && !verbs.has(upon)) verbs.set(upon, rows.map((p) => ({ ...p, lemma: upon })));
  }
  const nouns = new Map<string, NounPattern[]>();
  for (const r of readTsv(dataPath('events', 'nouns.tsv'))) {
    const p: NounPattern = { noun: r.noun, of: set(r.of), targets: r.target.split('|'), code: checkOrNull(r.code, 'nouns.tsv') };
    nouns.set(r.noun, [...(nouns.get(r.noun) ?? []), p]);
  }
  const future = new Map<string, string>();
  for (const r of readTsv(dataPath('events', 'future.tsv'))) future.set(check(r.code, 'future.tsv'), check(r.future, 'future.tsv'));
  const refusals = new Map<string, string>();
  for (const r of readTsv(dataPath('events', 'refusals.tsv'))) refusals.set(check(r.code, 'refusals.tsv'), check(r.refusal, 'refusals.tsv'));
  const allegations = new Map<string, { object: Set<string> | null; code: string }[]>();
  for (const r of readTsv(dataPath('events', 'allegations.tsv'))) allegations.set(r.lemma, [...(allegations.get(r.lemma) ?? []), { object: set(r.object), code: check(r.code, 'allegations.tsv') }]);
  const demands = new Map<string, string>();
  for (const r of readTsv(dataPath('events', 'demands.tsv'))) demands.set(check(r.code, 'demands.tsv'), check(r.demand, 'demands.tsv'));
  const plover = new Map<string, PloverType>();
  for (const r of readTsv(dataPath('events', 'cameo-plover.tsv'))) {
    if (r.event !== '-') plover.set(r.code, { event: r.event, ...(r.mode !== '-' ? { mode: r.mode } : {}) });
  }
  const agents = new Map<string, string>();
  for (const r of readTsv(dataPath('events', 'agents.tsv'))) {
    if (!AGENT_CODES.has(r.agent)) throw new DataFileError(`data/events/agents.tsv: ${r.noun}: unknown agent code ${r.agent}`);
    agents.set(r.noun, r.agent);
  }
  const ploverByVerb = new Map<string, PloverType>();
  for (const r of readTsv(dataPath('events', 'plover-exceptions.tsv'))) {
    ploverByVerb.set(`${check(r.code, 'plover-exceptions.tsv')}|${r.lemma}`, { event: r.event, ...(r.mode !== '-' ? { mode: r.mode } : {}) });
  }
  const groupHomes = new Map<string, string>();
  for (const r of readTsv(dataPath('actors', 'group-homes.tsv'))) {
    if (!/^[A-Z]{3}(\|[A-Z]{3})*$/.test(r.country)) throw new DataFileError(`data/actors/group-homes.tsv: ${r.word}: bad country ${r.country}`);
    groupHomes.set(r.word.toLowerCase(), r.country);
  }
  const formerSovereigns = new Map<string, { until: string; former: string }>();
  for (const r of readTsv(dataPath('actors', 'former-sovereigns.tsv'))) {
    if (!/^[A-Z]{3}$/.test(r.country) || !/^[A-Z]{3}$/.test(r.former) || !/^\d{4}-\d{2}-\d{2}$/.test(r.until)) throw new DataFileError(`data/actors/former-sovereigns.tsv: bad row ${r.country}`);
    formerSovereigns.set(r.country, { until: r.until, former: r.former });
  }
  const ownLegislatures = new Map<string, string[]>();
  for (const r of readTsv(dataPath('actors', 'own-legislatures.tsv'))) {
    const list = r.countries.split('|');
    if (!list.every((c) => /^[A-Z]{3}$/.test(c))) throw new DataFileError(`data/actors/own-legislatures.tsv: ${r.name}: bad countries`);
    ownLegislatures.set(r.name.toLowerCase(), list);
  }
  const pluralCountries = new Map<string, string[]>();
  for (const r of readTsv(dataPath('actors', 'plural-countries.tsv'))) pluralCountries.set(r.word.toLowerCase(), r.countries.split('|'));
  const dividingLines = new Map<string, string[]>();
  for (const r of readTsv(dataPath('actors', 'dividing-lines.tsv'))) {
    const countries = r.countries.split('|');
    if (countries.length !== 2 || !countries.every((c) => /^[A-Z]{3}$/.test(c))) throw new DataFileError(`data/actors/dividing-lines.tsv: bad row ${r.name}`);
    dividingLines.set(r.name.toLowerCase(), countries);
  }
  const blocs = new Map<string, string>();
  for (const r of readTsv(dataPath('actors', 'blocs.tsv'))) {
    if (r.agent !== '-' && !AGENT_CODES.has(r.agent)) throw new DataFileError(`data/actors/blocs.tsv: ${r.word}: unknown agent code ${r.agent}`);
    blocs.set(r.word.toLowerCase(), r.agent === '-' ? '' : r.agent);
  }
  cached = {
    verbs,
    groupHomes,
    formerSovereigns,
    ownLegislatures,
    blocs,
    dividingLines,
    pluralCountries,
    nouns,
    lightVerbs: new Set(readTsv(dataPath('events', 'light-verbs.tsv')).map((r) => r.lemma)),
    modality: new Map(readTsv(dataPath('events', 'modality.tsv')).map((r) => [r.cue, { modality: r.modality as Modality, scope: r.scope as ModalityCue['scope'] }])),
    evaluations: new Map(readTsv(dataPath('events', 'evaluations.tsv')).map((r) => [r.word, r.polarity === '+' ? 1 : -1])),
    future,
    refusals,
    demands,
    allegations,
    cameo,
    plover,
    ploverByVerb,
    agents,
  };
  return cached;
}

/**
 * The PLOVER type of a CAMEO code: the code's own mapping, else its 3-digit parent's, else its root's.
 * CAMEO2PLOVER drops APPEAL (02), but PLOVER defines REQUEST as "all requests, demands, and orders", which
 * appeals are, and its manual allows documented exceptions to the translation table (its note 2): an appeal
 * is a REQUEST here, with the mode its content gives (the modes PLOVER shares between REQUEST and REJECT).
 */
export function ploverOf(code: string): PloverType {
  const { plover } = eventTables();
  return EXCEPTIONS[code] ?? EXCEPTIONS[code.slice(0, 3)] ?? plover.get(code) ?? plover.get(code.slice(0, 3)) ?? plover.get(code.slice(0, 2)) ?? appeal(code) ?? { event: 'OTHER' };
}

/**
 * Where the PLOVER manual's own text overrides CAMEO2PLOVER-2021: "International (political or economic)
 * sanctions are coded as `discontinue'" (SANCTION modes table), while the map sends 163 (impose embargo,
 * boycott, or sanctions) to COERCE `restrict'; "RETREAT also covers resignations" (0831, stepping down);
 * CONCEDE covers "easing of administrative or legal restrictions …, removing curfews" ("the lifting of a curfew
 * is, effectively, a promise"), where the map sends 0813 (ease curfew) and 0814 (ease state of emergency or
 * martial law) to RETREAT.
 */
const EXCEPTIONS: Record<string, PloverType> = {
  '163': { event: 'SANCTION', mode: 'discontinue' },
  '0831': { event: 'RETREAT', mode: 'resign' },
  '0813': { event: 'CONCEDE' },
  '0814': { event: 'CONCEDE' },
};

function appeal(code: string): PloverType | undefined {
  if (!code.startsWith('02')) return undefined;
  const mode = /^02[123]/.test(code) ? 'assist' : code.startsWith('024') ? 'change' : code.startsWith('025') ? 'yield' : /^02[678]/.test(code) ? 'meet' : undefined;
  return { event: 'REQUEST', ...(mode ? { mode } : {}) };
}

/** The PLOVER type of a CAMEO code told with a verb: the manual's verb-level exceptions, else ploverOf. */
export function ploverOfAct(code: string, lemma: string | undefined): PloverType {
  const { ploverByVerb } = eventTables();
  const keys = lemma ? [code, code.slice(0, 4), code.slice(0, 3)].map((k) => `${k}|${lemma}`) : [];
  for (const k of keys) {
    const hit = ploverByVerb.get(k);
    if (hit) return hit;
  }
  return ploverOf(code);
}

/** The value for a code, else for its 3-digit parent, else for its root. */
const byCodeOrParent = (table: Map<string, string>, code: string): string | undefined => table.get(code) ?? table.get(code.slice(0, 3)) ?? table.get(code.slice(0, 2));

/** The refusal a cooperative act told as a negated future or intent is ("will not attend" → 125), if any. */
export function refusalCode(code: string): string | undefined {
  return byCodeOrParent(eventTables().refusals, code);
}

/** The demand an act is when a speaker says another party must do it ("said Israel must withdraw" → 1056); 100 when none is listed. */
export function demandCode(code: string): string {
  return byCodeOrParent(eventTables().demands, code) ?? '100';
}

/** The code of an act told in the future or as an intent: a cooperative act is an intent to cooperate (03), a hostile one a threat (13). */
export function futureCode(code: string): string | undefined {
  return byCodeOrParent(eventTables().future, code);
}
