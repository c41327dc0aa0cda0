// Place mentions → gazetteer entries with country and coordinates. Candidates are capitalized names
// after a locative word ("in Baku", "the city of Ganja") or names our own place list knows
// ("Nagorno-Karabakh"); country names are actors, never places here. Ambiguous names take the
// reading in a country the article is about, then capitals, then the most populous.
import type { Doc } from '../doc/doc.js';
import type { Mention, MentionType, Place } from '../doc/schema.js';
import type { Stage } from '../doc/stage.js';
import { type PlaceEntry, placeCandidates } from '../knowledge/places.js';
import { slug } from '../actors/resolve.js';
import { type AdminRegion, adminRegion } from './regions.js';
import { tokenFrom } from '../doc/tokens.js';

/** Words after which a capitalized name is a location. */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'from', 'to', 'into', 'across', 'via', 'through', 'toward', 'towards', 'visited', 'visit', 'visiting', 'capital', 'city', 'town', 'village', 'region', 'province', 'port', 'district', 'of']);
/** A gazetteer city met without a locative cue must be this large to count (avoids "George", "Eli"). */
const MIN_BARE_POPULATION = 200_000;
const MAX_NAME_TOKENS = 4;
/** A lower-case word that can close a place's name ("the Mau forest", "the Jaffna peninsula"): tried first with the name before it. */
const GEO_NOUN = new Set(['forest', 'peninsula', 'valley', 'mountains', 'hills', 'islands', 'island', 'archipelago', 'desert', 'river', 'lake', 'province', 'region', 'enclave']);
/** A capitalized generic word that closes a place's name ("Strip", "Valley"): not a place after an unknown name. */
const GENERIC_GEO = new Set(['Strip', 'Bank', 'Valley', 'Heights', 'Corridor', 'Peninsula', 'Province', 'Region', 'Plateau', 'Basin', 'Delta', 'Pass']);
const MONTH_OR_DAY = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|^(mon|tues|wednes|thurs|fri|satur|sun)day$/i;

export const placesStage: Stage = {
  name: 'places',
  requires: ['sentences', 'tokens', 'mentions', 'actors'],
  assigns: ['places', 'mentions'],
  run(doc) {
    resolvePlaces(doc);
  },
};

