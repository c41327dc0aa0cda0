// Who did what to whom. Over each sentence's clause structure, verb patterns ("met with", "accused",
// "provides … oil", "called on", "pulled out of"), event nouns ("a visit to", "shipments of weapons to", "the
// war with") and speakers' evaluative statements in quotes ("a strategic partner", "threatens") become
// CAMEO-coded events with a source and a target actor, a date, a place, a modality, and the rule that fired.
// A verb that governs another act is coded for it ("urged Russia to withdraw" is an appeal to de-escalate,
// "threatened to impose sanctions" a threat of sanctions, "refused to meet" a rejection), and the governed
// act is not coded on its own; members of a compound subject are each a source, and for reciprocal acts each
// other's target ("Armenia and Azerbaijan signed …"); an act told in the future or as an intent takes the
// code of an intent or a threat (data/events/future.tsv). The same event told twice in an article (dek and
// body, caption and body) is kept once, with both mentions.
// As PLOVER codes acts with a source and an optional recipient, an act whose receiving end names no actor is
// coded with a null target ("the Kremlin rejected the proposal"), unless its row is marked `dyad`. Sides the
// sentence does not name come from role words and places ("police … in Nairobi", "rebels in Syria"), the
// speaker of reported speech, or, as guesses at a lower confidence, the nearest actor before the verb (source)
// or after it (target). Confidence ranks a sentence's events so that its main act comes first: a verb's act
// with both sides, then a light verb's event noun, then acts with a guessed or missing side, other event
// nouns, and acts in background clauses ("after …", "as …").
import type { Doc } from '../doc/doc.js';
import type { ChanceryEvent, DateExpression, Granularity } from '../doc/schema.js';
import type { StageContext } from '../doc/stage.js';
import { actorsByToken, tokenFrom } from '../doc/tokens.js';
import { countryByCode, lookupCountry } from '../knowledge/countries.js';
import { lookupSurname } from '../knowledge/people.js';
import { lookupRole } from '../knowledge/roles.js';
import { type Chunk, type Clause, type SentenceStructure, type VerbFrame, structures } from '../language/clauses.js';
import { type Modality, NULL_CODE, type VerbPattern, demandCode, eventTables, futureCode, ploverOfAct, refusalCode } from './tables.js';

/** Events one sentence may yield; more is a run-on list, capped with a warning. */
const MAX_EVENTS_PER_SENTENCE = 8;
/** Members of a compound actor ("the US, UK and France condemned") expanded into events. */
const MAX_COMPOUND = 6;
/** How far (in tokens) an evaluative word in a quote reaches to the actor it qualifies. */
const EVALUATION_REACH = 6;
/** Sentences back that a "the war" / "at the time" sentence looks for the time it refers to. */
const CONTEXT_SENTENCES = 4;
/** Prepositions of a phrase that tells when an act happened, not what it is ("after talks with …"). */
const BACKGROUND_PHRASE = /^(after|before|following|amid|during|since|until|despite)$/i;
const TEMPORAL_PREPOSITIONS = new Set(['during', 'after', 'before', 'since', 'amid', 'following', 'throughout', 'until', 'despite', 'over']);
const BACK_REFERENCE = /\b(the ([\w-]+ ){0,2}(war|conflict|fighting|attack|invasion|crisis|clashes|offensive|campaign)|at the time|that (time|period|year|month)|then)\b/i;
const MODALITY_RANK: Record<Modality, number> = { asserted: 0, future: 1, intent: 2, hedged: 3, reported: 4, conditional: 5, negated: 6 };
/** Prepositions before a gerund that the object of the verb performs ("accused Iran of attacking", "barred X from entering", "charged the rebels with violating"). */
const GERUND_PREPOSITIONS = new Set(['of', 'for', 'from', 'against', 'into', 'over', 'about', 'with']);
/** Particles the chunker takes into a verb group ("called on", "pulled out"). */
const PARTICLE = /^(up|out|off|down|back|away|over|in|on)$/;
const KIND_RANK: Record<string, number> = { person: 0, organization: 1, group: 1, country: 2 };
/** A verb pattern's event with both sides; an event noun's; a speaker's evaluation in a quote. */
const VERB_CONFIDENCE = 0.8;
const NOUN_CONFIDENCE = 0.55;
const STATEMENT_CONFIDENCE = 0.6;
/** Prepositions that say where something happens ("in Lagos", "across northern Mali", "the streets of Caracas"). */
const LOCATIVE = /^(in|at|near|across|throughout|outside|inside|of|around)$/i;
/** Compass words before a place ("south Lebanon", "northwest Pakistan", "far-western Nepal"). */
const COMPASS = /^(far-?)?(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|central)(ern)?$/i;
/** A country's premises abroad ("the US embassy in Seoul"): the country named before them is not where it happens. */
const FOREIGN_PREMISES = /^(embassy|embassies|consulate|consulates|mission|base|bases)$/i;
/** Subordinators of a clause that tells the background of the sentence's main act, which ranks below it. */
const BACKGROUND = /^(after|before|since|when|while|as|because|although|though|until|following|amid|if|unless|where)$/i;
const BACKGROUND_PENALTY = 0.05;
/** Lower rank for an act told as negated or under a condition: not something that happened. */
const UNREAL_PENALTY = 0.2;
/** Heads of a subject that speak for a government ("the Chinese government protested …"). */
const OFFICIAL_HEAD = /^(government|ministry|cabinet|authorities|authority|regime|leadership|administration|embassy|president|minister|premier|spokesman|spokeswoman|official|officials|diplomat|diplomats|leader|leaders|parliament|foreign ministry)$/i;
/** Lower rank for the act a noun's that-clause tells ("demands that it withdraw"): what was asked or claimed, not done. */
const CONTENT_PENALTY = 0.15;
/** Nouns whose that-clause tells what was asked, said or feared, not what happened. */
const CONTENT_NOUN = /^(demand|call|report|claim|allegation|accusation|charge|rumou?r|proposal|suggestion|fear|warning|threat|hope|assurance|promise|pledge|request|condition|insistence|speculation|suspicion|belief|idea|plan)s?$/i;
/** An actor code that is only an agent code (a person or body of no known country). */
const AGENT_LIKE = /^(GOV|MIL|JUD|LEG|OPP|REB|PTY|COP|SPY|MED|BUS|CVL|REF|HLH|EDU|ELI|LAB|AGR|ENV|HRI|DEV|REL|CRM|UAF|INS|SEP|MOD|RAD)$/;
/** Words in a verb group before its head that make its act not (yet) done: modals, the future, negation. */
const UNREAL_AUXILIARY = /^(will|would|shall|could|can|may|might|must|should|'ll|not|n't|never)$/i;
/** Words for a government named by its leader: "the Bush administration", "the Netanyahu government". */
const GOVERNMENT_HEAD = /^(administration|government|cabinet|regime)$/i;
/** Agent codes of a country's own people and bodies outside its state: students, opposition, civilians, unions, clergy. */
const DOMESTIC_ROLE = /^(EDU|OPP|CVL|LAB|PTY|REL|HRI|AGR)$/;
/** Nouns of refusal whose infinitive tells the act refused: "Israel's refusal to withdraw". */
const REFUSAL_NOUN = /^(refusal|refusals|unwillingness|reluctance)$/i;
/** A first-person subject in a quote: the speaker or the speaker's side. */
const FIRST_PERSON = /^(we|i)$/i;
/** Verbs of saying: a role word in what they report belongs to the speaker's country. */
const SAYING = new Set(['say', 'tell', 'announce', 'state', 'declare', 'add', 'warn', 'claim', 'insist', 'report', 'confirm', 'deny']);
/** Verbs of saying whose reported "Y was responsible for …" is the speaker's accusation of Y. */
const ACCUSING_SPEECH = new Set(['say', 'state', 'declare', 'claim', 'insist', 'charge', 'allege', 'add', 'tell', 'announce', 'assert', 'conclude']);
/** Participles of a stance after "be", not passives, before "to": "is opposed to", "is committed to". */
const STANCE = /^(opposed|committed)$/i;
/** Codes of verbal acts (appeals, intents, demands, criticism, rejections, threats) whose noun's "from" phrase names who made them. */
const VERBAL_ACT = /^(02|03|10|11|12|13)/;
/** Participles of holding people ("held by", "detained in"): their agent or place holds them. */
const HOLDING = /^(hold|detain|jail|imprison|kidnap|capture|abduct|arrest|seize|keep)$/i;
/** Nouns of a withdrawal of forces, whose "of" phrase names whose forces leave ("the withdrawal of its troops"). */
const WITHDRAWAL = /^(withdrawal|pullout|pull-out|departure|redeployment)$/i;
/** Codes of releasing persons or property (084x), whose source a passive's holder of them names. */
const RELEASE = /^084/;
/** Modals of obligation in a verb group: "must withdraw", "should release", "has to", "ought to". */
const OBLIGATION = /^(must|should|ought)$/i;
/** Predicates of blame after "was": "responsible for", "guilty of", "behind" (the attack). */
const BLAME = /^(responsible|guilty|culpable|accountable|behind)$/i;
/** Verbs whose reported clause's "would" is the future of indirect speech ("said it would withdraw"). */
const REPORTING = new Set([...SAYING, 'pledge', 'promise', 'vow', 'indicate', 'signal', 'reiterate']);
/** A phrase that refers back to two sides: "the two", "both sides", "the two leaders", "both governments", "all parties" (to a conflict). */
const PAIR_SUBJECT = /^(?:(?:the two|both)(?: (sides|countries|nations|states|governments|administrations|capitals|neighbou?rs|leaders|ministers|presidents|prime ministers|foreign ministers|men|women|heads of state|delegations|parties))?|(?:all(?: the)?|the warring|all(?: the)? warring) (sides|parties|factions))$/;
/** The pair nouns that name people (the two sides are then people, each of their own country). */
const PAIR_PEOPLE = /(leaders|ministers|presidents|men|women|heads of state|delegations)$/;
/** Objects that are the relation between the members of a compound subject ("improved [ties]", "signed [a treaty]"). */
const RELATIONS = /^(relation|relationship|tie|link|contact|cooperation|partnership|dialogue|talk|agreement|deal|treaty|pact|accord|alliance|friendship|trade|exchange|memorandum)s?$/;
/** A relation, or a truce, which binds its parties as a relation does ("the ceasefire between Armenia and Azerbaijan was broken"). */
function bond(lemma: string): boolean {
  return RELATIONS.test(lemma) || /^(ceasefire|cease-fire|truce|armistice)s?$/.test(lemma);
}
/** Roots of cooperative acts (intent, consult, diplomatic and material cooperation) that a compound subject does mutually. */
const COOPERATIVE = /^0[3-6]/;
/** Roots whose PLOVER types take an optional recipient (statements, appeals, AGREE, CONSULT, SUPPORT, CONCEDE, RETREAT), not COOPERATE or AID. */
const RECIPIENT_OPTIONAL = /^0[1-58]/;
/** Codes of yielding (CONCEDE, RETREAT): toward one's own country they are acts all the same ("lifted the curfew in Ambon"). */
const YIELDING = /^08/;
/** Concessions whose receiving end, when none is named, is the source's own people: reforms, releases, returns, demobilization. */
const DOMESTIC_YIELD = /^(08[0-4]|0873)/;
/** Verbs of ending whose gerund is the act ended: "stopped fighting", "ceased shelling". */
const CESSATION = /^(stop|cease|halt|end|quit|suspend)$/;
/** Nouns that measure an act ("a week of missile tests", "a series of raids", "a wave of arrests"): the act is their "of" phrase. */
const MEASURE = /^(series|week|weeks|day|days|month|months|round|rounds|wave|waves|spate|string|number|volley|barrage)$/i;
/** Easings of restrictions at home (administrative sanctions, political freedoms, parties, curfews, emergency rule). */
const EASED_AT_HOME = /^081/;
/** Roots of intents and support that a state body gives in its own country with no recipient named ("the government promised reforms in Rangoon"); concessions (08) are never self-directed. */
const STATE_PLEDGE = /^0[35]/;
/** Agent codes of a state's own bodies. */
const STATE_BODY = /^(GOV|MIL|COP|JUD|LEG)$/;
/** Nouns of a number of people ("thousands of Kurds", "a crowd of Tibetans"). */
const MULTITUDE = /^(thousands|hundreds|dozens|scores|tens|millions|crowds?|groups?|bands?|hundred|thousand|dozen|[0-9][0-9,]*)$/i;
/** Less sure: no target named; a side known only from a role word and a place. */
const TARGETLESS_PENALTY = 0.2;
const IMPLICIT_PENALTY = 0.1;

/** A verb pattern's confidence for two sides, lowered when either is a guess. */
function sidesConfidence(source: Side, target: Side | null): number {
  return VERB_CONFIDENCE - (source.implicit || target?.implicit ? IMPLICIT_PENALTY : 0);
}
/** Irregular past forms whose lemma the tagger misses when it took them for nouns ("gunmen [shot] …"). */
const IRREGULAR: Record<string, string> = { froze: 'freeze', unfroze: 'unfreeze', shot: 'shoot', struck: 'strike', fought: 'fight', took: 'take', overran: 'overrun', withdrew: 'withdraw', drove: 'drive', threw: 'throw', broke: 'break', sent: 'send', held: 'hold', met: 'meet', fled: 'flee', blew: 'blow', sank: 'sink', led: 'lead', stole: 'steal', slew: 'slay', forgave: 'forgive' };
/** Things sent, given or sold: their nationality in a passive's subject is the giver's ("Iranian weapons were shipped to …"). */
const GOODS = /^(weapon|arm|arms|missile|rocket|ammunition|tank|jet|aircraft|aid|assistance|food|medicine|supply|supplies|oil|gas|grain|wheat|loan|fund|funds|money|equipment)$/i;
/** Explosives as a clause's subject ("a car bomb exploded"): the act of whoever set them. */
const EXPLOSIVE = /^(bomb|explosive|explosives|device|mine|grenade|landmine|rocket|mortar|shell|blast|explosion)$/i;
/** Verbs of an event's breaking out or going on, whose phrases tell the sides of the event noun they follow ("clashes [broke out] between …"). */
const ONSET = /^(break|erupt|flare|resume|continue|rage|intensify|escalate)$/i;
/** Forces, missions and envoys are their country's in a passive of moving them ("American troops were deployed to Somalia", "UN observers were withdrawn from Angola", "Austria's ambassador was recalled"), not of harming them. */
const FORCES = /^(troop|troops|soldier|soldiers|force|forces|peacekeeper|peacekeepers|observer|observers|inspector|inspectors|monitor|monitors|ambassador|ambassadors|envoy|envoys|diplomat|diplomats|warship|warships|carrier|carriers|unit|units|division|divisions|brigade|brigades|battalion|battalions|army|navy|military|reservist|reservists|reserve|reserves|police|guard|guards|guardsmen|gendarmes|paratroopers|marines|commandos)$/i;
/** Verbs of moving forces or raising their readiness ("[were placed] on alert"): a passive's forces are their own country's act. */
const MOVED = /^(deploy|send|dispatch|station|move|airlift|fly|rush|withdraw|pull|redeploy|mobilize|mobilise|put|place|call|recall)$/i;
/** Verbs that tell what protesters want, in a purpose clause or participle after the protest ("rallied … [demanding] the resignation of …"). */
const PROTEST_DEMAND = /^(demand|call|call for|urge|press|press for|seek)$/;
/**
 * A protest's demand gives its CAMEO sub-code (1411–1454: leadership change, policy change, rights, institutions), as
 * the demand and the appeal codes tell it (1041–1044, 0241–0244); the last digit is the same in each.
 */
const PROTEST_CODE = /^14[0-5]$/;
const DEMAND_KIND = /^(?:104|024)([1-4])$/;
/** A target slot (verbs.tsv, nouns.tsv) for an act that is no event without a target ("hit", "host"). */
const DYAD = 'dyad';
/** Not a slot (nouns.tsv): the noun's "of" phrase names who does it when nothing else does ("the withdrawal of Syrian troops"). */
const OF_ACTOR = 'of-actor';
/** Verbs of an act's happening, whose subject noun tells an act that took place ("the pullout … [was completed]", "the release … [began]"). */
const HAPPENING = /^(begin|start|resume|continue|complete|finish|proceed|conclude)$/i;
/** Roots of coercion and violence (17–20), which a country's forces or authorities do to its own people and places too. */
const FORCIBLE = /^(17|18|19|20)/;
/** Verbs whose negation is a warning ("will not tolerate interference", CAMEO 130): their rows code only when negated. */
const NEGATED_WARNING = /^(tolerate|countenance)$/i;
/** Documents whose participle tells an act ("a resolution condemning …", "a statement denouncing …"). */
const DOCUMENT = /^(resolution|resolutions|motion|draft|statement|declaration|text|bill|letter|communique|communiqué)$/i;
/** Verbs that order forces to act ("ordered the army to shell the town"). */
const ORDER = /^(order|command|instruct|direct)$/i;
/** The edge of a country: "near the Iraqi [border]" happens on either side of it. */
const BORDER = /^(border|borders|frontier|frontiers)$/i;
/** A target slot (verbs.tsv) for an act the subject suffers ("survived an assassination attempt", "came under fire"): the subject is the target. */
const SUFFERER = 'subj';
/** Coercion (root 17): arrests, bans, curfews, expulsions, repression. */
const COERCIVE = /^17/;
/** Codes of violence: assault, fighting, mass violence. */
const VIOLENT = /^(18|19|20)/;
/** Codes of a state's acts of administration (bans, curfews, emergency rule, seizures, and their easing): an agentless passive's is the state's whose people or bodies it binds. */
const ADMINISTRATIVE = /^(17[1-3]|08[1-3])/;
/** Verbs that govern a bare infinitive in their verb group ("helped rebuild"). */
const BARE_GOVERNOR = /^help$/;
/** Codes of reducing relations whose agentless passive's "from" phrase names who acted ("was suspended from the Commonwealth"). */
const SUSPENSION = /^16/;
/** Agent codes of a state's own bodies and people, whose legal action an agentless passive tells ("the opposition leader was charged"). */
const STATE_OWN = /(GOV|OPP|PTY|LEG|JUD|MIL|ELI)$/;
/** Sites an attack strikes that stand where they are ("PKK [camps] in northern Iraq", "Hezbollah [positions] in Lebanon"). */
const STRUCK_SITE = /^(camp|base|position|hideout|target|stronghold|post|outpost|installation|facility|headquarters|depot|base camp|training camp|den|hideaway|sanctuary)s?$/i;
/** Verbs whose passive names who did an act ("was blamed on Hamas", "was attributed to the IRA"). */
const BLAMED = /^(blame|attribute)$/;

interface Side {
  actor: string;
  code: string;
  country: string;
  /** Known only from a role word and the sentence's place ("police … in Nairobi"), not from a name. */
  implicit?: boolean;
  /** A country's people named by their plural demonym ("among Palestinians", "urged Cubans to …"), not the state. */
  people?: boolean;
  /** A country's name told as where something is ("villages in Kosovo"), not as an actor. */
  where?: boolean;
}

interface Candidate {
  sentence: number;
  first: number;
  last: number;
  source: Side;
  /** Null for an act with no one at its receiving end named ("the Kremlin rejected the proposal", "rebels attacked a checkpoint"). */
  target: Side | null;
  code: string;
  rule: string;
  confidence: number;
  frame?: VerbFrame;
  /** The token whose lemma the pattern read, when it is not the verb group's head ("threatened" in "threatened to impose"). */
  head?: number;
  statement?: boolean;
  /** The verb that tells the act: the pattern's lemma, or the light verb of an event noun ("declared a ceasefire"). */
  lemma?: string;
  /** A speaker's demand that another do the act ("Syria said Israel must withdraw"): told as asserted, whatever its modal. */
  demand?: boolean;
}

/**
 * A verb frame as the patterns read it: the lemma (with its particle, "call on", or the preposition after it,
 * "call for"), what stands as its object, the prepositional phrases after it, and the act it governs, if any.
 */
interface Reading {
  lemma: string;
  /** The token of the lemma: the main verb, or a governing verb inside the group ("threatened to impose"). */
  head: number;
  patterns: VerbPattern[];
  /** Index in the clause's chunks of the object: the noun phrase, or the PP of a verb+preposition lemma; -1 for none. */
  objectIndex: number;
  pps: Chunk[];
  complement: Complement | null;
  /** A particle the lemma could not use, read as the preposition of the object ("fired on [Armenian positions]"). */
  preposition?: string;
  /** A verb of ending that governs a gerund ("stopped [supplying] gas"): the act ended is not coded as done. */
  ended?: boolean;
}

/**
 * The act a verb governs: "urged Russia [to withdraw its troops]", "threatened [to impose sanctions on
 * Lithuania]", "accused Iran of [attacking its ships]", "demanded [that Israel withdraw]". Its words narrow
 * the governing verb's pattern (an object constraint may name them), its actors may be the target (the
 * `comp` slot), and when the governing verb's pattern fires, the governed act is told by it, not on its own.
 */
interface Complement {
  /** The governed verb's own frame (consumed when the governing verb's event is coded); null inside one verb group. */
  frame: VerbFrame | null;
  chunks: Chunk[];
  /** A that-clause's subject ("demanded that [Israel] withdraw"). */
  subject: Chunk | null;
  verbFirst: number;
  verbLast: number;
  object: Chunk | null;
  pps: Chunk[];
  /** The last token of the governed clause. */
  last: number;
  /** Its subject's actor is the first one in its phrase ("that [Iran] release the Swedish diplomat"). */
  first?: boolean;
  /** Governed verbs coordinated after it ("urged Russia to hold talks [and to lift] the blockade"), consumed with it. */
  also?: VerbFrame[];
}

export function codeEvents(doc: Doc, context: StageContext): ChanceryEvent[] {
  return new Coder(doc, context).run();
}

class Coder {
  private readonly doc: Doc;
  private readonly context: StageContext;
  private readonly actorAt: Map<number, string>;
  private readonly codeAt = new Map<number, string>();
  private readonly placeAt = new Map<number, string>();
  private readonly inQuote: Uint8Array;
  /** Tokens of a direct quote with a known speaker → that speaker and the cue's token ("…,' Arafat [said]"). */
  private readonly quoteOf = new Map<number, { speaker: string; cue: number }>();
  private readonly structs: SentenceStructure[];
  private readonly tables = eventTables();
  private readonly actorById = new Map<string, { kind: string; country?: string; code: string }>();
  /** Governed frames whose subject is the governing verb's object ("urged [Russia] to withdraw"). */
  private readonly controller = new Map<VerbFrame, Chunk>();
  /** The governing frame of a governed verb whose subject is its object ("ordered [the air force] to bomb"). */
  private readonly governor = new Map<VerbFrame, VerbFrame>();
  /** Governed frames told by their governing verb's event. */
  private readonly consumed = new Set<VerbFrame>();
  /** Country actors made for events' sides that the article names only by a place or a role word. */
  private readonly madeActors = new Map<string, Doc['actors'][number]>();
  /** Token ranges of each sentence that a coded verb event tells (its object, phrases and governed act). */
  private covered: [number, number][] = [];
  /** Sides made for phrases that name several states ("Western governments"): no place or speaker gives them a country. */
  private readonly blocSides = new Set<string>();

  constructor(doc: Doc, context: StageContext) {
    this.doc = doc;
    this.context = context;
    this.actorAt = actorsByToken(doc);
    for (const a of doc.actors) this.actorById.set(a.id, { kind: a.kind, country: a.country, code: a.code });
    const n = doc.tokens.start.length;
    for (const m of doc.mentions) {
      const code = (m as { code?: string }).code;
      const place = doc.places.find((p) => p.mentions.includes(m.id));
      for (let t = tokenFrom(doc, m.start); t >= 0 && t < n && doc.tokens.start[t] < m.end; t++) {
        if (code) this.codeAt.set(t, code);
        if (place) this.placeAt.set(t, place.id);
      }
    }
    this.inQuote = new Uint8Array(n);
    for (const q of doc.quotes) {
      if (!q.direct) continue;
      const said = q.speaker ? { speaker: q.speaker, cue: q.cue ? tokenFrom(doc, q.cue.start) : -1 } : null;
      for (let t = tokenFrom(doc, q.start); t >= 0 && t < n && doc.tokens.start[t] < q.end; t++) {
        this.inQuote[t] = 1;
        if (said) this.quoteOf.set(t, said);
      }
    }
    this.structs = structures(doc);
  }

