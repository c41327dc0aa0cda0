import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dataPath, packageRoot } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { countries, countryByCode, countryPhraseMaxWords, lookupCountry, metonyms } from './countries.js';
import { AGENT_CODES } from './roles.js';

const first = (phrase: string) => lookupCountry(phrase)[0];

describe('data/knowledge/countries.tsv', () => {
  it('has every ISO country and territory once, with codes, names and the 193 UN members', () => {
    const all = countries();
    expect(all.length).toBeGreaterThanOrEqual(249);
    expect(new Set(all.map((c) => c.iso3)).size).toBe(all.length);
    expect(new Set(all.map((c) => c.iso2)).size).toBe(all.length);
    for (const c of all) {
      expect(c.iso3, c.name).toMatch(/^[A-Z]{3}$/);
      expect(c.iso2, c.name).toMatch(/^[A-Z]{2}$/);
      expect(c.cameo, c.name).toMatch(/^[A-Z]{3}(?:[A-Z]{3})?$/);
      expect(c.names[0], c.iso3).toBe(c.name);
      for (const list of [c.names, c.demonyms, c.capitals]) for (const s of list) expect(s.trim(), c.iso3).toBe(s);
    }
    const un = all.filter((c) => c.un);
    expect(un).toHaveLength(193);
    for (const c of un) {
      expect(c.demonyms.length, c.name).toBeGreaterThan(0);
      expect(c.capital, c.name).not.toBeNull();
    }
  });

  it('is what scripts/knowledge/build-countries.mjs builds from its inputs', () => {
    const run = spawnSync(process.execPath, ['scripts/knowledge/build-countries.mjs', '--check'], { cwd: packageRoot(), encoding: 'utf8' });
    expect(run.stderr + run.stdout).toContain('up to date');
    expect(run.status).toBe(0);
  });

  it('country-overrides.tsv rows name a known country and a known field, each with a why', () => {
    const known = new Set(countries().map((c) => c.iso3));
    for (const row of readTsv(dataPath('knowledge', 'country-overrides.tsv'))) {
      expect(known.has(row.iso3) || row.field === 'iso3', `${row.iso3} ${row.field}`).toBe(true);
      expect(['iso3', 'name', 'names+', 'names-', 'demonyms+', 'demonyms-', 'capital', 'cameo', 'former']).toContain(row.field);
      expect(row.values, `${row.iso3} ${row.field}`).not.toBe('');
      expect(row.why.length, `${row.iso3} ${row.field}`).toBeGreaterThan(5);
    }
  });

  it('knows former states: East Germany by its withdrawn ISO code, others by their continuators as CAMEO codes them', () => {
    expect(countryByCode('DDR')?.name).toBe('East Germany');
    expect(countryByCode('DDR')?.capital).toBe('East Berlin');
    expect(countryByCode('DDR')?.un).toBe(false);
    expect(countryByCode('RUS')?.names).toContain('Soviet Union');
    expect(countryByCode('RUS')?.demonyms).toContain('Soviet');
    expect(countryByCode('SRB')?.demonyms).toContain('Yugoslav');
    expect(countryByCode('CZE')?.names).toContain('Czechoslovakia');
    expect(countryByCode('COD')?.names).toContain('Zaire');
    expect(countryByCode('DEU')?.demonyms).toContain('West German');
  });

  it('uses the CAMEO codes that differ from ISO', () => {
    expect(countryByCode('XKX')?.cameo).toBe('KSV');
    expect(countryByCode('KSV')?.name).toBe('Kosovo');
    expect(countryByCode('TLS')?.cameo).toBe('TMP');
    expect(countryByCode('PRI')?.cameo).toBe('USAPRI');
    expect(countryByCode('ROU')?.cameo).toBe('ROU');
    expect(countryByCode('COD')?.cameo).toBe('COD');
  });

  it('finds a country by alpha-3, alpha-2 or CAMEO code, any case; alpha-3 wins over a shared CAMEO code', () => {
    expect(countryByCode('aze')?.name).toBe('Azerbaijan');
    expect(countryByCode('IL')?.iso3).toBe('ISR');
    expect(countryByCode('FRA')?.name).toBe('France'); // Mayotte's CAMEO code is FRA too
    expect(countryByCode('ZZZ')).toBeUndefined();
  });
});