export function resolvePlaces(doc: Doc): void {
  const { start, end, sentence } = doc.tokens;
  const n = start.length;
  const word = (i: number) => (i >= 0 && i < n ? doc.text.slice(start[i], end[i]) : '');
  // Tokens already inside a name that is not a place (people, organizations, dates, countries); the
  // NER's own GPE/LOC/FAC mentions without an actor are what this stage resolves.
  const taken = new Uint8Array(n);
  const placeLike = new Map<string, Mention>();
  const unknownActors = new Set(doc.actors.filter((a) => !a.country && (a.kind === 'person' || a.kind === 'group')).map((a) => a.id));
  for (const m of doc.mentions) {
    // "shelled Gorazde", "attacked Bihac": a name the NER took for a person or an organization that resolved to
    // no one is a place when our reviewed list knows it as one.
    if ((m.type === 'PER' || m.type === 'ORG') && (!m.actor || unknownActors.has(m.actor)) && placeCandidates(doc.text.slice(m.start, m.end)).some((e) => e.source === 'places')) {
      if (m.actor) {
        const actor = doc.actors.find((a) => a.id === m.actor);
        if (actor) actor.mentions = actor.mentions.filter((id) => id !== m.id);
        if (actor && !actor.mentions.length) doc.actors = doc.actors.filter((a) => a !== actor);
        delete m.actor;
      }
      m.type = 'GPE';
    }
    if (!m.actor && (m.type === 'GPE' || m.type === 'LOC' || m.type === 'FAC')) {
      placeLike.set(`${m.start}:${m.end}`, m);
      continue;
    }
    for (let t = tokenFrom(doc, m.start); t >= 0 && t < n && start[t] < m.end; t++) taken[t] = 1;
  }
  const articleCountries = countryWeights(doc);
  const places = new Map<string, Place>();
  const mentions: Mention[] = [];

  for (let i = 0; i < n; ) {
    if (taken[i] || !/^\p{Lu}/u.test(word(i)) || MONTH_OR_DAY.test(word(i))) {
      i++;
      continue;
    }
    // The longest run of words from i that names a place.
    let found: { last: number; entries: PlaceEntry[] } | null = null;
    // A name runs over capitalized words, hyphens and particles ("Nagorno-Karabakh", "Bab el-Mandeb", "Mazar-i-Sharif").
    let reach = i;
    while (reach + 1 < n && reach - i < MAX_NAME_TOKENS * 2 && sentence[reach + 1] === sentence[i] && !taken[reach + 1] && /^(\p{Lu}|-$|al$|el$|de$|of$|the$|i$|e$)/u.test(word(reach + 1))) reach++;
    // "the Mau forest": the name with a generic word after it first, when our list knows it so (not the town of Mau).
    const noun = reach + 1 < n && sentence[reach + 1] === sentence[i] && !taken[reach + 1] && GEO_NOUN.has(word(reach + 1)) ? reach + 1 : -1;
    if (noun >= 0) {
      const own = placeCandidates(doc.text.slice(start[i], end[noun])).filter((e) => e.source === 'places');
      if (own.length) found = { last: noun, entries: own };
    }
    for (let last = reach; last >= i && !found; last--) {
      if (!/[\p{L}]/u.test(word(last)) || !/^\p{Lu}/u.test(word(last))) continue;
      const name = doc.text.slice(start[i], end[last]);
      const region = adminRegion(name);
      const entries: PlaceEntry[] = region
        ? [{ ...regionEntry(region) }, ...placeCandidates(name)]
        : placeCandidates(name);
      if (entries.length) found = { last, entries };
    }
    // "the Aouzou Strip", "the Caprivi Strip": a generic word closing a name we do not know is not a place on its
    // own (not Gaza's "the Strip").
    if (found && found.last === i && GENERIC_GEO.has(word(i)) && i > 0 && sentence[i - 1] === sentence[i] && !taken[i - 1] && /^\p{Lu}\p{Ll}/u.test(word(i - 1))) found = null;
    if (!found) {
      i++;
      continue;
    }
    // "Paris, Texas": the region after the comma says which Paris.
    const regionAfter = word(found.last + 1) === ',' ? adminRegion(word(found.last + 2)) ?? adminRegion(`${word(found.last + 2)} ${word(found.last + 3)}`) : undefined;
    if (regionAfter) {
      const inRegion = found.entries.filter((e) => e.country === regionAfter.country);
      if (inRegion.length) found.entries = inRegion;
    }
    const locative = LOCATIVE.has(word(i - 1).toLowerCase()) || (word(i - 1).toLowerCase() === 'the' && LOCATIVE.has(word(i - 2).toLowerCase()));
    // Our own list is reviewed: a town of it ("shelled Gudermes", "captured Goma") is a place without a locative.
    const own = found.entries.some((e) => e.kind !== 'city' || e.source === 'places');
    const entry = choose(found.entries, articleCountries);
    if (own || locative || regionAfter || entry.population >= MIN_BARE_POPULATION) {
      const surface = doc.text.slice(start[i], end[found.last]);
      const id = `place:${entry.country ?? 'xx'}:${slug(entry.name)}`;
      let place = places.get(id);
      if (!place) {
        place = { id, name: surface, country: entry.country, lat: entry.lat, lon: entry.lon, mentions: [] };
        places.set(id, place);
      }
      const type: MentionType = entry.kind === 'city' ? 'GPE' : entry.kind === 'landmark' ? 'FAC' : 'LOC';
      const key = `${start[i]}:${end[found.last]}`;
      const mention = (placeLike.get(key) ?? { id: '', start: start[i], end: end[found.last], type }) as Mention & { place?: string };
      placeLike.delete(key);
      mention.place = id;
      mentions.push(mention);
      for (let t = i; t <= found.last; t++) taken[t] = 1;
    }
    i = found.last + 1;
  }

  const placed = new Set<Mention>(mentions);
  const all = [...doc.mentions.filter((m) => !placed.has(m)), ...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  all.forEach((m, k) => {
    m.id = `m${k + 1}`;
  });
  // Mention ids changed: actors list theirs again.
  for (const a of doc.actors) a.mentions = all.filter((m) => m.actor === a.id).map((m) => m.id);
  for (const m of mentions as (Mention & { place?: string })[]) places.get(m.place!)!.mentions.push(m.id);
  for (const m of mentions as (Mention & { place?: string })[]) delete m.place;
  doc.mentions = all;
  doc.places = [...places.values()];
}

function regionEntry(r: AdminRegion): PlaceEntry {
  return { name: r.name, country: r.country, lat: r.lat, lon: r.lon, population: 0, kind: 'region', capital: false, source: 'places' };
}

/** How many times more populous a national capital must be than an in-article town of its name to win. */
const CAPITAL_OVER_TOWN = 20;

function choose(entries: PlaceEntry[], countries: Map<string, number>): PlaceEntry {
  // placeCandidates already orders by our list, capitals, population; the article's countries come first.
  const inArticle = entries.filter((e) => e.country && countries.has(e.country));
  if (!inArticle.length) return entries[0];
  const best = inArticle.sort((a, b) => (countries.get(b.country!) ?? 0) - (countries.get(a.country!) ?? 0))[0];
  // A national capital is not a small town of the same name in a country the article names ("American diplomats
  // were expelled from Moscow": not Moscow, Idaho).
  const capital = entries.find((e) => e.capital && e.kind !== 'region');
  if (capital && capital !== best && best.population * CAPITAL_OVER_TOWN < capital.population) return capital;
  return best;
}

function countryWeights(doc: Doc): Map<string, number> {
  const weights = new Map<string, number>();
  for (const a of doc.actors) if (a.country) weights.set(a.country, (weights.get(a.country) ?? 0) + Math.max(1, a.mentions.length));
  return weights;
}