  run(): ChanceryEvent[] {
    const candidates: Candidate[] = [];
    for (const st of this.structs) {
      this.covered = [];
      const found = [...this.allegationEvents(st), ...this.verbEvents(st), ...this.blameEvents(st)];
      found.push(...this.nounEvents(st));
      this.protestDemands(found);
      if (found.length > MAX_EVENTS_PER_SENTENCE) {
        this.doc.warn(`sentence with ${found.length} events: kept the first ${MAX_EVENTS_PER_SENTENCE}`, this.doc.sentences[st.sentence]);
        found.length = MAX_EVENTS_PER_SENTENCE;
      }
      candidates.push(...found);
    }
    candidates.push(...this.statementEvents());
    for (const c of candidates) this.domesticSource(c);
    for (const c of candidates) this.obligation(c);
    for (const c of candidates) if (c.frame && this.background(c.frame)) c.confidence -= BACKGROUND_PENALTY;
    for (const c of candidates) if (c.frame && this.nounContent(c.frame)) c.confidence -= CONTENT_PENALTY;
    return this.merge(candidates.filter((c) => !selfDirected(c)).map((c) => this.finish(c)));
  }

  /**
   * A demand told in a purpose clause or a participle after a protest ("rallied in Belgrade [demanding] the
   * resignation of …", "blocked roads [to demand] land rights") is what the protest is for, as CAMEO codes it
   * (1411–1454), not an act of its own: the protest takes its sub-code, and its target when it names none.
   */
  private protestDemands(found: Candidate[]): void {
    for (const p of found) {
      if (!PROTEST_CODE.test(p.code)) continue;
      const i = found.findIndex((d) => {
        if (d === p || !d.frame || d.first <= p.last || !/^(10|02)/.test(d.code)) return false;
        if (!PROTEST_DEMAND.test(this.headLemma(d.frame.verb.head)) || d.source.country !== p.source.country) return false;
        // Only a purpose infinitive or a participle, whose subject is the protesters': "to demand", ", demanding".
        const first = d.frame.verb.first;
        return /^to$/i.test(this.word(first)) || /^to$/i.test(this.word(first - 1)) || /ing$/i.test(this.word(d.frame.verb.head));
      });
      if (i < 0) continue;
      const d = found[i];
      const kind = DEMAND_KIND.exec(d.code)?.[1];
      if (kind) p.code = `${p.code === '140' ? '141' : p.code}${kind}`;
      if (!p.target && d.target) p.target = d.target;
      p.confidence = Math.max(p.confidence, d.confidence);
      p.rule += ` +${d.code}`;
      found.splice(i, 1);
    }
  }

  // ---- actors of chunks ----

  private side(actor: string, token: number): Side | null {
    const a = this.actorById.get(actor);
    if (!a) return null;
    const code = this.codeAt.get(token) ?? a.code;
    const side: Side = { actor, code, country: a.country ?? code.slice(0, 3) };
    if (a.kind === 'country' && (this.peopleWord(token, a.country) || this.peopleAfter(actor, token))) side.people = true;
    if (a.kind === 'country' && token > 0 && /^(in|across|throughout|inside)$/i.test(this.word(token - 1))) side.where = true;
    // "Kosovo Albanian leaders", "Kosovo Serbs": a country named before another's demonym is where they live.
    if (a.kind === 'country' && this.residenceBefore(actor, token)) side.where = true;
    return side;
  }

  /** The last token of the mention of actor `id` that token `t` is in or opens ("[South Korean]"). */
  private runEnd(id: string, t: number): number {
    let end = t;
    while (this.actorAt.get(end + 1) === id) end++;
    return end;
  }

  /** Whether the country `id` at `t` is named right before another country's name or demonym ("[Kosovo] Albanian leaders"). */
  private residenceBefore(id: string, t: number): boolean {
    const end = this.runEnd(id, t);
    const next = this.actorAt.get(end + 1);
    return next !== undefined && next !== id && this.actorById.get(next)?.kind === 'country' && this.doc.tokens.pos[end + 1] !== 'PRON';
  }

  /** The clause's subject is headed by a name or a word for a government ("Russia", "the Chinese government"), not by people ("Palestinian youths"). */
  private officialSubject(c: Candidate): boolean {
    const subject = c.frame ? this.subjectOf(c.frame) : null;
    if (!subject) return true;
    const np = subject.type === 'PP' ? subject.object : subject;
    if (!np) return true;
    return this.actorAt.has(np.head) || OFFICIAL_HEAD.test(this.doc.tokens.lemma[np.head] ?? '');
  }

  /** A side that is a state or its government ("Russia", "Moscow", "the Greek government"), not its people or a group in it. */
  private stateSide(side: Side): boolean {
    const a = this.actorById.get(side.actor);
    if (side.people || side.implicit) return false;
    if (a?.kind === 'country' && side.code.length === 3) return true;
    return /GOV$/.test(side.code);
  }

  /**
   * A country's name or demonym before a plural name of a people in it that heads the phrase and names no actor:
   * "[Iraqi] Kurds", "[Iraqi] Shiites", "[American] Jews" are people of the state, not the state.
   */
  private peopleAfter(id: string, t: number): boolean {
    const next = this.runEnd(id, t) + 1;
    const w = this.word(next);
    // "Bosnian Croats", "Iraqi Kurds": another nation's plural demonym after the adjective is a people too.
    const other = this.actorAt.get(next);
    const nation = other !== undefined && other !== id && this.peopleWord(next, this.actorById.get(other)?.country);
    if (!/^[A-Z][a-z]+s$/.test(w) || (this.actorAt.has(next) && !nation) || lookupRole(w.toLowerCase()) || this.tables.agents.has(w.toLowerCase())) return false;
    return /^(NOUN|PROPN)$/.test(this.doc.tokens.pos[next] ?? '') && !/^(NOUN|PROPN)$/.test(this.doc.tokens.pos[next + 1] ?? '');
  }

  /** A plural demonym heading its phrase ("[Palestinians] in Gaza", not "Palestinian workers" nor "the Philippines"). */
  private peopleWord(token: number, iso3: string | undefined): boolean {
    const w = this.word(token);
    if (!iso3 || !/s$/.test(w) || /^(NOUN|PROPN)$/.test(this.doc.tokens.pos[token + 1] ?? '')) return false;
    const c = countryByCode(iso3);
    return !!c && c.demonyms.includes(w) && !c.names.includes(w) && c.name !== w;
  }

  /**
   * The most specific actor in a token range (a person over an organization over a country); among equals
   * the last, which heads an English noun phrase ("his Turkish counterpart Selim Karaoglu"). A possessive
   * pronoun ("his") names the phrase's owner, not the phrase, and counts only when nothing else does.
   */
  private actorIn(first: number, last: number): Side | null {
    let best: { id: string; token: number; rank: number } | null = null;
    let pronoun: { id: string; token: number } | null = null;
    for (let t = first; t <= last; t++) {
      const id = this.actorAt.get(t);
      if (!id || this.groupWord(id, t)) continue;
      if (this.doc.tokens.pos[t] === 'PRON' && /^(his|her|its|their)$/i.test(this.word(t))) {
        pronoun ??= { id, token: t };
        continue;
      }
      const rank = KIND_RANK[this.actorById.get(id)?.kind ?? 'country'] ?? 2;
      if (!best || rank <= best.rank) best = { id, token: t, rank };
    }
    if (best) return this.ownCountry(best.id, first, last) ?? this.roleOfCountry(best.id, best.token, last) ?? this.side(best.id, best.token);
    return pronoun && last - first === 0 ? this.side(pronoun.id, pronoun.token) : null;
  }

  /**
   * A name that stands for a people, not for a state or a person: "ethnic [Albanian] demonstrators" (a minority,
   * placed by where it lives), "[Kashmiri] civilians" taken for a person's name (a group word of
   * data/actors/group-homes.tsv, which gives its side a country); or for who holds a place ("[Serb]-held areas").
   */
  private groupWord(id: string, t: number): boolean {
    const a = this.actorById.get(id);
    if (a?.kind === 'country') {
      const end = this.runEnd(id, t);
      // "[Serb]-held areas of the Krajina", "the [Israeli]-occupied Golan": the place is the side, not who holds it.
      const held = this.word(end + 1) === '-' && /^(held|controlled|occupied|administered)$/i.test(this.word(end + 2));
      // "Kosovo [Albanian] leaders": a demonym after the country its people live in.
      const prev = t > 0 ? this.actorAt.get(t - 1) : undefined;
      const resident = prev !== undefined && prev !== id && this.actorById.get(prev)?.kind === 'country' && this.residenceBefore(prev, t - 1);
      return held || resident || /^ethnic$/i.test(this.word(t)) || (t > 0 && /^ethnic$/i.test(this.word(t - 1)));
    }
    return a?.kind === 'person' && !a.country && this.tables.groupHomes.has(this.word(t).toLowerCase());
  }

  /**
   * A country named before a role word that heads its phrase is that body of the country, as CAMEO codes it:
   * "Russian [troops]" RUSMIL, "the French [ambassador]" and "Russia's foreign ministry" FRAGOV, RUSGOV.
   */
  private roleOfCountry(id: string, token: number, last: number): Side | null {
    const a = this.actorById.get(id);
    if (a?.kind !== 'country' || !a.country || token >= last || this.codeAt.has(token)) return null;
    const agent = this.roleIn(token + 1, last);
    return agent && AGENT_LIKE.test(agent) ? this.countrySide(a.country, agent) : null;
  }

  /**
   * A person of no known country stands for the country its own phrase names ("Venezuela's Hugo Chavez",
   * "Hezbollah leader Hassan Nasrallah"), with the agent code of the person's title when it has one.
   */
  private ownCountry(id: string, first: number, last: number): Side | null {
    const a = this.actorById.get(id);
    if (a?.kind !== 'person' || a.country) return null;
    for (let t = first; t <= last; t++) {
      const other = this.actorAt.get(t);
      const country = other && other !== id && this.doc.tokens.pos[t] !== 'PRON' ? this.actorById.get(other)?.country : undefined;
      if (country) return this.countrySide(country, AGENT_LIKE.test(a.code.slice(-3)) ? a.code.slice(-3) : undefined);
    }
    return null;
  }

  /** The actor(s) of a chunk and of the chunks coordinated with it ("X, Y and Z"). */
  private actorsFrom(chunks: Chunk[], index: number, sources: Side[] = []): Side[] {
    const out: Side[] = [];
    const first = chunks[index];
    const own = this.actorIn(first.object?.first ?? first.first, first.last) ?? (first.type === 'PP' || first.type === 'NP' ? this.placeCountry(first.first, first.last) : null);
    if (own) out.push(own);
    // "The two agreed …", "urged both sides", "in contact with both governments": the two sides it refers back
    // to. Not "both sides of the border", which is a place.
    const np = first.type === 'PP' ? first.object : first.type === 'NP' ? first : undefined;
    const of = chunks[index + 1];
    if (!own && np && !this.ofPhrase(of)) {
      const pair = this.pairBefore(np, sources);
      if (pair) return pair;
    }
    for (let k = index + 1; k < chunks.length; k++) {
      const c = chunks[k];
      const w = this.word(c.first).toLowerCase();
      if (c.type === 'O' && (w === ',' || w === 'and')) continue;
      // "Oman, [which borders Yemen] …": a relative clause, not a member.
      if (c.type !== 'NP' || /^(which|who|whose|that)$/i.test(this.word(c.first))) break;
      // "talks between Lavrov and Kuleba, and [Erdogan] spoke …": after a verb, a noun phrase with a finite verb
      // of its own is the next clause's subject, not one more member.
      const after = chunks[k + 1];
      // Not right after a verb of saying ("said [Indonesia and Australia] held talks"): that list is its clause's subject.
      const said = index > 0 && chunks[index - 1].type === 'VP' && SAYING.has(this.headLemma(chunks[index - 1].head));
      if (after?.type === 'VP' && this.word(after.first).toLowerCase() !== 'to' && chunks.slice(0, index).some((x) => x.type === 'VP') && !said) break;
      const a = this.actorIn(c.first, c.last);
      if (!a) break;
      if (out.some((o) => o.actor === a.actor)) continue;
      if (out.length === MAX_COMPOUND) {
        this.doc.warn(`a list of more than ${MAX_COMPOUND} actors: events for the first ${MAX_COMPOUND} only`, { start: this.doc.tokens.start[first.first], end: this.doc.tokens.end[c.last] });
        break;
      }
      out.push(a);
    }
    return out;
  }

  /** A place inside the range stands for its country as a target ("an embassy in Tel Aviv", "a village in Mali"). */
  private placeCountry(first: number, last: number): Side | null {
    for (let t = first; t <= last; t++) {
      const place = this.placeAt.get(t);
      if (!place) continue;
      const country = this.doc.places.find((p) => p.id === place)?.country;
      const side = country ? this.countrySide(country) : null;
      // Known from where it is: a state that was then part of another is that other (sovereignAt).
      if (side) return { ...side, where: true };
    }
    return null;
  }

  /**
   * A country as a side, with an agent code ("police" → COP): the country's actor when the article names it,
   * else one made for the event (added to the record's actors when an event keeps it).
   */
  private countrySide(iso3: string, agent?: string, implicit = false): Side | null {
    const id = `country:${iso3}`;
    let a = this.actorById.get(id);
    if (!a) {
      const c = countryByCode(iso3);
      if (!c || c.iso3 !== iso3) return null;
      a = { kind: 'country', country: iso3, code: c.cameo };
      this.actorById.set(id, a);
      this.madeActors.set(id, { id, name: c.name, kind: 'country', country: iso3, agents: [], code: c.cameo, mentions: [] });
    }
    return { actor: id, code: agent ? `${a.code}${agent}` : a.code, country: iso3, ...(implicit ? { implicit } : {}) };
  }

  /**
   * A side named only by a role word ("police", "protesters", "government troops", "dozens of activists"): the
   * country of a place in an "in"/"from" phrase after it, else of the first place the sentence names.
   */
  private roleSide(chunks: Chunk[], index: number, sentence: number, other?: Side): Side | null {
    const chunk = chunks[index];
    if (!chunk || (chunk.type !== 'NP' && chunk.type !== 'PP')) return null;
    const np = chunk.type === 'PP' ? chunk.object : chunk;
    if (!np) return null;
    let role = this.roleIn(np.first, np.last);
    let k = index + 1;
    // "dozens of opposition activists", "hundreds of protesters", "tens of thousands of students"
    for (let n = 0; n < 2 && !role && chunks[k]?.type === 'PP' && chunks[k].object && this.word(chunks[k].head).toLowerCase() === 'of'; n++) {
      role = this.roleIn(chunks[k].object!.first, chunks[k].object!.last);
      k++;
    }
    if (!role) return null;
    // "Western governments", "Arab foreign ministers": several states, none of them the place's.
    if (this.blocIn(np.first, chunks[k - 1]?.last ?? np.last)) return null;
    const next = chunks[k];
    const phrase = next?.type === 'PP' && next.object && /^(in|from)$/i.test(this.word(next.head)) ? next.object : null;
    const own = phrase ? this.countryIn(phrase.first, phrase.last) : null;
    // "Chechen refugees", "militants in Kashmir": the state a group word in the phrase most often means.
    const home = own ? null : (this.homeIn(np.first, np.last) ?? (phrase ? this.homeIn(phrase.first, phrase.last) : null));
    // "Israel's defense minister said [the army] would respond": the speaker's country; then the sentence's place;
    // then, for a target, the source's country ("government forces recaptured the town from [rebels]").
    const country = own?.country ?? home ?? this.speakerCountry(sentence, np.first) ?? this.sentencePlace(sentence, true) ?? this.speakerCountry(sentence, np.first, true) ?? this.placeHome(sentence) ?? other?.country;
    return country ? this.countrySide(country, role, true) : null;
  }

  /** The sentence opens with a violent noun between two named sides, and the frame's verb is its first ("Clashes between … left 12 dead"). */
  private fightingBetween(st: SentenceStructure, frame: VerbFrame): boolean {
    const [opener, between] = st.chunks;
    const firstVerb = st.chunks.find((c) => c.type === 'VP');
    return !this.passive(frame) && firstVerb === frame.verb && opener?.type === 'NP' && this.violentNoun(opener.head) && between?.type === 'PP' && /^between$/i.test(this.word(between.head)) && this.betweenSides(st.chunks, 1, st.sentence).length > 1;
  }

  /** The sides a "between" phrase names: its actors, or for the other member a role word the sentence places ("between Indian troops and [Muslim separatists] in Kashmir"). */
  private betweenSides(chunks: Chunk[], k: number, sentence: number): Side[] {
    const named = this.actorsFrom(chunks, k);
    const and = chunks[k + 1];
    if (named.length > 1 || and?.type !== 'O' || !/^and$/i.test(this.word(and.first)) || chunks[k + 2]?.type !== 'NP') return named;
    // "between [police] and Muslim militants in Kashmir": role words both, placed by the sentence.
    const first = named[0] ?? this.roleSide(chunks, k, sentence);
    const other = this.roleSide(chunks, k + 2, sentence, first ?? undefined);
    // "between [police] and Tamil rebels": a role word the sentence does not place is of the other member's country.
    const one = first ?? (other ? this.roleSide(chunks, k, sentence, other) : null);
    return one && other ? [one, other] : named;
  }

  /** The state a group word in a place phrase of the sentence most often means ("… in the [Kashmir] valley": India). */
  private placeHome(sentence: number): string | null {
    const first = this.doc.tokens.sentenceFirstToken[sentence];
    const last = this.doc.tokens.sentenceFirstToken[sentence + 1] - 1;
    for (let t = first + 1; t <= last; t++) {
      if (!LOCATIVE.test(this.word(t)) || /^of$/i.test(this.word(t))) continue;
      for (let k = t + 1; k <= Math.min(last, t + 3); k++) {
        const home = this.homeIn(k, k);
        if (home) return home;
      }
    }
    return null;
  }

  /** A country named as a border ("near the [Iraqi] border"): the edge of a country, seen from the other side of it. */
  private borderOf(id: string, t: number): boolean {
    const end = this.runEnd(id, t);
    return BORDER.test(this.word(end)) || BORDER.test(this.word(end + 1));
  }

  /** The state a group word in the range most often means ("Sikh", "Chechens", "Kashmir"; data/actors/group-homes.tsv). */
  private homeIn(first: number, last: number): string | null {
    for (let t = first; t <= last; t++) {
      const home = this.tables.groupHomes.get(this.word(t).toLowerCase());
      if (!home) continue;
      // "Hutu rebels … outside Bujumbura": of the states a group lives in, the one the sentence's place is in.
      const states = home.split('|');
      if (states.length < 2) return home;
      const place = this.sentencePlace(this.doc.tokens.sentence[t]);
      return place && states.includes(place) ? place : states[0];
    }
    return null;
  }

  /**
   * The country of the subject of a verb of saying whose clause comes before the token ("X said [that …]"); with
   * `trailing`, of the attribution that ends the sentence instead ("…, the Ugandan army said", "…, said the Ugandan
   * army"), which places a role word only when the sentence names no place.
   */
  private speakerCountry(sentence: number, token: number, trailing = false): string | null {
    const frames = this.structs[sentence].frames;
    for (const f of frames) {
      if (trailing || f.verb.last >= token) break;
      if (!SAYING.has(this.doc.tokens.lemma[f.verb.head])) continue;
      const subject = this.subjectOf(f);
      const a = subject ? this.actorIn(subject.first, subject.last) ?? this.ofPhraseActor(f.clause.chunks, subject, f.verb) : null;
      if (a?.country) return a.country;
    }
    const end = frames.at(-1);
    if (!trailing) return null;
    if (!end || end.verb.first <= token || !SAYING.has(this.doc.tokens.lemma[end.verb.head])) return null;
    const subject = end.subject;
    const chunks = end.clause.chunks;
    const k = subject ? chunks.indexOf(subject) : -1;
    const before = subject && subject.first > end.verb.last ? chunks[chunks.indexOf(end.verb) - 1] : chunks[k - 1];
    if (!subject || subject.first <= token || before?.type !== 'O' || this.word(before.first) !== ',') return null;
    // "said a spokesman [for the Kenyan government]"
    const of = chunks[k + 1];
    const last = of?.type === 'PP' && of.object && /^(of|for)$/i.test(this.word(of.head)) ? of.last : subject.last;
    return this.actorIn(subject.first, last)?.country || null;
  }

