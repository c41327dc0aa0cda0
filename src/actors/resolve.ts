// Mentions → actors. Countries, organizations and people are found from the dictionaries and from
// titles; then names, pronouns, descriptions ("the country", "the Shiite-majority country", "its
// northern neighbor") and metonyms ("Baku" acting) are linked to them. Every actor gets a stable id
// (the same person or country has the same id in every article) and a CAMEO-style code.
import type { Doc } from '../doc/doc.js';
import type { Actor, Mention, MentionType } from '../doc/schema.js';
import type { StageContext } from '../doc/stage.js';
import { tokenAt, tokenFrom } from '../doc/tokens.js';
import { type Country, countryByCode, lookupCountry } from '../knowledge/countries.js';
import { lookupOrganization } from '../knowledge/organizations.js';
import { type KnownPerson, lookupPerson, lookupSurname, type PersonMatch } from '../knowledge/people.js';
import { placeCandidates } from '../knowledge/places.js';
import { adminRegion } from '../places/regions.js';
import { dataPath } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { type ActorDictionary, roleOn } from './dictionary.js';
import { type PersonMention, findPeople, nameAt } from './people.js';
import { type PhraseHit, matchPhrases } from './phrases.js';

/** How far back (in sentences) a pronoun looks for its antecedent. */
const PRONOUN_WINDOW = 5;
/** Honorifics before a surname ("Mr. Obama", "Sen. Warren"), with the agent a title implies. */
const HONORIFICS: Record<string, string | null> = { 'mr.': null, 'mrs.': null, 'ms.': null, 'miss': null, 'dr.': null, 'prof.': 'EDU', 'sen.': 'LEG', 'rep.': 'LEG', 'gov.': 'GOV', 'gen.': 'MIL', 'col.': 'MIL', 'adm.': 'MIL', 'lt.': 'MIL', 'maj.': 'MIL', 'sgt.': 'MIL', 'amb.': 'GOV', 'pres.': 'GOV' };
/** Capitals closer than this are taken as neighbours when a description asks for one. */
const NEIGHBOR_KM = 1600;
/** A compound that makes a country the backer of the noun it modifies ("Rwandan-backed", "U.S.-funded"). */
const BACKED = /^-(backed|supported|sponsored|funded|financed|armed|trained|allied)\b/i;
/** Agent codes of a state's own bodies (a foreign ministry, an army, a parliament, a police force). */
const STATE_BODY_AGENTS = new Set(['GOV', 'MIL', 'LEG', 'SPY', 'COP', 'JUD']);
/** Prepositions after which a capital names a place rather than a government. */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'from', 'to', 'into', 'across', 'via', 'through', 'toward', 'towards', 'over']);
const DESCRIPTION_HEADS = new Set(['country', 'nation', 'state', 'kingdom', 'republic', 'emirate', 'island', 'monarchy', 'regime', 'government']);

interface Builder {
  actor: Actor;
  aliases: Set<string>;
  /** Token positions of this actor's mentions, for salience. */
  positions: number[];
}

export interface ResolveOptions {
  dictionary?: ActorDictionary;
}

export function resolveActors(doc: Doc, context: StageContext, options: ResolveOptions = {}): void {
  const r = new Resolver(doc, context, options);
  r.run();
}

class Resolver {
  private readonly doc: Doc;
  private readonly context: StageContext;
  /** People whose title names an organization of no country ("U.N. envoy Rolf Ekeus"): that organization. */
  private readonly officialOf = new Map<Builder, Actor>();
  private readonly options: ResolveOptions;
  private readonly actors = new Map<string, Builder>();
  private readonly mentions: Mention[] = [];
  private hits: PhraseHit[] = [];
  private hitAt: (PhraseHit | undefined)[] = [];
  /** Token index → actor id, for every token inside a linked mention. */
  private readonly actorAtToken = new Map<number, string>();
  /** Country mentions in token order: [token, iso3]. */
  private readonly countryMentions: [number, string][] = [];
  private readonly skip: Uint8Array;
  private personTokens = new Uint8Array(0);
  /** People whose country is the knowledge base's, not the text's: a description in the text replaces it. */
  private readonly countryFromKnowledge = new Set<Builder>();
  private readonly knownCache = new Map<string, PersonMatch | undefined>();
  private mentionedCountries?: Set<string>;

  constructor(doc: Doc, context: StageContext, options: ResolveOptions) {
    this.doc = doc;
    this.context = context;
    this.options = options;
    this.skip = creditTokens(doc);
  }

  run(): void {
    const doc = this.doc;
    this.hits = matchPhrases(doc).filter((h) => !this.skip[h.first]);
    this.hitAt = new Array(doc.tokens.start.length);
    for (const h of this.hits) for (let t = h.first; t <= h.last; t++) this.hitAt[t] = h;
    const nerPersons = this.nerPersons();
    const dateTokens = new Uint8Array(doc.tokens.start.length);
    for (const d of doc.dates) for (let t = tokenFrom(doc, d.start); t >= 0 && t < dateTokens.length && doc.tokens.start[t] < d.end; t++) dateTokens[t] = 1;
    const people = findPeople({ doc, hits: this.hits, hitAt: this.hitAt, nerPersons, dateTokens }).filter((p) => !this.skip[p.first]);

    // Names first: a country word inside a person's name ("Sofia Marin") is part of the name.
    this.personTokens = new Uint8Array(doc.tokens.start.length);
    for (const p of people) for (let t = p.first; t <= p.last; t++) this.personTokens[t] = 1;
    this.addCountriesAndOrganizations();
    this.localizeRegionalGroups();
    this.addPeople(people, nerPersons);
    this.addAuthorsAndPublisher();
    this.countriesFromAppositions();
    this.linkHonorifics();
    this.linkPartialNames();
    this.linkRoleDescriptions();
    this.linkDescriptions();
    this.linkPronouns();
    this.finish();
  }

  // ---- actors ----

  private actor(id: string, make: () => Actor): Builder {
    let b = this.actors.get(id);
    if (!b) {
      b = { actor: make(), aliases: new Set(), positions: [] };
      this.actors.set(id, b);
    }
    return b;
  }

