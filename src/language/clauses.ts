// A shallow clause structure over POS tags, since JavaScript has no good parser: noun, verb and
// prepositional chunks, and clauses split at subordinators, relative pronouns, quotation marks and
// semicolons. Each verb group gets its subject (the nearest noun chunk before it in its clause, skipping
// appositives set off by commas) and its object (the noun chunk after it). Quotes and events read it,
// as PETRARCH read parse trees.
import type { Doc } from '../doc/doc.js';
import { tokenFrom } from '../doc/tokens.js';

export type ChunkType = 'NP' | 'VP' | 'PP' | 'O';

export interface Chunk {
  type: ChunkType;
  /** Token range, inclusive. */
  first: number;
  last: number;
  /** The head token: the last noun of an NP, the main verb of a VP, the preposition of a PP. */
  head: number;
  /** For a PP: the NP it governs. */
  object?: Chunk;
  /** For a VP: passive ("was hit"), negated ("did not meet"), its auxiliaries' lemmas. */
  passive?: boolean;
  negated?: boolean;
  auxiliaries?: string[];
}

export interface Clause {
  first: number;
  last: number;
  chunks: Chunk[];
}

export interface VerbFrame {
  verb: Chunk;
  clause: Clause;
  subject: Chunk | null;
  object: Chunk | null;
  /** Prepositional phrases after the verb in its clause ("to Azerbaijan", "with his counterpart"). */
  pps: Chunk[];
}

export interface SentenceStructure {
  sentence: number;
  chunks: Chunk[];
  clauses: Clause[];
  frames: VerbFrame[];
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const NP_INNER = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'SYM']);
const CLAUSE_BREAK = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'because', 'although', 'though', 'if', 'after', 'before', 'since', 'as', 'until', 'unless', 'whether']);
const QUOTE_MARK = /^["“”„«»]$/;
const NEGATION = new Set(['not', "n't", 'never', 'no']);

/** Chunks and clauses of one sentence. Linear in its tokens. */
export function sentenceStructure(doc: Doc, sentence: number, pos: string[] = tagsOf(doc)): SentenceStructure {
  const first = doc.tokens.sentenceFirstToken[sentence];
  const last = doc.tokens.sentenceFirstToken[sentence + 1] - 1;
  const chunks = chunk(doc, first, last, pos);
  const clauses = splitClauses(doc, chunks, first, last);
  const frames: VerbFrame[] = [];
  for (const clause of clauses) {
    clause.chunks.forEach((c, i) => {
      if (c.type !== 'VP') return;
      let subject = subjectOf(doc, clause, i);
      const prev = clause.chunks[i - 1];
      const prevWord = prev ? word(doc, prev.first).toLowerCase() : '';
      const gerund = /ing$/.test(word(doc, c.head)) && !c.auxiliaries?.length;
      const last = frames[frames.length - 1];
      // ", noting …", ", accusing …": a participle after a comma shares the main clause's subject.
      if (prev?.type === 'O' && prevWord === ',' && gerund && last) subject = last.subject;
      // "… and escalating its rhetoric": a verb coordinated with the one before shares its subject; a finite verb, that of
      // the last finite one ("accused Syria of supporting rebels and [threatened] …": Turkey, not the gerund's Syria).
      else if (prev?.type === 'O' && /^(and|or|but)$/.test(prevWord) && last && last.clause === clause) subject = (gerund ? last : ([...frames].reverse().find((f) => f.clause === clause && !nonFinite(doc, f.verb)) ?? last)).subject;
      // "a warning to Americans [travelling] to Algeria", "fired on demonstrators [demanding] …": a participle right
      // after an object or a phrase's noun describes that noun, which is its subject.
      else if (gerund && prev && (prev.type === 'NP' || (prev.type === 'PP' && prev.object && prevWord !== 'with')) && i >= 2 && clause.chunks.slice(0, i - 1).some((x) => x.type === 'VP') && !TIME_NOUN.test(word(doc, (prev.object ?? prev).head))) subject = prev;
      // "with Iran carrying out exercises": the object of "with" is the subject of the participle.
      else if (prev?.type === 'PP' && prevWord === 'with' && gerund && prev.object) subject = prev.object;
      // "to recognize …", "prepared to open": an infinitive's subject is the governing verb's.
      else if ((word(doc, c.first).toLowerCase() === 'to' || prevWord === 'to') && last && last.clause === clause && last.subject) subject = last.subject;
      // "the release of prisoners held by Israel": a reduced relative's noun is the one in the phrase before it.
      const prevPhrase = clause.chunks[i - 1];
      if (c.passive && !c.auxiliaries?.length && prevPhrase?.type === 'PP' && prevPhrase.object) subject = prevPhrase;
      const object = objectOf(clause, i);
      frames.push({ verb: c, clause, subject, object: object === subject ? null : object, pps: ppsAfter(clause, i) });
    });
  }
  return { sentence, chunks, clauses, frames };
}

const word = (doc: Doc, i: number) => doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);

/** A verb group with no finite verb: a bare gerund ("of supporting") or an infinitive ("to resume"). */
function nonFinite(doc: Doc, c: Chunk): boolean {
  const w = word(doc, c.head);
  if (/ing$/.test(w) && !c.auxiliaries?.length) return true;
  return word(doc, c.first).toLowerCase() === 'to' || (c.first > 0 && word(doc, c.first - 1).toLowerCase() === 'to');
}

