// Who did what to whom. Over each sentence's clause structure, verb patterns ("met with", "accused",
// "provides … oil"), event nouns ("a visit to", "shipments of weapons to", "the war with") and speakers'
// evaluative statements in quotes ("a strategic partner", "threatens") become CAMEO-coded events with a
// source and a target actor, a date, a place, a modality, and the rule that fired. The same event told
// twice in an article (dek and body, caption and body) is kept once, with both mentions.
import type { Doc } from '../doc/doc.js';
import type { ChanceryEvent, DateExpression, Granularity } from '../doc/schema.js';
import type { StageContext } from '../doc/stage.js';
import { actorsByToken, tokenFrom } from '../doc/tokens.js';
import { type Chunk, type SentenceStructure, type VerbFrame, structures } from '../language/clauses.js';
import { type Modality, eventTables, ploverOf } from './tables.js';

/** Events one sentence may yield; more is a run-on list, capped with a warning. */
const MAX_EVENTS_PER_SENTENCE = 8;
/** Members of a compound actor ("the US, UK and France condemned") expanded into events. */
const MAX_COMPOUND = 6;
/** How far (in tokens) an evaluative word in a quote reaches to the actor it qualifies. */
const EVALUATION_REACH = 6;
/** Sentences back that a "the war" / "at the time" sentence looks for the time it refers to. */
const CONTEXT_SENTENCES = 4;
const TEMPORAL_PREPOSITIONS = new Set(['during', 'after', 'before', 'since', 'amid', 'following', 'throughout', 'until', 'despite', 'over']);
const BACK_REFERENCE = /\b(the ([\w-]+ ){0,2}(war|conflict|fighting|attack|invasion|crisis|clashes|offensive|campaign)|at the time|that (time|period|year|month)|then)\b/i;
const MODALITY_RANK: Record<Modality, number> = { asserted: 0, future: 1, intent: 2, hedged: 3, reported: 4, conditional: 5, negated: 6 };
const KIND_RANK: Record<string, number> = { person: 0, organization: 1, group: 1, country: 2 };

interface Side {
  actor: string;
  code: string;
  country: string;
}