  /** The agent code of a role word heading the phrase ("riot police", "government forces", "protesters"). */
  private roleIn(first: number, last: number): string | null {
    const { pos } = this.doc.tokens;
    for (let t = last; t >= first; t--) {
      if (pos[t] !== 'NOUN' && pos[t] !== 'PROPN') continue;
      const one = this.word(t).toLowerCase();
      const two = t > first ? `${this.word(t - 1).toLowerCase()} ${one}` : '';
      const role = (two ? lookupRole(two) : undefined) ?? lookupRole(one);
      const agent = role ? role.agents[0] : ((two ? this.tables.agents.get(two) : undefined) ?? this.tables.agents.get(one) ?? null);
      // "the rebels' leader", "the guerrillas' commander": a head of no role of its own speaks for its possessor.
      if (!agent && t - 2 >= first && /^['’]s?$/.test(this.word(t - 1))) return this.roleIn(first, t - 2);
      // "the government's peace proposal", "the government offer": a thing of no role is its owner's, named by a
      // possessive before its modifiers or by a noun modifier that is a role.
      if (!agent) {
        let k = t - 1;
        while (k > first && pos[k] === 'NOUN' && !this.roleWord(k)) k--;
        if (k > first && k < t - 1 && /^['’]s?$/.test(this.word(k))) return this.roleIn(first, k - 1);
        if (k >= first && k < t && pos[k] === 'NOUN' && this.roleWord(k)) return this.roleWord(k);
      }
      return agent;
    }
    return null;
  }

  /** The agent code of a one-word role noun ("government", "army", "rebels"), else null. */
  private roleWord(t: number): string | null {
    const one = this.word(t).toLowerCase();
    return lookupRole(one)?.agents[0] ?? this.tables.agents.get(one) ?? null;
  }

  /** The country a range names: a country's own name ("in Syria"), else a place in it ("in Aleppo"). */
  private countryIn(first: number, last: number): Side | null {
    for (let t = first; t <= last; t++) {
      const id = this.actorAt.get(t);
      if (id && this.actorById.get(id)?.kind === 'country' && this.doc.tokens.pos[t] !== 'PRON' && !this.groupWord(id, t)) return this.side(id, t);
    }
    return this.placeCountry(first, last);
  }

  /**
   * Where the sentence happens: the country of the first place or country after a locative preposition ("in
   * Lagos", "in northern Mali", "outside the parliament in Seoul"), else of the first place it names.
   */
  private sentencePlace(sentence: number, premises = false): string | null {
    const first = this.doc.tokens.sentenceFirstToken[sentence];
    const last = this.doc.tokens.sentenceFirstToken[sentence + 1] - 1;
    const { pos } = this.doc.tokens;
    let any: string | null = null;
    for (let t = first; t <= last; t++) {
      const place = this.placeAt.get(t);
      let country = place ? this.doc.places.find((p) => p.id === place)?.country : undefined;
      if (!country) {
        const id: string | undefined = this.actorAt.get(t);
        const a = id ? this.actorById.get(id) : undefined;
        // "clashes near the [Iraqi] border": the edge of a country, seen from the other side of it.
        if (a?.kind === 'country' && pos[t] !== 'PRON' && !this.borderOf(id!, t)) country = a.country;
        else continue;
      } else any ??= country;
      if (!country) continue;
      let k = t - 1;
      // "in south Lebanon", "in northwest Pakistan": a compass word the tagger may call a noun.
      while (k >= first && (pos[k] === 'ADJ' || pos[k] === 'DET' || COMPASS.test(this.word(k)) || (this.placeAt.get(k) ?? this.actorAt.get(k)) !== undefined)) k--;
      // For people named by a role word ("students demonstrated outside the [US] embassy in Seoul"): a country's
      // embassy or base stands in another country.
      let e = t;
      const id = this.placeAt.get(t) ?? this.actorAt.get(t);
      while (e < last && (this.placeAt.get(e + 1) ?? this.actorAt.get(e + 1)) === id) e++;
      if (premises && FOREIGN_PREMISES.test(this.word(e + 1))) continue;
      if (k >= first && LOCATIVE.test(this.word(k))) return country;
    }
    return any;
  }

  private lowerWords?: string[];
  private lowerLemmas: string[] = [];
  private headLemmas: string[] = [];
  private heldTokens?: number[];
  private heldWithin = new Set<number>();
  private heldWords = new Set<string>();

  private word(t: number): string {
    return this.doc.text.slice(this.doc.tokens.start[t], this.doc.tokens.end[t]);
  }

  /** The frame whose object is the document a participle frame tells ("pushed for [a resolution] condemning …"). */
  private documentDrafter(st: SentenceStructure, frame: VerbFrame): VerbFrame | null {
    const subject = frame.subject;
    if (!subject || frame.verb.first !== frame.verb.last || !/ing$/i.test(this.word(frame.verb.head))) return null;
    const np = subject.type === 'PP' ? subject.object : subject;
    if (!np || !DOCUMENT.test(this.word(np.head)) || subject.last + 1 !== frame.verb.first) return null;
    return st.frames.find((f) => f !== frame && f.clause === frame.clause && f.verb.last < subject.first && (f.object === subject || f.pps.includes(subject))) ?? null;
  }

  /**
   * A relation noun before the clause's verb and the actors of the "between" phrase after it ("[relations] between
   * Iran and Britain were …"); null when there is none.
   */
  private relationParties(chunks: Chunk[], frame: VerbFrame): { relation: Chunk; parties: Side[] } | null {
    const verb = chunks.indexOf(frame.verb);
    const k = chunks.findIndex((c, i) => i < verb - 1 && c.type === 'NP' && bond(this.doc.tokens.lemma[c.head]?.toLowerCase() ?? ''));
    const pp = chunks[k + 1];
    if (k < 0 || pp?.type !== 'PP' || !/^between$/i.test(this.word(pp.head))) return null;
    const out: Side[] = [];
    for (let i = k + 1; i < verb; i++) {
      const c = chunks[i];
      if (c.type === 'O' && /^(and|,)$/i.test(this.word(c.first))) continue;
      if (c.type !== 'PP' && c.type !== 'NP') break;
      if (i > k + 1 && c.type === 'PP') break;
      for (const side of this.actorsFrom(chunks, i)) if (!out.some((x) => sameSide(x, side))) out.push(side);
    }
    return { relation: chunks[k], parties: out };
  }

  /** The verb at `head` has a row of one of `codes` ("storm", "shell", "arrest": FORCIBLE). */
  private hasRow(head: number, codes: RegExp): boolean {
    return this.tables.verbs.get(this.headLemma(head))?.some((p) => codes.test(p.code)) ?? false;
  }

  /** A verb token's lemma: the tagger's, or a participle's stem when the tagger took it for a noun ("has long accused"). */
  private headLemma(t: number): string {
    // Asked of the same verbs by every reading and rule: guessed once per token.
    this.headLemmas[t] ??= this.guessHeadLemma(t);
    return this.headLemmas[t];
  }

  private guessHeadLemma(t: number): string {
    const { lemma } = this.doc.tokens;
    // "Israeli troops [rounded] up …" (tagged an adjective): a guess the patterns know with the particle after it.
    const particle = PARTICLE.test(this.word(t + 1).toLowerCase()) ? ` ${this.word(t + 1).toLowerCase()}` : '';
    const known = (g: string) => g !== '' && (this.tables.verbs.has(g) || this.tables.lightVerbs.has(g) || (particle !== '' && this.tables.verbs.has(g + particle)));
    // "test-fired": the hyphenated verb, when the patterns know it.
    const compound = t >= 2 && this.word(t - 1) === '-' ? `${this.word(t - 2).toLowerCase()}-${lemma[t].toLowerCase()}` : '';
    if (known(compound)) return compound;
    // "raped": a single consonant before "-ed" is a silent e's (English doubles it otherwise: "rapped"), where the
    // tagger's lemma may have dropped the e ("rap").
    const silentE = /[^aeiou][aeiou][b-df-hj-np-tv-z]ed$/i.test(this.word(t)) ? this.word(t).toLowerCase().replace(/d$/, '') : '';
    if (known(silentE) && lemma[t].toLowerCase() !== silentE) return silentE;
    if (known(lemma[t])) return lemma[t];
    if (known(lemma[t].toLowerCase())) return lemma[t].toLowerCase();
    const word = this.word(t).toLowerCase();
    // "re-opened", "co-sponsored": also without the prefix's hyphen.
    const forms = /^(re|co|pre|de)-/.test(word) ? [word, word.replace('-', '')] : [word];
    for (const w of forms) {
      // A doubled consonant first ("rapped": rap), then the silent e ("raped": rape, "hoped": hope), then the bare stem
      // ("attacked": attack): a single consonant before "-ed" is the silent e's, as English doubles it otherwise.
      const guesses = [IRREGULAR[w] ?? '', w.replace(/ied$/, 'y'), w.replace(/([bdgmnprt])\1ed$/, '$1'), w.replace(/d$/, ''), w.replace(/ed$/, ''), w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/([bdgmnprt])\1ing$/, '$1')];
      const found = guesses.find(known);
      if (found) return found;
    }
    return lemma[t];
  }

  private subjectSide(st: SentenceStructure, frame: VerbFrame): Side | null {
    const self = this.quotedSelf(frame);
    if (self) return self;
    if (this.passive(frame)) {
      const by = this.agentPhrase(frame);
      if (by) return this.actorIn(by.first, by.last);
    }
    const subject = this.subjectOf(frame);
    if (subject) {
      // "The bombing of [the American embassy] killed …": an attack's "of" phrase is what it hit, not who did it.
      const a = this.actorIn(subject.first, subject.last) ?? (this.violentNoun(subject.head) ? null : this.ofPhraseActor(frame.clause.chunks, subject, frame.verb));
      if (a) return a;
    }
    // Captions and verbless lines: the first actor of the sentence.
    return st.frames.length ? null : this.firstActor(st);
  }

  /**
   * The subject's actors: several for a compound subject ("Kazakhstan and Turkey hope to sign …") or a
   * compound agent ("was condemned by France and Germany"); the governing verb's object for a governed verb
   * ("urged [Serbia and Kosovo] to resume talks").
   */
  private subjectSides(st: SentenceStructure, frame: VerbFrame): Side[] {
    const chunks = frame.clause.chunks;
    const controller = this.controller.get(frame);
    if (controller) {
      const sides = this.actorsFrom(chunks, chunks.indexOf(controller));
      // "ordered [the air force] to bomb …", "ordered [his forces] to fire": forces of no country named act for the orderer.
      const governor = this.governor.get(frame);
      if (governor && ORDER.test(this.doc.tokens.lemma[governor.verb.head] ?? '') && !this.actorIn(controller.first, controller.last)) {
        const orderers = this.subjectSides(st, governor);
        if (orderers.length) return orderers;
      }
      return sides;
    }
    const self = this.quotedSelf(frame);
    if (self) return [self];
    // "Japan pushed for [a U.N. resolution] condemning North Korea": a document's participle is the act of whoever
    // seeks, drafts or adopts the document.
    const drafter = this.documentDrafter(st, frame);
    if (drafter) return this.subjectSides(st, drafter);
    const passive = this.passive(frame);
    if (passive) {
      const by = this.agentPhrase(frame);
      const agents = by ? this.actorsFrom(chunks, chunks.indexOf(by)) : [];
      if (agents.length) return agents;
      // "were killed by [rebels]": a role word, placed by the sentence or by the subject's country.
      const sufferer = by && frame.subject ? this.actorIn(frame.subject.first, frame.subject.last) : null;
      const implicit = by ? this.roleSide(chunks, chunks.indexOf(by), st.sentence, sufferer ?? undefined) : null;
      if (by) return implicit ? [implicit] : [];
      // "Relations between Iran and Britain were broken off", "talks between Seoul and Pyongyang were suspended": the
      // parties a relation's "between" phrase names did it, each to the other.
      const parties = this.relationParties(chunks, frame)?.parties ?? [];
      if (parties.length > 1) return parties;
      // No agent named ("two diplomats were expelled from Moscow", "a journalist was kidnapped in Baghdad"): the
      // subject is the act's receiving end, not its actor; the actor is whoever acts where it happened, a guess.
      const patient = frame.subject;
      if (!controller && patient && patient.first < frame.verb.first) {
        // "Iranian weapons were shipped to …": a thing's nationality is whose act it was.
        const head = patient.head;
        const lemma = this.doc.tokens.lemma[head] ?? '';
        // Not under force ("a Turkish jet was shot down over Syria", "Iranian arms were seized"): there the thing is what was hit.
        const forced = this.hasRow(frame.verb.head, FORCIBLE);
        const sent = (GOODS.test(lemma) && !forced) || (FORCES.test(lemma) && MOVED.test(this.doc.tokens.lemma[frame.verb.head] ?? ''));
        const owner = sent && !this.actorAt.has(head) ? this.actorIn(patient.first, patient.last) : null;
        if (owner) return [owner];
        // "two soldiers were killed in clashes with [Pakistani troops]", "were wounded in a [Hezbollah] attack".
        for (const pp of frame.pps) {
          const attackers = pp.first > frame.verb.last ? this.attackersIn(chunks, chunks.indexOf(pp), st.sentence, this.actorIn(patient.first, patient.last) ?? undefined) : [];
          if (attackers.length) return attackers;
        }
        // "The Burundian president was killed when [rebels] attacked the palace": the attackers of the "when" clause.
        const when = forced ? st.frames.find((f) => f.verb.first > frame.verb.last && f.subject && f.subject.first > 0 && /^when$/i.test(this.word(f.subject.first - 1)) && this.hasRow(f.verb.head, VIOLENT)) : undefined;
        if (when?.subject && !this.passive(when)) {
          const named = this.subjectSides(st, when);
          if (named.length) return named;
          const sufferer = this.actorIn(patient.first, patient.last);
          const implicit = this.roleSide(st.chunks, st.chunks.indexOf(when.subject), st.sentence, sufferer ?? undefined);
          if (implicit) return [implicit];
        }
        const scene = this.sceneOf(frame, st.sentence, forced);
        return scene ? [scene] : [];
      }
    }
    const subject = this.subjectOf(frame);
    if (!passive && subject) {
      let k = chunks.indexOf(subject);
      // Walk back over "X, Y and" to the first member of a coordinated subject.
      // Not over a comma alone: "Syria is arming Hezbollah guerrillas, [Israel] said" is no coordination.
      const coordinated = (k >= 2 && chunks[k - 1].type === 'O' && /^and$/i.test(this.word(chunks[k - 1].first))) || !st.frames.some((f) => f !== frame && f.verb.last < subject.first);
      while (coordinated && k >= 2 && chunks[k - 1].type === 'O' && /^(,|and)$/i.test(this.word(chunks[k - 1].first)) && chunks[k - 2].type === 'NP') k -= 2;
      // "The leaders of [Armenia] and Azerbaijan": a coordination inside the "of" phrase of a subject that names no one.
      const of = chunks[k - 2];
      if (k >= 3 && chunks[k - 1].type === 'O' && /^(,|and)$/i.test(this.word(chunks[k - 1].first)) && this.ofPhrase(of) && chunks[k - 3].type === 'NP' && !this.actorIn(chunks[k - 3].first, chunks[k - 3].last)) k -= 2;
      if (k >= 0) {
        const all = chunks.indexOf(frame.verb) > k ? this.actorsFrom(chunks, k) : [];
        // "The United States and its allies imposed …": a coordination whose other members name no one.
        if (all.length > 1 || (all.length && k < chunks.indexOf(subject))) return all;
      }
    }
    const one = this.subjectSide(st, frame);
    if (one) return [one];
    // "Chechen rebels said [they] shot down a helicopter": a pronoun that names no actor, opening what a speaker said, is the speaker.
    if (subject && !passive && subject.first === subject.last && /^(they|it|we)$/i.test(this.word(subject.first))) {
      const say = [...st.frames].reverse().find((f) => f !== frame && f.verb.last < subject.first && f.subject && f.subject.first < f.verb.first && this.doc.tokens.pos[f.subject.head] !== 'PRON' && SAYING.has(this.headLemma(f.verb.head)));
      const speaker = say ? this.subjectSides(st, say) : [];
      if (speaker.length) return speaker;
    }
    // "The bombing of the American embassy in Nairobi killed …": an attack that names who it hit and no one as carrying
    // it out is unnamed attackers'.
    const hit = subject ? chunks[chunks.indexOf(subject) + 1] : undefined;
    const named = hit?.type === 'PP' && hit.object && /^(of|on|against)$/i.test(this.word(hit.head)) && (this.actorIn(hit.object.first, hit.object.last) || this.roleIn(hit.object.first, hit.object.last));
    if (subject?.type === 'NP' && !passive && named && this.violentNoun(subject.head) && !this.roleIn(subject.first, subject.last)) return [this.attackPlaced(this.unnamedSide(subject, 'UAF'), st.sentence)];
    // "Police arrested …", "Protesters in Nairobi burned …": a role word and the sentence's place.
    const implicit = subject && !passive ? this.roleSide(chunks, chunks.indexOf(subject), st.sentence) : null;
    if (implicit) return [implicit];
    // "A car bomb exploded in Srinagar", "a bomb attack on a bus in Jerusalem killed …": a bomb or attack no one is named
    // as carrying out is unnamed attackers' (UAF), placed, as CAMEO's usage notes (1833, 185) code an attack whose
    // attackers are not known, where it happened.
    if (subject?.type === 'NP' && !passive && (EXPLOSIVE.test(this.doc.tokens.lemma[subject.head] ?? '') || this.violentNoun(subject.head))) return [this.attackPlaced(this.unnamedSide(subject, 'UAF'), st.sentence)];
    return [];
  }

  /**
   * Who carried out the attack an "in" phrase names: "in [Indian] shelling", "in a [Hezbollah] attack", "in clashes
   * with [Pakistani troops]", "in an ambush by [rebels]". Empty when the phrase is no attack or names no one.
   */
  private attackersIn(chunks: Chunk[], k: number, sentence: number, victims?: Side): Side[] {
    const pp = chunks[k];
    if (pp?.type !== 'PP' || !pp.object || !/^(in|during)$/i.test(this.word(pp.head)) || !this.violentNoun(pp.object.head)) return [];
    const own = this.actorIn(pp.object.first, pp.object.head - 1);
    if (own) return [own];
    const next = chunks[k + 1];
    if (next?.type !== 'PP' || !next.object || !/^(with|by)$/i.test(this.word(next.head))) return [];
    const named = this.actorsFrom(chunks, k + 1);
    // "Five Turkish soldiers were killed in clashes with [Kurdish rebels]": rebels no place or group word places are
    // of the victims' country (an insurgency at home).
    const implicit = named.length ? null : this.roleSide(chunks, k + 1, sentence, victims);
    return implicit ? [implicit] : named;
  }

  /** The country of a place in a locative phrase after the verb ("attacked villages [in Chechnya]"), as a side known only from where. */
  private struckPlace(frame: VerbFrame): Side | null {
    const chunks = frame.clause.chunks;
    for (const pp of frame.pps) {
      if (pp.first <= frame.verb.last || !pp.object || !/^(in|on|near|across|throughout|outside|inside|around)$/i.test(this.word(pp.head))) continue;
      // "in the Qandil mountains [of northern Iraq]": the place's "of" phrase.
      const of = chunks[chunks.indexOf(pp) + 1];
      const side = this.countryIn(pp.object.first, pp.object.last) ?? (this.ofPhrase(of) ? this.countryIn(of.object.first, of.object.last) : null);
      if (side) return this.countrySide(side.country, undefined, true);
    }
    return null;
  }

  /** The token is an event noun of violence ("bombing", "attack", "shelling", "massacre"): its phrases name what it hit. */
  private violentNoun(t: number): boolean {
    const rows = this.tables.nouns.get(this.word(t).toLowerCase()) ?? this.tables.nouns.get(this.doc.tokens.lemma[t] ?? '');
    // Its reading with no modifier asked for ("attack", not "cyber attack" or "verbal attack").
    const general = rows?.find((r) => !r.of);
    return !!general && VIOLENT.test(general.code);
  }

  /**
   * The two sides a "the two [sides]" or "both [governments]" subject refers back to. People ("the two", "both
   * leaders", "the two ministers"): the two nearest people before it, in its sentence or the one before, each of
   * their own country. Countries ("both countries", "the two governments", "both sides"): the two countries the
   * article has named most up to there (nearest first among equals), which a reader takes them for ("Trade
   * between the two countries" after paragraphs on Kazakhstan and Turkey, not the Ukraine of the sentence
   * before), other than the act's sources ("Russia urged both sides"); governments stand as their country's
   * government. With sources given, the one side other than them may do. Null when the phrase is no such
   * reference or its sides are not found.
   */
  private pairBefore(np: Chunk, sources: Side[] = []): Side[] | null {
    if (!/^(the|both|all)$/i.test(this.word(np.first))) return null;
    const words = [];
    for (let t = np.first; t <= np.last; t++) words.push(this.word(t).toLowerCase());
    // "the two Koreas", "both Koreas": the states of a divided country's plural name.
    const plural = /^(the two|both)$/.test(words.slice(0, -1).join(' ')) ? this.tables.pluralCountries.get(words.at(-1)!) : undefined;
    if (plural) return plural.map((c) => this.countrySide(c)).filter((x): x is Side => x !== null);
    const m = PAIR_SUBJECT.exec(words.join(' '));
    if (!m) return null;
    const noun = m[1] ?? m[2] ?? '';
    if (!noun || PAIR_PEOPLE.test(noun)) {
      const from = this.doc.tokens.sentenceFirstToken[Math.max(0, this.doc.tokens.sentence[np.first] - 1)];
      const out: Side[] = [];
      for (let t = np.first - 1; t >= from && out.length < 2; t--) {
        const id = this.actorAt.get(t);
        if (!id || this.inQuote[t] || this.doc.tokens.pos[t] === 'PRON' || this.actorById.get(id)?.kind !== 'person') continue;
        const side = this.side(id, t);
        if (side?.country && !out.some((o) => o.country === side.country) && !sources.some((x) => x.country === side.country)) out.push(side);
      }
      return out.length === 2 ? out.reverse() : null;
    }
    // Mentions per country before the phrase (a run of tokens of one actor is one mention), and the last one's place.
    const seen = new Map<string, { count: number; last: number }>();
    let previous: string | undefined;
    for (let t = 0; t < np.first; t++) {
      const id = this.actorAt.get(t);
      if (id && id !== previous && this.doc.tokens.pos[t] !== 'PRON') {
        const country = this.actorById.get(id)?.country;
        if (country) {
          const c = seen.get(country) ?? { count: 0, last: t };
          seen.set(country, { count: c.count + 1, last: t });
        }
      }
      previous = id;
    }
    for (const x of sources) seen.delete(x.country);
    const top = [...seen].sort((a, b) => b[1].count - a[1].count || b[1].last - a[1].last).slice(0, 2);
    // Two sides, or the one other than the act's source ("Ghana suspended a ferry between the two countries").
    if (top.length < (sources.length ? 1 : 2)) return null;
    const agent = /^(governments|administrations|capitals)$/.test(noun) ? 'GOV' : undefined;
    const sides = top.map(([country]) => this.countrySide(country, agent)).filter((x): x is Side => x !== null);
    return sides.length === top.length ? sides : null;
  }

  /** Where a clause's act happened: the country of a place in a phrase after its verb ("in Baghdad", "from Moscow"), else the sentence's. */
  private sceneOf(frame: VerbFrame, sentence: number, air = false): Side | null {
    for (const pp of frame.pps) {
      // "was shot down [over Syria]": for an act of force, "over" a country is in its air space.
      if (!pp.object || !(/^(in|from|at|near|across|outside|inside|throughout|off|along)$/i.test(this.word(pp.head)) || (air && /^over$/i.test(this.word(pp.head))))) continue;
      const side = this.countryIn(pp.object.first, pp.object.last);
      if (side) return this.countrySide(side.country, undefined, true);
    }
    const country = this.sentencePlace(sentence);
    return country ? this.countrySide(country, undefined, true) : null;
  }

  /**
   * The clause structure's subject, except that a noun phrase after the verb is a subject only for verbs of
   * saying ("…," said Cohen): after "X, which has …, condemned the actions" the subject is the clause's first
   * noun phrase.
   */
  /**
   * "'We will not accept foreign troops on our soil,' Arafat said": the speaker of a direct quote is the source of
   * an act the quote tells with "we" or "I" as its subject (the speaker's side), as of one told in reported speech.
   */
  private quotedSelf(frame: VerbFrame): Side | null {
    const said = this.quoteOf.get(frame.verb.head);
    const subject = said && !this.passive(frame) ? this.subjectOf(frame) : null;
    if (!subject || subject.first !== subject.head || !FIRST_PERSON.test(this.word(subject.head))) return null;
    return this.side(said!.speaker, said!.cue);
  }

  private subjectOf(frame: VerbFrame): Chunk | null {
    const subject = frame.subject;
    const chunks = frame.clause.chunks;
    if (subject && subject.first === subject.last && /^(which|who|that)$/i.test(this.word(subject.first))) {
      // "The African Union, which suspended …": the relative pronoun's antecedent.
      const k = chunks.indexOf(subject);
      const before = chunks[k - 1]?.type === 'O' && this.word(chunks[k - 1].first) === ',' ? chunks[k - 2] : chunks[k - 1];
      return before?.type === 'NP' ? before : subject;
    }
    if (!subject || subject.first < frame.verb.first || this.controller.has(frame)) return subject;
    return chunks.find((c) => c.type === 'NP' && c.last < frame.verb.first) ?? null;
  }

  /** The object, or the noun phrase the clause structure took for an inverted subject ("X, which …, condemned [the actions]"). */
  private objectOf(frame: VerbFrame): Chunk | null {
    return frame.object ?? (frame.subject && frame.subject.first > frame.verb.last && this.subjectOf(frame) !== frame.subject ? frame.subject : null);
  }

  /** Whether the verb's object is the source's own: its country's people ("Russian troops") or "his", "its", "their" forces. */
  private ownObject(frame: VerbFrame, sources: Side[]): boolean {
    const object = frame.object;
    if (!object) return false;
    // "ordered the withdrawal [of its troops]": the "of" phrase of an act's noun names whose forces they are.
    const chunks = frame.clause.chunks;
    const of = chunks[chunks.indexOf(object) + 1];
    const np = this.ofPhrase(of) && WITHDRAWAL.test(this.word(object.head)) ? of.object : object;
    if (/^(his|her|its|their|our)$/i.test(this.word(np.first))) return true;
    const side = this.actorIn(np.first, np.last);
    return side !== null && side.country !== '' && sources.some((s) => s.country === side.country);
  }

  /**
   * A passive's "by" phrase: among its own phrases, or after a gerund phrase that completes the verb ("were
   * accused of spying [by Iran]"); not past another finite verb or a clause boundary.
   */
  private agentPhrase(frame: VerbFrame): Chunk | undefined {
    const own = frame.pps.find((p) => this.word(p.head).toLowerCase() === 'by');
    if (own) return own;
    const chunks = frame.clause.chunks;
    for (let k = chunks.indexOf(frame.verb) + 1; k < chunks.length; k++) {
      const c = chunks[k];
      if (c.type === 'PP' && this.word(c.head).toLowerCase() === 'by') return c;
      if (c.type === 'O') return undefined;
      if (c.type === 'VP' && !(/ing$/.test(this.word(c.head)) && !c.auxiliaries?.length && chunks[k - 1]?.type === 'PP')) return undefined;
    }
    return undefined;
  }

  /** A participle of a verb of force right before a "by" phrase ("a convoy ambushed by rebels"): a passive with no auxiliary. */
  private reducedPassive(frame: VerbFrame): boolean {
    const v = frame.verb;
    if (v.auxiliaries?.length || v.first !== v.head || v.last !== v.head || !/^[a-z]+(ed|en)$/.test(this.word(v.head))) return false;
    if (!this.hasRow(v.head, FORCIBLE)) return false;
    const next = frame.clause.chunks[frame.clause.chunks.indexOf(v) + 1];
    if (next?.type !== 'PP' || !next.object || this.word(next.head).toLowerCase() !== 'by') return false;
    return this.actorIn(next.object.first, next.object.last) !== null || this.roleIn(next.object.first, next.object.last) !== null;
  }

  /** A passive verb group: "was invaded", "were expelled", not "is expected to visit" (an infinitive) nor "has visited". */
  private passive(frame: VerbFrame): boolean {
    // A participle of an act of force with no auxiliary right before a "by" phrase is a reduced passive ("if attacked
    // by Iraq", "a convoy ambushed by rebels"; not "a video released by the ministry", which no row of force reads).
    if (!frame.verb.passive) return this.reducedPassive(frame);
    const head = frame.verb.head;
    const before = head > frame.verb.first ? this.word(head - 1).toLowerCase() : '';
    if (before === 'to') return false;
    // "Russia is opposed to NATO expansion": a stance, not a passive (no one opposes Russia).
    const next = frame.clause.chunks[frame.clause.chunks.indexOf(frame.verb) + 1];
    if (STANCE.test(this.word(head)) && next?.type === 'PP' && this.word(next.head).toLowerCase() === 'to') return false;
    return this.word(head).toLowerCase() !== this.doc.tokens.lemma[head].toLowerCase() || /^(be|is|are|was|were|been|being|am)$/.test(before);
  }

  /**
   * A subject that names someone the actors do not ("Hindu militants", "the Tamil rebel group", "Abu Ahmad's
   * men"): a role word heads it, or a proper noun. A side of no country, with the role's agent code (else UNK),
   * made for the event. Not for pronouns, relative pronouns, or things ("the storm", "the report").
   */
  private unnamedSubject(frame: VerbFrame): Side | null {
    const chunks = frame.clause.chunks;
    let np: Chunk | null | undefined;
    if (this.passive(frame)) {
      const by = this.agentPhrase(frame);
      np = by?.object;
    } else {
      np = this.controller.get(frame) ?? this.subjectOf(frame);
      if (np?.type === 'PP') np = np.object;
    }
    if (np?.type !== 'NP' || (np.first > frame.verb.first && !this.passive(frame))) return null;
    const { pos } = this.doc.tokens;
    if (pos[np.head] === 'PRON' || this.inQuote[np.head]) return null;
    let agent = this.roleIn(np.first, np.last);
    // "hundreds of rioters", "a group of gunmen", "tens of thousands of students"
    for (let k = chunks.indexOf(np) + 1, n = 0; n < 2 && !agent; k++, n++) {
      const next = chunks[k];
      if (!this.ofPhrase(next) || next.last >= frame.verb.first) break;
      agent = this.roleIn(next.object.first, next.object.last);
    }
    // "Arab states", "the allies", "world powers": a noun for several states.
    agent ??= this.blocNoun(np.first, np.last);
    // "Thousands of Tibetans", "hundreds of Kurds": a number's "of" phrase names the people who acted.
    const of = chunks[chunks.indexOf(np) + 1];
    if (!agent && MULTITUDE.test(this.word(np.head)) && this.ofPhrase(of) && of.last < frame.verb.first && pos[of.object.head] === 'PROPN') np = of.object;
    if (!agent && pos[np.head] !== 'PROPN') return null;
    // A capital at the start of the sentence is no sign of a name ("Freight on the route takes 20 days to travel …"):
    // there the name tagger must have found one.
    if (!agent && np.head === this.doc.tokens.sentenceFirstToken[this.doc.tokens.sentence[np.head]]) {
      const at = this.doc.tokens.start[np.head];
      if (!this.doc.mentions.some((m) => m.start <= at && at < m.end)) return null;
    }
    return this.unnamedSide(np, agent);
  }

  /** A role word heading a noun phrase (or a phrase's object) that no place gives a country: "two protesters", "the villagers". */
  private unnamedRole(chunk: Chunk | undefined): Side | null {
    const np = chunk?.type === 'PP' ? chunk.object : chunk?.type === 'NP' ? chunk : undefined;
    if (!np) return null;
    const agent = this.roleIn(np.first, np.last);
    return agent ? this.unnamedSide(np, agent) : null;
  }

  /**
   * A side for a phrase that names no one the actors know: the state a group word in it most often means ("Sikh
   * militants" → India, a guess), else a group of no country, with the role's agent code (else UNK).
   */
  private unnamedSide(np: Chunk, agent: string | null): Side {
    for (let t = np.first; t <= np.last; t++) {
      const home = this.homeIn(t, t);
      const side = home ? this.countrySide(home, agent ?? undefined, true) : null;
      if (side) return side;
    }
    // "the Bush administration", "the Yeltsin government": a leader's surname before a word for a government is that leader's country's.
    if (agent === 'GOV' && GOVERNMENT_HEAD.test(this.word(np.head)) && np.head > np.first && this.doc.tokens.pos[np.head - 1] === 'PROPN') {
      const day = this.doc.meta.published.value?.slice(0, 10) ?? this.context.published ?? '';
      const leader = day ? lookupSurname(this.word(np.head - 1), day) : undefined;
      const side = leader?.country ? this.countrySide(leader.country, agent) : null;
      if (side) return side;
    }
    const name = this.doc.text.slice(this.doc.tokens.start[np.first], this.doc.tokens.end[np.last]).replace(/^(the|a|an)\s+/i, '');
    const id = `group:${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`;
    if (this.blocIn(np.first, np.last)) this.blocSides.add(id);
    const code = agent ?? 'UNK';
    if (!this.actorById.has(id)) {
      this.actorById.set(id, { kind: 'group', code });
      this.madeActors.set(id, { id, name, kind: 'group', agents: agent ? [agent] : [], code, mentions: [] });
    }
    return { actor: id, code, country: '' };
  }

  /** A word in the range that makes it name several states ("Western governments", "the allies"; data/actors/blocs.tsv). */
  private blocIn(first: number, last: number): boolean {
    for (let t = first; t <= last; t++) if (this.tables.blocs.has(this.word(t).toLowerCase())) return true;
    return false;
  }

  /** The agent code of a noun for several states heading the range ("Arab [states]", "world [powers]"). */
  private blocNoun(first: number, last: number): string | null {
    const { pos } = this.doc.tokens;
    for (let t = last; t >= first; t--) {
      if (pos[t] !== 'NOUN' && pos[t] !== 'PROPN') continue;
      return this.tables.blocs.get(this.word(t).toLowerCase()) || null;
    }
    return null;
  }

  /** "Hundreds of Iraqis demonstrated", "gunmen from Nigeria kidnapped": the actor of an "of"/"from" phrase between the subject and its verb. */
  private ofPhraseActor(chunks: Chunk[], subject: Chunk, verb: Chunk): Side | null {
    const next = chunks[chunks.indexOf(subject) + 1];
    if (next?.type !== 'PP' || !next.object || !/^(of|from|for)$/i.test(this.word(next.head)) || next.first > verb.first) return null;
    return this.actorIn(next.object.first, next.object.last);
  }

  private firstActorAfter(st: SentenceStructure, token: number, sources: Side[], internal = false): Side | null {
    // Not past the next verb coordinated with "and" ("would increase security … and share intelligence with
    // [Poland]") nor into a relative clause ("was condemned by the EU, which said it stood with [France]").
    let last = this.doc.tokens.sentenceFirstToken[st.sentence + 1] - 1;
    for (const f of st.frames) {
      if (f.verb.first <= token) continue;
      const relative = f.subject && f.subject.first === f.subject.last && f.subject.first > token && /^(which|who)$/i.test(this.word(f.subject.first));
      if (relative) last = Math.min(last, f.subject!.first - 1);
      else if (this.doc.tokens.pos[f.verb.first - 1] === 'CCONJ') last = Math.min(last, f.verb.first - 1);
    }
    // "a bus service between [the two countries]": a phrase that refers back to two sides counts as one of them.
    const pairs = new Map<number, Chunk>();
    for (const c of st.chunks) {
      const np = c.type === 'PP' ? c.object : c.type === 'NP' ? c : undefined;
      if (np && np.first > token && np.last <= last) pairs.set(np.first, np);
    }
    for (let t = token + 1; t <= last; t++) {
      const id = this.actorAt.get(t);
      if (id && (this.groupWord(id, t) || (internal && this.borderOf(id, t)))) continue;
      const side = this.inQuote[t] ? null : id && this.doc.tokens.pos[t] !== 'PRON' ? this.side(id, t) : this.placeCountry(t, t);
      // A guess is not the source's own country as the owner of a thing ("Murayama apologized for [Japan]'s wartime
      // aggression"); the country named as a place is a domestic act's target ("protesters blocked roads in [Belgrade]").
      const owner = side !== null && side.country !== '' && !side.code.slice(3) && /^['’]s?$/.test(this.word(t + 1) ?? '');
      if (side && !sources.some((s) => sameSide(s, side, internal) || (owner && s.country === side.country))) return side;
      const np = pairs.get(t);
      const pair = np && !id ? this.pairBefore(np, sources) : null;
      if (pair?.length) return pair[0];
    }
    return null;
  }

  /** A clause that tells a noun's content ("rejected NATO demands [that it withdraw]", "denied reports that troops had fired"): not what happened. */
  private nounContent(frame: VerbFrame): boolean {
    const start = frame.subject && frame.subject.first < frame.verb.first ? frame.subject.first : frame.verb.first;
    if (start < 2 || !/^that$/i.test(this.word(start - 1)) || this.doc.tokens.sentence[start - 2] !== this.doc.tokens.sentence[start]) return false;
    return this.doc.tokens.pos[start - 2] === 'NOUN' && CONTENT_NOUN.test(this.doc.tokens.lemma[start - 2] ?? '');
  }

  /** A clause that sets the scene for the sentence's news ("after Iran seized the tanker, …", "as talks resumed"). */
  private background(frame: VerbFrame): boolean {
    const first = frame.clause.first;
    // A relative clause set off by a comma tells about a noun ("Iraq, [which invaded Kuwait in August], rejected …").
    const subject = frame.subject;
    if (subject && subject.first === subject.last && /^(which|who)$/i.test(this.word(subject.first)) && this.word(subject.first - 1) === ',') return true;
    return first > this.doc.tokens.sentenceFirstToken[this.doc.tokens.sentence[first]] && BACKGROUND.test(this.word(first)) && frame.clause.chunks[0]?.type !== 'VP';
  }

  /**
   * A side whose actor has no country ("President Erdogan", known by name and title only) stands for the country
   * the sentence places it in: the speaker's, the sentence's place, else the first country it names; kept as is
   * when there is none.
   */
  private placed(side: Side, sentence: number, token: number, avoid: Set<string> = new Set()): Side {
    const a = this.actorById.get(side.actor);
    if (!a || a.country || !/^[A-Z]{3}$/.test(a.code) || !AGENT_LIKE.test(a.code) || this.blocSides.has(side.actor)) return side;
    const first = this.firstActor(this.structs[sentence]);
    const country = this.speakerCountry(sentence, token) ?? this.sentencePlace(sentence) ?? (first && this.actorById.get(first.actor)?.country) ?? null;
    // "President Clinton restored relations with [Vietnam]": the country the act is done to is not the actor's.
    if (country && avoid.has(country)) return side;
    return (country && this.countrySide(country, a.code, true)) || side;
  }

  /**
   * Unnamed attackers (UAF) stand for the country where the attack happened, as CAMEO's usage notes (1833, 185) code
   * an attack whose attackers are not known; kept as they are when the sentence names no place (not the first actor's
   * country: "a roadside bomb killed three American soldiers near Baquba").
   */
  private attackPlaced(side: Side, sentence: number): Side {
    const a = this.actorById.get(side.actor);
    if (!a || a.country || a.code !== 'UAF') return side;
    const country = this.sentencePlace(sentence, true);
    return (country && this.countrySide(country, a.code, true)) || side;
  }

  /** Countries named after a frame's verb in its clause: where an act's receiving end is, not its actor. */
  private objectCountries(frame: VerbFrame): Set<string> {
    const out = new Set<string>();
    for (let t = frame.verb.last + 1; t <= frame.clause.last; t++) {
      const id = this.actorAt.get(t);
      const country = id ? this.actorById.get(id)?.country : undefined;
      if (country) out.add(country);
    }
    return out;
  }

  private lastActorBefore(st: SentenceStructure, token: number): Side | null {
    const first = this.doc.tokens.sentenceFirstToken[st.sentence];
    for (let t = token - 1; t >= first; t--) {
      const id = this.actorAt.get(t);
      if (id && !this.inQuote[t]) return this.side(id, t);
    }
    return null;
  }

  private firstActor(st: SentenceStructure): Side | null {
    const first = this.doc.tokens.sentenceFirstToken[st.sentence];
    const last = this.doc.tokens.sentenceFirstToken[st.sentence + 1] - 1;
    return this.actorIn(first, last);
  }

  // ---- verb patterns ----

  private *verbEvents(st: SentenceStructure): Generator<Candidate> {
    for (const frame of st.frames) {
      if ((this.inQuote[frame.verb.head] && !this.quotedSelf(frame)) || this.consumed.has(frame)) continue;
      let read: Reading | null = null;
      for (const reading of this.readings(st, frame)) {
        const { found, holds } = this.verbCandidates(st, frame, reading);
        if (holds) read ??= reading;
        // "stopped supplying gas": no row of ending reads it, and the supplying ended is no act.
        if (!found.length && reading.ended) break;
        if (!found.length) continue;
        yield* found;
        // A protest's purpose ("marched to demand reforms") is coded on its own, then told by the protest (protestDemands).
        const demand = reading.complement?.frame && PROTEST_CODE.test(found[0].code) && PROTEST_DEMAND.test(this.headLemma(reading.complement.frame.verb.head));
        if (reading.complement?.frame && !demand) this.consumed.add(reading.complement.frame);
        // And what the governed act governs in turn: "accused the United States of plotting [to overthrow] the government".
        for (let f = reading.complement?.frame, n = 0; f && n < 3; n++) {
          const next = this.complementOf(st, f)?.frame;
          if (!next || next === f || this.consumed.has(next) || next.verb.first <= f.verb.first) break;
          this.consumed.add(next);
          f = next;
        }
        for (const f of reading.complement?.also ?? []) this.consumed.add(f);
        read = reading;
        break;
      }
      // A verb a pattern reads tells what the nouns in its object mean ("denied any involvement in the attack
      // on …", "condemned the attack on …"), whether or not it names a target.
      // Up to the next verb of its own ("the coalition [fighting] in Yemen carried out air strikes on …": the strikes
      // are the next verb's object, not the fighting's).
      if (!read) continue;
      const next = read.complement ? undefined : st.frames.find((f) => f.verb.first > frame.verb.last && f.clause === frame.clause);
      this.covered.push([frame.verb.first, Math.min(read.complement?.last ?? frame.clause.last, next ? next.verb.first - 1 : Infinity)]);
    }
  }

  /**
   * The verb of saying (of `lemmas`) that reports the frame's clause: right before it ("Syria said Israel must
   * withdraw"), or after it at the end of the sentence, past a comma ("Israel must withdraw from Lebanon, Syria
   * said", "…, said a U.S. official").
   */
  private reportedBy(st: SentenceStructure, frame: VerbFrame, lemmas: Set<string>): VerbFrame | null {
    const { lemma } = this.doc.tokens;
    const i = st.frames.indexOf(frame);
    const before = st.frames[i - 1];
    if (before && lemmas.has(lemma[before.verb.head] ?? '') && before.verb.last < frame.verb.first) return before;
    const after = st.frames.at(-1);
    if (!after || after === frame || !lemmas.has(lemma[after.verb.head] ?? '') || after.verb.first <= frame.verb.last) return null;
    // Only the act's clause and the attribution: no other verb between them.
    if (st.frames.indexOf(after) !== i + 1) return null;
    const subject = after.subject && after.subject.first < after.verb.first ? after.subject.first : after.verb.first;
    return this.word(subject - 1) === ',' ? after : null;
  }

  /** Who speaks in a verb of saying: its subject, after it too ("…, said [a Syrian official]"). */
  private speakerSides(st: SentenceStructure, speech: VerbFrame): Side[] {
    const subject = speech.subject;
    if (subject && subject.first > speech.verb.last && subject.type === 'NP') {
      const chunks = speech.clause.chunks;
      const named = this.actorsFrom(chunks, chunks.indexOf(subject));
      if (named.length) return named;
    }
    return this.subjectSides(st, speech);
  }

  /**
   * "Students demanded the resignation of President Suharto", "opposition parties called for the resignation of Prime
   * Minister Nawaz Sharif": a domestic role of no known country (students, the opposition, unions, clergy) appealing
   * to, demanding of, criticizing, rejecting, threatening or protesting against a country's leader or government is
   * of that country, as a guess.
   */
  private domesticSource(c: Candidate): void {
    if (c.source.country || !DOMESTIC_ROLE.test(c.source.code) || !c.target?.country || !/^(02|1[0-4])/.test(c.code)) return;
    const official = this.actorById.get(c.target.actor)?.kind === 'person' || /^(GOV|LEG|JUD|PTY)$/.test(c.target.code.slice(3));
    const side = official ? this.countrySide(c.target.country, c.source.code, true) : null;
    if (side) c.source = side;
  }

  /**
   * "Syria said Israel must withdraw from the Golan", "Iraq said Kuwait should return the islands": an act another
   * party must or should do, reported by a verb of saying right before it, is the speaker's demand on that party
   * (demands.tsv: 1056, 1053 …). Not when the speaker says it must act itself ("Israel said it must defend itself").
   */
  private obligation(c: Candidate): void {
    const frame = c.frame;
    if (!frame || c.statement || c.head !== undefined) return;
    let must = false;
    for (let t = frame.verb.first; t < frame.verb.head; t++) if (OBLIGATION.test(this.word(t)) || (/^(has|have|had)$/i.test(this.word(t)) && this.word(t + 1).toLowerCase() === 'to')) must = true;
    if (!must) return;
    const st = this.structs[c.sentence];
    const speech = this.reportedBy(st, frame, SAYING);
    if (!speech) return;
    const speaker = this.speakerSides(st, speech)[0];
    if (!speaker || sameSide(speaker, c.source) || (speaker.country !== '' && speaker.country === c.source.country && !c.source.code.slice(3))) return;
    const code = demandCode(c.code);
    c.target = c.source;
    c.source = speaker;
    c.rule = `${c.rule} must→${code}`;
    c.code = code;
    c.lemma = 'demand';
    c.demand = true;
    c.confidence = sidesConfidence(speaker, c.target);
  }

  /**
   * A speaker's "Y was responsible for …", "Y was guilty of …", "Y was behind the attack": an accusation of Y by
   * the speaker (CAMEO 112; its sub-code from what Y is blamed for, read as the object of "accused"); "Y's
   * crackdown was deplorable", "Y's expansion would be a mistake": criticism (111), or praise (051) for a word
   * of praise (evaluations.tsv). The clause
   * must follow the verb of saying with no other verb between ("Israel said Syria was behind the attack"); a
   * negated "was not responsible" is none. The nouns of the blamed act are told by it, not coded on their own.
   */
  private *blameEvents(st: SentenceStructure): Generator<Candidate> {
    const { lemma } = this.doc.tokens;
    for (const [i, frame] of st.frames.entries()) {
      const speech = st.frames[i - 1];
      if (!speech || lemma[frame.verb.head] !== 'be' || !ACCUSING_SPEECH.has(lemma[speech.verb.head] ?? '') || this.inQuote[frame.verb.head]) continue;
      let negated = false;
      for (let t = frame.verb.first; t <= frame.verb.last; t++) if (/^(not|n't|never)$/i.test(this.word(t))) negated = true;
      const chunks = frame.clause.chunks;
      const k = chunks.indexOf(frame.verb) + 1;
      const blame = chunks[k];
      if (negated || !blame) continue;
      // Else "the Chinese crackdown was deplorable", "NATO expansion would be a grave mistake": the speaker's
      // evaluation of the predicate (evaluations.tsv) is criticism (111) or praise (051) of the subject's actor.
      let evaluation = 0;
      if (!BLAME.test(this.word(blame.first)) && blame.type !== 'PP') {
        // "was an act of armed [provocation]": the predicate with its "of" phrase.
        const of = this.ofPhrase(chunks[k + 1]) ? chunks[k + 1] : blame;
        for (let t = blame.first; t <= of.last; t++) evaluation ||= this.tables.evaluations.get(lemma[t]?.toLowerCase() ?? '') ?? this.tables.evaluations.get(this.word(t).toLowerCase()) ?? 0;
        if (!evaluation) continue;
      } else if (!BLAME.test(this.word(blame.first))) continue;
      // The reported clause's subject, which the parser may have left to the verb of saying as its object ("China said
      // [the U.S. arms sales to Taiwan] were a gross interference").
      const np = frame.subject && frame.subject.first > speech.verb.last ? frame.subject : speech.object && speech.object.first > speech.verb.last && speech.object.last < frame.verb.first ? speech.object : null;
      // "Chechen rebels were behind …": a role word of the speaker's country, else of none; "the expansion of [NATO]
      // would be a mistake": the actor of its "of" phrase.
      const target = np ? (this.actorIn(np.first, np.last) ?? this.ofPhraseActor(chunks, np, frame.verb) ?? this.roleSide(chunks, chunks.indexOf(np), st.sentence) ?? this.unnamedRole(np)) : null;
      if (!target) continue;
      const sources = this.subjectSides(st, speech).filter((x) => !sameSide(x, target));
      if (!sources.length) continue;
      const what: number[] = [];
      for (let j = k; j < chunks.length && chunks[j].type !== 'VP'; j++) for (let t = chunks[j].first; t <= chunks[j].last; t++) what.push(t);
      const row = evaluation ? undefined : this.tables.verbs.get('accuse')?.find((p) => p.object && this.objectHolds(p.object, what));
      const code = evaluation > 0 ? '051' : evaluation < 0 ? '111' : (row?.code ?? '112');
      // The subject's act and what it is blamed for are told by this event ("the Chinese [crackdown] was deplorable").
      this.covered.push([np ? Math.min(np.first, frame.verb.first) : frame.verb.first, what.length ? what[what.length - 1] : frame.verb.last]);
      const rule = `${evaluation ? 'evaluation' : 'blame'}:${this.word(evaluation ? blame.last : blame.first).toLowerCase()}→${code}`;
      for (const source of sources) yield this.verbCandidate(st, frame, source, target, code, rule, evaluation > 0 ? 'praise' : evaluation < 0 ? 'criticize' : 'accuse');
    }
  }

  /** A verb's event between two named sides, at the confidence of a verb pattern (less when a side is a guess). */
  private verbCandidate(st: SentenceStructure, frame: VerbFrame, source: Side, target: Side, code: string, rule: string, lemma: string): Candidate {
    return { sentence: st.sentence, first: frame.verb.first, last: frame.verb.last, source, target, code, rule, confidence: sidesConfidence(source, target), frame, lemma };
  }

  /**
   * "Israel said Syria was arming Hezbollah", "Eritrea said Ethiopia was preparing a new offensive", "'Israel is
   * committing massacres against our people,' Arafat said": an act of allegations.tsv told by a speaker of
   * another country, in a clause a verb of saying reports right before it or in the speaker's direct quote, is
   * the speaker's accusation of its subject (112 and sub-codes), not the subject's act; the act is told by it.
   * Not for an act negated, to come, or under a modal ("said Syria would not arm …", "could violate").
   */
  private *allegationEvents(st: SentenceStructure): Generator<Candidate> {
    const { lemma } = this.doc.tokens;
    for (const frame of st.frames) {
      if (this.consumed.has(frame) || this.passive(frame) || frame.verb.negated) continue;
      const said = this.quoteOf.get(frame.verb.head);
      // Told before the act ("Israel said Syria was arming …") or attributed after it ("Syria is sheltering Kurdish
      // rebels, the Turkish prime minister said", "…, India charged", "…, according to a State Department spokesman").
      const speech = said ? undefined : this.reportedBy(st, frame, ACCUSING_SPEECH);
      const according = said || speech ? null : this.accordingTo(st, frame);
      if (!said && !according && (this.inQuote[frame.verb.head] || !speech)) continue;
      let unreal = false;
      for (let t = frame.verb.first; t < frame.verb.head; t++) if (UNREAL_AUXILIARY.test(this.word(t))) unreal = true;
      if (unreal) continue;
      const particle = PARTICLE.test(this.word(frame.verb.head + 1)) ? ` ${this.word(frame.verb.head + 1).toLowerCase()}` : '';
      let base = this.headLemma(frame.verb.head);
      // "said Iraq [was to blame] for …": the verb group's "be to", with its head.
      const h = frame.verb.head;
      if (h - 2 >= frame.verb.first && /^to$/i.test(this.word(h - 1)) && lemma[h - 2] === 'be') base = `be to ${base}`;
      let rows = this.tables.allegations.get(`${base}${particle}`) ?? this.tables.allegations.get(base) ?? this.tables.allegations.get(lemma[frame.verb.head]?.toLowerCase() ?? '');
      // "said Washington was [plotting] to topple …": a governing verb of the group, before its infinitive.
      let from = frame.verb.head + 1;
      for (let t = frame.verb.first; !rows && t < h; t++) {
        if (this.doc.tokens.pos[t] !== 'VERB' || !/^to$/i.test(this.word(t + 1))) continue;
        rows = this.tables.allegations.get(this.headLemma(t));
        // "was preparing [to attack] …": the governed verb is what is prepared.
        if (rows) [base, from] = [this.headLemma(t), t + 1];
      }
      if (!rows) continue;
      const what: number[] = [];
      for (let t = from; t <= frame.clause.last; t++) what.push(t);
      const row = rows.find((r) => !r.object || this.objectHolds(r.object, what));
      const subject = this.subjectOf(frame);
      if (!row || !subject || subject.first > frame.verb.first || this.quotedSelf(frame)) continue;
      const target = this.subjectSides(st, frame)[0];
      if (!target?.country) continue;
      const speakers = said ? [this.side(said.speaker, said.cue)].filter((x): x is Side => x !== null) : according ? [according] : this.speakerSides(st, speech!);
      const sources = speakers.filter((x) => !sameSide(x, target) && x.country !== '' && x.country !== target.country);
      if (!sources.length) continue;
      this.consumed.add(frame);
      this.covered.push([frame.verb.first, frame.clause.last]);
      for (const source of sources) yield this.verbCandidate(st, frame, source, target, row.code, `allegation:${base}→${row.code}`, 'accuse');
    }
  }

  /**
   * The source a sentence's closing ", according to X" names for the frame's clause, when no other verb comes
   * between ("Iran is arming militias in Iraq, according to a State Department spokesman").
   */
  private accordingTo(st: SentenceStructure, frame: VerbFrame): Side | null {
    const last = this.doc.tokens.sentenceFirstToken[st.sentence + 1] - 1;
    for (let t = frame.verb.last + 1; t < last; t++) {
      if (!/^according$/i.test(this.word(t)) || !/^to$/i.test(this.word(t + 1)) || this.word(t - 1) !== ',') continue;
      if (st.frames.some((f) => f !== frame && f.verb.first > frame.verb.last && f.verb.first < t)) return null;
      return this.actorIn(t + 2, last);
    }
    return null;
  }

  /**
   * The ways the patterns may read a frame, in order: a governing verb inside the verb group ("threatened to
   * impose", "refused to meet", "agreed to resume"), then the main verb with its particle ("called on",
   * "pulled out") or the preposition after it ("called for", "sided with"), else alone.
   */
  private readings(st: SentenceStructure, frame: VerbFrame): Reading[] {
    const out: Reading[] = [];
    const verbs = this.tables.verbs;
    const { pos } = this.doc.tokens;
    const chunks = frame.clause.chunks;
    const complement = this.complementOf(st, frame);
    for (let t = frame.verb.first; t < frame.verb.head; t++) {
      // "helped rebuild": a verb that takes a bare infinitive governs the one right after it.
      const bare = pos[t] === 'VERB' && pos[t + 1] === 'VERB' && BARE_GOVERNOR.test(this.headLemma(t));
      // "stopped [fighting]", "ceased [shelling]": a verb of ending governs the gerund after it.
      const gerund = CESSATION.test(this.headLemma(t)) && /^[a-z]+ing$/i.test(this.word(t + 1)) && pos[t + 1] === 'VERB';
      if (pos[t] !== 'VERB' || (this.word(t + 1).toLowerCase() !== 'to' && !bare && !gerund)) continue;
      const lemma = this.headLemma(t);
      const patterns = verbs.get(lemma);
      if (!patterns) continue;
      const governed: Complement = { frame: null, chunks, subject: null, verbFirst: bare || gerund ? t + 1 : t + 2, verbLast: frame.verb.last, object: frame.object, pps: frame.pps, last: complement?.last ?? frame.clause.last };
      out.push({ lemma, head: t, patterns, objectIndex: -1, pps: [], complement: governed, ...(gerund ? { ended: true } : {}) });
    }
    const head = this.headLemma(frame.verb.head);
    let after = frame.verb.last > frame.verb.head ? this.word(frame.verb.last).toLowerCase() : '';
    let vi = chunks.indexOf(frame.verb);
    // A particle the chunker left outside the verb group: "pulled [back] from".
    const loose = chunks[vi + 1];
    if (!after && loose?.type === 'O' && loose.first === loose.last && PARTICLE.test(this.word(loose.first).toLowerCase())) {
      after = this.word(loose.first).toLowerCase();
      vi++;
    }
    let lemma = head;
    const object = this.objectOf(frame);
    let objectIndex = object ? chunks.indexOf(object) : -1;
    let pps = frame.pps;
    const stem = PARTICLE.test(after) ? `${head} ${after}` : head;
    if (PARTICLE.test(after) && verbs.has(stem) && !verbs.has(`${stem} ${this.ppAfter(chunks, vi)}`)) lemma = stem;
    else if (!PARTICLE.test(after) || !verbs.has(stem)) {
      // "called for", "sided with"; with a particle, "pulled back from", "backed down from"
      const next = chunks[vi + 1];
      const prep = next?.type === 'PP' ? this.word(next.head).toLowerCase() : '';
      if (prep && verbs.has(`${stem} ${prep}`)) {
        lemma = `${stem} ${prep}`;
        objectIndex = vi + 1;
        pps = frame.pps.filter((p) => p !== next);
      }
    }
    const patterns = verbs.get(lemma);
    const preposition = PARTICLE.test(after) && lemma === head ? after : undefined;
    if (patterns) out.push({ lemma, head: frame.verb.head, patterns, objectIndex, pps, complement, ...(preposition ? { preposition } : {}) });
    // "was in New Delhi for talks": when no row of "be in" holds ("was in a state of alert"), the copula's own rows
    // read its phrases.
    const copula = verbs.get(head);
    if (head === 'be' && lemma !== head && copula) out.push({ lemma: head, head: frame.verb.head, patterns: copula, objectIndex: object ? chunks.indexOf(object) : -1, pps: frame.pps, complement });
    return out;
  }

  private ppAfter(chunks: Chunk[], vi: number): string {
    const next = chunks[vi + 1];
    return next?.type === 'PP' ? this.word(next.head).toLowerCase() : '';
  }

  /**
   * The act a frame's verb governs: an infinitive ("urged Russia to withdraw", "appealed to Germany to
   * send"), a gerund after a preposition ("accused Iran of attacking"), or a that-clause ("demanded that
   * Israel withdraw"). The object before an infinitive or a gerund is the governed verb's subject.
   */
  private complementOf(st: SentenceStructure, frame: VerbFrame): Complement | null {
    const chunks = frame.clause.chunks;
    let k = chunks.indexOf(frame.verb) + 1;
    let preposition = '';
    let controller: Chunk | null = null;
    for (; k < chunks.length && chunks[k].type !== 'VP'; k++) {
      const c = chunks[k];
      const w = this.word(c.first).toLowerCase();
      if (c.type === 'NP' || (c.type === 'PP' && c.object)) controller = c;
      else if (c.type === 'PP' && GERUND_PREPOSITIONS.has(w)) preposition = w;
      else if (!(c.type === 'O' && (/^(,|and|to|each|one)$/.test(w) || this.doc.tokens.pos[c.first] === 'ADV'))) return this.thatComplement(st, frame);
    }
    const g = chunks[k];
    if (!g) return this.thatComplement(st, frame);
    const before = this.word(g.first - 1).toLowerCase();
    const infinitive = this.word(g.first).toLowerCase() === 'to' || before === 'to';
    // "accused NATO of [deliberately] targeting": an adverb may stand between the preposition and the gerund.
    // "of [plotting to overthrow]": the gerund may open a group whose head is the verb it governs.
    const gerund = preposition !== '' && (before === preposition || this.word(g.first - 2).toLowerCase() === preposition) && (/ing$/i.test(this.word(g.head)) || /ing$/i.test(this.word(g.first)));
    if (!infinitive && !gerund) return null;
    const governed = st.frames.find((f) => f.verb === g);
    if (!governed) return null;
    // "urged [Russia] to withdraw", "accused [Iran] of attacking": the object acts; "agreed to meet": the subject does.
    if (controller && (gerund || chunks[k - 1]?.type === 'O') && !this.passive(frame)) {
      // Only the noun phrase (or the PP's noun phrase) right before the governed verb, past a coordination.
      let c = k - 1;
      while (c > 0 && chunks[c].type !== 'NP' && !(chunks[c].type === 'PP' && chunks[c].object)) c--;
      if (chunks[c] === controller) {
        let first = c;
        while (first >= 2 && chunks[first - 1].type === 'O' && /^(,|and)$/i.test(this.word(chunks[first - 1].first)) && chunks[first - 2].type === 'NP') first -= 2;
        const vi = chunks.indexOf(frame.verb);
        const object = chunks[first] === this.objectOf(frame) || (first === vi + 1 && chunks[first].type === 'PP' && /^(to|upon|with)$/i.test(this.word(chunks[first].head)));
        // Only someone acts: "used [force] to disperse the crowd" is the subject's act.
        const np = chunks[first].type === 'PP' ? chunks[first].object : chunks[first];
        const someone = np !== undefined && (this.actorIn(np.first, np.last) !== null || this.roleIn(np.first, np.last) !== null || this.doc.tokens.pos[np.head] === 'PRON');
        if (object && someone && this.doc.tokens.lemma[frame.verb.head] !== 'be') {
          this.controller.set(governed, chunks[first]);
          this.governor.set(governed, frame);
        }
      }
    }
    return { frame: governed, chunks, subject: null, verbFirst: g.first, verbLast: g.last, object: governed.object, pps: governed.pps, last: frame.clause.last, also: this.coordinatedInfinitives(st, governed) };
  }

  /**
   * Infinitives coordinated after a governed verb: "to hold talks … and to lift the blockade", "to resume talks
   * and exchange prisoners" (a base form right after "and"). They are what the governing verb asks or intends
   * too, not acts of their own.
   */
  private coordinatedInfinitives(st: SentenceStructure, governed: VerbFrame): VerbFrame[] {
    const out: VerbFrame[] = [];
    let last = governed;
    for (const f of st.frames) {
      if (f.verb.first <= last.verb.last || this.controller.has(f)) continue;
      const v = f.verb.first;
      const to = this.word(v).toLowerCase() === 'to' || this.word(v - 1).toLowerCase() === 'to';
      const andAt = to && this.word(v).toLowerCase() !== 'to' ? v - 2 : v - 1;
      const base = this.word(f.verb.head).toLowerCase() === this.doc.tokens.lemma[f.verb.head]?.toLowerCase();
      if (this.word(andAt).toLowerCase() !== 'and' || !(to || (base && f.subject === null)) || f.subject?.last === andAt - 1) break;
      out.push(f);
      last = f;
    }
    return out;
  }

  /** "demanded that Israel withdraw", "warned that it would retaliate": the verb ends its clause and the next opens with "that". */
  private thatComplement(st: SentenceStructure, frame: VerbFrame): Complement | null {
    const chunks = frame.clause.chunks;
    if (chunks.slice(chunks.indexOf(frame.verb) + 1).some((c) => c.type === 'VP')) return null;
    const next = st.clauses[st.clauses.indexOf(frame.clause) + 1];
    if (!next || this.word(next.first).toLowerCase() !== 'that') return null;
    const governed = st.frames.find((f) => f.clause === next) ?? null;
    // The whole clause is what is demanded or warned of; its subject is the noun phrase after "that" (the tagger
    // sometimes takes its verb into that phrase: "that [Hamas free all hostages]").
    const subject = governed?.subject ?? next.chunks.find((c) => c.type === 'NP') ?? null;
    return { frame: governed, chunks: next.chunks, subject, verbFirst: next.first + 1, verbLast: next.last, object: governed?.object ?? null, pps: governed?.pps ?? [], last: next.last, first: true };
  }

  /** The events of the first row whose object constraint holds and whose target slots name an actor. */
  private verbCandidates(st: SentenceStructure, frame: VerbFrame, r: Reading): { found: Candidate[]; holds: boolean } {
    const constraint = this.constraintTokens(frame, r);
    // The rows whose constraint holds, tested as far as they are read: most frames settle on the first.
    const holding = new Held(r.patterns, (p) => !p.object || this.constraintHolds(p.object, constraint, frame));
    const first = holding.at(0);
    if (!first) return { found: [], holds: false };
    if (first.targets.includes(SUFFERER)) return { found: this.suffered(st, frame, r, first), holds: true };
    // "the release of the hostages [held] in Lebanon": a participle with no auxiliary describes those held, and tells
    // no hostage-taking (the release or the demand for it tells who holds them).
    if (first.lemma === 'hold' && first.code === '181' && this.passive(frame) && !frame.verb.auxiliaries?.length) return { found: [], holds: true };
    // "The attack was blamed on Hamas": no one is named as blaming; the attack's event tells it (nounEvents).
    if (this.passive(frame) && !this.agentPhrase(frame) && BLAMED.test(first.lemma)) return { found: [], holds: true };
    // "Fighting between Armenian and Azerbaijani forces killed 40 people": the sides of the fighting are its noun's event
    // (each against the other), not the killing's source.
    if (VIOLENT.test(first.code) && this.fightingBetween(st, frame)) return { found: [], holds: true };
    let sources = this.subjectSides(st, frame);
    // "Hostages [held by the Abu Sayyaf] were freed": with no agent named, who held those released released them.
    if (!sources.length && this.passive(frame) && frame.subject && RELEASE.test(first.code)) sources = this.holderOf(frame.clause.chunks, frame.clause.chunks.indexOf(frame.subject), []);
    // No agent: "the ban on [the ANC] was lifted", "Zimbabwe was suspended from [the Commonwealth]".
    if (!sources.length && this.passive(frame) && frame.subject) sources = this.authorityOf(frame, first.code);
    let guessed = false;
    const prev = frame.verb.first > 0 ? this.doc.tokens.pos[frame.verb.first - 1] : '';
    // Not for a participle before a noun ("a video of [captured] soldiers"), which is no clause's verb.
    const prenominal = frame.verb.first === frame.verb.last && /^(DET|ADP|ADJ|NUM)$/.test(prev);
    if (!sources.length && !this.passive(frame) && !prenominal) {
      // No actor in the subject ("The head of the agency's delegation condemned …"): the last actor named before
      // the verb in its sentence, if any, as a guess.
      const before = this.lastActorBefore(st, frame.verb.first);
      if (before) sources = [before];
      guessed = true;
    }
    // A subject the actors name no one in ("Hindu militants", "a Turkish-based group"): the act still happened,
    // with a source of no known country, ranked low.
    if (!sources.length && !prenominal) {
      const unnamed = this.unnamedSubject(frame);
      if (unnamed) {
        sources = [unnamed];
        guessed = true;
      }
    }
    // "A rocket attack on a settlement in the Gaza Strip wounded two Israelis": an attack in the subject that names no
    // attacker is unnamed attackers', placed where it struck (below: not in the victims' country).
    const attack = this.subjectOf(frame);
    const unnamedAttack = !sources.length && attack !== null && !this.passive(frame) && this.violentNoun(attack.head) && attack.first < frame.verb.first;
    if (unnamedAttack) {
      sources = [this.unnamedSide(attack.type === 'PP' && attack.object ? attack.object : attack, 'UAF')];
      guessed = true;
    }
    if (!sources.length) return { found: [], holds: true };
    const avoid = this.objectCountries(frame);
    // "The bombing of the American embassy killed …": the country of what an attack hit is not its attackers'.
    const subject = this.subjectOf(frame);
    if (subject && !this.passive(frame) && this.violentNoun(subject.head)) {
      for (let t = subject.first; t < frame.verb.first; t++) {
        const country = this.actorById.get(this.actorAt.get(t) ?? '')?.country;
        if (country) avoid.add(country);
      }
    }
    sources = sources.map((x) => this.placed(x, st.sentence, frame.verb.first, avoid));
    // No place gives the unnamed attackers a country: the attack noun's own event tells it.
    if (unnamedAttack && !sources.some((x) => x.country)) return { found: [], holds: true };
    const chunks = frame.clause.chunks;
    const passive = this.passive(frame) && r.head === frame.verb.head && frame.subject && !this.controller.has(frame);
    const passiveObject = (internal: boolean) => (passive && frame.subject ? this.passiveTargets(chunks, chunks.indexOf(frame.subject), st.sentence, sources[0], internal) : []);
    // "Armenia and Azerbaijan accused each other": the members of the subject are each other's targets.
    const next = frame.verb.last + 2 < this.doc.tokens.start.length ? `${this.word(frame.verb.last + 1)} ${this.word(frame.verb.last + 2)}` : '';
    const reciprocal = /^(each other|one another)$/i.test(next);
    let pattern = first;
    let settled = first;
    let pairs: [Side, Side | null][] = [];
    for (const p of holding) {
      if (p.code === NULL_CODE) break;
      const internal = FORCIBLE.test(p.code);
      const patients = p.targets.includes('obj') ? passiveObject(internal) : [];
      const targets = patients.length ? patients : reciprocal ? [] : this.targets(frame, r, p.targets, sources, p.code, internal);
      pattern = p;
      pairs = this.pairs(sources, targets, reciprocal ? ['each'] : p.targets, internal);
      // "ordered Russian troops to leave Chechnya", "ordered his troops to withdraw": sending one's own forces away is
      // their withdrawal, which the governed verb codes, not an expulsion (166).
      if (p.lemma === 'order' && p.code === '166' && this.ownObject(frame, sources)) {
        // "ordered the withdrawal of its troops from …": the noun tells the withdrawal; the verb reads nothing.
        if (frame.object && WITHDRAWAL.test(this.word(frame.object.head))) return { found: [], holds: false };
        pairs = [];
      }
      // "ordered troops to storm the parliament", "ordered the army to shell the town": the forces' ordered act is told
      // by its own verb (an attack, an arrest, a seizure), not as their mobilization.
      // "pushed for a resolution condemning North Korea": the participle tells what the document is sought for (not "signed
      // a declaration ending the war": the signing is an act of its own).
      if (/^(02|10)/.test(p.code) && st.frames.some((f) => f !== frame && this.documentDrafter(st, f) === frame && this.tables.verbs.has(this.headLemma(f.verb.head)))) return { found: [], holds: false };
      if (p.lemma === 'order' && /^15/.test(p.code) && r.complement?.frame && this.hasRow(r.complement.frame.verb.head, FORCIBLE)) return { found: [], holds: false };
      if (pairs.length) break;
      // A row that asks who the subject is ("protesters occupied …") is the act's reading even with no target:
      // the later, general rows ("occupy": 192) are for other subjects.
      if (p === first && p.object && [...p.object].some((e) => e.startsWith('subj='))) break;
      // A row with the slot "-" is the act's reading even when it names no target ("handed over three suspects to
      // the tribunal" is judicial cooperation): the later, general rows are for other objects.
      if (p.targets.includes('-')) {
        settled = p;
        break;
      }
    }
    // "Albania and Greece pledged to improve relations": a cooperative act of a compound subject that names no one
    // else is done by its members to each other.
    // Not when the act has an object of its own ("both governments supported [a negotiated end to the war]").
    const object = r.head === frame.verb.head ? this.objectOf(frame) : null;
    const own = object !== null && !RELATIONS.test(this.doc.tokens.lemma[object.head]?.toLowerCase() ?? '');
    if (!pairs.length && sources.length > 1 && !reciprocal && !own && COOPERATIVE.test(first.code)) {
      pattern = first;
      pairs = this.pairs(sources, [], ['each']);
    }
    // No slot names a target: the act stands with its source alone ("the Kremlin rejected the proposal"), unless
    // the first row that holds is one whose act is no event without a target (`dyad`).
    let confidence = VERB_CONFIDENCE;
    // Targets guessed for a concession that names none: no less sure than the act with no target.
    const guessedYield = new Set<Side>();
    if (!pairs.length && settled.code !== NULL_CODE && !settled.targets.includes(DYAD)) {
      pattern = settled;
      // The first actor after the verb in its sentence, as a guess ("attacked a convoy carrying [Turkish] officials").
      const after = reciprocal ? null : this.firstActorAfter(st, frame.verb.last, sources, FORCIBLE.test(pattern.code));
      // An act whose PLOVER type needs no recipient, by a source named as such: a guess that is the source's own
      // country names where ("resigned as president of [Zimbabwe]"), and the act stands with no target rather than
      // being dropped as self-directed (a source known only from that place, "the ministers met in Astana", still is).
      // A state body known from the place its act is in ("the government promised reforms in Rangoon") still pledges
      // something: the act stands too.
      const named = (s: Side) => !s.implicit || (STATE_PLEDGE.test(pattern.code) && STATE_BODY.test(s.code.slice(3)));
      const own = (s: Side) => after !== null && named(s) && RECIPIENT_OPTIONAL.test(pattern.code) && selfDirected({ source: s, target: after, code: pattern.code } as Candidate);
      // "Malaysian authorities barred an opposition newspaper", "the army declared martial law": coercion by a state
      // whose receiving end names no one else is done to its own people.
      // "Russian gunships attacked rebel villages in Chechnya": violence whose receiving end names no one is done to
      // the country where it struck.
      // "the army lifted the curfew in [Ambon]", "Suharto resigned", "freed 5,000 prisoners": a concession or retreat
      // whose receiving end names no one is made where it happened, else (a domestic concession) to the source's
      // own country, as CAMEO codes a yielding to "the challengers or the country as a whole" (0831).
      const yielded = (s: Side) => (YIELDING.test(pattern.code) ? (this.struckPlace(frame) ?? (DOMESTIC_YIELD.test(pattern.code) ? this.homeCountry(s) : null)) : null);
      pairs = sources.map((s) => [s, own(s) ? null : (after ?? (COERCIVE.test(pattern.code) ? this.ownPeople(s) : VIOLENT.test(pattern.code) ? this.struckPlace(frame) : yielded(s)))]);
      if (YIELDING.test(pattern.code)) for (const [, t] of pairs) if (t && t !== after) guessedYield.add(t);
      confidence = VERB_CONFIDENCE - TARGETLESS_PENALTY;
    }
    // Rows that need a target and name none leave the object's nouns to be read ("launched [a strike]" by workers).
    if (!pairs.length && [...holding].every((p) => p.targets.includes(DYAD))) return { found: [], holds: false };
    // "Rebels attacked a Rwandan army convoy": an armed group no place or name gives a country fights in its target's.
    if (FORCIBLE.test(pattern.code)) pairs = pairs.map(([s, t]) => [this.fightsIn(s, t), t]);
    // "Nigeria's military government detained the writer Ken Saro-Wiwa": a person of no known country a state
    // coerces is most often its own national.
    // So are those its police, security services, government or courts beat, torture or execute ("Egyptian police
    // tortured detained Islamists", "the Nigerian government executed the writer Ken Saro-Wiwa").
    if (COERCIVE.test(pattern.code) || (VIOLENT.test(pattern.code) && /(COP|SPY|GOV|JUD)$/.test(pairs[0]?.[0].code ?? ''))) pairs = pairs.map(([s, t]) => [s, this.ownNational(t, s)]);
    // "will not tolerate any interference": a warning only when negated ("tolerated the protests" is no event).
    if (NEGATED_WARNING.test(pattern.lemma) && !frame.verb.negated) return { found: [], holds: false };
    const head = r.head !== frame.verb.head ? { head: r.head } : {};
    const found = pairs.map(([source, target]) => ({
      sentence: st.sentence,
      first: frame.verb.first,
      last: frame.verb.last,
      source,
      target,
      code: pattern.code,
      rule: `verb:${pattern.lemma}→${pattern.code}${target ? '' : ' (no target)'}`,
      confidence: confidence - (source.implicit || (target?.implicit && !guessedYield.has(target)) || guessed ? IMPLICIT_PENALTY : 0),
      frame,
      lemma: pattern.lemma,
      ...head,
    }));
    return { found, holds: true };
  }

  /**
   * Who did an act told in a passive that names no agent and no place: for an easing at home, the government of the
   * country named in its subject; the body a suspension or expulsion's
   * "from" phrase names ("Zimbabwe was suspended from the Commonwealth"); for a state's acts of administration,
   * the government of the country whose people or bodies the act binds or frees ("the ban on the ANC was lifted",
   * "Malaysia's deputy prime minister was charged with corruption"), a guess. Not for arrests of a country's
   * people of no office ("two American journalists were detained" may be abroad).
   */
  private authorityOf(frame: VerbFrame, code: string): Side[] {
    const chunks = frame.clause.chunks;
    const subject = frame.subject;
    if (!subject || subject.first > frame.verb.first) return [];
    // "The ban on the African National Congress was lifted", "Restrictions on travel by Soviet citizens were eased": a
    // restriction at home eased by no one named is eased by the government of those it bound (with an agent phrase
    // that names no one too).
    if (EASED_AT_HOME.test(code)) {
      for (let k = chunks.indexOf(subject); k >= 0 && k < chunks.length && chunks[k].first < frame.verb.first; k++) {
        const country = chunks[k].type === 'VP' ? undefined : this.actorsFrom(chunks, k).find((a) => a.country)?.country;
        const side = country ? this.countrySide(country, 'GOV', true) : null;
        if (side) return [side];
      }
    }
    if (this.agentPhrase(frame)) return [];
    if (SUSPENSION.test(code)) {
      const from = frame.pps.find((pp) => pp.first > frame.verb.last && pp.object && /^from$/i.test(this.word(pp.head)));
      if (!from?.object) return [];
      // "from the councils [of the Commonwealth]": the body an organ's "of" phrase names.
      const k = chunks.indexOf(from);
      const of = chunks[k + 1];
      const at = this.doc.tokens.pos[from.object.head] !== 'PROPN' && this.ofPhrase(of) ? k + 1 : k;
      const np = chunks[at].object ?? from.object;
      const bodies = this.actorsFrom(chunks, at).filter((x) => this.actorById.get(x.actor)?.kind !== 'country');
      // A body the actors do not know, named as such ("from the Commonwealth"): a side of no country.
      if (!bodies.length && !this.actorIn(np.first, np.last) && this.doc.tokens.pos[np.head] === 'PROPN') return [this.unnamedSide(np, null)];
      return bodies;
    }
    if (!ADMINISTRATIVE.test(code)) return [];
    // "the ban [on the ANC]", "the curfew [in Dili]": the subject's own phrase names whom it binds.
    const k = chunks.indexOf(subject);
    const next = chunks[k + 1];
    const own = this.actorIn(subject.first, subject.last);
    const bound = own ?? (next?.type === 'PP' && next.object && next.last < frame.verb.first && /^(on|of|against|in)$/i.test(this.word(next.head)) ? this.actorIn(next.object.first, next.object.last) : null);
    if (!bound?.country) return [];
    const kind = this.actorById.get(bound.actor)?.kind;
    if (/^173/.test(code) && kind !== 'person' && !STATE_OWN.test(bound.code)) return [];
    // The state itself, apart from an official of its government it acts on ("Malaysia's deputy prime minister was charged").
    const state = this.countrySide(bound.country, /GOV$/.test(bound.code) ? undefined : 'GOV', true);
    return state ? [state] : [];
  }

  /**
   * An act the subject suffers ("Shevardnadze survived an assassination attempt", "an Israeli patrol came under
   * fire from Hezbollah guerrillas"): the subject is the target; the source is a "from" or "by" phrase, else, as
   * CAMEO codes attacks by no one named, where it happened.
   */
  private suffered(st: SentenceStructure, frame: VerbFrame, r: Reading, p: VerbPattern): Candidate[] {
    if (this.passive(frame)) return [];
    const chunks = frame.clause.chunks;
    const subject = this.subjectOf(frame);
    let targets = this.subjectSides(st, frame);
    if (!targets.length && subject) targets = [this.roleSide(chunks, chunks.indexOf(subject), st.sentence)].filter((x): x is Side => x !== null);
    if (!targets.length) return [];
    let sources: Side[] = [];
    for (const pp of r.pps) {
      const attackers = this.attackersIn(chunks, chunks.indexOf(pp), st.sentence, targets[0]);
      if (attackers.length) {
        sources = attackers;
        break;
      }
      if (!/^(from|by)$/i.test(this.word(pp.head))) continue;
      const k = chunks.indexOf(pp);
      sources = this.actorsFrom(chunks, k);
      if (!sources.length) sources = [this.roleSide(chunks, k, st.sentence) ?? this.unnamedRole(pp)].filter((x): x is Side => x !== null);
      break;
    }
    const scene = sources.length ? null : this.sceneOf(frame, st.sentence);
    if (scene) sources = [scene];
    const out: Candidate[] = [];
    for (const source of sources) {
      for (const target of targets) {
        if (source.actor === target.actor && source.code === target.code) continue;
        out.push(this.verbCandidate(st, frame, source, target, p.code, `verb:${p.lemma}→${p.code} (suffered)`, p.lemma));
      }
    }
    return out;
  }

  /**
   * A passive verb's subject's actors, else the place its phrase names ("two hospitals [in northern Syria] were hit
   * by …"), else, for an act of coercion or violence, a role word placed by the sentence or by the source ("dozens of
   * [protesters] were detained by police in Harare", "eleven [civilians] were killed by Indian troops").
   */
  private passiveTargets(chunks: Chunk[], index: number, sentence: number, source: Side | undefined, internal: boolean): Side[] {
    const own = this.actorsFrom(chunks, index);
    if (own.length) return own;
    const next = chunks[index + 1];
    const placed = next?.type === 'PP' && next.object && /^(in|of|near|across)$/i.test(this.word(next.head)) ? this.actorsFrom(chunks, index + 1) : [];
    if (placed.length || !internal) return placed;
    const role = this.roleSide(chunks, index, sentence, source);
    return role ? [role] : [];
  }

  /** Source–target pairs; with the `each` slot and no other target, every member of a compound subject with every other ("Iran and Iraq met"). */
  private pairs(sources: Side[], targets: Side[], slots: string[], internal = false): [Side, Side | null][] {
    const out: [Side, Side | null][] = [];
    const others = !targets.length && slots.includes('each') && sources.length > 1;
    for (const source of sources) {
      for (const target of others ? sources : targets) if (!sameSide(source, target, internal && !others)) out.push([source, target]);
    }
    return out;
  }

  /** The object's tokens and those of an "of" phrase right after it ("69 percent of … arms imports") and of "with" phrases: where a possessor names the target. */
  private objectTokens(frame: VerbFrame, r: Reading): number[] {
    const out: number[] = [];
    const chunks = frame.clause.chunks;
    const push = (c: Chunk | undefined) => {
      if (c) for (let t = c.first; t <= c.last; t++) out.push(t);
    };
    if (r.objectIndex >= 0) push(chunks[r.objectIndex]);
    const at = r.objectIndex >= 0 ? r.objectIndex : r.head === frame.verb.head ? chunks.indexOf(frame.verb) : -1;
    const next = at >= 0 ? chunks[at + 1] : undefined;
    if (next?.type === 'PP' && this.word(next.head).toLowerCase() === 'of') push(next);
    // "called for an end [to the fighting]": what is to end.
    const object = r.objectIndex >= 0 ? chunks[r.objectIndex] : undefined;
    if (object && next?.type === 'PP' && this.word(next.head).toLowerCase() === 'to' && /^(end|halt|cessation|stop)$/i.test(this.word(object.last))) push(next);
    // "supplied Israel with oil": the "with" phrase holds what is supplied.
    for (const pp of r.pps) if (this.word(pp.head).toLowerCase() === 'with') push(pp);
    return out;
  }

  /**
   * The tokens an object constraint reads: the object and its "of" phrase, the phrases after the verb, a
   * passive verb's subject ("diplomats were expelled"), and the governed act ("threatened [to impose
   * sanctions on Lithuania]").
   */
  private constraintTokens(frame: VerbFrame, r: Reading): number[] {
    const out = this.objectTokens(frame, r);
    const push = (c: Chunk | null | undefined) => {
      if (c) for (let t = c.first; t <= c.last; t++) out.push(t);
    };
    // Everything after the verb group up to the next verb group of its clause ("put its forces on high alert").
    const chunks = frame.clause.chunks;
    // A verb+preposition lemma reads its own phrase ("withdrew from [Agdam district]"), not the clause's later phrases.
    const prepObject = r.objectIndex >= 0 && chunks[r.objectIndex]?.type === 'PP' && r.lemma.endsWith(` ${this.word(chunks[r.objectIndex].head).toLowerCase()}`);
    if (r.head === frame.verb.head && !prepObject) {
      const seen = new Set(out);
      for (let k = chunks.indexOf(frame.verb) + 1; k < chunks.length && (chunks[k].type !== 'VP' || this.prenominal(chunks[k])); k++) {
        // "called off mass protests [after talks with the government]": a phrase of the act's time tells no part of it.
        if (chunks[k].type === 'PP' && BACKGROUND_PHRASE.test(this.word(chunks[k].head))) break;
        for (let t = chunks[k].first; t <= chunks[k].last; t++) if (!seen.has(t)) out.push(t);
      }
    }
    // "Nigerian peacekeepers [were deployed] to protect …": a passive participle governing a purpose infinitive in
    // one verb group reads its subject as the passive's does.
    const passiveHead = r.head !== frame.verb.head && r.head > frame.verb.first && /^(was|were|been|be|is|are|being)$/i.test(this.word(r.head - 1)) && /^[a-z]+(ed|en)$/i.test(this.word(r.head));
    if ((this.passive(frame) && r.head === frame.verb.head) || passiveHead) {
      push(frame.subject);
      // "[Thousands of riot police] were deployed", "[Tens of thousands of troops] were sent": the "of" phrases after
      // the subject's head are part of it.
      for (let k = frame.subject ? chunks.indexOf(frame.subject) + 1 : 0; k > 0 && k < chunks.length && this.ofPhrase(chunks[k]) && chunks[k].first < frame.verb.first; k++) push(chunks[k]);
      // "[Relations] between Iran and Britain were broken off": the relation noun the "between" parties hang on.
      const between = this.relationParties(chunks, frame);
      if (between && between.parties.length > 1 && between.relation !== frame.subject) push(between.relation);
    }
    const c = r.complement;
    if (c) {
      const seen = new Set(out);
      for (let t = c.verbFirst; t <= c.verbLast; t++) if (!seen.has(t)) out.push(t);
      const k = c.chunks.findIndex((x) => x.type === 'VP' && x.last === c.verbLast);
      for (let j = k + 1; k >= 0 && j < c.chunks.length && c.chunks[j].type !== 'VP'; j++) push(c.chunks[j]);
      push(c.object);
      for (const pp of c.pps) push(pp);
    }
    // "would respond if Israel attacked": the "if" of a condition on an act told as future or as what would be
    // done, which the rows of a response ask for ("respond … if": a threat, not "responded to the proposal").
    if (r.head === frame.verb.head) {
      let t = frame.verb.first;
      while (t < frame.verb.head && !/^(will|would|'ll|shall)$/i.test(this.word(t))) t++;
      let next = frame.clause.last + 1;
      if (this.word(next) === ',') next++;
      if (t < frame.verb.head && next < this.doc.tokens.start.length && /^if$/i.test(this.word(next))) out.push(next);
    }
    return out;
  }

  /**
   * An object constraint, whose "subj=" entries ask the subject instead ("subj=troops": "the last Soviet troops left
   * Afghanistan"): all of one kind must hold when both are given.
   */
  private constraintHolds(entries: Set<string>, tokens: number[], frame: VerbFrame): boolean {
    const split = subjectEntries(entries);
    if (!split) return this.objectHolds(entries, tokens);
    const subject = this.subjectOf(frame);
    const own: number[] = [];
    if (subject && !this.passive(frame)) for (let t = subject.first; t <= subject.last; t++) own.push(t);
    // "[Hundreds of Kurdish protesters] occupied …": the "of" phrase after the subject's head is part of it.
    const chunks = frame.clause.chunks;
    const of = subject && !this.passive(frame) ? chunks[chunks.indexOf(subject) + 1] : undefined;
    if (of && of !== frame.verb && this.ofPhrase(of) && of.first < frame.verb.first) for (let t = of.first; t <= of.last; t++) own.push(t);
    if (!this.objectHolds(split.subject, own)) return false;
    return !split.rest.size || this.objectHolds(split.rest, tokens);
  }

  /** A one-word verb group inside a phrase, a participle before its noun ("on [heightened] alert", "a [failed] coup"). */
  private prenominal(c: Chunk): boolean {
    const prev = c.first > 0 ? this.doc.tokens.pos[c.first - 1] : '';
    const next = this.doc.tokens.pos[c.last + 1] ?? '';
    return c.first === c.last && /^(DET|ADP|ADJ|NUM)$/.test(prev) && /^(NOUN|ADJ|PROPN)$/.test(next);
  }

  /**
   * Whether the tokens satisfy an object constraint: one of its entries is a token's lemma or word, a run of
   * consecutive tokens ("military aid"), or all of several words anywhere ("lift+sanctions").
   */
  private objectHolds(entries: Set<string>, tokens: number[]): boolean {
    // Every row of a verb asks this of the same tokens: lowercase each word and lemma once per document, and
    // gather the tokens' words once per token list, so that most entries fail on one set lookup.
    if (!this.lowerWords) {
      this.lowerWords = Array.from(this.doc.tokens.start, (_, t) => this.word(t).toLowerCase());
      this.lowerLemmas = Array.from(this.doc.tokens.lemma, (l) => l?.toLowerCase() ?? '');
    }
    const words = this.lowerWords;
    const lemmas = this.lowerLemmas;
    if (this.heldTokens !== tokens) {
      this.heldTokens = tokens;
      this.heldWithin = new Set(tokens);
      this.heldWords = new Set(tokens.flatMap((t) => [words[t], lemmas[t]]));
    }
    const within = this.heldWithin;
    const present = this.heldWords;
    const has = (t: number, w: string) => words[t] === w || lemmas[t] === w;
    const run = (parts: string[]) => present.has(parts[0]) && tokens.some((t) => parts.every((w, j) => within.has(t + j) && has(t + j, w)));
    return splitEntries(entries).some((terms) => terms.every(run));
  }

  /**
   * The actors of the first slot that names one other than the source ("deployed troops along [its] border with
   * [Lithuania]"); for a cooperative or verbal act, other than the source's own country as a whole too, which is
   * no counterpart (selfDirected): "Vietnam's prime minister promised to open [Vietnam's] markets to [American] companies".
   */
  private targets(frame: VerbFrame, r: Reading, slots: string[], sources: Side[], code?: string, internal = false): Side[] {
    const chunks = frame.clause.chunks;
    const other = (found: Side[]) => found.filter((a) => !sources.some((s) => sameSide(s, a, internal) || (code !== undefined && selfDirected({ source: s, target: a, code }))));
    for (const slot of slots) {
      let found: Side[] = [];
      if (slot === '-' || slot === 'each') continue;
      if (slot === 'obj') {
        if (r.objectIndex >= 0) found = this.actorsFrom(chunks, r.objectIndex, sources);
        // "shelled residential areas of Omdurman": the object's "of" phrase names it.
        const of = chunks[r.objectIndex + 1];
        if (!found.length && r.objectIndex >= 0 && this.ofPhrase(of)) found = this.actorsFrom(chunks, r.objectIndex + 1, sources);
        // "bombed PKK camps in northern Iraq": a group's camps or positions struck are where they are, when a place says
        // (not a state's: "Iraqi positions in Kuwait" are Iraq's).
        const np = chunks[r.objectIndex]?.type === 'PP' ? chunks[r.objectIndex].object : chunks[r.objectIndex];
        const groups = found.length > 0 && found.every((x) => { const kind = this.actorById.get(x.actor)?.kind; return kind === 'group' || kind === 'organization'; });
        if (groups && code && VIOLENT.test(code) && np && !this.actorAt.has(np.head) && STRUCK_SITE.test(this.doc.tokens.lemma[np.head] ?? '')) {
          const where = this.struckPlace(frame);
          if (where && !found.some((x) => x.country === where.country)) found = [where];
        }
      } else if (slot === 'poss') {
        const owner = this.possessorIn(this.objectTokens(frame, r));
        if (owner) found = [owner];
      } else if (slot === 'comp') {
        found = this.complementTargets(r.complement, sources, code);
      } else if (slot === 'held') {
        // "the release of two Filipino workers [held by Iraqi authorities]", "its diplomats [held in Lebanon]": who holds them.
        found = this.holderOf(chunks, r.objectIndex >= 0 ? r.objectIndex : chunks.indexOf(frame.verb), sources);
      } else if (slot === 'inf') {
        // "told [Baghdad] to pull its troops back": the object, only when it performs a governed infinitive.
        const governed = r.complement && !r.complement.first ? r.complement.frame : null;
        if (governed && r.objectIndex >= 0 && this.controller.get(governed) === chunks[r.objectIndex]) found = this.actorsFrom(chunks, r.objectIndex, sources);
      } else if (slot.startsWith('obj.')) {
        // "Sanctions [against Libya] were suspended": a passive's subject is its object.
        const subject = frame.subject && frame.subject.first < frame.verb.first && this.passive(frame) ? chunks.indexOf(frame.subject) : -1;
        const object = r.objectIndex >= 0 ? r.objectIndex : subject;
        if (object < 0) continue;
        const prep = slot.slice(4);
        let k = object + 1;
        if (chunks[k]?.type === 'PP' && this.word(chunks[k].head).toLowerCase() === 'of') k++;
        if (chunks[k]?.type === 'PP' && this.word(chunks[k].head).toLowerCase() === prep) {
          found = this.actorsFrom(chunks, k, sources);
          // "restrictions on the movement [of Palestinian workers]": the phrase's "of" phrase names them.
          if (!found.length && this.ofPhrase(chunks[k + 1])) found = this.actorsFrom(chunks, k + 1, sources);
        }
      } else if (slot === r.preposition && r.objectIndex >= 0) {
        found = this.actorsFrom(chunks, r.objectIndex, sources);
      } else {
        const pp = r.pps.find((p) => this.word(p.head).toLowerCase() === slot);
        const k = pp ? chunks.indexOf(pp) : -1;
        if (pp) found = this.actorsFrom(chunks, k, sources);
        // "spoke with the foreign ministers [of India and Pakistan]": the phrase's "of" phrase names them.
        const of = chunks[k + 1];
        if (pp && !found.length && this.ofPhrase(of)) {
          // With the role of the phrase's head ("foreign ministers" → GOV) when it has one.
          const agent = this.roleIn(pp.object?.first ?? pp.first, pp.last) ?? undefined;
          found = this.actorsFrom(chunks, k + 1, sources).map((x) => (agent && x.actor.startsWith('country:') ? (this.countrySide(x.country, agent) ?? x) : x));
        }
      }
      // "Iraq said Iranian troops attacked [its] border posts": the owner a possessive pronoun names, when it is not the source.
      if (!found.length && slot !== 'poss' && slot !== 'comp') {
        const k = this.slotIndex(slot, r, chunks);
        const owner = k >= 0 ? this.pronounOwner(chunks[k]) : null;
        if (owner) found = [owner];
      }
      found = other(found);
      if (found.length) return found;
    }
    // No slot names an actor: a role word in the object or a slot's phrase ("arrested dozens of activists").
    for (const slot of slots) {
      // "threatened to arrest [opposition leaders]": the governed act's object.
      if (slot === 'comp' && r.complement?.object && !r.complement.first) {
        const cc = r.complement.chunks;
        const role = this.roleSide(cc, cc.indexOf(r.complement.object), this.doc.tokens.sentence[frame.verb.head], sources[0]);
        if (role && !sources.some((x) => sameSide(x, role))) return [role];
        continue;
      }
      const k = this.slotIndex(slot, r, chunks);
      // "shot two protesters", "fired on mourners": a role word of no known country is still the act's receiving end;
      // for coercion or violence, so is a thing in a place ("threw grenades at a police station [in Srinagar]").
      const role = k >= 0 ? (this.roleSide(chunks, k, this.doc.tokens.sentence[frame.verb.head], sources[0]) ?? this.unnamedRole(chunks[k])) : null;
      const found = k >= 0 ? other([role ?? (internal ? this.placeAfter(chunks, k) : null)].filter((x): x is Side => x !== null)) : [];
      if (found.length) return found;
    }
    // "pounded villages along the Line of Control", "were on alert along the DMZ": force or alert at a line dividing two
    // states faces the other one.
    if (code && /^(15|18|19|20)/.test(code)) {
      for (const pp of r.pps) {
        const line = this.acrossLine(pp, sources);
        if (line) return [line];
      }
    }
    // "threatened to strike at bases across the Line of Control", "warned it would fire across the DMZ": so does a
    // threat of force there.
    if (code && /^138/.test(code)) {
      for (const pp of [...frame.pps, ...(r.complement?.frame?.pps ?? [])]) {
        const line = this.acrossLine(pp, sources);
        if (line) return [line];
      }
    }
    return [];
  }

  /** The other state of a line dividing two ("along [the Line of Control]", "across the DMZ"), when one of them is a source's. */
  private acrossLine(pp: Chunk | undefined, sources: Side[]): Side | null {
    const np = pp?.type === 'PP' ? pp.object : undefined;
    if (!pp || !np || !/^(along|across|near|on|at|over|into|beyond|inside)$/i.test(this.word(pp.head))) return null;
    let first = np.first;
    while (first < np.last && /^(the|a)$/i.test(this.word(first))) first++;
    // "the Line of Control" may be chunked as "the Line" and "of Control": the name as the text goes on from the phrase.
    const text = this.doc.text.slice(this.doc.tokens.start[first], this.doc.tokens.start[first] + 40).toLowerCase();
    const name = [...this.tables.dividingLines.keys()].find((n) => text.startsWith(n) && !/^[\w-]/.test(text.slice(n.length)));
    const pair = name ? this.tables.dividingLines.get(name) : undefined;
    const own = pair?.filter((c) => sources.some((s) => s.country === c)) ?? [];
    if (!pair || own.length !== 1) return null;
    return this.countrySide(pair[0] === own[0] ? pair[1] : pair[0]);
  }

  /** The actors a participle of holding after the phrase at `from` names: "held [by Iraqi authorities]", "detained [in Lebanon]". */
  private holderOf(chunks: Chunk[], from: number, sources: Side[]): Side[] {
    for (let k = from + 1; k < chunks.length - 1 && k <= from + 4; k++) {
      const c = chunks[k];
      if (c.type !== 'VP') continue;
      if (!HOLDING.test(this.doc.tokens.lemma[c.head] ?? '')) return [];
      const pp = chunks[k + 1];
      if (pp.type !== 'PP' || !pp.object || !/^(by|in)$/i.test(this.word(pp.head))) return [];
      const found = this.actorsFrom(chunks, k + 1).filter((a) => !sources.some((s) => sameSide(s, a)));
      const role = found.length ? null : this.roleSide(chunks, k + 1, this.doc.tokens.sentence[c.head], sources[0]);
      return found.length ? found : role && !sources.some((s) => sameSide(s, role)) ? [role] : [];
    }
    return [];
  }

  /** The first actor of the governed act other than the source: a that-clause's subject, then its object, then its phrases. */
  private complementTargets(c: Complement | null, sources: Side[], code?: string): Side[] {
    if (!c) return [];
    for (const chunk of [c.subject, c.object, ...c.pps]) {
      if (!chunk) continue;
      const first = chunk === c.subject && c.first ? this.firstActorIn(chunk.first, chunk.last) : null;
      const found = (first ? [first] : this.actorsFrom(c.chunks, c.chunks.indexOf(chunk))).filter((a) => !sources.some((s) => sameSide(s, a) || (code !== undefined && selfDirected({ source: s, target: a, code }))));
      if (found.length) return found;
      // "vowed to crush [the Tamil rebels]": a role word its group word gives a state.
      const np = chunk.type === 'PP' ? chunk.object : chunk;
      const home = np && this.roleIn(np.first, np.last) ? this.homeIn(np.first, np.last) : null;
      const side = home ? this.countrySide(home, this.roleIn(np!.first, np!.last) ?? undefined, true) : null;
      if (side && !sources.some((s) => sameSide(s, side))) return [side];
    }
    return [];
  }

  /** A prepositional phrase headed by "of" with its noun phrase ("the leaders [of Armenia]"). */
  private ofPhrase(c: Chunk | undefined): c is Chunk & { object: Chunk } {
    return c?.type === 'PP' && c.object !== undefined && this.word(c.head).toLowerCase() === 'of';
  }

  /**
   * Rebels of no known country ("rebels", "insurgents", "separatists") as of the country of the side they attack:
   * an armed group fights in a state. Unnamed attackers ("gunmen", "militants") stay of no country.
   */
  private fightsIn(source: Side, target: Side | null): Side {
    if (source.country || !target?.country || !/^(REB|INS|SEP)$/.test(source.code) || this.blocSides.has(source.actor)) return source;
    return this.countrySide(target.country, source.code, true) ?? source;
  }

  /** A person of no known country as the target of a state's coercion: of the state's country, with the person's agent code. */
  private ownNational(target: Side | null, source: Side): Side | null {
    const a = target ? this.actorById.get(target.actor) : undefined;
    // A person, or a group named by an agent word only ("Islamists", "dissidents").
    const unplaced = a?.kind === 'person' || (a?.kind === 'group' && AGENT_LIKE.test(target?.code ?? ''));
    if (!target || !unplaced || a?.country || !source.country || !this.ownPeople(source)) return target;
    const agent = target.code.slice(-3);
    return this.countrySide(source.country, AGENT_LIKE.test(agent) && agent !== 'UNK' ? agent : undefined, true) ?? target;
  }

  /** A side's own country as the guessed receiving end of its concession (any side of a known country but a bloc's). */
  private homeCountry(source: Side): Side | null {
    return source.country && !this.blocSides.has(source.actor) ? this.countrySide(source.country, undefined, true) : null;
  }

  /** A state's own people as the guessed receiving end of its act: the side's country, known from the side alone. */
  private ownPeople(source: Side): Side | null {
    const a = this.actorById.get(source.actor);
    if (!source.country || source.people || this.blocSides.has(source.actor) || (a?.kind !== 'country' && a?.kind !== 'person' && !source.implicit)) return null;
    return this.countrySide(source.country);
  }

  /** The country of a place in a phrase right after a chunk ("a police station [in Srinagar]", "the offices [of …]"), as a side known only from where. */
  private placeAfter(chunks: Chunk[], k: number): Side | null {
    const next = chunks[k + 1];
    if (next?.type !== 'PP' || !next.object || !/^(in|at|near|outside|of|on)$/i.test(this.word(next.head))) return null;
    const side = this.countryIn(next.object.first, next.object.last);
    return side ? this.countrySide(side.country, undefined, true) : null;
  }

  /** The chunk a plain target slot names: the object for "obj" (or the reading's preposition), the phrase a preposition heads; else -1. */
  private slotIndex(slot: string, r: Reading, chunks: Chunk[]): number {
    if (slot === 'obj' || slot === r.preposition) return r.objectIndex;
    if (slot.includes('.') || ['-', 'each', 'poss', 'comp', 'inf', 'held', DYAD].includes(slot)) return -1;
    const pp = r.pps.find((p) => this.word(p.head).toLowerCase() === slot);
    return pp ? chunks.indexOf(pp) : -1;
  }

  /** The actor a possessive pronoun opening a phrase names ("[its] border posts", "on [their] positions"), as the phrase's owner. */
  private pronounOwner(chunk: Chunk | undefined): Side | null {
    const np = chunk?.type === 'PP' ? chunk.object : chunk?.type === 'NP' ? chunk : undefined;
    if (!np || np.first === np.last) return null;
    const t = np.first;
    const id = this.actorAt.get(t);
    if (!id || this.doc.tokens.pos[t] !== 'PRON' || !/^(his|her|its|their)$/i.test(this.word(t))) return null;
    return this.side(id, t);
  }

  private firstActorIn(first: number, last: number): Side | null {
    for (let t = first; t <= last; t++) {
      const id = this.actorAt.get(t);
      if (id && this.doc.tokens.pos[t] !== 'PRON') return this.side(id, t);
    }
    return null;
  }

  private possessorIn(tokens: number[]): Side | null {
    for (const t of tokens) {
      const id = this.actorAt.get(t);
      if (id && /^['’]s$/.test(this.word(t + 1))) return this.side(id, t);
    }
    return null;
  }

  // ---- event nouns ----

  private *nounEvents(st: SentenceStructure): Generator<Candidate> {
    const { lemma } = this.doc.tokens;
    const chunks = (f: VerbFrame) => f.clause.chunks;
    for (const [ci, chunk] of st.chunks.entries()) {
      const np = chunk.type === 'PP' ? chunk.object : chunk.type === 'NP' ? chunk : undefined;
      if (!np) continue;
      if (chunk.type === 'PP' && TEMPORAL_PREPOSITIONS.has(this.word(chunk.head).toLowerCase())) continue;
      for (let t = np.first; t <= np.last; t++) {
        // The head of a noun phrase is a noun even where the tagger took it for a verb ("conducted [exercises]").
        // A compound written with a hyphen is one noun ("a [sit-in]", "a [cease-fire]"), looked up whole at its last part.
        const compound = t - 2 >= np.first && this.word(t - 1) === '-' && this.doc.tokens.end[t - 2] === this.doc.tokens.start[t - 1] && this.doc.tokens.end[t - 1] === this.doc.tokens.start[t] ? this.tables.nouns.get(`${this.word(t - 2)}-${this.word(t)}`.toLowerCase()) : undefined;
        if (this.inQuote[t] || !(compound || this.nounAt(t) || (t === np.head && this.doc.tokens.pos[t] === 'VERB'))) continue;
        // "war games", "aid shipments": a noun that is the matter of the event noun it modifies is not an act of its own.
        const headRows = t < np.head && this.nounAt(np.head) ? (this.tables.nouns.get(this.word(np.head).toLowerCase()) ?? this.tables.nouns.get(lemma[np.head])) : undefined;
        if (headRows?.some((r) => r.of && this.objectHolds(r.of, [t]))) continue;
        const rows = compound ?? this.tables.nouns.get(this.word(t).toLowerCase()) ?? this.tables.nouns.get(lemma[t]);
        const holding = rows?.filter((r) => !r.of || this.nounOf(st, ci, np, t, r.of)) ?? [];
        const possessor = this.possessorBefore(np.first, t);
        // A row that needs a target ("a strike on …") gives way to the next when none is named ("staged a strike").
        let k = 0;
        while (k + 1 < holding.length && holding[k].targets.includes(DYAD) && !this.nounTargets(st, ci, holding[k].targets, possessor).targets.length) k++;
        const noun = holding[k];
        if (!noun || noun.code === NULL_CODE) continue;
        const clause: Clause | undefined = st.clauses.find((c) => c.chunks.includes(chunk));
        const byPossessor = possessor && !noun.targets.includes('poss') ? possessor : null;
        // In the object of a coded verb ("threatened to impose sanctions on …", "rejected the ceasefire proposal"),
        // the verb's event tells what the noun would: its subject is not the noun's actor.
        if (!byPossessor && this.covered.some(([a, b]) => t >= a && t <= b)) continue;
        let { targets, slot } = this.nounTargets(st, ci, noun.targets, possessor);
        const before = [...st.frames].reverse().find((f) => f.clause === clause && f.verb.last < np.first);
        const frame = before ?? st.frames.find((f) => f.clause === clause);
        const first = frame ? null : this.firstActor(st);
        // A noun before its clause's verb is (in) the subject: its actor is in its own phrase ("Israeli air strikes on
        // Gaza killed …"), not the verb's subject ("Talks between Israel and Hamas resumed": not Hamas).
        const own = !before && frame ? this.actorIn(np.first, t - 1) : null;
        // "the first visit by a Chinese leader to Taiwan", "an attack by rebels on …": a "by" phrase names the actor.
        const agents = byPossessor ? [] : this.nounAgents(st, ci);
        // "A bomb attack on a bus in Jerusalem … was blamed on Hamas": whom an attack is blamed on carried it out.
        const blamed = !byPossessor && !agents.length && !before && VIOLENT.test(noun.code) ? this.blamedOn(st, np.last) : [];
        // "Syria came under criticism [from the United States]", "faced accusations [from Egypt]": a verbal act's "from"
        // phrase names its actor, and the subject of the verb it is the object of is what it is aimed at.
        const gap = before ? chunks(before).indexOf(chunk) - chunks(before).indexOf(before.verb) : 0;
        const from = !byPossessor && !agents.length && before && VERBAL_ACT.test(noun.code) && gap >= 1 && gap <= 2 ? this.nounAgents(st, ci, 'from') : [];
        if (from.length && before) {
          const aimed = this.subjectSides(st, before);
          for (const [source, target] of this.pairs(from, aimed, [])) {
            yield { sentence: st.sentence, first: t, last: t, source, target, code: noun.code, rule: `noun:${noun.noun} from→${noun.code}`, confidence: VERB_CONFIDENCE - 0.05, frame: before };
          }
          if (aimed.length) continue;
        }
        // "An investigation into the killings was launched by the army": the subject of a passive light verb is its
        // object, done by the verb's agent.
        const passiveLight = !before && frame !== undefined && frame.subject === chunk && this.passive(frame) && !!this.agentPhrase(frame) && this.lightVerb(frame);
        let sources = byPossessor ? [byPossessor] : agents.length ? agents : blamed.length ? blamed : before ? this.subjectSides(st, before) : passiveLight && !own ? this.subjectSides(st, frame) : frame ? (own ? [own] : []) : first ? [first] : [];
        // "The withdrawal of Syrian troops from Lebanon began": the "of" phrase of an act one does oneself names its actor.
        if (!sources.length && noun.targets.includes(OF_ACTOR)) sources = this.nounAgents(st, ci, 'of');
        // No one named as its actor: the last actor before the noun, as a guess ("the head of the delegation announced sanctions on …").
        let guessed = false;
        if (!sources.length && before) {
          const last = this.lastActorBefore(st, np.first);
          if (last) {
            sources = [last];
            guessed = true;
          }
        }
        // "The bombing of the American embassy in Nairobi killed …": an attack in the subject that names what it hit but
        // no one as carrying it out is unnamed attackers', placed where it happened.
        if (!sources.length && !before && frame && targets.length && slot !== 'between' && VIOLENT.test(noun.code)) {
          sources = [this.placed(this.unnamedSide(np, 'UAF'), st.sentence, t, new Set(targets.map((x) => x.country)))];
          guessed = true;
        }
        // "Milan prosecutors opened an investigation": the light verb's subject names no one the actors know.
        if (!sources.length && before && this.lightObject(before, np)) {
          const unnamed = this.unnamedSubject(before);
          if (unnamed) {
            sources = [this.placed(unnamed, st.sentence, before.verb.first)];
            guessed = true;
          }
        }
        // "a crackdown on [separatists] in Aceh": a role word of no place the sentence places is the source's country's.
        if (!targets.length && sources.length) ({ targets, slot } = this.nounTargets(st, ci, noun.targets, possessor, sources[0]));
        // "talks between Belgrade and Pristina", with no one else named: the parties are each other's targets.
        const mutual = !sources.length && slot === 'between' && targets.length > 1;
        if (mutual) sources = targets;
        const internal = FORCIBLE.test(noun.code);
        let pairs = this.pairs(sources, mutual ? [] : targets, mutual ? ['each'] : noun.targets, internal);
        // No target named: the act stands with its source alone ("Israel launched an offensive").
        // Only as what a light verb's subject did ("staged protests", "launched an offensive"): a bare mention of
        // "the cooperation" or "a threat" asserts no act of anyone's.
        // The subject of a verb of happening tells an act that took place, as a light verb's object does ("the pullout of
        // Russian troops was completed").
        const light = before !== undefined ? this.lightObject(before, np) : passiveLight || (frame !== undefined && own === null && this.happening(frame) && this.headsSubject(frame, chunk));
        const targetless = !pairs.length && !noun.targets.includes(DYAD) && light;
        if (targetless) {
          const after = this.firstActorAfter(st, np.last, sources, internal);
          pairs = sources.map((s) => [s, after]);
        }
        // The object of a light verb is the clause's act ("held talks with", "launched strikes on"); a noun elsewhere
        // ("after the attack on …", "talks between … resumed") ranks below the verbs' events.
        const base = light ? VERB_CONFIDENCE - 0.05 : NOUN_CONFIDENCE;
        // "The fighting between Armenia and Azerbaijan stopped": fighting that the subject's verb of ending ends is a truce
        // its sides observe; with no side named ("the shelling of Sarajevo ceased") the verb's own row tells it.
        const ended = !before && frame !== undefined && VIOLENT.test(noun.code) && CESSATION.test(this.headLemma(frame.verb.head)) && this.subjectRun(frame, chunk);
        if (ended && !pairs.some(([s]) => s.country && !s.implicit)) continue;
        for (const [source, target] of pairs) {
          if (ended) {
            yield { sentence: st.sentence, first: t, last: t, source, target, code: '0871', rule: `noun:${noun.noun} ended→0871`, confidence: VERB_CONFIDENCE - 0.05, frame };
            continue;
          }
          const confidence = base - (targetless ? TARGETLESS_PENALTY : 0) - (source.implicit || target?.implicit || guessed ? IMPLICIT_PENALTY : 0);
          const lightFrame = before ?? (passiveLight ? frame : undefined);
          const lemma = light && lightFrame ? this.headLemma(lightFrame.verb.head) : undefined;
          yield { sentence: st.sentence, first: t, last: t, source, target, code: noun.code, rule: `noun:${noun.noun}→${noun.code}${target ? '' : ' (no target)'}`, confidence, frame, lemma };
        }
        // "the lifting of [UN sanctions] on Libya": a noun read by its "of" phrase tells what the nouns in it mean.
        const of = st.chunks[ci + 1];
        if (pairs.length && noun.of && of?.type === 'PP' && this.ofPhrase(of)) this.covered.push([of.first, of.last]);
      }
    }
  }

  /** A verb of breaking out or going on, also where the tagger missed its lemma ("fighting [raged]"). */
  private onset(t: number): boolean {
    const w = this.word(t).toLowerCase();
    return [this.doc.tokens.lemma[t] ?? '', w.replace(/d$/, ''), w.replace(/ed$/, ''), w.replace(/s$/, '')].some((g) => ONSET.test(g));
  }

  /** The frame's verb tells that an act took place ("talks [resumed]", "the signing [took place]"). */
  private happening(frame: VerbFrame): boolean {
    const lemma = this.headLemma(frame.verb.head);
    return HAPPENING.test(lemma) || (lemma === 'take' && /^place$/i.test(this.word(frame.verb.last + 1)));
  }

  /** The chunk opens its verb's subject, its phrases coordinated or not ("the fighting [between Armenia] and [Azerbaijan] stopped"). */
  private subjectRun(frame: VerbFrame, chunk: Chunk): boolean {
    const chunks = frame.clause.chunks;
    const at = chunks.indexOf(chunk);
    const verb = chunks.indexOf(frame.verb);
    return chunk.type === 'NP' && at >= 0 && at < verb && chunks.slice(at + 1, verb).every((c) => c.type === 'PP' || c.type === 'NP' || /^(and|or|,)$/i.test(this.word(c.head)));
  }

  /** The chunk opens its verb's subject: only its own phrases ("of Syrian troops", "from Lebanon") stand between them. */
  private headsSubject(frame: VerbFrame, chunk: Chunk): boolean {
    const chunks = frame.clause.chunks;
    const at = chunks.indexOf(chunk);
    const verb = chunks.indexOf(frame.verb);
    return chunk.type === 'NP' && at >= 0 && at < verb && chunks.slice(at + 1, verb).every((c) => c.type === 'PP');
  }

  /** The actors a later passive "was blamed on" / "was attributed to" names ("the bombing … was blamed on [Hamas]"). */
  private blamedOn(st: SentenceStructure, after: number): Side[] {
    const frame = st.frames.find((f) => f.verb.first > after && this.passive(f) && BLAMED.test(this.headLemma(f.verb.head)));
    if (!frame) return [];
    const chunks = frame.clause.chunks;
    const k = chunks.indexOf(frame.verb) + 1;
    const pp = chunks[k];
    if (pp?.type !== 'PP' || !pp.object || !/^(on|to)$/i.test(this.word(pp.head))) return [];
    const named = this.actorsFrom(chunks, k);
    // "was blamed on Basque separatists": a group word and the sentence's place.
    const implicit = named.length ? null : this.roleSide(chunks, k, st.sentence);
    return implicit ? [implicit] : named;
  }

  /** The actors of a "by" phrase (or another preposition's) among the phrases right after an event noun ("a visit by the Chinese premier to …"). */
  private nounAgents(st: SentenceStructure, ci: number, preposition = 'by'): Side[] {
    for (let k = ci + 1; k < st.chunks.length && k <= ci + 3; k++) {
      const c = st.chunks[k];
      if (c.type === 'VP') break;
      if (c.type !== 'PP' || !c.object || this.word(c.head).toLowerCase() !== preposition) continue;
      const named = this.actorsFrom(st.chunks, k);
      // "the assassination of Rabin [by a Jewish extremist]": a role word placed by a group word or the sentence.
      const implicit = named.length || preposition !== 'by' ? null : this.roleSide(st.chunks, k, st.sentence);
      return implicit ? [implicit] : named;
    }
    return [];
  }

  /** The frame's verb is a light verb ("hold", "launch", "carry out"). */
  private lightVerb(frame: VerbFrame): boolean {
    const lemma = this.headLemma(frame.verb.head);
    const particle = frame.verb.last > frame.verb.head ? ` ${this.word(frame.verb.last).toLowerCase()}` : '';
    return this.tables.lightVerbs.has(lemma) || this.tables.lightVerbs.has(lemma + particle);
  }

  /** The noun phrase is the object of a light verb ("held talks", "staged a protest", "launched strikes on"). */
  private lightObject(frame: VerbFrame, np: Chunk): boolean {
    if (!this.lightVerb(frame)) return false;
    const object = this.objectOf(frame);
    if (object === null) return false;
    if (np.first >= object.first && np.last <= object.last) return true;
    // "began [a week] of missile tests", "carried out [a series] of raids": a measure of the act is the object, the act its "of" phrase.
    const chunks = frame.clause.chunks;
    const k = chunks.findIndex((c) => c.first > object.last);
    const of = chunks[k];
    return MEASURE.test(this.word(object.head)) && of !== undefined && of.first === object.last + 1 && this.ofPhrase(of) && of.object === np;
  }

  /** A common noun, or a capitalized one opening the sentence ("Talks between …") that names no one. */
  private nounAt(t: number): boolean {
    const pos = this.doc.tokens.pos[t];
    return pos === 'NOUN' || (pos === 'PROPN' && t === this.doc.tokens.sentenceFirstToken[this.doc.tokens.sentence[t]] && !this.actorAt.has(t));
  }

  /** The noun's "of" phrase or compound modifier names one of `set` ("shipments of weapons", "arms imports"). */
  private nounOf(st: SentenceStructure, ci: number, np: Chunk, t: number, set: Set<string>): boolean {
    const tokens: number[] = [];
    for (let k = np.first; k < t; k++) tokens.push(k);
    const next = st.chunks[ci + 1];
    // "an investigation into corruption" tells its matter like an "of" phrase.
    if (next?.type === 'PP' && /^(of|into)$/i.test(this.word(next.head))) for (let k = next.first; k <= next.last; k++) tokens.push(k);
    // "the lifting of the state [of emergency]": a second "of" phrase continues the first.
    const after = st.chunks[ci + 2];
    if (next?.type === 'PP' && this.ofPhrase(after) && after.first === next.last + 1) for (let k = after.first; k <= after.last; k++) tokens.push(k);
    return this.objectHolds(set, tokens);
  }

  private possessorBefore(first: number, t: number): Side | null {
    for (let k = first; k < t; k++) {
      const id = this.actorAt.get(k);
      if (id && /^['’]s$/.test(this.word(k + 1))) return this.side(id, k);
    }
    return null;
  }

  private nounTargets(st: SentenceStructure, ci: number, slots: string[], possessor: Side | null, source?: Side): { targets: Side[]; slot: string } {
    for (const slot of slots) {
      if (slot === 'each') continue;
      if (slot === 'poss') {
        if (possessor) return { targets: [possessor], slot };
        // "69 percent of Baku's arms imports": the possessor inside the noun's own phrase.
        continue;
      }
      for (let k = ci + 1; k < st.chunks.length && k <= ci + 4; k++) {
        const c = st.chunks[k];
        // "Fierce clashes broke out between Armenian and Azerbaijani forces": the phrases after a verb of breaking out
        // are the sides of its subject noun's event.
        if (c.type === 'VP' && !(k === ci + 1 && this.onset(c.head))) break;
        if (c.type !== 'PP') continue;
        const prep = this.word(c.head).toLowerCase();
        if (prep === slot) {
          const found = slot === 'between' ? this.betweenSides(st.chunks, k, st.sentence) : this.actorsFrom(st.chunks, k);
          // "air strikes on [Kurdish militants] in Iraq": a role word placed by the sentence.
          const implicit = found.length ? null : this.roleSide(st.chunks, k, st.sentence, source);
          if (found.length || implicit) return { targets: found.length ? found : [implicit!], slot };
          // "an alert along the Line of Control": the other state of a dividing line.
          const line = source ? this.acrossLine(c, [source]) : null;
          if (line) return { targets: [line], slot };
        }
      }
    }
    return { targets: [], slot: '' };
  }

  // ---- statements in quotes ----

  // A speaker's evaluative words about another actor: praise (051), criticism (111), or an accusation
  // (112) when the actor is the subject of a hostile verb in the quote.
  private *statementEvents(): Generator<Candidate> {
    const doc = this.doc;
    const { lemma } = doc.tokens;
    for (const q of doc.quotes) {
      if (!q.direct || !q.speaker) continue;
      const speaker = this.actorById.get(q.speaker);
      const cueToken = q.cue ? tokenFrom(doc, q.cue.start) : -1;
      const source = this.side(q.speaker, cueToken);
      if (!speaker || !source) continue;
      const first = tokenFrom(doc, q.start);
      let last = first;
      while (last + 1 < doc.tokens.start.length && doc.tokens.end[last + 1] <= q.end) last++;
      const mentions: { token: number; actor: string }[] = [];
      for (let t = first; t <= last; t++) {
        const id = this.actorAt.get(t);
        if (!id || (mentions.length && mentions.at(-1)!.actor === id && mentions.at(-1)!.token === t - 1)) continue;
        const a = this.actorById.get(id);
        if (id === q.speaker || (a?.country && a.country === speaker.country && (a.kind === 'country' || a.kind === 'person'))) continue;
        mentions.push({ token: t, actor: id });
      }
      if (!mentions.length) continue;
      const score = new Map<string, number>();
      const hostile = new Set<string>();
      for (let t = first; t <= last; t++) {
        const polarity = this.tables.evaluations.get(lemma[t]) ?? this.tables.evaluations.get(this.word(t).toLowerCase());
        if (!polarity) continue;
        let best: { actor: string; distance: number } | null = null;
        for (const m of mentions) {
          const distance = Math.abs(m.token - t);
          if (distance <= EVALUATION_REACH && (!best || distance < best.distance)) best = { actor: m.actor, distance };
        }
        if (!best) continue;
        score.set(best.actor, (score.get(best.actor) ?? 0) + polarity);
        if (polarity < 0 && doc.tokens.pos[t] === 'VERB' && best.distance <= 3 && mentions.some((m) => m.actor === best.actor && m.token < t)) hostile.add(best.actor);
      }
      const sentence = doc.tokens.sentence[first];
      for (const [actor, s] of score) {
        if (s === 0) continue;
        const mention = mentions.find((m) => m.actor === actor)!;
        const target = this.side(actor, mention.token);
        if (!target || sameSide(source, target)) continue;
        const code = s > 0 ? '051' : hostile.has(actor) ? '112' : '111';
        yield { sentence, first: mention.token, last: mention.token, source, target, code, rule: `statement:${s > 0 ? 'praise' : hostile.has(actor) ? 'accuse' : 'criticize'}→${code}`, confidence: STATEMENT_CONFIDENCE, statement: true };
      }
    }
  }

  // ---- record ----

  private finish(c: Candidate): ChanceryEvent & { weak: boolean } {
    const doc = this.doc;
    const { start, end } = doc.tokens;
    const sentence = doc.sentences[c.sentence];
    const told = c.statement || c.demand ? { modality: 'asserted' as const, negated: false } : this.modalityOf(c);
    const { modality } = told;
    // An act told in the future or as an intent is an intent to cooperate or a threat ("will visit" → 036).
    const future = (modality === 'future' || modality === 'intent') && !told.negated ? futureCode(c.code) : undefined;
    // A cooperative act told as a negated future or intent is a refusal ("would not attend the talks" → 125), itself asserted.
    const refusal = (modality === 'future' || modality === 'intent') && told.negated ? refusalCode(c.code) : undefined;
    // "would not tolerate …": the negation is the warning itself.
    const negated = told.negated && !refusal && !NEGATED_WARNING.test(c.lemma ?? '');
    // "Russia protested against the NATO bombing": a state's or government's protest is an official complaint (114), not a demonstration.
    const official = c.lemma === 'protest' && c.code.startsWith('14') && this.stateSide(c.source) && this.officialSubject(c) ? '114' : undefined;
    const code = official ?? refusal ?? future ?? c.code;
    const rule = official ? `${c.rule} by a state→114` : refusal ? `${c.rule} negated ${modality}→${refusal}` : future && future !== c.code ? `${c.rule} ${modality}→${future}` : c.rule;
    const cameo = this.tables.cameo.get(code)!;
    const date = this.dateOf(c);
    const plover = ploverOfAct(code, c.lemma);
    const place = this.placeOf(c);
    // "Serbian police beat demonstrators in Pristina" in 1998: Kosovo was Serbia's then.
    let source = this.sovereignAt(c.source, date.value);
    let target = c.target && this.sovereignAt(c.target, date.value);
    // "Peruvian President Fujimori dissolved Congress": Peru's Congress, not the US one.
    if (target) [source, target] = [this.ownLegislature(source, target, c.sentence), this.ownLegislature(target, source, c.sentence)];
    for (const side of [source, target]) {
      const made = side && this.madeActors.get(side.actor);
      if (made && !doc.actors.includes(made)) doc.actors.push(made);
    }
    const trigger = { start: start[c.first], end: end[c.last] };
    return {
      id: '',
      source: { actor: source.actor, code: source.code },
      target: target ? { actor: target.actor, code: target.code } : null,
      cameo: code,
      rootCode: cameo.root,
      quadClass: cameo.quad,
      goldstein: cameo.goldstein,
      plover: { type: plover.event, ...(plover.mode ? { mode: plover.mode } : {}) },
      date: { value: date.value, granularity: date.granularity, origin: date.origin },
      ...(place ? { place } : {}),
      modality,
      negated,
      sentence: { start: sentence.start, end: sentence.end },
      trigger,
      evidence: doc.text.slice(sentence.start, sentence.end),
      // A negated act ("did not release") or one under a condition ("if Israel does not release …") did not happen:
      // it ranks below the sentence's acts ("Hamas threatened to resume bombings if Israel does not release …").
      confidence: c.confidence - (negated || modality === 'conditional' ? UNREAL_PENALTY : 0),
      rule,
      mentions: [{ sentence: { start: sentence.start, end: sentence.end }, trigger }],
      weak: date.origin === 'published',
    };
  }

  /**
   * A side known only from where it is ("demonstrators in Pristina", "villages in Kosovo") as of a date: a state
   * that was then part of another is that other (data/actors/former-sovereigns.tsv), with its agent code. A side
   * the sentence names ("Eritrean rebels", "Kosovo's leaders") keeps its own country.
   */
  private sovereignAt(side: Side, date: string | null): Side {
    const person = this.actorById.get(side.actor)?.kind === 'person';
    const placed = side.actor.startsWith('country:') && (side.implicit || side.where || this.namedByCapital(side.actor));
    const was = date && (placed || person) ? this.tables.formerSovereigns.get(side.country) : undefined;
    if (!was || !date || date >= was.until.slice(0, date.length)) return side;
    // A person keeps his agent code ("KSVGOV" → SRBGOV): the code after his country's.
    const own = person ? (countryByCode(side.country)?.cameo ?? '') : (this.actorById.get(side.actor)?.code ?? '');
    const agent = own && side.code.startsWith(own) ? side.code.slice(own.length) : '';
    return this.countrySide(was.former, agent || undefined, side.implicit) ?? side;
  }

  /**
   * A legislature named by a bare name that several states' legislatures bear ("Congress"), resolved to one
   * state's: the other side's, when it is one of them (data/actors/own-legislatures.tsv).
   */
  private ownLegislature(side: Side, other: Side, sentence: number): Side {
    if (!side.actor.startsWith('org:') || !side.code.endsWith('LEG') || !other.country || other.country === side.country) return side;
    const { start, end, sentenceFirstToken } = this.doc.tokens;
    const from = start[sentenceFirstToken[sentence]];
    const to = end[sentenceFirstToken[sentence + 1] - 1];
    const names = this.doc.mentions.filter((m) => m.actor === side.actor && m.start >= from && m.end <= to).map((m) => this.doc.text.slice(m.start, m.end).replace(/^the\s+/i, '').toLowerCase());
    if (!names.length || !names.every((n) => this.tables.ownLegislatures.get(n)?.includes(other.country))) return side;
    return this.countrySide(other.country, 'LEG') ?? side;
  }

  /** Whether a country is named in the document only by its capital ("shelled the town of Juba"): a place, not the state's name. */
  private namedByCapital(id: string): boolean {
    const iso3 = id.slice('country:'.length);
    const surfaces = this.doc.mentions.filter((m) => m.actor === id).map((m) => this.doc.text.slice(m.start, m.end));
    return surfaces.length > 0 && surfaces.every((w) => lookupCountry(w).some((h) => h.country.iso3 === iso3 && h.via === 'capital'));
  }

  /**
   * Whether the candidate's verb is out of reach of the cue at `t` before it: a finite verb coordinated after it
   * ("India [denied] losing a jet and accused Pakistan …"), unlike a bare infinitive or a gerund ("refused to
   * meet and talk", "denied attacking and looting"); or the verb of a relative clause after it, which tells of
   * a noun ("accused Islamabad of sheltering militants who attacked a convoy" is no denial of the attack).
   */
  private outOfReach(t: number, c: Candidate): boolean {
    const verb = c.frame?.verb;
    if (!verb || verb.first <= t) return false;
    const subject = c.frame?.subject;
    if (subject && subject.first === subject.last && subject.first > t && subject.first < verb.first && /^(who|which|that)$/i.test(this.word(subject.first))) return true;
    const { pos, lemma } = this.doc.tokens;
    // "Iran, which has long denied …, rejected …": a cue inside a relative clause set off by commas that closes before the verb.
    if (this.insideRelative(t, verb.first, this.doc.tokens.sentenceFirstToken[c.sentence])) return true;
    let k = verb.first - 1;
    while (k > t && pos[k] === 'ADV') k--;
    if (k <= t || pos[k] !== 'CCONJ' || !/^(and|but)$/i.test(this.word(k))) return false;
    const w = this.word(verb.first).toLowerCase();
    return pos[verb.first] === 'VERB' && w !== lemma[verb.first].toLowerCase() && !w.endsWith('ing');
  }

  /** Whether token `t` is inside a ", which …," or ", who …," clause that closes before token `end`. */
  private insideRelative(t: number, end: number, first: number): boolean {
    let opened = false;
    for (let k = t - 1; k > first; k--) {
      const w = this.word(k);
      if (/^(which|who|whom|whose)$/i.test(w) && this.word(k - 1) === ',') {
        opened = true;
        break;
      }
      if (w === ',' || this.doc.tokens.pos[k] === 'PUNCT') return false;
    }
    if (!opened) return false;
    for (let k = t + 1; k < end; k++) if (this.word(k) === ',') return true;
    return false;
  }

  private modalityOf(c: Candidate): { modality: Exclude<Modality, 'negated'>; negated: boolean } {
    const doc = this.doc;
    const { lemma } = doc.tokens;
    let best: Modality = 'asserted';
    const consider = (m: Modality) => {
      if (MODALITY_RANK[m] > MODALITY_RANK[best]) best = m;
    };
    let negated = Boolean(c.frame?.verb.negated);
    const firstToken = doc.tokens.sentenceFirstToken[c.sentence];
    const clauseFirst = c.frame?.clause.first ?? firstToken;
    const clauseLast = c.frame?.clause.last ?? doc.tokens.sentenceFirstToken[c.sentence + 1] - 1;
    for (let t = firstToken; t <= clauseLast; t++) {
      const w = this.word(t).toLowerCase();
      const cue = this.tables.modality.get(w) ?? this.tables.modality.get(lemma[t]);
      if (!cue) continue;
      const inVerb = c.frame && t >= c.frame.verb.first && t <= c.frame.verb.last;
      const before = t < c.first || (c.frame !== undefined && t >= c.frame.verb.first && t < (c.head ?? c.frame.verb.head));
      if (cue.scope === 'aux' && !inVerb) continue;
      if (cue.scope === 'before' && !before) continue;
      if (cue.scope === 'before' && this.outOfReach(t, c)) continue;
      // "is due to visit" is future; "due to the fighting" is a cause.
      if (w === 'due' && !(this.word(t + 1).toLowerCase() === 'to' && doc.tokens.pos[t + 2] === 'VERB')) continue;
      if (cue.scope === 'adverb' && t < clauseFirst && !before) continue;
      if (cue.modality === 'negated') {
        if (inVerb || cue.scope === 'before') negated = true;
        continue;
      }
      // "had no plans to negotiate", "has no intention to": an intent denied, a refusal.
      if (cue.modality === 'intent' && /^no$/i.test(this.word(t - 1))) negated = true;
      // "said it would free …", "announced that he would visit …": reported speech's future, not a hypothesis.
      // "Ankara would not accept …" with no condition in the sentence: a stated stance, as "will not", not a hypothesis.
      // "Syria would respond if Israel attacked": a hostile act promised under the other side's condition is a threat.
      const threat = w === 'would' && inVerb && c.frame !== undefined && futureCode(c.code)?.startsWith('13') && this.conditionAfter(c.sentence, c.frame.verb.last);
      if (w === 'would' && (threat || this.reportedClause(c.sentence, t) || (inVerb && c.frame?.verb.negated && !this.conditionIn(c.sentence)))) {
        consider('future');
        continue;
      }
      // "If the Turks send their army, we will fight them", "will strike back if attacked": a hostile act promised
      // under a condition of the other side's is a threat (told as the future), not a hypothesis.
      if (cue.modality === 'conditional' && cue.scope === 'before' && this.conditionalThreat(c, t)) {
        consider('future');
        continue;
      }
      consider(cue.modality);
    }
    // "There were no talks", "held no talks with": "no" opening the act's noun phrase, or the object its verb reads, denies it.
    if (c.rule.startsWith('noun:')) {
      for (let t = c.first - 1; t >= firstToken && /^(ADJ|NOUN|PROPN|NUM|DET)$/.test(doc.tokens.pos[t]); t--) if (/^no$/i.test(this.word(t))) negated = true;
    } else if (c.frame?.object && c.frame.object.first > c.frame.verb.last && /^no$/i.test(this.word(c.frame.object.first))) negated = true;
    // "would increase security and [share] intelligence": a base form after "and" shares the modal of the verb before it.
    const own = c.frame?.verb;
    if (own && own.first === own.head && doc.tokens.pos[own.first - 1] === 'CCONJ' && this.word(own.head).toLowerCase() === lemma[own.head].toLowerCase()) {
      const before = this.structs[c.sentence].frames.filter((f) => f.verb.last < own.first - 1).at(-1);
      for (let t = before?.verb.first ?? own.first; t < (before?.verb.head ?? own.first); t++) {
        const cue = this.tables.modality.get(this.word(t).toLowerCase());
        if (cue && cue.scope === 'aux' && cue.modality !== 'negated') consider(this.word(t).toLowerCase() === 'would' && this.reportedClause(c.sentence, t) ? 'future' : cue.modality);
      }
    }
    // A headline's bare infinitive is what is to come: "Biden to visit Israel next week".
    const verb = c.frame?.verb;
    const clause = c.frame?.clause;
    if (verb && clause && c.head === undefined && verb.first > clauseFirst && this.word(verb.first - 1).toLowerCase() === 'to') {
      const governed = this.structs[c.sentence].frames.some((f) => f.clause === clause && f.verb.first < verb.first);
      // "Israel's refusal to withdraw from Lebanon": an act a noun of refusal governs is refused (a rejection), not to come.
      if (!governed && REFUSAL_NOUN.test(this.word(verb.first - 2))) negated = true;
      if (!governed) consider('future');
    }
    return { modality: best as Exclude<Modality, 'negated'>, negated };
  }

  /** A condition ("if", "unless") outside the act's clause, and "will" or "would" in its verb group, for an act whose future is a threat. */
  private conditionalThreat(c: Candidate, cue: number): boolean {
    const frame = c.frame;
    if (!frame || !futureCode(c.code)?.startsWith('13')) return false;
    // The condition has a verb of its own: after the act ("… if we are attacked"), or between the cue and the act ("If the Turks send …, we will").
    const own = cue > frame.verb.last || this.structs[c.sentence].frames.some((f) => f.verb.first > cue && f.verb.last < frame.verb.first);
    if (!own) return false;
    for (let t = frame.verb.first; t <= frame.verb.last; t++) if (/^(will|would|'ll|shall)$/i.test(this.word(t))) return true;
    return false;
  }

  /** Whether a condition ("if", "unless") follows the token in its sentence, with a verb of its own ("… if attacked"). */
  private conditionAfter(sentence: number, token: number): boolean {
    const end = this.doc.tokens.sentenceFirstToken[sentence + 1] ?? this.doc.tokens.start.length;
    for (let t = token + 1; t < end; t++) if (/^(if|unless)$/i.test(this.word(t))) return this.structs[sentence].frames.some((f) => f.verb.first > t);
    return false;
  }

  /** Whether the sentence states a condition ("if", "unless", "otherwise"). */
  private conditionIn(sentence: number): boolean {
    const first = this.doc.tokens.sentenceFirstToken[sentence];
    const end = this.doc.tokens.sentenceFirstToken[sentence + 1];
    for (let t = first; t < end; t++) if (/^(if|unless|otherwise|provided)$/i.test(this.word(t))) return true;
    return false;
  }

  /** A clause told by a verb of saying or promising before it in its sentence ("Israel said [it would …]"). */
  private reportedClause(sentence: number, token: number): boolean {
    return this.structs[sentence].frames.some((f) => f.verb.last < token && REPORTING.has(this.doc.tokens.lemma[f.verb.head]));
  }

  private dateOf(c: Candidate): { value: string | null; granularity: Granularity | null; origin: 'sentence' | 'context' | 'published' } {
    const doc = this.doc;
    const s = doc.sentences[c.sentence];
    const own = nearest(doc.dates.filter((d) => d.value && d.start >= s.start && d.end <= s.end), doc.tokens.start[c.first]);
    if (own) return { value: own.value, granularity: own.granularity, origin: 'sentence' };
    const text = doc.text.slice(s.start, s.end);
    if (BACK_REFERENCE.test(text) && !c.statement) {
      for (let k = c.sentence - 1; k >= 0 && k >= c.sentence - CONTEXT_SENTENCES; k--) {
        const prev = doc.sentences[k];
        const dates = doc.dates.filter((d) => d.value && d.start >= prev.start && d.end <= prev.end);
        if (dates.length) return { value: dates[0].value, granularity: dates[0].granularity, origin: 'context' };
      }
    }
    const published = doc.meta.published.value?.slice(0, 10) ?? this.context.published ?? null;
    return { value: published, granularity: published ? 'day' : null, origin: 'published' };
  }

  private placeOf(c: Candidate): string | undefined {
    const doc = this.doc;
    const s = doc.sentences[c.sentence];
    for (const p of doc.places) {
      for (const id of p.mentions) {
        const m = doc.mentions.find((x) => x.id === id);
        if (m && m.start >= s.start && m.end <= s.end) return p.id;
      }
    }
    return undefined;
  }

  // One event told twice (dek and body, caption and body, two sentences): same sides' countries, same
  // 3-digit code, dates that agree (or one known only from the publication date).
  private merge(events: (ChanceryEvent & { weak: boolean })[]): ChanceryEvent[] {
    const kept: (ChanceryEvent & { weak: boolean })[] = [];
    const country = (side: { actor: string; code: string }) => this.actorById.get(side.actor)?.country ?? side.code.slice(0, 3);
    const key = (e: ChanceryEvent) => {
      const pair = [country(e.source), e.target ? country(e.target) : ''];
      if (e.rootCode === '04') pair.sort();
      // Evaluations in a speaker's quotes are one stance per target: by root, not by exact code.
      const code = e.rule.startsWith('statement:') ? e.rootCode : e.cameo.slice(0, 3);
      return `${pair.join('>')}:${code}:${e.negated}`;
    };
    const order = [...events].sort((a, b) => Number(a.weak) - Number(b.weak) || a.trigger.start - b.trigger.start);
    for (const e of order) {
      const same = kept.find((k) => key(k) === key(e) && datesAgree(k, e));
      if (same) same.mentions.push(...e.mentions.filter((m) => !same.mentions.some((x) => x.trigger.start === m.trigger.start)));
      else kept.push(e);
    }
    kept.sort((a, b) => a.trigger.start - b.trigger.start);
    return kept.map(({ weak: _weak, ...e }, i) => ({ ...e, id: `e${i + 1}` }));
  }
}

/** The items of a list that pass a test, tested only as far as they are asked for, in order. */
class Held<T> implements Iterable<T> {
  private passed: T[] = [];
  private next = 0;

  constructor(
    private readonly items: readonly T[],
    private readonly test: (item: T) => boolean,
  ) {}

  at(k: number): T | undefined {
    while (this.passed.length <= k && this.next < this.items.length) {
      const item = this.items[this.next++];
      if (this.test(item)) this.passed.push(item);
    }
    return this.passed[k];
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let k = 0; this.at(k) !== undefined; k++) yield this.passed[k];
  }
}

const SPLIT = new WeakMap<Set<string>, string[][][]>();

/** An object constraint's entries, each as its "+" terms, each term as its words; split once per dictionary row. */
function splitEntries(entries: Set<string>): string[][][] {
  let split = SPLIT.get(entries);
  if (!split) {
    split = [...entries].map((e) => e.split('+').map((term) => term.split(' ')));
    SPLIT.set(entries, split);
  }
  return split;
}

const SUBJECT_SPLIT = new WeakMap<Set<string>, { subject: Set<string>; rest: Set<string> } | null>();

/** A constraint's entries on the subject ("subj=protesters") apart from those on the object; null when it has none. */
function subjectEntries(entries: Set<string>): { subject: Set<string>; rest: Set<string> } | null {
  let split = SUBJECT_SPLIT.get(entries);
  if (split === undefined) {
    const subject = [...entries].filter((e) => e.startsWith('subj='));
    split = subject.length ? { subject: new Set(subject.map((e) => e.slice(5))), rest: new Set([...entries].filter((e) => !e.startsWith('subj='))) } : null;
    SUBJECT_SPLIT.set(entries, split);
  }
  return split;
}

/**
 * A cooperative or verbal act (roots 01–07) by a country's own people toward that country as a whole: "the
 * ministers met in Astana" or "[Kazakh] ministers discussed the war in Kazakhstan" name where, not a
 * counterpart. Acts toward a part of the country ("the government agreed to talks with the rebels") stay, and so
 * do concessions and retreats (08), which a state makes to its own people ("lifted the curfew in Ambon",
 * "Suharto resigned": CAMEO's target "the challengers or the country as a whole").
 */
function selfDirected(c: Pick<Candidate, 'source' | 'target' | 'code'>): boolean {
  if (!c.target || !c.source.country || c.source.country !== c.target.country || c.target.code.length > 3 || c.target.people) return false;
  const root = Number(c.code.slice(0, 2));
  return root >= 1 && root <= 7;
}

/**
 * One side twice; but a country's police and its protesters, known from role words, are two ("police arrested
 * protesters"). For an act of coercion or violence (`internal`), a country's body and the country, or two of its
 * bodies, are two as well: "Syria's army [SYRMIL] shelled districts of Homs [SYR]", "Indian troops killed militants
 * in Kashmir".
 */
function sameSide(a: Side, b: Side, internal = false): boolean {
  // "Iraqi Kurds accused Baghdad": a state's people and its government are two.
  if (!!a.people !== !!b.people && a.code !== b.code) return false;
  if (a.implicit || b.implicit || (internal && a.country !== '' && a.country === b.country)) return a.code === b.code;
  return a.actor === b.actor || (a.country === b.country && a.country !== '' && !a.code.slice(3) && !b.code.slice(3));
}

function nearest(dates: DateExpression[], at: number): DateExpression | undefined {
  return [...dates].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

function datesAgree(a: ChanceryEvent & { weak: boolean }, b: ChanceryEvent & { weak: boolean }): boolean {
  if (a.weak || b.weak) return true;
  const x = a.date.value ?? '';
  const y = b.date.value ?? '';
  return x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`) || !x || !y;
}