  private countryActor(c: Country): Builder {
    return this.actor(`country:${c.iso3}`, () => ({ id: `country:${c.iso3}`, name: c.name, kind: 'country', country: c.iso3, agents: [], code: c.cameo, mentions: [] }));
  }

  private link(b: Builder, first: number, last: number, type: MentionType, code?: string): void {
    const { start, end } = this.doc.tokens;
    const existing = this.mentions.find((m) => m.start === start[first] && m.end === end[last]);
    if (existing) return;
    const mention: Mention = { id: '', start: start[first], end: end[last], type, actor: b.actor.id };
    if (code && code !== b.actor.code) (mention as Mention & { code?: string }).code = code;
    this.mentions.push(mention);
    b.positions.push(first);
    b.aliases.add(this.doc.text.slice(start[first], end[last]));
    for (let t = first; t <= last; t++) this.actorAtToken.set(t, b.actor.id);
    if (b.actor.kind === 'country') this.countryMentions.push([first, b.actor.country!]);
  }

  private addCountriesAndOrganizations(): void {
    const doc = this.doc;
    let prev: PhraseHit | undefined;
    for (const h of this.hits) {
      const before = prev;
      prev = h;
      if (this.personTokens[h.first]) continue;
      if (h.kind === 'organization' && h.organization) {
        const o = h.organization;
        // "Pakistan's Foreign Office", "the Indian Foreign Office": a state body another country's name or demonym
        // owns is that country's body of the same kind, not the one the table names.
        const owner = this.ownerOfBody(before, h);
        if (owner) {
          this.link(this.countryActor(owner), h.first, h.last, 'ORG', `${owner.cameo}${o.agents[0]}`);
          continue;
        }
        const id = `org:${slug(o.name)}`;
        const b = this.actor(id, () => ({
          id, name: o.name, kind: o.kind, ...(o.country ? { country: o.country } : {}), agents: o.agents, code: o.code, mentions: [],
        }));
        this.link(b, h.first, h.last, 'ORG');
      } else if (h.kind === 'country' && h.countries?.length) {
        const hit = h.countries[0];
        const before = wordAt(doc, h.first - 1).toLowerCase();
        // A capital after "in", "at", "from"… is a place; the places stage takes it.
        const possessive = /^['’]s$/.test(wordAt(doc, h.last + 1));
        if (hit.via === 'capital' && LOCATIVE.has(before) && !possessive) continue;
        if (this.namesARegionOrTown(h, hit.country.iso3)) continue;
        // "Rwandan-backed rebels", "Iranian-funded militias": the backer is not the actor (the country stays named).
        if (BACKED.test(doc.text.slice(h.end, h.end + 16))) continue;
        const b = this.countryActor(hit.country);
        const agent = hit.via === 'capital' ? 'GOV' : hit.agent;
        const type: MentionType = hit.via === 'demonym' ? 'NORP' : hit.via === 'metonym' ? 'ORG' : 'GPE';
        this.link(b, h.first, h.last, type, agent ? `${hit.country.cameo}${agent}` : undefined);
      }
    }
  }

  /**
   * "Syria's government accused the Muslim Brotherhood": a movement with national branches (data/actors/
   * regional-groups.tsv) is the branch of the listed country named nearest to it in its sentence.
   */
  private localizeRegionalGroups(): void {
    const { sentence } = this.doc.tokens;
    for (const b of this.actors.values()) {
      const branches = regionalGroups().get(b.actor.name);
      const at = b.positions[0];
      if (!branches || at === undefined || !b.actor.country) continue;
      let best: [number, string] | undefined;
      for (const [t, c] of this.countryMentions) {
        if (sentence[t] !== sentence[at] || !branches.includes(c)) continue;
        if (!best || Math.abs(t - at) < Math.abs(best[0] - at)) best = [t, c];
      }
      const country = best && best[1] !== b.actor.country ? countryByCode(best[1]) : undefined;
      if (!country) continue;
      const old = countryByCode(b.actor.country);
      b.actor.country = country.iso3;
      if (old && b.actor.code.startsWith(old.cameo)) b.actor.code = `${country.cameo}${b.actor.code.slice(old.cameo.length)}`;
    }
  }

  /** The country a state body's name is owned by, when a country other than the table's is named right before it. */
  private ownerOfBody(before: PhraseHit | undefined, h: PhraseHit) {
    const o = h.organization;
    if (before?.kind !== 'country' || !o || o.kind !== 'organization' || !o.country || !o.agents.length) return undefined;
    if (!o.agents.every((a) => STATE_BODY_AGENTS.has(a))) return undefined;
    const hit = before.countries?.[0];
    if (!hit || hit.country.iso3 === o.country || (hit.via !== 'name' && hit.via !== 'demonym')) return undefined;
    const adjacent = before.last === h.first - 1 || (before.last === h.first - 2 && /^['’]s?$/.test(wordAt(this.doc, h.first - 1)));
    return adjacent ? hit.country : undefined;
  }

  // "Atlanta, Georgia", "Paris, Texas", "the state of Georgia": a US state or a town, not the country
  // or its capital. The places stage takes them.
  private namesARegionOrTown(h: PhraseHit, iso3: string): boolean {
    const doc = this.doc;
    const phrase = doc.text.slice(h.start, h.end);
    const region = adminRegion(phrase);
    if (region && region.country !== iso3) {
      // "Atlanta, Georgia": the word before the comma is a town of the region's country.
      const town = wordAt(doc, h.first - 2);
      if (wordAt(doc, h.first - 1) === ',' && /^\p{Lu}/u.test(town) && placeCandidates(town).some((p) => p.kind === 'city' && p.country === region.country)) return true;
      if (/^(state|province)$/i.test(wordAt(doc, h.last + 1)) || (/^of$/i.test(wordAt(doc, h.first - 1)) && /^(state|province)$/i.test(wordAt(doc, h.first - 2)))) return true;
    }
    // A capital followed by ", Region" of another country: "Paris, Texas".
    if (wordAt(doc, h.last + 1) === ',') {
      const next = adminRegion(wordAt(doc, h.last + 2)) ?? adminRegion(`${wordAt(doc, h.last + 2)} ${wordAt(doc, h.last + 3)}`);
      if (next && next.country !== iso3) return true;
    }
    return false;
  }

  private addPeople(people: PersonMention[], nerPersons: Map<number, number>): void {
    const doc = this.doc;
    // Full names first, so that a surname-only construction ("counterpart Cohen") joins them.
    const ordered = [...people].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
    const byName = new Map<string, Builder>();
    const resolvedRole = new Map<PersonMention, { role: string | null; agents: string[] }>();
    for (const p of ordered) {
      const existing = this.personByName(p.name, byName);
      const role = this.roleOf(p, people, resolvedRole);
      // Trust: the mention's own words, then the knowledge base (personActor), then the fallbacks below.
      const country = p.country ?? this.countryOfDescription(p) ?? this.monarchCountry(p);
      const b = existing ?? this.personActor(p.name, country);
      byName.set(b.actor.name, b);
      if (role.role && !b.actor.role) b.actor.role = p.former ? `former ${role.role}` : role.role;
      for (const a of role.agents) if (!b.actor.agents.includes(a)) b.actor.agents.push(a);
      if (country && (!b.actor.country || this.countryFromKnowledge.has(b))) {
        b.actor.country = country;
        this.countryFromKnowledge.delete(b);
      }
      this.link(b, p.first, p.last, 'PER');
    }
    // Persons NER found that no title introduced: named people without a known role.
    for (const [first, last] of nerPersons) {
      if (this.actorAtToken.has(first) || this.skip[first]) continue;
      const name = doc.text.slice(doc.tokens.start[first], doc.tokens.end[last]);
      // A name has letters and a capital, and more than one of them ("T", "AP" are not people).
      if (name.replace(/[^\p{L}]/gu, '').length < 3 || !/^\p{Lu}/u.test(name)) continue;
      if (last === first && this.personByName(name, byName)) continue;
      const b = this.personByName(name, byName) ?? this.personActor(name, this.titledMonarch(name));
      byName.set(b.actor.name, b);
      this.link(b, first, last, 'PER');
    }
    // People with no country from the text: the counterpart of someone from country X is not from X;
    // a national newspaper's bare "Foreign Minister" is its own country's; else the article's main country.
    for (const p of people) {
      const b = this.personByName(p.name, byName);
      if (!b || b.actor.country) continue;
      // "U.N. envoy Rolf Ekeus", "NATO Secretary-General Javier Solana": an official of an organization of no
      // country is of none, not of the article's main country.
      const org = this.titleOrganization(p);
      if (org) {
        this.officialOf.set(b, org);
        continue;
      }
      const excluded = new Set(people.filter((q) => q.counterpart && this.counterpartAntecedent(q, people) === p).map((q) => this.personByName(q.name, byName)?.actor.country).filter(Boolean));
      const home = this.publisherCountry();
      b.actor.country = home && !excluded.has(home) ? home : this.dominantCountry(excluded);
    }
  }

  /**
   * A person of no known country followed by an apposition that names a country or an organization of one
   * ("Sheikh Ahmed Yassin, the spiritual leader of Hamas,", "Marwan Barghouti, a Fatah leader,", "Abdullah
   * Ocalan, the leader of the Kurdistan Workers Party"): that country. The apposition ends at a comma or the
   * sentence's end; a verb or a relative pronoun in it makes it a clause ("Yassin, who met Arafat"), not a title.
   */
  private countriesFromAppositions(): void {
    const doc = this.doc;
    const { pos } = doc.tokens;
    for (const b of this.actors.values()) {
      if (b.actor.kind !== 'person' || b.actor.country) continue;
      for (const first of b.positions) {
        let last = first;
        while (this.actorAtToken.get(last + 1) === b.actor.id) last++;
        const end = doc.tokens.sentenceFirstToken[doc.tokens.sentence[first] + 1] - 1;
        if (last + 2 > end || wordAt(doc, last + 1) !== ',' || !/^(the|a|an)$/i.test(wordAt(doc, last + 2)) && !this.actorAtToken.has(last + 2)) continue;
        let country: string | undefined;
        for (let t = last + 2; t <= Math.min(end, last + 12); t++) {
          const w = wordAt(doc, t);
          if (/^[,.;:()]$/.test(w) || pos[t] === 'VERB' || pos[t] === 'AUX' || /^(who|which|that)$/i.test(w)) break;
          const id = this.actorAtToken.get(t);
          const a = id ? this.actors.get(id)?.actor : undefined;
          if (a?.kind === 'person') break;
          if (a?.country && pos[t] !== 'PRON') {
            country = a.country;
            break;
          }
        }
        if (country) {
          b.actor.country = country;
          break;
        }
      }
    }
  }

  /** Whether the title before a person's name, or the word before it, names an organization of no country ("U.N. envoy", "NATO chief"). */
  private titleOrganization(p: PersonMention): Actor | undefined {
    for (let t = Math.max(0, p.from - 1); t < p.first; t++) {
      const id = this.actorAtToken.get(t);
      const a = id ? this.actors.get(id)?.actor : undefined;
      if (a?.kind === 'organization' && !a.country) return a;
    }
    return undefined;
  }

  /** A person's actor; without a country from the text, the knowledge base's when it knows the name (not for bylines). */
  private personActor(name: string, country: string | null, consultKnowledge = true): Builder {
    const id = `person:${slug(name)}`;
    const known = !country && consultKnowledge ? this.known(name) : undefined;
    const b = this.actor(id, () => ({ id, name, kind: 'person', ...(country || known ? { country: country ?? known!.country } : {}), agents: [], code: '', mentions: [] }));
    if (known && b.actor.country === known.country && !b.positions.length) this.countryFromKnowledge.add(b);
    return b;
  }

  private known(name: string): PersonMatch | undefined {
    if (this.knownCache.has(name)) return this.knownCache.get(name);
    let match = lookupPerson(name);
    // A surname alone is weaker evidence: only someone who holds a role on the date, so that "Johnson"
    // in 2019 is not Lyndon B. Johnson, whose roles ended in 1969 (the dead have no open-ended role).
    const date = this.context.published;
    // A surname the knowledge base lists as no one's alias: whoever of that name was in government on the date.
    if (!match && date && !/\s/.test(name.trim())) match = lookupSurname(name, date);
    if (match && date && !/\s/.test(name.trim()) && !match.people.some((p) => roleOn(p, date))) match = undefined;
    // Most of the base are cabinet ministers with common names ("John Williams", Barbados, 2003-2006): one
    // is taken only when the article names their country somewhere. Leaders (an elite record, a default
    // role, or spellings the source lists) are known without it.
    if (match && !match.people.some(isLeader) && !this.articleCountries().has(match.country)) match = undefined;
    this.knownCache.set(name, match);
    return match;
  }

  /** Every country the article names (names, demonyms, capitals wherever they stand) and the publisher's. */
  private articleCountries(): Set<string> {
    if (!this.mentionedCountries) {
      this.mentionedCountries = new Set(this.hits.flatMap((h) => (h.kind === 'country' && h.countries?.length ? [h.countries[0].country.iso3] : [])));
      const home = this.publisherCountry();
      if (home) this.mentionedCountries.add(home);
    }
    return this.mentionedCountries;
  }

  /** The person whose full name is `name`, or whose surname `name` is when it is one word. */
  private personByName(name: string, byName: Map<string, Builder>): Builder | undefined {
    const exact = byName.get(name);
    if (exact) return exact;
    if (/\s/.test(name)) {
      const surname = name.split(/\s+/).at(-1)!;
      // "Cohen" met first, "Eli Cohen" later: the fuller name wins.
      const short = byName.get(surname);
      if (short) {
        byName.delete(surname);
        short.actor.name = name;
        // The surname's reading in the knowledge base ("Cohen") need not be the full name's ("Eli Cohen").
        if (this.countryFromKnowledge.has(short)) {
          const known = this.known(name);
          if (known) short.actor.country = known.country;
          else {
            delete short.actor.country;
            this.countryFromKnowledge.delete(short);
          }
        }
        return short;
      }
      return undefined;
    }
    const matches = [...byName.values()].filter((b) => b.actor.name.split(/\s+/).at(-1) === name);
    return matches.length === 1 ? matches[0] : undefined;
  }

  // A counterpart has the role of whoever it is the counterpart of: the nearest person before it in
  // the same sentence, else the previous one.
  private roleOf(p: PersonMention, people: PersonMention[], memo: Map<PersonMention, { role: string | null; agents: string[] }>): { role: string | null; agents: string[] } {
    const known = memo.get(p);
    if (known) return known;
    let result: { role: string | null; agents: string[] } = { role: p.role, agents: p.agents };
    if (p.counterpart) {
      const ante = this.counterpartAntecedent(p, people);
      if (ante) {
        memo.set(p, result);
        const r = this.roleOf(ante, people, memo);
        result = { role: r.role, agents: r.agents };
      }
    }
    memo.set(p, result);
    return result;
  }

  private counterpartAntecedent(p: PersonMention, people: PersonMention[]): PersonMention | undefined {
    const sentence = this.doc.tokens.sentence[p.first];
    const before = people.filter((q) => q !== p && q.last < p.from && this.doc.tokens.sentence[q.first] >= sentence - 1);
    return before.at(-1);
  }

  /** "King Hussein", "Emir Jaber": a royal title and a given name, the monarch reigning on the date (data/knowledge/monarchs.tsv). */
  private monarchCountry(p: PersonMention): string | null {
    return p.role ? this.reigning(p.role, p.name) : null;
  }

  /** A name the tagger took with its title ("King Hassan"): the monarch, as above. */
  private titledMonarch(name: string): string | null {
    const m = /^(King|Queen|Emir|Amir|Sultan|Emperor|Sheikh|Prince|Crown Prince)\s+(.+)$/.exec(name);
    if (m) return this.reigning(m[1], m[2]);
    // "the Shah": a title alone, for the one monarch who bore it on the date (a row whose name is "-").
    return /^\p{Lu}\p{Ll}+$/u.test(name) ? this.reigning(name, '-') : null;
  }

  private reigning(role: string, name: string): string | null {
    const title = role.toLowerCase().replace(/^(the|late|former|then|ex)[\s-]+/, '').trim();
    const rows = monarchTable().filter((m) => m.title === title && m.name === name);
    if (!rows.length) return null;
    const date = this.context.published;
    const reigning = date ? rows.filter((m) => (!m.from || m.from <= date) && (!m.to || date < m.to)) : rows;
    const countries = new Set(reigning.map((m) => m.country));
    return countries.size === 1 ? [...countries][0] : null;
  }

  private countryOfDescription(p: PersonMention): string | null {
    if (!p.countryByDescription) return null;
    return this.recentCountry(p.from)?.[1] ?? null;
  }

  private finishPerson(b: Builder): void {
    const a = b.actor;
    // No role word in the text: the role the knowledge base gives on the publication date, when the
    // person it knows by that name is of the country the actor has.
    const known = a.agents.length ? undefined : this.known(a.name);
    if (known && (!a.country || a.country === known.country)) a.agents = knownAgents(known, this.context.published);
    const country = a.country ? countryByCode(a.country) : undefined;
    // An official of an organization of no country speaks for it: its code ("U.N. envoy" → IGOUNO).
    const org = a.country ? undefined : this.officialOf.get(b);
    a.code = org?.code || `${country?.cameo ?? ''}${a.agents[0] ?? ''}` || 'UNK';
  }

  private addAuthorsAndPublisher(): void {
    const doc = this.doc;
    const publisher = doc.meta.publisher;
    let publisherCountry: string | undefined;
    if (publisher) {
      const org = lookupOrganization(publisher);
      publisherCountry = org?.country ?? countryInName(publisher);
      const id = `org:${slug(org?.name ?? publisher)}`;
      const b = this.actor(id, () => ({
        id, name: org?.name ?? publisher, kind: 'organization', ...(publisherCountry ? { country: publisherCountry } : {}),
        agents: org?.agents ?? ['MED'], code: org?.code ?? `${countryByCode(publisherCountry ?? '')?.cameo ?? ''}MED`, mentions: [],
      }));
      for (const [first, last] of this.occurrences(publisher)) this.link(b, first, last, 'ORG');
    }
    for (const name of doc.meta.authors) {
      const b = this.personActor(name, null, false);
      if (!b.actor.agents.includes('MED')) b.actor.agents.push('MED');
      b.actor.role ??= this.authorRole(name) ?? 'reporter';
      for (const [first, last] of this.occurrences(name)) this.link(b, first, last, 'PER');
    }
  }

  // "Lazar Berman is The Times of Israel's diplomatic reporter" → "diplomatic reporter, The Times of Israel".
  private authorRole(name: string): string | null {
    const doc = this.doc;
    for (const s of doc.sections) {
      if (s.kind !== 'byline') continue;
      const line = doc.text.slice(s.start, s.end);
      const m = new RegExp(`^${escapeRegExp(name)} (?:is|was) (?:a |an |the )?(.+?)\\.?$`, 'u').exec(line);
      if (!m) continue;
      const pub = doc.meta.publisher;
      let role = m[1];
      if (pub && role.startsWith(pub)) role = `${role.slice(pub.length).replace(/^['’]s\s+/, '')}, ${pub}`;
      return role;
    }
    return null;
  }

  private publisherCountry(): string | null {
    const pub = this.doc.meta.publisher;
    if (!pub) return null;
    return lookupOrganization(pub)?.country ?? countryInName(pub) ?? null;
  }

  /** The most mentioned country, leaving out some. */
  private dominantCountry(excluded: Set<string | undefined>): string | undefined {
    const counts = new Map<string, number>();
    for (const [, c] of this.countryMentions) if (!excluded.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  }

  private recentCountry(token: number, accept: (iso3: string) => boolean = () => true): [number, string] | undefined {
    let best: [number, string] | undefined;
    for (const m of this.countryMentions) if (m[0] < token && accept(m[1]) && (!best || m[0] > best[0])) best = m;
    return best;
  }

  // ---- coreference ----

  /** "Mr. Obama", "Sen. Elizabeth Warren": a person, the one with that surname when the article has one. */
  private linkHonorifics(): void {
    const doc = this.doc;
    const n = doc.tokens.start.length;
    for (let i = 0; i + 1 < n; i++) {
      // Honorifics are short capitalized words: look at the length and first letter before slicing.
      const length = doc.tokens.end[i] - doc.tokens.start[i];
      const c = doc.text.charCodeAt(doc.tokens.start[i]);
      if (length > 5 || c < 65 || c > 90) continue;
      const h = wordAt(doc, i).toLowerCase();
      if (!(h in HONORIFICS) || this.skip[i]) continue;
      let last = i + 1;
      while (last < n && last - i <= 3 && /^\p{Lu}[\p{L}'’.-]*$/u.test(wordAt(doc, last)) && doc.tokens.sentence[last] === doc.tokens.sentence[i]) last++;
      last--;
      if (last <= i || this.actorAtToken.has(i + 1) && this.actors.get(this.actorAtToken.get(i + 1)!)?.actor.kind !== 'person') continue;
      const name = doc.text.slice(doc.tokens.start[i + 1], doc.tokens.end[last]);
      const surname = wordAt(doc, last);
      const people = [...this.actors.values()].filter((b) => b.actor.kind === 'person');
      const known = people.find((b) => b.actor.name === name) ?? (people.filter((b) => b.actor.name.split(/\s+/).at(-1) === surname).length === 1 ? people.find((b) => b.actor.name.split(/\s+/).at(-1) === surname) : undefined);
      const b = known ?? this.personActor(name, null);
      const agent = HONORIFICS[h];
      if (agent && !b.actor.agents.includes(agent)) b.actor.agents.push(agent);
      for (let t = i + 1; t <= last; t++) this.actorAtToken.delete(t);
      this.mentions.splice(0, this.mentions.length, ...this.mentions.filter((m) => m.end <= doc.tokens.start[i] || m.start >= doc.tokens.end[last]));
      this.link(b, i, last, 'PER');
    }
  }

  /** "the president", "the minister": the person last named with that role. */
  private linkRoleDescriptions(): void {
    const doc = this.doc;
    for (const h of this.hits) {
      if (h.kind !== 'role' || !h.role?.person || this.actorAtToken.has(h.first)) continue;
      if (wordAt(doc, h.first - 1).toLowerCase() !== 'the' || /^\p{Lu}/u.test(wordAt(doc, h.last + 1))) continue;
      const phrase = doc.text.slice(h.start, h.end).toLowerCase();
      let best: { token: number; b: Builder } | null = null;
      for (const b of this.actors.values()) {
        if (b.actor.kind !== 'person' || !b.actor.role?.toLowerCase().includes(phrase)) continue;
        const last = Math.max(-1, ...b.positions.filter((t) => t < h.first));
        if (last >= 0 && (!best || last > best.token)) best = { token: last, b };
      }
      if (best) this.link(best.b, h.first - 1, h.last, 'PER');
    }
  }

  /** Single capitalized words that are the surname of a known person ("Bayramov", "Deek"). */
  private linkPartialNames(): void {
    const doc = this.doc;
    const people = [...this.actors.values()].filter((b) => b.actor.kind === 'person');
    const bySurname = new Map<string, Builder[]>();
    for (const b of people) {
      const parts = b.actor.name.split(/\s+/);
      if (parts.length < 2) continue;
      const key = parts.at(-1)!;
      bySurname.set(key, [...(bySurname.get(key) ?? []), b]);
    }
    const { start, end } = doc.tokens;
    for (let i = 0; i < start.length; i++) {
      if (this.actorAtToken.has(i) || this.skip[i]) continue;
      const w = doc.text.slice(start[i], end[i]);
      const owners = bySurname.get(w);
      if (!owners?.length || /^\p{Lu}/u.test(wordAt(doc, i + 1))) continue;
      // Several people share the surname (a family): the one named most often so far.
      const owner = owners.length === 1 ? owners[0] : [...owners].sort((a, b) => b.positions.filter((t) => t < i).length - a.positions.filter((t) => t < i).length)[0];
      this.link(owner, i, i, 'PER');
    }
  }

  // "the country", "the Shiite-majority country", "its smaller northern neighbor", "his country".
  private linkDescriptions(): void {
    const doc = this.doc;
    const descriptions = countryDescriptions();
    const { start } = doc.tokens;
    for (let i = 0; i < start.length; i++) {
      if (this.actorAtToken.has(i)) continue;
      const w = wordAt(doc, i).toLowerCase();
      if (w === 'the' && /^(North|South)$/.test(wordAt(doc, i + 1)) && !/^[\p{Lu}-]/u.test(wordAt(doc, i + 2))) {
        // "the North", "the South" of a divided country the article names (data/actors/halves.tsv).
        const rows = halvesTable().filter((r) => r.word === wordAt(doc, i + 1).toLowerCase());
        const named = (iso3: string) => rows.some((r) => r.countries.has(iso3));
        const c = this.recentCountry(i, named) ?? this.nextCountry(i, named);
        const row = c && rows.find((r) => r.countries.has(c[1]));
        if (row) this.link(this.countryActor(countryByCode(row.country)!), i, i + 1, 'GPE');
      } else if (w === 'the') {
        // the [modifier words] HEAD
        let j = i + 1;
        const mods: string[] = [];
        while (j < start.length && j - i <= 4 && !DESCRIPTION_HEADS.has(wordAt(doc, j).toLowerCase())) {
          mods.push(wordAt(doc, j).toLowerCase());
          j++;
        }
        const head = wordAt(doc, j).toLowerCase();
        if (!DESCRIPTION_HEADS.has(head) || doc.tokens.sentence[j] !== doc.tokens.sentence[i]) continue;
        if (/^\p{Lu}/u.test(wordAt(doc, j + 1)) && head !== 'country') continue; // "the Islamic State"
        const phrase = mods.join('').replace(/-/g, '-');
        if (!mods.length) {
          if (head !== 'country' && head !== 'nation') continue;
          // As a sentence's subject "the country" is the salient one, as "it" would be; elsewhere
          // ("where he met the country's president") the one just named.
          const sentenceInitial = doc.tokens.sentenceFirstToken[doc.tokens.sentence[i]] === i;
          const salient = sentenceInitial ? this.pronounAntecedent(i, 'collective') : undefined;
          const salientCountry = salient ? this.actors.get(salient)?.actor.country : undefined;
          if (salientCountry && this.actors.get(salient!)?.actor.kind === 'country') {
            this.link(this.countryActor(countryByCode(salientCountry)!), i, j, 'GPE');
            continue;
          }
          const c = this.recentCountry(i);
          if (c) this.link(this.countryActor(countryByCode(c[1])!), i, j, 'GPE');
          continue;
        }
        const entry = descriptions.find((d) => (d.head === '-' || d.head === head) && mods.join(' ').replace(/ - /g, '-').includes(d.phrase));
        if (!entry || !phrase) continue;
        const c = this.recentCountry(i, (iso3) => entry.countries.has(iso3)) ?? this.nextCountry(i, (iso3) => entry.countries.has(iso3));
        // A description only one country fits ("the Jewish state", "the hermit kingdom") needs no mention of it.
        const only = entry.countries.size === 1 ? [...entry.countries][0] : undefined;
        if (c) this.link(this.countryActor(countryByCode(c[1])!), i, j, 'GPE');
        else if (only && countryByCode(only)) this.link(this.countryActor(countryByCode(only)!), i, j, 'GPE');
      } else if (w === 'its' || w === 'his' || w === 'her' || w === 'their') {
        // its [smaller|larger] [northern|…] neighbo(u)r; his/her/their country
        let j = i + 1;
        const mods: string[] = [];
        while (j < start.length && j - i <= 3 && !/^neighbou?rs?$|^country$/i.test(wordAt(doc, j))) {
          mods.push(wordAt(doc, j).toLowerCase());
          j++;
        }
        const head = wordAt(doc, j).toLowerCase();
        if (doc.tokens.sentence[j] !== doc.tokens.sentence[i]) continue;
        if (head === 'country' && !mods.length && w !== 'its') {
          const owner = this.pronounAntecedent(i, 'person');
          const country = owner ? this.actors.get(owner)?.actor.country : undefined;
          if (country) this.link(this.countryActor(countryByCode(country)!), i, j, 'GPE');
        } else if (/^neighbou?r$/.test(head) && w === 'its') {
          const owner = this.pronounAntecedent(i, 'collective');
          const ownerCountry = owner ? this.actors.get(owner)?.actor.country : undefined;
          if (!ownerCountry) continue;
          const c = this.neighbor(ownerCountry, mods, i);
          if (c) this.link(this.countryActor(countryByCode(c)!), i, j, 'GPE');
        }
      }
    }
  }

  /** A country mentioned in the article that neighbours `of` in the direction asked. */
  private neighbor(of: string, mods: string[], token: number): string | undefined {
    const home = capitalPoint(of);
    if (!home) return undefined;
    const direction = mods.map((m) => /^(north|south|east|west)(ern)?$/.exec(m)?.[1]).find(Boolean);
    const sentence = this.doc.tokens.sentence[token];
    const candidates = [...new Set(this.countryMentions.map(([, c]) => c))].filter((c) => c !== of).flatMap((c) => {
      const p = capitalPoint(c);
      if (!p) return [];
      const km = distanceKm(home, p);
      if (km > NEIGHBOR_KM) return [];
      if (direction && bearing(home, p) !== direction) return [];
      // Nearer mentions first: those in this sentence, then the most recent.
      const last = Math.max(...this.countryMentions.filter(([t, x]) => x === c && this.doc.tokens.sentence[t] <= sentence).map(([t]) => t), -1);
      return [{ c, last }];
    });
    return candidates.sort((a, b) => b.last - a.last)[0]?.c;
  }

  private nextCountry(token: number, accept: (iso3: string) => boolean): [number, string] | undefined {
    return this.countryMentions.filter((m) => m[0] > token && accept(m[1])).sort((a, b) => a[0] - b[0])[0];
  }

  private linkPronouns(): void {
    const doc = this.doc;
    const pronouns = pronounTable();
    const { start, end } = doc.tokens;
    for (let i = 0; i < start.length; i++) {
      if (this.actorAtToken.has(i) || doc.tokens.pos[i] !== 'PRON') continue;
      const p = pronouns.get(doc.text.slice(start[i], end[i]).toLowerCase());
      if (!p) continue;
      const id = this.pronounAntecedent(i, p.kind);
      if (!id) continue;
      // "the city of Ganja after it was hit": a place between the antecedent and "it" may be what "it"
      // means; leave it unlinked rather than guess a country.
      if (p.kind === 'collective' && this.placeBetween(id, i)) continue;
      const b = this.actors.get(id)!;
      this.link(b, i, i, b.actor.kind === 'person' ? 'PER' : b.actor.kind === 'country' ? 'GPE' : 'ORG');
    }
  }

  private placeBetween(actor: string, pronoun: number): boolean {
    const doc = this.doc;
    const sentence = doc.tokens.sentence[pronoun];
    const first = doc.tokens.sentenceFirstToken[sentence];
    let antecedent = -1;
    for (let t = pronoun - 1; t >= first && antecedent < 0; t--) if (this.actorAtToken.get(t) === actor) antecedent = t;
    const from = Math.max(antecedent, first);
    return doc.mentions.some((m) => !m.actor && (m.type === 'GPE' || m.type === 'LOC' || m.type === 'FAC') && m.start > doc.tokens.start[from] && m.end <= doc.tokens.start[pronoun]);
  }

  // People: the nearest person before the pronoun within a few sentences. Countries and organizations
  // ("it", "its"): the first one of the pronoun's sentence before it — usually the subject — else the
  // first of the previous sentence.
  private pronounAntecedent(token: number, kind: 'person' | 'collective'): string | undefined {
    const doc = this.doc;
    const sentence = doc.tokens.sentence[token];
    const wanted = (id: string) => {
      const k = this.actors.get(id)?.actor.kind;
      return kind === 'person' ? k === 'person' : k === 'country' || k === 'organization' || k === 'group';
    };
    // Walk back from the pronoun, within the window: cost bounded by the window, not the article.
    const windowStart = doc.tokens.sentenceFirstToken[Math.max(0, sentence - PRONOUN_WINDOW)];
    const before: [number, string][] = [];
    for (let t = token - 1; t >= windowStart; t--) {
      const id = this.actorAtToken.get(t);
      if (id && wanted(id) && !this.skip[t]) before.push([t, id]);
    }
    if (!before.length) return undefined;
    if (kind === 'person') return before[0][1];
    for (let s = sentence; s >= sentence - 1; s--) {
      const inS = before.filter(([t]) => doc.tokens.sentence[t] === s);
      if (inS.length) return inS[inS.length - 1][1];
    }
    return before[0][1];
  }

  // ---- output ----

  private occurrences(phrase: string): [number, number][] {
    const doc = this.doc;
    const out: [number, number][] = [];
    let at = doc.text.indexOf(phrase);
    while (at >= 0) {
      const first = tokenAt(doc, at);
      const last = tokenAt(doc, at + phrase.length - 1);
      if (first >= 0 && last >= first) out.push([first, last]);
      at = doc.text.indexOf(phrase, at + phrase.length);
    }
    return out;
  }

  private nerPersons(): Map<number, number> {
    const out = new Map<number, number>();
    for (const m of this.doc.mentions) {
      if (m.type !== 'PER' || overlapsDate(this.doc, m)) continue;
      // "Mazar-i-[Sharif]": a piece of a hyphenated name is not a name on its own.
      if (this.doc.text[m.start - 1] === '-' || this.doc.text[m.end] === '-') continue;
      const first = tokenAt(this.doc, m.start);
      const last = tokenAt(this.doc, m.end - 1);
      if (first >= 0 && last >= first) out.set(first, last);
    }
    // A leader's name the tagger missed ("Reagan and Gorbachev signed …"): a capitalized name the knowledge base
    // lists as a leader's, in office on the date, and no other name's part.
    const date = this.context.published;
    if (!date) return out;
    const { pos, start, end } = this.doc.tokens;
    const covered = new Uint8Array(start.length);
    // An ORG the tagger guessed over a lone name ("[Reagan] and Gorbachev") is no cover.
    for (const m of this.doc.mentions) {
      const text = this.doc.text.slice(m.start, m.end);
      if (m.type === 'ORG' && !/\s/.test(text)) continue;
      // "[Kostunica] criticised …", "[Ter-Petrosyan] telephoned …": a lone name the tagger took for a place that
      // names no place, and a leader in office on the date.
      if ((m.type === 'LOC' || m.type === 'GPE' || m.type === 'MISC') && !m.actor && !/\s/.test(text) && /^\p{Lu}\p{Ll}/u.test(text) && !overlapsDate(this.doc, m) && !placeCandidates(text).length) {
        const first = tokenAt(this.doc, m.start);
        const last = tokenAt(this.doc, m.end - 1);
        if (first >= 0 && last >= first && leaderOn(text, date, true)) {
          out.set(first, last);
          for (let t = first; t <= last; t++) covered[t] = 1;
          continue;
        }
      }
      for (let t = tokenFrom(this.doc, m.start); t >= 0 && t < start.length && start[t] < m.end; t++) covered[t] = 1;
    }
    for (let t = 0; t < start.length; t++) {
      if (covered[t] || this.hitAt[t] || pos[t] !== 'PROPN') continue;
      const two = t + 1 < start.length && pos[t + 1] === 'PROPN' && !covered[t + 1] && !this.hitAt[t + 1];
      for (const last of two ? [t + 1, t] : [t]) {
        const name = this.doc.text.slice(start[t], end[last]);
        if (!/^\p{Lu}\p{Ll}{3,}/u.test(name) || (last === t && (pos[t - 1] === 'PROPN' || pos[t + 1] === 'PROPN'))) continue;
        if (this.doc.text[start[t] - 1] === '-' || this.doc.text[end[last]] === '-') continue;
        if (leaderOn(name, date, last === t)) {
          out.set(t, last);
          t = last;
          break;
        }
      }
    }
    return out;
  }

  private finish(): void {
    const doc = this.doc;
    // Keep the other stages' mentions (dates, numbers, names no actor took); ours replace same spans.
    const ours = new Set(this.mentions.map((m) => `${m.start}:${m.end}`));
    const overlapsOurs = (m: Mention) => this.mentions.some((o) => o.start < m.end && m.start < o.end);
    // A name the tagger found over a date ("In October" as a person) gives way to the date.
    const kept = doc.mentions.filter((m) => !ours.has(`${m.start}:${m.end}`) && !(overlapsOurs(m) && ['PER', 'ORG', 'GPE', 'NORP', 'LOC'].includes(m.type)) && !(m.type === 'PER' && !m.actor && overlapsDate(doc, m)));
    for (const d of doc.dates) {
      if (!kept.some((m) => m.type === 'DATE' && m.start < d.end && d.start < m.end)) kept.push({ id: '', start: d.start, end: d.end, type: 'DATE' });
    }
    const all = [...kept, ...this.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    all.forEach((m, i) => {
      m.id = `m${i + 1}`;
    });
    doc.mentions = all;
    const dictionary = this.options.dictionary;
    doc.actors = [...this.actors.values()].map((b) => {
      const a = b.actor;
      if (a.kind === 'person') this.finishPerson(b);
      a.mentions = all.filter((m) => m.actor === a.id).map((m) => m.id);
      dictionary?.apply(a, this.context.published);
      return a;
    });
  }
}

// ---- helpers ----

const isLeader = (p: KnownPerson) => p.aliases.length > 0 || p.roles.some((r) => r.agents.includes('ELI') || (!r.from && !r.to));

/** The agents of the role in force on `date`: a dated role of any of the people the name can be, else a default. */
function knownAgents(match: PersonMatch, date?: string): string[] {
  const roles = match.people.map((p) => roleOn(p, date)).filter((r) => r !== undefined);
  return [...((roles.find((r) => r.from || r.to) ?? roles[0])?.agents ?? [])];
}

const overlapsDate = (doc: Doc, m: { start: number; end: number }) => doc.dates.some((d) => d.start < m.end && m.start < d.end);

const wordAt = (doc: Doc, i: number) => (i >= 0 && i < doc.tokens.start.length ? doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]) : '');

/** Tokens inside caption credits: photographers and agencies are not actors of the story. */
function creditTokens(doc: Doc): Uint8Array {
  const mark = new Uint8Array(doc.tokens.start.length);
  for (const s of doc.sections) {
    if (s.kind !== 'caption' || !s.credit || typeof s.credit !== 'object') continue;
    for (let t = tokenFrom(doc, s.credit.start); t >= 0 && t < mark.length && doc.tokens.start[t] < s.credit.end; t++) mark[t] = 1;
  }
  return mark;
}

export function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function countryInName(name: string): string | undefined {
  const words = name.split(/\s+/);
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const hit = lookupCountry(words.slice(i, i + n).join(' '))[0];
      if (hit) return hit.country.iso3;
    }
  }
  return undefined;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Description {
  phrase: string;
  head: string;
  countries: Set<string>;
}
let descriptionsCache: Description[] | undefined;
function countryDescriptions(): Description[] {
  descriptionsCache ??= readTsv(dataPath('actors', 'country-descriptions.tsv')).map((r) => ({
    phrase: r.phrase.toLowerCase(),
    head: r.head,
    countries: new Set(r.countries.split('|')),
  }));
  return descriptionsCache;
}

let halvesCache: { word: string; countries: Set<string>; country: string }[] | undefined;
function halvesTable(): { word: string; countries: Set<string>; country: string }[] {
  halvesCache ??= readTsv(dataPath('actors', 'halves.tsv')).map((r) => ({ word: r.word, countries: new Set(r.countries.split('|')), country: r.country }));
  return halvesCache;
}

let monarchCache: { title: string; name: string; country: string; from: string; to: string }[] | undefined;
function monarchTable(): { title: string; name: string; country: string; from: string; to: string }[] {
  monarchCache ??= readTsv(dataPath('knowledge', 'monarchs.tsv')).map((r) => ({ title: r.title, name: r.name, country: r.country, from: r.from === '-' ? '' : r.from, to: r.to === '-' ? '' : r.to }));
  return monarchCache;
}

let pronounCache: Map<string, { kind: 'person' | 'collective'; gender: string }> | undefined;
function pronounTable(): Map<string, { kind: 'person' | 'collective'; gender: string }> {
  pronounCache ??= new Map(readTsv(dataPath('actors', 'pronouns.tsv')).map((r) => [r.pronoun, { kind: r.kind as 'person' | 'collective', gender: r.gender }]));
  return pronounCache;
}

type Point = { lat: number; lon: number };
const capitalCache = new Map<string, Point | null>();
function capitalPoint(iso3: string): Point | null {
  if (capitalCache.has(iso3)) return capitalCache.get(iso3)!;
  const c = countryByCode(iso3);
  const p = c?.capital ? placeCandidates(c.capital).find((x) => x.country === iso3) : undefined;
  const point = p ? { lat: p.lat, lon: p.lon } : null;
  capitalCache.set(iso3, point);
  return point;
}

function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The main compass direction from a to b. */
function bearing(a: Point, b: Point): 'north' | 'south' | 'east' | 'west' {
  const dy = b.lat - a.lat;
  const dx = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  if (Math.abs(dy) >= Math.abs(dx)) return dy >= 0 ? 'north' : 'south';
  return dx >= 0 ? 'east' : 'west';
}

export { nameAt };

/** A name (or, when `surname`, a surname) the knowledge base lists as a leader's in office on the date. */
function leaderOn(name: string, date: string, surname: boolean): boolean {
  const match = lookupPerson(name) ?? (surname ? lookupSurname(name, date) : undefined);
  return match?.people.some((p) => isLeader(p) && roleOn(p, date) !== undefined) ?? false;
}

let regionalGroupsCache: Map<string, string[]> | undefined;
/** Movements with national branches: name → the countries of its branches (data/actors/regional-groups.tsv). */
function regionalGroups(): Map<string, string[]> {
  regionalGroupsCache ??= new Map(readTsv(dataPath('actors', 'regional-groups.tsv')).map((r) => [r.name, r.countries.split('|')]));
  return regionalGroupsCache;
}