interface Candidate {
  sentence: number;
  first: number;
  last: number;
  source: Side;
  target: Side;
  code: string;
  rule: string;
  confidence: number;
  frame?: VerbFrame;
  statement?: boolean;
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
  private readonly structs: SentenceStructure[];
  private readonly tables = eventTables();
  private readonly actorById = new Map<string, { kind: string; country?: string; code: string }>();

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
      for (let t = tokenFrom(doc, q.start); t >= 0 && t < n && doc.tokens.start[t] < q.end; t++) this.inQuote[t] = 1;
    }
    this.structs = structures(doc);
  }

  run(): ChanceryEvent[] {
    const candidates: Candidate[] = [];
    for (const st of this.structs) {
      const found = [...this.verbEvents(st), ...this.nounEvents(st)];
      if (found.length > MAX_EVENTS_PER_SENTENCE) {
        this.doc.warn(`sentence with ${found.length} events: kept the first ${MAX_EVENTS_PER_SENTENCE}`, this.doc.sentences[st.sentence]);
        found.length = MAX_EVENTS_PER_SENTENCE;
      }
      candidates.push(...found);
    }
    candidates.push(...this.statementEvents());
    return this.merge(candidates.map((c) => this.finish(c)));
  }

  // ---- actors of chunks ----

  private side(actor: string, token: number): Side | null {
    const a = this.actorById.get(actor);
    if (!a) return null;
    const code = this.codeAt.get(token) ?? a.code;
    return { actor, code, country: a.country ?? code.slice(0, 3) };
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
      if (!id) continue;
      if (this.doc.tokens.pos[t] === 'PRON' && /^(his|her|its|their)$/i.test(this.word(t))) {
        pronoun ??= { id, token: t };
        continue;
      }
      const rank = KIND_RANK[this.actorById.get(id)?.kind ?? 'country'] ?? 2;
      if (!best || rank <= best.rank) best = { id, token: t, rank };
    }
    if (best) return this.side(best.id, best.token);
    return pronoun && last - first === 0 ? this.side(pronoun.id, pronoun.token) : null;
  }

  /** The actor(s) of a chunk and of the chunks coordinated with it ("X, Y and Z"). */
  private actorsFrom(chunks: Chunk[], index: number): Side[] {
    const out: Side[] = [];
    const first = chunks[index];
    const own = this.actorIn(first.object?.first ?? first.first, first.last) ?? (first.type === 'PP' || first.type === 'NP' ? this.placeCountry(first.first, first.last) : null);
    if (own) out.push(own);
    for (let k = index + 1; k < chunks.length; k++) {
      const c = chunks[k];
      const w = this.word(c.first).toLowerCase();
      if (c.type === 'O' && (w === ',' || w === 'and')) continue;
      if (c.type !== 'NP') break;
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

  /** A place inside the range stands for its country as a target ("an embassy in Tel Aviv"). */
  private placeCountry(first: number, last: number): Side | null {
    for (let t = first; t <= last; t++) {
      const place = this.placeAt.get(t);
      if (!place) continue;
      const country = this.doc.places.find((p) => p.id === place)?.country;
      const actor = country ? `country:${country}` : undefined;
      if (actor && this.actorById.has(actor)) return this.side(actor, -1);
    }
    return null;
  }

  private word(t: number): string {
    return this.doc.text.slice(this.doc.tokens.start[t], this.doc.tokens.end[t]);
  }

  private lemmaOf(chunk: Chunk): string {
    const { lemma } = this.doc.tokens;
    // The tagger sometimes calls a participle a noun ("has long accused"), and its lemma stays "accused".
    const word = this.word(chunk.head).toLowerCase();
    const guesses = [lemma[chunk.head], word.replace(/ied$/, 'y'), word.replace(/ed$/, ''), word.replace(/d$/, '')];
    const head = guesses.find((g) => this.tables.verbs.has(g) || this.tables.lightVerbs.has(g)) ?? lemma[chunk.head];
    // A particle after the main verb is part of its lemma: "step up", "carry out".
    const after = chunk.last > chunk.head ? this.word(chunk.last).toLowerCase() : '';
    return after && /^(up|out|off|down|back|away|over|in|on)$/.test(after) ? `${head} ${after}` : head;
  }

  private subjectSide(st: SentenceStructure, frame: VerbFrame): Side | null {
    if (frame.verb.passive) {
      const by = frame.pps.find((p) => this.word(p.head).toLowerCase() === 'by');
      if (by) return this.actorIn(by.first, by.last);
    }
    if (frame.subject) {
      const a = this.actorIn(frame.subject.first, frame.subject.last);
      if (a) return a;
    }
    // Captions and verbless lines: the first actor of the sentence.
    return st.frames.length ? null : this.firstActor(st);
  }

  /** The subject's actors, several for a compound subject ("Kazakhstan and Turkey hope to sign …"). */
  private subjectSides(st: SentenceStructure, frame: VerbFrame): Side[] {
    if (!frame.verb.passive && frame.subject) {
      const chunks = frame.clause.chunks;
      let k = chunks.indexOf(frame.subject);
      // Walk back over "X, Y and" to the first member of a coordinated subject.
      while (k >= 2 && chunks[k - 1].type === 'O' && /^(,|and)$/i.test(this.word(chunks[k - 1].first)) && chunks[k - 2].type === 'NP') k -= 2;
      if (k >= 0) {
        const all = chunks.indexOf(frame.verb) > k ? this.actorsFrom(chunks, k) : [];
        if (all.length > 1) return all;
      }
    }
    const one = this.subjectSide(st, frame);
    return one ? [one] : [];
  }

  private firstActor(st: SentenceStructure): Side | null {
    const first = this.doc.tokens.sentenceFirstToken[st.sentence];
    const last = this.doc.tokens.sentenceFirstToken[st.sentence + 1] - 1;
    return this.actorIn(first, last);
  }

  // ---- verb patterns ----

  private *verbEvents(st: SentenceStructure): Generator<Candidate> {
    for (const frame of st.frames) {
      if (this.inQuote[frame.verb.head]) continue;
      const patterns = this.tables.verbs.get(this.lemmaOf(frame.verb));
      if (!patterns) continue;
      const objectTokens = this.objectTokens(frame);
      const pattern = patterns.find((p) => !p.object || objectTokens.some((t) => p.object!.has(this.doc.tokens.lemma[t]) || p.object!.has(this.word(t).toLowerCase())));
      if (!pattern) continue;
      const sources = this.subjectSides(st, frame);
      if (!sources.length) continue;
      const passiveObject = frame.verb.passive && frame.subject ? this.actorIn(frame.subject.first, frame.subject.last) : null;
      const targets = passiveObject && pattern.targets.includes('obj') ? [passiveObject] : this.targets(frame, pattern.targets);
      for (const source of sources) {
        for (const target of targets) {
          if (sameSide(source, target)) continue;
          yield { sentence: st.sentence, first: frame.verb.first, last: frame.verb.last, source, target, code: pattern.code, rule: `verb:${pattern.lemma}→${pattern.code}`, confidence: 0.8, frame };
        }
      }
    }
  }

  /** The object's tokens and those of an "of" phrase right after it ("69 percent of … arms imports"). */
  private objectTokens(frame: VerbFrame): number[] {
    const out: number[] = [];
    const chunks = frame.clause.chunks;
    const at = frame.object ? chunks.indexOf(frame.object) : chunks.indexOf(frame.verb);
    if (frame.object) for (let t = frame.object.first; t <= frame.object.last; t++) out.push(t);
    const next = chunks[at + 1];
    if (next?.type === 'PP' && this.word(next.head).toLowerCase() === 'of') for (let t = next.first; t <= next.last; t++) out.push(t);
    // "supplied Israel with oil": the "with" phrase holds what is supplied.
    for (const pp of frame.pps) if (this.word(pp.head).toLowerCase() === 'with') for (let t = pp.first; t <= pp.last; t++) out.push(t);
    return out;
  }

  private targets(frame: VerbFrame, slots: string[]): Side[] {
    const chunks = frame.clause.chunks;
    const objectIndex = frame.object ? chunks.indexOf(frame.object) : -1;
    for (const slot of slots) {
      if (slot === '-') continue;
      if (slot === 'obj' && objectIndex >= 0) {
        const found = this.actorsFrom(chunks, objectIndex);
        if (found.length) return found;
      } else if (slot === 'poss') {
        const tokens = this.objectTokens(frame);
        for (const t of tokens) {
          const next = this.word(t + 1);
          const id = this.actorAt.get(t);
          if (id && /^['’]s$/.test(next)) return [this.side(id, t)!].filter(Boolean);
        }
      } else if (slot.startsWith('obj.')) {
        if (objectIndex < 0) continue;
        const prep = slot.slice(4);
        let k = objectIndex + 1;
        if (chunks[k]?.type === 'PP' && this.word(chunks[k].head).toLowerCase() === 'of') k++;
        if (chunks[k]?.type === 'PP' && this.word(chunks[k].head).toLowerCase() === prep) {
          const found = this.actorsFrom(chunks, k);
          if (found.length) return found;
        }
      } else {
        const pp = frame.pps.find((p) => this.word(p.head).toLowerCase() === slot);
        if (pp) {
          const found = this.actorsFrom(chunks, chunks.indexOf(pp));
          if (found.length) return found;
        }
      }
    }
    return [];
  }

  // ---- event nouns ----

  private *nounEvents(st: SentenceStructure): Generator<Candidate> {
    const { lemma } = this.doc.tokens;
    for (const [ci, chunk] of st.chunks.entries()) {
      const np = chunk.type === 'PP' ? chunk.object : chunk.type === 'NP' ? chunk : undefined;
      if (!np) continue;
      if (chunk.type === 'PP' && TEMPORAL_PREPOSITIONS.has(this.word(chunk.head).toLowerCase())) continue;
      for (let t = np.first; t <= np.last; t++) {
        if (this.inQuote[t]) continue;
        const noun = this.tables.nouns.get(this.word(t).toLowerCase()) ?? this.tables.nouns.get(lemma[t]);
        if (!noun || this.doc.tokens.pos[t] !== 'NOUN') continue;
        if (noun.of && !this.nounOf(st, ci, np, t, noun.of)) continue;
        const clause = st.clauses.find((c) => c.chunks.includes(chunk));
        const possessor = this.possessorBefore(np.first, t);
        const targets = this.nounTargets(st, ci, noun.targets, possessor);
        const frame = [...st.frames].reverse().find((f) => f.clause === clause && f.verb.last < np.first) ?? st.frames.find((f) => f.clause === clause);
        const source = (possessor && !noun.targets.includes('poss') ? possessor : null) ?? (frame ? this.subjectSide(st, frame) : this.firstActor(st));
        if (!source) continue;
        for (const target of targets) {
          if (sameSide(source, target)) continue;
          yield { sentence: st.sentence, first: t, last: t, source, target, code: noun.code, rule: `noun:${noun.noun}→${noun.code}`, confidence: 0.7, frame };
        }
      }
    }
  }

  /** The noun's "of" phrase or compound modifier names one of `set` ("shipments of weapons", "arms imports"). */
  private nounOf(st: SentenceStructure, ci: number, np: Chunk, t: number, set: Set<string>): boolean {
    const has = (k: number) => set.has(this.doc.tokens.lemma[k]) || set.has(this.word(k).toLowerCase());
    for (let k = np.first; k < t; k++) if (has(k)) return true;
    const next = st.chunks[ci + 1];
    if (next?.type === 'PP' && this.word(next.head).toLowerCase() === 'of') for (let k = next.first; k <= next.last; k++) if (has(k)) return true;
    return false;
  }

  private possessorBefore(first: number, t: number): Side | null {
    for (let k = first; k < t; k++) {
      const id = this.actorAt.get(k);
      if (id && /^['’]s$/.test(this.word(k + 1))) return this.side(id, k);
    }
    return null;
  }

  private nounTargets(st: SentenceStructure, ci: number, slots: string[], possessor: Side | null): Side[] {
    for (const slot of slots) {
      if (slot === 'poss') {
        if (possessor) return [possessor];
        // "69 percent of Baku's arms imports": the possessor inside the noun's own phrase.
        continue;
      }
      for (let k = ci + 1; k < st.chunks.length && k <= ci + 4; k++) {
        const c = st.chunks[k];
        if (c.type === 'VP') break;
        if (c.type !== 'PP') continue;
        const prep = this.word(c.head).toLowerCase();
        if (prep === slot) {
          const found = this.actorsFrom(st.chunks, k);
          if (found.length) return found;
        }
        if (prep !== 'of') break;
      }
    }
    return [];
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
        yield { sentence, first: mention.token, last: mention.token, source, target, code, rule: `statement:${s > 0 ? 'praise' : hostile.has(actor) ? 'accuse' : 'criticize'}→${code}`, confidence: 0.6, statement: true };
      }
    }
  }

  // ---- record ----

  private finish(c: Candidate): ChanceryEvent & { weak: boolean } {
    const doc = this.doc;
    const { start, end } = doc.tokens;
    const cameo = this.tables.cameo.get(c.code)!;
    const sentence = doc.sentences[c.sentence];
    const { modality, negated } = c.statement ? { modality: 'asserted' as const, negated: false } : this.modalityOf(c);
    const date = this.dateOf(c);
    const plover = ploverOf(c.code);
    const place = this.placeOf(c);
    const trigger = { start: start[c.first], end: end[c.last] };
    return {
      id: '',
      source: { actor: c.source.actor, code: c.source.code },
      target: { actor: c.target.actor, code: c.target.code },
      cameo: c.code,
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
      confidence: c.confidence,
      rule: c.rule,
      mentions: [{ sentence: { start: sentence.start, end: sentence.end }, trigger }],
      weak: date.origin === 'published',
    };
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
      const before = t < c.first || (c.frame !== undefined && t >= c.frame.verb.first && t < c.frame.verb.head);
      if (cue.scope === 'aux' && !inVerb) continue;
      if (cue.scope === 'before' && !before) continue;
      if (cue.scope === 'adverb' && t < clauseFirst && !before) continue;
      if (cue.modality === 'negated') {
        if (inVerb || cue.scope === 'before') negated = true;
        continue;
      }
      consider(cue.modality);
    }
    return { modality: best as Exclude<Modality, 'negated'>, negated };
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

function sameSide(a: Side, b: Side): boolean {
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