// The tagger's part-of-speech for a token, except that a token inside a name mention is a proper noun
// ("Rose Achieng said": "Rose" is not a verb).
function tagsOf(doc: Doc): string[] {
  const pos = [...doc.tokens.pos];
  const { start } = doc.tokens;
  for (const m of doc.mentions) {
    if (!NAME_TYPES.has(m.type)) continue;
    for (let t = tokenFrom(doc, m.start); t >= 0 && t < start.length && start[t] < m.end; t++) {
      if (pos[t] !== 'PUNCT' && pos[t] !== 'PART' && pos[t] !== 'DET' && pos[t] !== 'ADP' && pos[t] !== 'PRON') pos[t] = 'PROPN';
    }
  }
  // "the rebels' leader": an apostrophe closing a plural noun, before a word, is its possessive, not a quotation mark.
  for (let k = 1; k + 1 < pos.length; k++) {
    if (pos[k] === 'PUNCT' && /^['’]$/.test(word(doc, k)) && start[k] === doc.tokens.end[k - 1] && start[k + 1] > doc.tokens.end[k] && /s$/i.test(word(doc, k - 1)) && (pos[k - 1] === 'NOUN' || pos[k - 1] === 'PROPN') && (pos[k + 1] === 'NOUN' || pos[k + 1] === 'ADJ' || pos[k + 1] === 'PROPN')) pos[k] = 'PART';
  }
  repairCompounds(doc, pos);
  repairVerbs(doc, pos);
  // "in [south] Lebanon", "across [northern] Iraq": a compass word before a name is its adjective, not an adverb.
  for (let k = 0; k + 1 < pos.length; k++) if (pos[k] === 'ADV' && pos[k + 1] === 'PROPN' && COMPASS.test(word(doc, k))) pos[k] = 'ADJ';
  return pos;
}

/** First parts of hyphenated verbs ("re-opened", "co-sponsored", "test-fired"), whose second part stays a verb. */
const VERB_FIRST_PART = /^(re|co|test|air|cross|de|pre|un|mis|counter|over|out|under|double|fast|hand|court|force|black|short|back|fire|sand|ring|red|baton|lathi)$/i;

/**
 * A hyphenated compound before a noun is one modifier whatever its parts are tagged: "most-favoured-nation
 * status", "a Saudi-led coalition", "Iranian-made drones" (the tagger made "favoured", "led", "made" verbs
 * and "most" an adverb, which split the noun phrase and opened a verb group).
 */
function repairCompounds(doc: Doc, pos: string[]): void {
  for (let k = 2; k < pos.length; k++) {
    if (!hyphenated(doc, k - 2)) continue;
    let first = k - 2;
    while (first >= 2 && hyphenated(doc, first - 2)) first -= 2;
    let last = k;
    while (last + 2 < pos.length && hyphenated(doc, last)) last += 2;
    const next = pos[last + 1];
    if (last + 1 >= pos.length || !(next === 'NOUN' || next === 'PROPN' || next === 'ADJ') || VERB_FIRST_PART.test(word(doc, first))) continue;
    for (let t = first; t < last; t += 2) if (pos[t] === 'VERB' || pos[t] === 'ADV' || pos[t] === 'AUX') pos[t] = 'ADJ';
    if (pos[last] === 'VERB' || pos[last] === 'ADV' || pos[last] === 'AUX') pos[last] = 'ADJ';
    k = last;
  }
}
/** Whether token `k` is joined by a hyphen, with no space either side, to token `k + 2` ("live-fire", "sit-in"). */
const hyphenated = (doc: Doc, k: number) => word(doc, k + 1) === '-' && doc.tokens.end[k] === doc.tokens.start[k + 1] && doc.tokens.end[k + 1] === doc.tokens.start[k + 2];
const COMPASS = /^(north|south|east|west|north-?east|north-?west|south-?east|south-?west|northern|southern|eastern|western|central)$/i;
const NAME_TYPES = new Set(['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP']);

/** Parts of speech that head a noun phrase. */
const NOMINAL_HEAD = new Set(['NOUN', 'PROPN']);
/** Nouns in -ing that follow "is" or "was" as what something is ("the talks were [a meeting] …"), not as a progressive. */
const PREDICATE_ING = /^(building|meeting|housing|training|spending|funding|shipping|ceiling|evening|morning|wedding|clothing|offering|thing|king|ring|spring|string|wing|being|nothing|something|anything|everything|feeling|understanding|beginning|ending|setting|timing|warning|ruling|hearing|opening|landing|crossing|uprising|standing|holding|listing|rating|ranking|reading|saving|savings|booking|parking|painting|drawing|recording|writing|sibling|darling|pudding|shilling|farthing)$/;
/** Participles that news uses as adjectives after a name or noun ("Chinese armed forces", "the Syrian-backed"). */
const ADJECTIVAL = new Set(['armed', 'united', 'advanced', 'renewed', 'limited', 'alleged', 'unidentified', 'unnamed', 'masked', 'disputed', 'occupied', 'elected', 'embattled', 'besieged', 'beleaguered', 'organized', 'organised', 'related', 'based', 'skilled', 'improvised', 'guided', 'detained', 'displaced', 'wanted', 'banned', 'exiled', 'deposed', 'ousted', 'jailed', 'imprisoned', 'kidnapped', 'abducted', 'wounded', 'injured', 'killed']);
/** Adjectives that head a subject as nouns: "the (Burmese) military". */
const NOMINAL_ADJECTIVE = /^military$/i;
/** Irregular past forms of news verbs that the tagger may take for nouns after a subject ("gunmen shot …"). */
const IRREGULAR_PAST = new Set(['froze', 'unfroze', 'shot', 'struck', 'hit', 'fought', 'took', 'seized', 'stole', 'overran', 'withdrew', 'drove', 'threw', 'broke', 'beat', 'sent', 'held', 'met', 'fled', 'shook', 'blew', 'slew', 'stabbed', 'sank', 'shut', 'cut', 'slit', 'led', 'forgave']);
/** Prefixes of hyphenated verbs ("test-fired", "air-dropped", "baton-charged"), whose second part heads a verb group. */
const VERB_PREFIX = /^(test|air|baton|lathi)$/;
/** Past forms that take a bare infinitive after them ("helped build", "dared say", "let go"). */
const BARE_INFINITIVE = /^(helped|dared|needed|let|made|had|watched|heard|saw|felt)$/i;
const POSSESSIVE = /^(his|her|its|their|our|my|your)$/i;
/** Nouns in -ing of fighting that open a sentence as its subject ("Fighting between …", "Shelling of the city killed …"). */
const OPENING_ACT = /^(fighting|shelling|bombing|looting|rioting|gunfire|firing)$/i;
/** Verbs of yielding, after which "to" is a preposition: "bowed to pressure", "succumbed to demands". */
const YIELDING = /^(bow|bows|bowed|bowing|bend|bends|bent|bending|succumb|succumbs|succumbed|succumbing|yield|yields|yielded|yielding)$/i;
/** Verbs of beginning and going on, which take a gerund ("began building"); not of stopping, whose gerund is no act ("stopped funding"). */
const ASPECTUAL = /^(begin|began|begun|begins|start|started|starts|continue|continued|continues|resume|resumed|resumes|keep|kept)$/i;
const APPROXIMATELY = /^(about|around|nearly|roughly|approximately|almost|some)$/i;
const MODAL = /^(would|will|could|can|may|might|must|should|shall|to)$/i;
/** What may follow a verb's head: an object, a phrase or a clause ("abducted [a] …", "mediated [between] …", "alleged [that] …"). */
const AFTER_VERB = new Set(['DET', 'NUM', 'ADP', 'PROPN', 'PRON', 'SCONJ']);
/** What may start a base verb's object ("and share [intelligence]", "and open [a] …"). */
const NOUN_OR_OBJECT = new Set(['NOUN', 'DET', 'NUM', 'PROPN', 'ADJ', 'PRON']);
/** Prepositions of the circumstances of an act, after which a form in -ing with no object is a noun ("amid [fighting]"). */
const CIRCUMSTANCE = /^(amid|amidst|despite)$/i;
/** Prepositions before a participle, adjective or name and a form in -ing that is a noun ("in [Indian shelling]"); not "with [Iran carrying] out …". */
const GERUND_NOUN_AFTER = /^(in|during|amid|amidst|despite|by|of|from)$/i;

/** Whether the last verb at or before `k` (back to `first`) is a base form right after a modal or "to" ("would [increase]"). */
function baseAfterModal(doc: Doc, pos: string[], first: number, k: number): boolean {
  for (let t = k; t > first; t--) {
    if (pos[t] === 'AUX' || pos[t] === 'PUNCT') return false;
    if (pos[t] !== 'VERB') continue;
    return word(doc, t).toLowerCase() === doc.tokens.lemma[t].toLowerCase() && MODAL.test(word(doc, t - 1));
  }
  return false;
}

/** Whether a determiner opens the run of names and nouns that ends at `k` ("[the] Kerem Shalom"). */
function determinerBefore(pos: string[], first: number, k: number): boolean {
  let j = k;
  while (j > first && (pos[j] === 'PROPN' || pos[j] === 'NOUN')) j--;
  return j < k && pos[j] === 'DET';
}

/** A number other than "one" opens the run of nouns, names and adjectives ending at `k` ("three Rwandan genocide …"). */
function numberOpens(doc: Doc, pos: string[], first: number, k: number): boolean {
  let j = k;
  while (j > first && (pos[j] === 'PROPN' || pos[j] === 'NOUN' || pos[j] === 'ADJ')) j--;
  return j < k && pos[j] === 'NUM' && !/^(one|1)$/i.test(word(doc, j));
}

/** Past forms the same as the base form ("the government [shut] down …"): after a noun, a verb, not a compound's head. */
const SAME_PAST = /^(shut|hit|cut|put|set|let|cast|hurt|quit|spread|bid|burst|split|thrust|beat|broadcast|read|shed|upset|cost|bet|rid)$/;
/** Tags of a word after which a verb cannot have its subject yet. */
const NO_SUBJECT_BEFORE = new Set(['SCONJ', 'DET', 'ADJ', 'ADP', 'PUNCT', 'CCONJ']);
/** Tags that begin the object of a progressive verb the tagger read as a noun ("was arming [Hezbollah] guerrillas"). */
const PROGRESSIVE_OBJECT = new Set(['PROPN', 'DET', 'NUM', 'PRON']);
/** Words that open a clause, which the tagger may call adverbs ("when", "once"). */
const SUBORDINATOR = /^(when|where|while|whereas|once|after|before|since|until|as|if|because|though|although)$/i;

/**
 * The tagger's slips on verbs after their subject: "Gunmen abducted a …" (abducted as a noun), "Egypt mediated
 * between …" and "it would free some …" (as adjectives). A past form in -ed after the sentence's first noun
 * phrase, with no verb before it, and a word after a modal, each followed by an object or a phrase, is a verb.
 */
function repairVerbs(doc: Doc, pos: string[]): void {
  for (let s = 0; s < doc.sentences.length; s++) {
    const first = doc.tokens.sentenceFirstToken[s];
    const last = doc.tokens.sentenceFirstToken[s + 1] - 1;
    let verbSeen = false;
    let adpSeen = false;
    // A line with no finite verb, as headlines are: "Coalition [strikes] Yemen capital", "China [slams] US over …".
    let finite = false;
    for (let k = first; k <= last && !finite; k++) finite = pos[k] === 'AUX' || (pos[k] === 'VERB' && !(k > first && word(doc, k - 1) === '-'));
    // "[Fighting] between Armenian and Azerbaijani forces killed …": an act's noun in -ing opening the sentence before a preposition.
    if (pos[first] === 'VERB' && OPENING_ACT.test(word(doc, first)) && (pos[first + 1] === 'ADP' || pos[first + 1] === 'VERB')) pos[first] = 'NOUN';
    for (let k = first + 1; k < last; k++) {
      // "Troops [loyal to] President Mobutu looted shops": the phrase of loyalty is still the subject's.
      if (pos[k - 1] === 'ADP' && !(/^to$/i.test(word(doc, k - 1)) && /^loyal$/i.test(word(doc, k - 2)))) adpSeen = true;
      const slip = (pos[k] === 'NOUN' || pos[k] === 'ADJ') && AFTER_VERB.has(pos[k + 1]);
      const w = word(doc, k);
      // Before a bare noun ("troops looted villages") only in a sentence's first phrase, and not a participle used as an adjective ("Chinese armed forces").
      const beforeNoun = pos[k + 1] === 'NOUN' && !adpSeen && !ADJECTIVAL.has(w) && (pos[k] === 'NOUN' || pos[k] === 'ADJ');
      // "Militants [shot] dead 20 passengers": an irregular past form too, and before "dead".
      const past = /^[a-z]+ed$/.test(w) || IRREGULAR_PAST.has(w);
      // "Indian police [tortured] suspected militants": before a participle that modifies the next noun.
      const beforeModifier = (pos[k] === 'NOUN' || pos[k] === 'ADJ') && !adpSeen && (ADJECTIVAL.has(word(doc, k + 1).toLowerCase()) || /^suspected$/i.test(word(doc, k + 1))) && (pos[k + 2] === 'NOUN' || pos[k + 2] === 'PROPN');
      // "The Indonesian military [relaxed] the curfew": after an adjective that heads its phrase as a noun.
      const nominal = pos[k - 1] === 'PROPN' || pos[k - 1] === 'NOUN' || (pos[k - 1] === 'ADJ' && NOMINAL_ADJECTIVE.test(word(doc, k - 1)) && pos[k - 2] !== 'ADP');
      // "Serbian police [tortured] ethnic Albanian detainees": before adjectives and the noun they modify.
      const beforeAdjectives = (pos[k] === 'NOUN' || pos[k] === 'ADJ') && !adpSeen && !ADJECTIVAL.has(w) && pos[k + 1] === 'ADJ' && (NOMINAL_HEAD.has(pos[k + 2]) || (pos[k + 2] === 'ADJ' && NOMINAL_HEAD.has(pos[k + 3])));
      if ((slip || beforeNoun || beforeModifier || beforeAdjectives || (IRREGULAR_PAST.has(w) && word(doc, k + 1).toLowerCase() === 'dead')) && !verbSeen && past && nominal) pos[k] = 'VERB';
      // "said Israeli soldiers [shot] and wounded …": a past form after a noun, coordinated with a verb, is one too.
      else if ((pos[k] === 'NOUN' || pos[k] === 'ADJ') && past && (pos[k - 1] === 'PROPN' || pos[k - 1] === 'NOUN') && /^and$/i.test(word(doc, k + 1)) && pos[k + 2] === 'VERB' && /^[a-z]+ed$/.test(word(doc, k + 2))) pos[k] = 'VERB';
      else if (slip && pos[k - 1] === 'AUX' && MODAL.test(word(doc, k - 1)) && /^[a-z]+$/.test(w)) pos[k] = 'VERB';
      // "said Syria was [arming] Hezbollah guerrillas": a form in -ing after a subject's "is" or "was" and before an object is a progressive verb.
      else if (pos[k] === 'NOUN' && /^[a-z]+ing$/.test(w) && k - 2 >= first && /^(is|are|was|were)$/i.test(word(doc, k - 1)) && (pos[k - 2] === 'PROPN' || pos[k - 2] === 'PRON') && PROGRESSIVE_OBJECT.has(pos[k + 1])) pos[k] = 'VERB';
      // "would increase security … and [share] intelligence with …": a base form after "and" whose clause's last verb
      // is a base form after a modal or "to" is a second verb of that modal.
      else if (pos[k] === 'NOUN' && /^and$/i.test(word(doc, k - 1)) && /^[a-z]+$/.test(w) && w === doc.tokens.lemma[k] && NOUN_OR_OBJECT.has(pos[k + 1]) && baseAfterModal(doc, pos, first, k - 2)) pos[k] = 'VERB';
      // A headline's verb in -s between two names or nouns, when the line has no verb.
      else if (!finite && pos[k] === 'NOUN' && /^[a-z]+s$/.test(w) && !/(ss|us|is)$/.test(w) && (pos[k - 1] === 'NOUN' || pos[k - 1] === 'PROPN') && (pos[k + 1] === 'PROPN' || pos[k + 1] === 'DET' || pos[k + 1] === 'NUM')) pos[k] = 'VERB';
      // "its forces had [shot] down two jets", "has [hit]", "had [shot] dead": a past participle right after a perfect auxiliary.
      else if ((slip || ((pos[k] === 'NOUN' || pos[k] === 'ADJ') && IRREGULAR_PAST.has(w) && /^dead$/i.test(word(doc, k + 1)))) && pos[k - 1] === 'AUX' && /^(has|have|had|'ve|’ve)$/i.test(word(doc, k - 1)) && (past || /^[a-z]+(en|wn)$/.test(w))) pos[k] = 'VERB';
      // "dismissed [calls] for his resignation", "held [exercises] near …": a present form in -s right after a past form
      // is its object, a noun.
      else if (pos[k] === 'VERB' && pos[k - 1] === 'VERB' && /^[a-z]+s$/.test(w) && (/^[a-z]+ed$/.test(word(doc, k - 1).toLowerCase()) || IRREGULAR_PAST.has(word(doc, k - 1).toLowerCase())) && !/ss$/.test(w)) pos[k] = 'NOUN';
      // "expressed [hope] for …": a bare form right after a past form in -ed is its object, a noun (not after a verb
      // that takes a bare infinitive: "helped build", "dared say").
      else if (pos[k] === 'VERB' && pos[k - 1] === 'VERB' && w === doc.tokens.lemma[k].toLowerCase() && /^[a-z]+$/.test(w) && /^[a-z]+ed$/.test(word(doc, k - 1).toLowerCase()) && !BARE_INFINITIVE.test(word(doc, k - 1)) && pos[k + 1] !== 'PART') pos[k] = 'NOUN';
      // "sought Russian [help]": a bare form after an inflected verb and a name or adjective is the verb's object, a noun.
      else if (pos[k] === 'VERB' && k - 2 >= first && (pos[k - 1] === 'PROPN' || pos[k - 1] === 'ADJ') && pos[k - 2] === 'VERB' && w === doc.tokens.lemma[k].toLowerCase() && /^[a-z]+$/.test(w) && word(doc, k - 2).toLowerCase() !== doc.tokens.lemma[k - 2].toLowerCase() && !BARE_INFINITIVE.test(word(doc, k - 2)) && !/^(saw|got|bade|kept)$/i.test(word(doc, k - 2)) && pos[k + 1] !== 'PART') pos[k] = 'NOUN';
      // "bowed to [pressure] from …", "succumbed to [pressure]": after a verb of yielding, "to" is a preposition and the
      // form after it a noun.
      else if (pos[k] === 'VERB' && k - 2 >= first && /^to$/i.test(word(doc, k - 1)) && YIELDING.test(word(doc, k - 2)) && /^[a-z]+$/.test(w)) {
        pos[k - 1] = 'ADP';
        pos[k] = 'NOUN';
      }
      // "was killed when [rebels] attacked the palace": a form in -s between a subordinator and a past form is its subject, a plural noun.
      else if (pos[k] === 'VERB' && /^[a-z]+s$/.test(w) && !/ss$/.test(w) && SUBORDINATOR.test(word(doc, k - 1)) && pos[k + 1] === 'VERB' && /^[a-z]+ed$/.test(word(doc, k + 1))) pos[k] = 'NOUN';
      // "an end to [sanctions]": a form in -s after "to" is no infinitive, a plural noun.
      else if (pos[k] === 'VERB' && /^to$/i.test(word(doc, k - 1)) && /^[a-z]+s$/.test(w) && !/ss$/.test(w) && w !== doc.tokens.lemma[k].toLowerCase()) pos[k] = 'NOUN';
      // "when [sanctions] on Russia made …", "the [attacks] on …": a form in -s before a preposition with no subject
      // before it (after a conjunction, determiner, adjective or comma, or first in the sentence) is a plural noun.
      else if (pos[k] === 'VERB' && /^[a-z]+s$/.test(w) && !/ss$/.test(w) && pos[k + 1] === 'ADP' && (NO_SUBJECT_BEFORE.has(pos[k - 1]) || SUBORDINATOR.test(word(doc, k - 1))) && !/^to$/i.test(word(doc, k - 1))) pos[k] = 'NOUN';
      // "bombed suspected hideouts": a participle right after a verb and before a noun is an adjective.
      else if (pos[k] === 'VERB' && pos[k - 1] === 'VERB' && (pos[k + 1] === 'NOUN' || pos[k + 1] === 'PROPN' || pos[k + 1] === 'ADJ') && /^[a-z]+(ed|en)$/.test(w)) pos[k] = 'ADJ';
      // "the stolen artworks", "the detained reporters", "the captured British sailors", "their planned strike", "12 suspected
      // militants": a participle between a determiner, a possessive or a number and a noun (or its adjective or name) is an adjective.
      else if (pos[k] === 'VERB' && (pos[k - 1] === 'DET' || pos[k - 1] === 'NUM' || POSSESSIVE.test(word(doc, k - 1))) && (pos[k + 1] === 'NOUN' || pos[k + 1] === 'ADJ' || pos[k + 1] === 'PROPN') && /^[a-z]+(ed|en|wn)$/.test(w)) pos[k] = 'ADJ';
      // "released 20 Zapatista [suspects]", "freed the Hamas [leaders]": after a verb, a form in -s after a name that
      // follows a number or determiner is the plural noun the name modifies.
      else if (verbSeen && pos[k] === 'VERB' && /^[a-z]+s$/.test(w) && !/ss$/.test(w) && pos[k - 1] === 'PROPN' && k - 2 >= first && (pos[k - 2] === 'NUM' || pos[k - 2] === 'DET') && (pos[k + 1] === 'PUNCT' || pos[k + 1] === 'ADP' || pos[k + 1] === 'CCONJ')) pos[k] = 'NOUN';
      // "handed over three Rwandan genocide [suspects] to …": after a verb, a form in -s ending a run of nouns, names and
      // adjectives that a number (not "one") opens is the plural noun they modify.
      else if (verbSeen && pos[k] === 'VERB' && /^[a-z]+s$/.test(w) && !/ss$/.test(w) && (pos[k - 1] === 'NOUN' || pos[k - 1] === 'PROPN') && numberOpens(doc, pos, first, k - 1) && (pos[k + 1] === 'PUNCT' || pos[k + 1] === 'ADP' || pos[k + 1] === 'CCONJ')) pos[k] = 'NOUN';
      // "its [grant] aid", "the [transit] fees": a bare verb form between a determiner or a possessive and a noun is a noun
      // modifying it.
      else if (pos[k] === 'VERB' && (pos[k - 1] === 'DET' || POSSESSIVE.test(word(doc, k - 1))) && pos[k + 1] === 'NOUN' && w === doc.tokens.lemma[k]?.toLowerCase() && /^[a-z]+$/.test(w)) pos[k] = 'NOUN';
      // "North Korea's missile [launch] alarmed …", "the rocket [launch] over Japan": a bare verb form after a singular noun
      // that a determiner or a possessive opens, before a verb, a preposition or punctuation, is a compound's head noun.
      else if (pos[k] === 'VERB' && pos[k - 1] === 'NOUN' && k - 2 >= first && (pos[k - 2] === 'DET' || POSSESSIVE.test(word(doc, k - 2)) || /^['’]s$/.test(word(doc, k - 2))) && !/s$/i.test(word(doc, k - 1)) && w === doc.tokens.lemma[k]?.toLowerCase() && /^[a-z]+$/.test(w) && !SAME_PAST.test(w) && !/^(up|out|off|down|back|away)$/i.test(word(doc, k + 1)) && /^(VERB|AUX|ADP|PUNCT|CCONJ)$/.test(pos[k + 1] ?? '')) pos[k] = 'NOUN';
      // "the Rafah crossing into …", "the Kerem Shalom crossing into …": a word in -ing after a determiner and names or
      // nouns, before a preposition, is a noun.
      else if (pos[k] === 'VERB' && /ing$/.test(w) && pos[k + 1] === 'ADP' && k - 2 >= first && (pos[k - 1] === 'PROPN' || pos[k - 1] === 'NOUN') && determinerBefore(pos, first, k - 1)) pos[k] = 'NOUN';
      // "an end to the [fighting] in Bosnia", "the [killing] of …": a form in -ing right after a determiner, before a
      // preposition or punctuation, is a noun.
      else if (pos[k] === 'VERB' && /^[a-z]+ing$/.test(w) && pos[k - 1] === 'DET' && (pos[k + 1] === 'ADP' || pos[k + 1] === 'PUNCT' || pos[k + 1] === 'CCONJ')) pos[k] = 'NOUN';
      // "amid [renewed fighting]", "in [Indian shelling]", "amid [fighting]": a form in -ing with no object of its own after a
      // preposition and a participle, adjective or name, or right after a preposition of circumstance, is a noun (and the
      // participle its adjective).
      else if (pos[k] === 'VERB' && /^[a-z]+ing$/.test(w) && !NOUN_OR_OBJECT.has(pos[k + 1]) && (CIRCUMSTANCE.test(word(doc, k - 1)) || ((pos[k - 1] === 'PROPN' || pos[k - 1] === 'ADJ' || (pos[k - 1] === 'VERB' && /^[a-z]+ed$/.test(word(doc, k - 1)))) && k - 2 >= first && pos[k - 2] === 'ADP' && GERUND_NOUN_AFTER.test(word(doc, k - 2)) && !/^(out|up|off|down|back|over|away)$/i.test(word(doc, k + 1))))) {
        if (pos[k - 1] === 'VERB') pos[k - 1] = 'ADJ';
        pos[k] = 'NOUN';
      }
      // "Heavy [fighting] broke out between …", "Renewed [fighting] erupted": a form in -ing after the sentence's opening
      // adjective, right before a past verb, is the noun the sentence is about.
      else if (pos[k] === 'VERB' && /^[a-z]+ing$/.test(w) && k === first + 1 && (pos[first] === 'ADJ' || pos[first] === 'PROPN') && pos[k + 1] === 'VERB' && (/^[a-z]+ed$/.test(word(doc, k + 1)) || IRREGULAR_PAST.has(word(doc, k + 1)))) {
        pos[first] = 'ADJ';
        pos[k] = 'NOUN';
      }
      // "met [visiting] Japanese Prime Minister …", "received the [visiting] envoy": a participle that modifies people,
      // right after a verb and before the name or title it modifies, is an adjective.
      else if (pos[k] === 'VERB' && ATTRIBUTIVE_PARTICIPLE.test(w) && (pos[k - 1] === 'VERB' || pos[k - 1] === 'DET') && (pos[k + 1] === 'ADJ' || pos[k + 1] === 'PROPN' || pos[k + 1] === 'NOUN')) pos[k] = 'ADJ';
      // "on [heightened] alert", "put the talks on [hold]": a verb form right after a preposition (not "to", not a
      // gerund: "after [attacking]") is an adjective before a noun, else a noun.
      else if (pos[k] === 'VERB' && pos[k - 1] === 'ADP' && !/^to$/i.test(word(doc, k - 1)) && !/ing$/.test(w) && /^[a-z]+$/.test(w)) {
        if (/^[a-z]+(ed|en)$/.test(w) && (pos[k + 1] === 'NOUN' || pos[k + 1] === 'ADJ')) pos[k] = 'ADJ';
        else if (pos[k + 1] === 'PUNCT' || pos[k + 1] === 'ADP' || pos[k + 1] === 'CCONJ') pos[k] = 'NOUN';
      }
      // "has been [building] up its forces", "were [massing] troops": a form in -ing after a form of "be", before a
      // particle or the start of an object, is the progressive's verb.
      if (pos[k] === 'NOUN' && /^[a-z]+ing$/.test(w) && /^(been|is|was|are|were)$/i.test(word(doc, k - 1)) && (/^(up|out|down|off|back)$/i.test(word(doc, k + 1)) || pos[k + 1] === 'DET' || pos[k + 1] === 'NUM' || POSSESSIVE.test(word(doc, k + 1)) || (NOMINAL_HEAD.has(pos[k + 1]) && !PREDICATE_ING.test(w)) || (pos[k + 1] === 'ADJ' && !PREDICATE_ING.test(w) && (NOMINAL_HEAD.has(pos[k + 2]) || pos[k + 2] === 'ADJ')))) pos[k] = 'VERB';
      // "began [building] a pipeline", "continued [shelling] the town": a form in -ing right after a verb of beginning
      // or going on, before its object, is that verb's gerund, a verb.
      if (pos[k] === 'NOUN' && /^[a-z]+ing$/.test(w) && ASPECTUAL.test(word(doc, k - 1)) && NOUN_OR_OBJECT.has(pos[k + 1]) && pos[k + 1] !== 'ADJ') pos[k] = 'VERB';
      // "staged a [sit-in]", "a [walk-out]": a verb and a particle joined by hyphens after a determiner or adjective are a noun.
      if (pos[k] === 'VERB' && k + 2 <= last && hyphenated(doc, k) && /^(in|out|up|down|off|over)$/i.test(word(doc, k + 2)) && (pos[k - 1] === 'DET' || pos[k - 1] === 'ADJ' || POSSESSIVE.test(word(doc, k - 1)))) {
        pos[k] = 'NOUN';
        pos[k + 2] = 'NOUN';
      }
      if (pos[k] === 'VERB' || pos[k] === 'AUX') verbSeen = true;
      if (pos[k] === 'VERB' && !finite && /^[a-z]+s$/.test(w)) finite = true;
    }
  }
}

function chunk(doc: Doc, first: number, last: number, pos: string[]): Chunk[] {
  const { lemma } = doc.tokens;
  // "[About 2,000 students] demonstrated": a word of approximation before a number opens a noun phrase, not a phrase of its own.
  const approximately = (k: number) => pos[k] === 'ADP' && APPROXIMATELY.test(word(doc, k)) && k < last && pos[k + 1] === 'NUM';
  const out: Chunk[] = [];
  let i = first;
  while (i <= last) {
    const p = pos[i];
    const w = word(doc, i).toLowerCase();
    if (p === 'AUX' || p === 'VERB' || (p === 'PART' && NEGATION.has(w) && i < last && (pos[i + 1] === 'VERB' || pos[i + 1] === 'AUX'))) {
      // Verb group: auxiliaries, adverbs, negation, then the main verb (and its particle: "stepped up").
      const start = i;
      const aux: string[] = [];
      let head = i;
      let negated = false;
      const inGroup = (k: number) =>
        pos[k] === 'AUX' || pos[k] === 'VERB' || pos[k] === 'ADV' || (pos[k] === 'PART' && (NEGATION.has(word(doc, k).toLowerCase()) || word(doc, k).toLowerCase() === 'to')) ||
        // The tagger's slips after "has"/"was": "has long accused" comes out ADJ NOUN.
        (aux.length > 0 && pos[head] === 'AUX' && participle(doc, k)) ||
        (aux.length > 0 && pos[head] === 'AUX' && pos[k] === 'ADJ' && k < last && participle(doc, k + 1));
      while (i <= last && inGroup(i)) {
        const wi = word(doc, i).toLowerCase();
        if (NEGATION.has(wi)) negated = true;
        if (pos[i] === 'AUX') aux.push(lemma[i]);
        if (pos[i] === 'VERB' || pos[i] === 'AUX' || (pos[head] === 'AUX' && participle(doc, i))) head = i;
        // An adverb or "to" after the main verb ends the group unless another verb follows.
        if ((pos[i] === 'ADV' || pos[i] === 'PART') && pos[head] === 'VERB' && head < i && !(i < last && (pos[i + 1] === 'VERB' || pos[i + 1] === 'AUX'))) break;
        i++;
      }
      if (i <= last && pos[i] === 'ADP' && isParticle(doc, i)) i++;
      const end = Math.max(head, i - 1);
      const auxLemmas = aux.filter((_, k) => k < aux.length - (pos[head] === 'AUX' ? 1 : 0));
      const passive = pos[head] !== 'AUX' && auxLemmas.includes('be') && /ed$|en$|wn$|t$/.test(word(doc, head));
      out.push({ type: 'VP', first: start, last: end, head, negated, passive, auxiliaries: auxLemmas });
      i = end + 1;
    } else if (NOMINAL.has(p) || p === 'DET' || p === 'ADJ' || approximately(i)) {
      const start = i;
      let head = -1;
      // Hyphenated compounds stay whole whatever their parts are tagged ("first-ever", "six-week").
      const hyphen = (k: number) => word(doc, k) === '-' && k > start && k < last;
      // Of the particles only the possessive belongs to a noun phrase ("Baku's"), not "to" or "not".
      const inner = (k: number) => NP_INNER.has(pos[k]) && (pos[k] !== 'PART' || /^['’]s?$/.test(word(doc, k)));
      // "Pakistan test-fired a missile": a compound verb's past form after the hyphen ends the noun phrase.
      const compoundVerb = (k: number) => pos[k] === 'VERB' && k >= 2 && VERB_PREFIX.test(word(doc, k - 2)) && /ed$/.test(word(doc, k));
      // A determiner after a noun opens the next noun phrase ("On Monday | both governments agreed").
      const nextPhrase = (k: number) => k > start && pos[k] === 'DET' && NOMINAL.has(pos[k - 1]);
      // "[More than 100 Russian diplomats] were expelled": a comparative quantifier's "than" stays in the phrase
      // (not in a span of time: "less than two months after …" tells when).
      const than = (k: number) =>
        k > start && k + 2 <= last && /^than$/i.test(word(doc, k)) && /^(more|less|fewer)$/i.test(word(doc, k - 1)) && pos[k + 1] === 'NUM' && !TIME_NOUN.test(word(doc, k + 2));
      while (i <= last && ((inner(i) && !nextPhrase(i)) || than(i) || (i === start && approximately(i)) || (pos[i] === 'PRON' && i === start) || hyphen(i) || (i > start && hyphen(i - 1) && !compoundVerb(i)))) {
        if (NOMINAL.has(pos[i])) head = i;
        // A pronoun is a noun phrase on its own, unless possessive ("his counterpart").
        if (pos[i] === 'PRON' && !POSSESSIVE.test(word(doc, i))) {
          i++;
          break;
        }
        i++;
      }
      if (head < 0) {
        out.push({ type: 'O', first: start, last: i - 1, head: start });
      } else out.push({ type: 'NP', first: start, last: i - 1, head });
    } else if (p === 'ADP') {
      out.push({ type: 'PP', first: i, last: i, head: i });
      i++;
    } else {
      out.push({ type: 'O', first: i, last: i, head: i });
      i++;
    }
  }
  // A preposition governs the noun chunk right after it.
  for (let k = 0; k + 1 < out.length; k++) {
    const subordinator = SUBORDINATORS.has(word(doc, out[k].head).toLowerCase()) && out[k + 2]?.type === 'VP';
    if (out[k].type === 'PP' && subordinator) out[k].type = 'O';
    else if (out[k].type === 'PP' && out[k + 1].type === 'NP') {
      out[k].object = out[k + 1];
      out[k].last = out[k + 1].last;
    }
  }
  const chunks = out.filter((c, k) => !(c.type === 'NP' && k > 0 && out[k - 1].object === c));
  chunks.forEach((c, k) => {
    if (reducedRelative(doc, chunks, k)) c.passive = true;
  });
  return chunks;
}

/** Participles news uses before the people they describe ("the visiting minister", "retreating troops"). */
const ATTRIBUTIVE_PARTICIPLE = /^(visiting|retreating|advancing|fleeing|warring|ruling|neighbouring|neighboring)$/;
/** Irregular past participles of news verbs, which a reduced relative may use ("prisoners [held] by Israel"). */
const IRREGULAR_PARTICIPLE = /^(held|taken|shot|seized|struck|hit|kept|caught|beaten|stolen|driven|thrown|sent|sold|brought|bought|built|given|put|set|left)$/;
/** Verbs after which a noun and a verb are a clause of their own ("said [troops] killed …"), not a noun and its participle. */
const REPORTING = /^(say|tell|claim|believe|think|announce|report|confirm|deny|fear|suspect|insist|warn|add|note|acknowledge|admit|know|feel|hope|show|reveal|suggest|charge|allege)$/;
/** Nouns of time: after a participle they are no object ("detained [last month]"), after a number no quantity of people ("less than two [months] after …"). */
const TIME_NOUN = /^(second|minute|hour|day|week|month|year|decade|century|centuries|weekend|night|morning|evening|afternoon|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time)s?$/i;

/**
 * A past participle with no auxiliary right after the noun of an object or of a phrase is a passive that
 * describes that noun, a reduced relative: "released 20 fishermen [detained] last month", "expelled two
 * diplomats [accused] of spying", "the release of prisoners [held] by Israel". Its noun is what the act befell,
 * not its actor. Not after a subject ("Iraqi troops [attacked] …": nothing but the noun before it), nor when
 * an object follows ("said troops [killed] five people").
 */
function reducedRelative(doc: Doc, chunks: Chunk[], k: number): boolean {
  const c = chunks[k];
  if (c.type !== 'VP' || c.auxiliaries?.length || c.negated || c.head !== c.first) return false;
  const w = word(doc, c.head).toLowerCase();
  if (!(/^[a-z]+(ed|en)$/.test(w) || IRREGULAR_PARTICIPLE.test(w))) return false;
  const noun = chunks[k - 1];
  const before = chunks[k - 2];
  if (!noun || !before) return false;
  const nounPhrase = noun.type === 'NP' ? noun : noun.type === 'PP' ? noun.object : undefined;
  if (!nounPhrase || doc.tokens.pos[nounPhrase.head] === 'PRON') return false;
  // A phrase's noun ("the release [of prisoners] held by …") only inside an object: a verb before the phrases,
  // not a subject's own phrases ("Tens of thousands [of Egyptians] demonstrated", "Secretary [of State] Clinton called").
  if (noun.type === 'PP') {
    // The phrase hangs on a noun ("the release [of prisoners]"), not on a verb ("a delegation led [by X] arrived").
    if (before.type !== 'NP' && before.type !== 'PP') return false;
    let j = k - 2;
    while (j >= 0 && (chunks[j].type === 'PP' || chunks[j].type === 'NP')) j--;
    if (j < 0 || chunks[j].type !== 'VP') return false;
  }
  // A noun after a phrase opens a clause ("On Monday [troops] attacked …"); a phrase's noun needs something before the phrase.
  if (noun.type === 'NP' && !(before.type === 'VP' && !REPORTING.test(doc.tokens.lemma[before.head]?.toLowerCase() ?? ''))) return false;
  // "[Visiting] Egyptian Foreign Minister Amr Moussa conferred with …": a participle opening the sentence modifies
  // the noun after it, which is the subject of the verb that follows.
  if (noun.type === 'NP' && k === 2 && before.first === before.last && /ing$/i.test(word(doc, before.head))) return false;
  const next = chunks[k + 1];
  if (next?.type === 'NP' && !TIME_NOUN.test(word(doc, next.head))) return false;
  return true;
}

const participle = (doc: Doc, k: number) => (doc.tokens.pos[k] === 'NOUN' || doc.tokens.pos[k] === 'ADJ' || doc.tokens.pos[k] === 'VERB') && /^[a-z]+(ed|en)$/.test(word(doc, k));

// Subordinators the tagger calls prepositions ("as Baku prepared"): before a noun chunk and a verb they
// open a clause; the noun chunk is that clause's subject, not the preposition's object.
const SUBORDINATORS = new Set(['as', 'after', 'before', 'since', 'until', 'while', 'because', 'although', 'though', 'if', 'whether', 'unless', 'once']);

// "stepped up", "carried out", "brought up": a preposition right after a verb with no noun before it.
function isParticle(doc: Doc, i: number): boolean {
  // "met in Vienna", "fired on Israel": before a name, "in" and "on" open a phrase.
  if (/^(in|on)$/i.test(word(doc, i)) && doc.tokens.pos[i + 1] === 'PROPN') return false;
  // "were killed in a Hizbollah ambush": after a passive participle, "in" and "on" open a phrase too.
  if (/^(in|on)$/i.test(word(doc, i)) && i >= 2 && /^(was|were|been|be|being|is|are)$/i.test(word(doc, i - 2)) && /ed$/i.test(word(doc, i - 1))) return false;
  return /^(up|out|off|down|over|back|away|in|on)$/i.test(word(doc, i)) && (i + 1 >= doc.tokens.start.length || doc.tokens.pos[i + 1] !== 'NOUN' || /^(up|out|off|down|back|away)$/i.test(word(doc, i)));
}

/** Words that end a noun phrase of time: months, years, days, "then". */
const TIME_WORD = /^(january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|\d{4}s|monday|tuesday|wednesday|thursday|friday|saturday|sunday|then|week|month|year|weeks|months|years|war|independence)$/i;

function splitClauses(doc: Doc, chunks: Chunk[], first: number, last: number): Clause[] {
  const clauses: Clause[] = [];
  let current: Chunk[] = [];
  let start = first;
  const close = (end: number) => {
    if (current.length) clauses.push({ first: start, last: end, chunks: current });
    current = [];
    start = end + 1;
  };
  for (const [k, c] of chunks.entries()) {
    const w = word(doc, c.first).toLowerCase();
    // "used villagers [as] human shields", "as a gesture": "as" before a noun phrase that no verb follows opens no clause.
    const asNoun = w === 'as' && chunks[k + 1]?.type === 'NP' && chunks[k + 2]?.type !== 'VP';
    // "two Americans held in Iraq [since] August were freed": "since" before a time is a phrase, not a clause.
    const since = chunks[k + 1];
    const sinceTime = w === 'since' && since?.type === 'NP' && since.last - since.first < 3 && TIME_WORD.test(word(doc, since.last));
    const breaks = (c.type === 'O' && (QUOTE_MARK.test(w) || w === ';' || w === ':')) || (c.first === c.last && !asNoun && !sinceTime && (doc.tokens.pos[c.first] === 'SCONJ' || (CLAUSE_BREAK.has(w) && c.type !== 'PP' && c.type !== 'NP')));
    if (breaks && current.length) close(c.first - 1);
    current.push(c);
  }
  close(last);
  return clauses;
}

// The subject: the nearest noun chunk before the verb in its clause, skipping ", appositive ," and
// prepositional phrases; for "said X" inversions after a quote, the noun chunk right after the verb.
function subjectOf(doc: Doc, clause: Clause, verbIndex: number): Chunk | null {
  let depth = 0;
  for (let k = verbIndex - 1; k >= 0; k--) {
    const c = clause.chunks[k];
    if (c.type === 'O' && word(doc, c.first) === ',') {
      depth = depth ? 0 : 1;
      continue;
    }
    // "King Hussein, [speaking] to reporters in Amman, said …": a participle set off by commas is an aside, like an appositive.
    if (c.type === 'VP' && depth && /ing$/.test(word(doc, c.head)) && !c.auxiliaries?.length && c.first === c.head && k >= 2) {
      const open = clause.chunks[k - 1];
      if (open.type === 'O' && word(doc, open.first) === ',') continue;
    }
    if (c.type === 'VP') break;
    // "held in Iraq since [August] were freed": a time after "since" is no subject.
    const prev = clause.chunks[k - 1];
    if (c.type === 'NP' && prev && prev.first === prev.last && /^since$/i.test(word(doc, prev.first)) && TIME_WORD.test(word(doc, c.last))) continue;
    if (c.type === 'NP' && !depth) return c;
    if (c.type === 'NP' && depth) continue;
  }
  // Inversion: "…,” said Cohen.
  const next = clause.chunks[verbIndex + 1];
  const before = clause.chunks[verbIndex - 1];
  if (next?.type === 'NP' && (!before || (before.type === 'O' && /^[,"“”]$/.test(word(doc, before.first))))) return next;
  // A subject before a comma-separated appositive was skipped above; take the first noun chunk.
  for (let k = 0; k < verbIndex; k++) if (clause.chunks[k].type === 'NP') return clause.chunks[k];
  return null;
}

function objectOf(clause: Clause, verbIndex: number): Chunk | null {
  const next = clause.chunks[verbIndex + 1];
  return next?.type === 'NP' ? next : null;
}

function ppsAfter(clause: Clause, verbIndex: number): Chunk[] {
  const out: Chunk[] = [];
  for (let k = verbIndex + 1; k < clause.chunks.length; k++) {
    const c = clause.chunks[k];
    if (c.type === 'VP') break;
    if (c.type === 'PP') out.push(c);
  }
  return out;
}

/** Structures for every sentence of a Doc, computed once and kept on a side table. */
const cache = new WeakMap<Doc, SentenceStructure[]>();
export function structures(doc: Doc): SentenceStructure[] {
  let s = cache.get(doc);
  if (!s) {
    const pos = tagsOf(doc);
    s = doc.sentences.map((_, i) => sentenceStructure(doc, i, pos));
    cache.set(doc, s);
  }
  return s;
}