describe('lookupCountry', () => {
  // Countries whose only demonyms are shared with a larger country: "Congolese" reads as the DRC first,
  // "Dominican" as the Dominican Republic. Their demonym must still be among the readings.
  const SHARED_DEMONYMS = new Set(['COG', 'DMA']);

  it('resolves every UN member state from its name, its demonym and its capital', () => {
    for (const c of countries().filter((x) => x.un)) {
      expect(first(c.name)?.country.iso3, `name ${c.name}`).toBe(c.iso3);
      expect(first(c.name)?.via).toBe('name');
      const demonymHits = c.demonyms.map((d) => lookupCountry(d));
      if (SHARED_DEMONYMS.has(c.iso3)) {
        expect(demonymHits.every((hits) => hits.some((h) => h.country === c && h.via === 'demonym')), `demonym ${c.name}`).toBe(true);
      } else {
        expect(demonymHits.some((hits) => hits[0]?.country === c && hits[0].via === 'demonym'), `demonym ${c.demonyms[0]}`).toBe(true);
        expect(first(c.demonyms[0])?.country.iso3, `demonym ${c.demonyms[0]}`).toBe(c.iso3);
      }
      const capital = lookupCountry(c.capital!);
      expect(capital[0]?.country.iso3, `capital ${c.capital}`).toBe(c.iso3);
      expect(capital.some((h) => h.via === 'capital')).toBe(true);
    }
  });

  it('knows the alternate names and demonyms news uses', () => {
    const cases: [string, string][] = [
      ['Azeri', 'AZE'],
      ['Azeris', 'AZE'],
      ['Azerbaijanis', 'AZE'],
      ['Israelis', 'ISR'],
      ['Palestinians', 'PSE'],
      ['Palestinian territories', 'PSE'],
      ['Britain', 'GBR'],
      ['UK', 'GBR'],
      ['U.K.', 'GBR'],
      ['Great Britain', 'GBR'],
      ['Britons', 'GBR'],
      ['Türkiye', 'TUR'],
      ['Turkiye', 'TUR'],
      ['Turkey', 'TUR'],
      ['Ivory Coast', 'CIV'],
      ['Cote d’Ivoire', 'CIV'],
      ['Burma', 'MMR'],
      ['DPRK', 'PRK'],
      ['North Korea', 'PRK'],
      ['ROK', 'KOR'],
      ['U.S.', 'USA'],
      ['America', 'USA'],
      ['Americans', 'USA'],
      ['Russia', 'RUS'],
      ['Czechia', 'CZE'],
      ['Swaziland', 'SWZ'],
      ['Macedonia', 'MKD'],
      ['DRC', 'COD'],
      ['Congo', 'COD'],
      ['Congo-Brazzaville', 'COG'],
      ['Cape Verde', 'CPV'],
      ['East Timor', 'TLS'],
      ['Vatican', 'VAT'],
      ['Holy See', 'VAT'],
      ['Taiwan', 'TWN'],
      ['Kosovo', 'XKX'],
      ['Kyiv', 'UKR'],
      ['Kiev', 'UKR'],
      ['Washington', 'USA'],
      ['Baku', 'AZE'],
      ['Jerusalem', 'ISR'],
      ['Moscow', 'RUS'],
      ['Beijing', 'CHN'],
      ['New Delhi', 'IND'],
    ];
    for (const [phrase, iso3] of cases) expect(first(phrase)?.country.iso3, phrase).toBe(iso3);
  });

  it('normalizes the phrase: "the", possessives, curly apostrophes; case is kept', () => {
    expect(first('the Netherlands')?.country.iso3).toBe('NLD');
    expect(first('Israel’s')?.country.iso3).toBe('ISR');
    expect(first("Azerbaijan's")?.country.iso3).toBe('AZE');
    expect(lookupCountry('US')[0]?.country.iso3).toBe('USA');
    expect(lookupCountry('us')).toEqual([]);
    expect(lookupCountry('turkey')).toEqual([]);
  });

  it('tells how the phrase names the country', () => {
    expect(first('Kyiv')).toMatchObject({ via: 'capital', phrase: 'Kyiv' });
    expect(first('Azeri')).toMatchObject({ via: 'demonym' });
    expect(first('Djibouti')?.via).toBe('name'); // also its capital: the name reading comes first
    expect(lookupCountry('Djibouti').map((h) => h.via)).toEqual(['name', 'capital']);
  });

  it('reads seats of government as metonyms with their agent', () => {
    expect(first('the Kremlin')).toMatchObject({ via: 'metonym', agent: 'GOV' });
    expect(first('the Kremlin')?.country.iso3).toBe('RUS');
    expect(first('Downing Street')?.country.iso3).toBe('GBR');
    expect(first('Downing Street')?.agent).toBe('GOV');
    expect(first('the White House')?.country.iso3).toBe('USA');
    expect(first('the Pentagon')).toMatchObject({ agent: 'MIL' });
    expect(first('Elysee')?.country.iso3).toBe('FRA');
    expect(first('Élysée')?.country.iso3).toBe('FRA');
    expect(first('Langley')?.agent).toBe('SPY');
  });

  it('reports the longest phrase in tokens', () => {
    expect(countryPhraseMaxWords()).toBeGreaterThanOrEqual(8); // "United Kingdom of Great Britain and Northern Ireland"
    expect(countryPhraseMaxWords()).toBeLessThan(20);
  });
});

describe('data/knowledge/metonyms.tsv', () => {
  it('names known countries and agents, once each, with a why', () => {
    const rows = readTsv(dataPath('knowledge', 'metonyms.tsv'));
    expect(rows.length).toBeGreaterThan(40);
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    for (const r of rows) {
      expect(countryByCode(r.country)?.iso3, r.name).toBe(r.country);
      expect(r.agent === '-' || AGENT_CODES.has(r.agent), r.name).toBe(true);
      expect(r.name, r.name).not.toMatch(/^the /i);
      expect(r.why.length, r.name).toBeGreaterThan(5);
    }
    expect(metonyms()).toHaveLength(rows.length);
  });

  it('does not repeat a country name, demonym or capital', () => {
    for (const m of metonyms()) expect(lookupCountry(m.name).every((h) => h.via === 'metonym'), m.name).toBe(true);
  });
});
