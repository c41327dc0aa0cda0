import { describe, expect, it } from 'vitest';
import { dataPath } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { AGENT_CODES, lookupRole, roleMaxWords, roles } from './roles.js';

describe('data/knowledge/roles.tsv', () => {
  it('has lowercase phrases once each, known agents, person yes/no, a plural or "-", a why', () => {
    const rows = readTsv(dataPath('knowledge', 'roles.tsv'));
    expect(rows.length).toBeGreaterThan(200);
    const seen = new Set<string>();
    for (const r of rows) {
      expect(r.phrase, r.phrase).toBe(r.phrase.toLowerCase());
      expect(r.phrase.trim(), r.phrase).toBe(r.phrase);
      for (const form of [r.phrase, r.plural].filter((f) => f !== '-')) {
        expect(seen.has(form), form).toBe(false);
        seen.add(form);
      }
      for (const a of r.agents.split('|')) expect(AGENT_CODES.has(a), `${r.phrase} ${a}`).toBe(true);
      expect(['yes', 'no']).toContain(r.person);
      expect(r.why.length, r.phrase).toBeGreaterThan(5);
    }
    expect(roles()).toHaveLength(rows.length);
  });
});

describe('lookupRole', () => {
  it('gives agents and whether the role is one person', () => {
    expect(lookupRole('defense minister')).toMatchObject({ agents: ['GOV', 'MIL'], person: true });
    expect(lookupRole('defence minister')?.agents).toEqual(['GOV', 'MIL']);
    expect(lookupRole('foreign minister')).toMatchObject({ agents: ['GOV'], person: true });
    expect(lookupRole('president')?.agents).toEqual(['GOV']);
    expect(lookupRole('ambassador')).toMatchObject({ agents: ['GOV'], person: true });
    expect(lookupRole('army')).toMatchObject({ agents: ['MIL'], person: false });
    expect(lookupRole('troops')).toMatchObject({ agents: ['MIL'], person: false });
    expect(lookupRole('general')).toMatchObject({ agents: ['MIL'], person: true });
    expect(lookupRole('parliament')).toMatchObject({ agents: ['LEG'], person: false });
    expect(lookupRole('reporter')).toMatchObject({ agents: ['MED'], person: true });
    expect(lookupRole('newspaper')).toMatchObject({ agents: ['MED'], person: false });
    expect(lookupRole('rebels')?.agents).toEqual(['REB']);
    expect(lookupRole('refugees')?.agents).toEqual(['REF']);
  });

  it('matches whole phrases case-insensitively, and plurals', () => {
    expect(lookupRole('Defense Minister')?.phrase).toBe('defense minister');
    expect(lookupRole('ambassadors')).toMatchObject({ phrase: 'ambassador', plural: true });
    expect(lookupRole('MPs')).toMatchObject({ phrase: 'mp', agents: ['LEG'] });
    expect(lookupRole('spokesmen')?.phrase).toBe('spokesman');
    expect(lookupRole('minister of  defense')?.agents).toEqual(['GOV', 'MIL']);
    expect(lookupRole('deputy')).toBeUndefined();
    expect(lookupRole('defense')).toBeUndefined();
  });

  it('reports the longest phrase in tokens', () => {
    expect(roleMaxWords()).toBeGreaterThanOrEqual(4);
    expect(roleMaxWords()).toBeLessThan(10);
  });
});
