import { describe, expect, it } from 'vitest';
import { dataPath } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { countryByCode } from './countries.js';
import { ownPlaceEntries, placeCandidates, placeKey } from './places.js';

describe('data/knowledge/places.tsv', () => {
  it('has named places with known countries, coordinates in range, a kind and a why, each name once', () => {
    const rows = readTsv(dataPath('knowledge', 'places.tsv'));
    expect(rows.length).toBeGreaterThan(80);
    const keys = new Set<string>();
    for (const r of rows) {
      expect(r.country === '-' || countryByCode(r.country)?.iso3 === r.country, `${r.name} ${r.country}`).toBe(true);
      const lat = Number(r.lat);
      const lon = Number(r.lon);
      expect(lat, r.name).toBeGreaterThanOrEqual(-90);
      expect(lat, r.name).toBeLessThanOrEqual(90);
      expect(lon, r.name).toBeGreaterThanOrEqual(-180);
      expect(lon, r.name).toBeLessThanOrEqual(180);
      expect(r.lat, r.name).toMatch(/^-?\d+\.\d{2,4}$/);
      expect(r.lon, r.name).toMatch(/^-?\d+\.\d{2,4}$/);
      expect(['city', 'region', 'territory', 'landmark', 'sea']).toContain(r.kind);
      expect(r.why.length, r.name).toBeGreaterThan(5);
      for (const name of [r.name, ...(r.aliases === '-' ? [] : r.aliases.split('|'))]) {
        expect(keys.has(placeKey(name)), name).toBe(false);
        keys.add(placeKey(name));
      }
      // Disputed places say so when they have no country.
      if (r.country === '-' && r.kind === 'territory') expect(r.why, r.name).toMatch(/disputed|no country|not one state/);
    }
    expect(ownPlaceEntries()).toHaveLength(rows.length);
  });
});

describe('placeCandidates', () => {
  it('finds gazetteer cities with their country', () => {
    expect(placeCandidates('Ganja')[0]).toMatchObject({ country: 'AZE', kind: 'city', source: 'gazetteer' });
    expect(placeCandidates('Tel Aviv')[0]?.country).toBe('ISR');
    expect(placeCandidates('Baku')[0]).toMatchObject({ country: 'AZE', capital: true });
  });

  it('ranks capitals, then population: "Paris" is France\'s', () => {
    const paris = placeCandidates('Paris');
    expect(paris.length).toBeGreaterThan(3);
    expect(paris[0]).toMatchObject({ country: 'FRA', capital: true });
    expect(paris[0].lat).toBeCloseTo(48.85, 1);
  });

  it('marks capitals the gazetteer does not (Jerusalem) and finds news spellings', () => {
    expect(placeCandidates('Jerusalem')[0]).toMatchObject({ country: 'ISR', capital: true });
    expect(placeCandidates('Kiev')[0]).toMatchObject({ country: 'UKR', capital: true });
    expect(placeCandidates('Washington')[0]).toMatchObject({ country: 'USA', capital: true, source: 'places' });
  });

  it('puts our own entries first, with coordinates', () => {
    const nk = placeCandidates('Nagorno-Karabakh')[0];
    expect(nk).toMatchObject({ country: 'AZE', kind: 'territory', source: 'places' });
    expect(nk.lat).toBeCloseTo(39.8, 0);
    expect(nk.lon).toBeCloseTo(46.8, 0);
    expect(placeCandidates('Nagorno–Karabakh')[0]?.name).toBe('Nagorno-Karabakh');
    expect(placeCandidates('the Gaza Strip')[0]?.country).toBe('PSE');
    expect(placeCandidates('Crimea')[0]?.country).toBe('UKR');
    expect(placeCandidates('Golan Heights')[0]?.country).toBe('SYR');
    expect(placeCandidates('Kashmir')[0]?.country).toBeNull();
    expect(placeCandidates('South China Sea')[0]?.kind).toBe('sea');
  });

  it('finds cities under their English and former names, not the small towns that share them', () => {
    // The gazetteer names these Genève, Köln, Kolkata, Ho Chi Minh City and lists US towns as Geneva, Calcutta…
    const country = (name: string) => placeCandidates(name)[0]?.country;
    expect(country('Geneva')).toBe('CHE');
    expect(country('Cologne')).toBe('DEU');
    expect(country('Calcutta')).toBe('IND');
    expect(country('Saigon')).toBe('VNM');
    expect(country('Leningrad')).toBe('RUS');
    expect(country('St. Petersburg')).toBe('RUS');
    expect(country('Bethlehem')).toBe('PSE');
    expect(country('Fallujah')).toBe('IRQ');
    expect(country('Misurata')).toBe('LBY');
    // Our row is the gazetteer's city completed, not a second place.
    expect(placeCandidates('Geneva')[0]).toMatchObject({ name: 'Geneva', geonameId: 2660646 });
    expect(placeCandidates('Genève').filter((p) => p.country === 'CHE')).toHaveLength(1);
  });

  it('matches case- and accent-insensitively', () => {
    expect(placeCandidates('ganja')[0]?.country).toBe('AZE');
    expect(placeCandidates('Xankəndi')[0]?.name).toBe('Khankendi');
    expect(placeCandidates('Xankandi')[0]?.name).toBe('Khankendi');
    expect(placeCandidates('Bogota')[0]?.country).toBe('COL');
    expect(placeCandidates('')).toEqual([]);
    expect(placeCandidates('Qwxzzy')).toEqual([]);
  });
});
