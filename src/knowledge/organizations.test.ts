import { describe, expect, it } from 'vitest';
import { dataPath } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { countryByCode, lookupCountry } from './countries.js';
import { lookupOrganization, organizationPhraseMaxWords, organizations } from './organizations.js';
import { AGENT_CODES } from './roles.js';

describe('data/knowledge/organizations.tsv', () => {
  it('has well-formed rows: code, kind, known country and agents, a why', () => {
    const rows = readTsv(dataPath('knowledge', 'organizations.tsv'));
    expect(rows.length).toBeGreaterThan(150);
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.code, r.name).toMatch(/^[A-Z]{3}(?:[A-Z]{3})*$/);
      expect(['organization', 'group']).toContain(r.kind);
      expect(r.country === '-' || countryByCode(r.country)?.iso3 === r.country, `${r.name} ${r.country}`).toBe(true);
      for (const a of r.agents.split('|')) expect(AGENT_CODES.has(a), `${r.name} ${a}`).toBe(true);
      for (const alias of r.aliases === '-' ? [] : r.aliases.split('|')) expect(alias.trim(), r.name).toBe(alias);
      expect(r.why.length, r.name).toBeGreaterThan(5);
    }
    // National bodies carry their country's code first; international ones start with IGO, NGO, MNC, IMG or MED.
    for (const o of organizations()) {
      if (o.country && !/^(?:IGO|NGO|MNC|IMG)/.test(o.code)) expect(o.code.slice(0, 3), o.name).toBe(countryByCode(o.country)?.cameo.slice(0, 3));
      if (!o.country) expect(o.code, o.name).toMatch(/^(?:IGO|NGO|IMG|MNC|MED)/);
    }
  });

  it('loads without two organizations sharing a name or alias', () => {
    expect(organizations().length).toBeGreaterThan(150);
  });

  it('never shadows a country phrase', () => {
    for (const o of organizations()) {
      for (const phrase of [o.name, ...o.aliases]) expect(lookupCountry(phrase), `${o.name}: ${phrase}`).toEqual([]);
    }
  });
});

describe('lookupOrganization', () => {
  it('finds the UN by its names and abbreviations, with its CAMEO code', () => {
    for (const phrase of ['U.N.', 'UN', 'the United Nations', 'United Nations']) {
      expect(lookupOrganization(phrase)?.code, phrase).toBe('IGOUNO');
      expect(lookupOrganization(phrase)?.name, phrase).toBe('United Nations');
    }
  });

  it('finds the same organization by abbreviation and full name', () => {
    const sipri = lookupOrganization('SIPRI');
    expect(sipri).toBeDefined();
    expect(lookupOrganization('Stockholm International Peace Research Institute')).toBe(sipri);
    expect(sipri?.agents).toContain('NGO');
    expect(lookupOrganization('NATO')?.code).toBe('IGOWSTNAT');
    expect(lookupOrganization('North Atlantic Treaty Organization')?.code).toBe('IGOWSTNAT');
    expect(lookupOrganization('EU')?.code).toBe('IGOEUREEC');
  });

  it('codes armed groups, parties, state bodies and media', () => {
    expect(lookupOrganization('Hamas')).toMatchObject({ code: 'PSEREBHMS', kind: 'group', country: 'PSE' });
    expect(lookupOrganization('ISIS')?.code).toBe('IMGMUSISI');
    expect(lookupOrganization('Daesh')?.name).toBe('Islamic State');
    expect(lookupOrganization('Houthis')?.country).toBe('YEM');
    expect(lookupOrganization('Ansar Allah')?.name).toBe('Houthis');
    expect(lookupOrganization('IRGC')).toMatchObject({ code: 'IRNMIL', country: 'IRN', agents: ['MIL'] });
    expect(lookupOrganization('Likud')).toMatchObject({ country: 'ISR', agents: ['PTY'] });
    expect(lookupOrganization('Mossad')?.code).toBe('ISRSPY');
    expect(lookupOrganization('The Times of Israel')).toMatchObject({ country: 'ISR', agents: ['MED'] });
    expect(lookupOrganization('Reuters')?.agents).toEqual(['MED']);
    expect(lookupOrganization('ICRC')?.agents).toContain('NGO');
  });

  it('keeps case for short names but not for names of several words', () => {
    expect(lookupOrganization('WHO')?.name).toBe('World Health Organization');
    expect(lookupOrganization('who')).toBeUndefined();
    expect(lookupOrganization('Labour party')?.name).toBe('Labour Party');
    expect(lookupOrganization('Doctors without Borders')?.name).toBe('Médecins Sans Frontières');
    expect(lookupOrganization('Medecins Sans Frontieres')?.code).toBe('NGOHLHMSF');
  });

  it('finds an acronym of four letters or more written as a word, as British papers do', () => {
    expect(lookupOrganization('Nato')?.code).toBe('IGOWSTNAT');
    expect(lookupOrganization('Ecowas')?.code).toBe('IGOWAFWAS');
    expect(lookupOrganization('Opec')?.code).toBe(lookupOrganization('OPEC')?.code);
    // Not short ones, which are words, nor those whose word form is a name.
    expect(lookupOrganization('Who')).toBeUndefined();
    expect(lookupOrganization('Rand')).toBeUndefined();
  });

  it('reports the longest name in tokens', () => {
    expect(organizationPhraseMaxWords()).toBeGreaterThanOrEqual(10);
    expect(organizationPhraseMaxWords()).toBeLessThan(30);
  });
});
