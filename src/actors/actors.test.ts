import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../doc/schema.js';
import { analyzeToRecord } from '../pipeline.js';
import { textInput } from '../sources/input.js';
import { InputError } from '../util/errors.js';
import { loadActorDictionary } from './dictionary.js';

const analyze = (body: string, published = '2024-05-14', publisher?: string) => {
  const text = `Officials meet\n\n${publisher ? `Jane Roe is ${publisher}'s diplomatic correspondent\n\n` : ''}${body}`;
  return analyzeToRecord(textInput(text, 'actors', 'text'), { published });
};
const person = (r: ArticleRecord, name: string) => r.actors.find((a) => a.kind === 'person' && a.name === name);
const actorOfText = (r: ArticleRecord, text: string, nth = 0) => {
  const hits = [...r.text.matchAll(new RegExp(`(?<![\\p{L}])${text}(?![\\p{L}])`, 'gu'))];
  const at = hits[nth]?.index ?? -1;
  const m = r.mentions.find((x) => x.start === at && x.end === at + text.length);
  return r.actors.find((a) => a.id === m?.actor)?.name;
};

// Titles and appositives: [text, person, country, role words, first agent]
const PATTERNS: [string, string, string, string, string][] = [
  ['Nigerian Foreign Minister Amara Okafor arrived on Monday.', 'Amara Okafor', 'NGA', 'Foreign Minister', 'GOV'],
  ["Kenya's defense minister, Peter Wafula, spoke first.", 'Peter Wafula', 'KEN', 'defense minister', 'GOV'],
  ['French President Jean Dupont flew home.', 'Jean Dupont', 'FRA', 'President', 'GOV'],
  ["Chile's ambassador to Argentina, Lucia Reyes, was recalled.", 'Lucia Reyes', 'CHL', 'ambassador to Argentina', 'GOV'],
  ["Omar Hassan, Egypt's foreign minister, declined to comment.", 'Omar Hassan', 'EGY', 'foreign minister', 'GOV'],
  ['Turkish Interior Minister Mehmet Kaya visited the border.', 'Mehmet Kaya', 'TUR', 'Interior Minister', 'GOV'],
  ['Deputy Foreign Minister Japan Kenji Sato attended.', 'Kenji Sato', 'JPN', 'Deputy Foreign Minister', 'GOV'],
  ['Indian Prime Minister Ravi Menon called for calm.', 'Ravi Menon', 'IND', 'Prime Minister', 'GOV'],
  ['Palestinian Prime Minister Karim Nasser met donors.', 'Karim Nasser', 'PSE', 'Prime Minister', 'GOV'],
  ['Brazilian Army General Paulo Lima inspected the troops.', 'Paulo Lima', 'BRA', 'Army General', 'MIL'],
  ['Polish Foreign Minister Anna Nowak of Poland spoke.', 'Anna Nowak', 'POL', 'Foreign Minister', 'GOV'],
  ['Ghana’s President Kwame Mensah opened the summit.', 'Kwame Mensah', 'GHA', 'President', 'GOV'],
];

describe('people from titles and appositives', () => {
  for (const [text, name, country, role, agent] of PATTERNS) {
    it(text, () => {
      const r = analyze(text);
      const p = person(r, name);
      expect(p, `no person ${name} in ${JSON.stringify(r.actors.map((a) => a.name))}`).toBeDefined();
      expect(p?.country).toBe(country);
      expect(p?.role).toBe(role);
      expect(p?.agents[0]).toBe(agent);
      expect(p?.code).toBe(`${country}${agent}`);
    });
  }

  it('gives a counterpart the role of the person it is the counterpart of', () => {
    const r = analyze('Argentine Foreign Minister Diego Alvarez met his Brazilian counterpart, Marcos Silva, in Brasilia.');
    expect(person(r, 'Marcos Silva')).toMatchObject({ country: 'BRA', role: 'Foreign Minister', code: 'BRAGOV' });
  });

  it('keeps a former role as former, and takes the country from a description', () => {
    const r = analyze('In May, then-defense minister Yuki Tanaka made a visit to Portugal, where he met the country’s Prime Minister Ana Costa.', '2024-05-14', 'The Tokyo Ledger');
    expect(person(r, 'Ana Costa')).toMatchObject({ country: 'PRT', role: 'Prime Minister' });
    expect(person(r, 'Yuki Tanaka')?.role).toBe('former defense minister');
    expect(person(r, 'Yuki Tanaka')?.agents).toEqual(['GOV', 'MIL']);
  });

  it('gives a bare title the publisher’s country when the counterpart is from elsewhere', () => {
    const r = analyze('Foreign Minister Lena Berg met her Estonian counterpart Kaja Tamm in Oslo on Tuesday.', '2024-05-14', 'The Norway Post');
    expect(person(r, 'Lena Berg')?.country).toBe('NOR');
    expect(person(r, 'Kaja Tamm')).toMatchObject({ country: 'EST', role: 'Foreign Minister' });
  });
});

describe('coreference', () => {
  const r = analyze([
    'Foreign Minister Sofia Marin of Moldova met Romanian Foreign Minister Ion Popa in Chisinau on Tuesday.',
    'Popa said Bucharest would help. “We are ready,” he added.',
    'Moldova’s alliance with the European Union is young, due to it sitting on Ukraine’s border. The country wants more help. Its president will travel to Brussels.',
    'Ukraine has long accused its smaller southern neighbor of hosting Russian troops.',
  ].join('\n\n'));

  it('reads a capital used as a first name as part of the name', () => {
    expect(person(r, 'Sofia Marin')).toMatchObject({ country: 'MDA', role: 'Foreign Minister' });
  });

  it('links surnames, pronouns and his/her to people', () => {
    expect(actorOfText(r, 'Popa', 1)).toBe('Ion Popa');
    expect(actorOfText(r, 'he')).toBe('Ion Popa');
  });

  it('reads a capital acting as its government, and keeps a capital as a place after "in"', () => {
    expect(actorOfText(r, 'Bucharest')).toBe('Romania');
    expect(r.places.map((p) => p.name)).toContain('Chisinau');
  });

  it('links "it", "the country" and "its … neighbor" to countries', () => {
    expect(actorOfText(r, 'it')).toBe('Moldova');
    expect(actorOfText(r, 'The country')).toBe('Moldova');
    expect(actorOfText(r, 'its smaller southern neighbor')).toBe('Moldova');
  });
});

describe('countries, organizations and places by context', () => {
  it('reads demonyms, alternate names and metonyms', () => {
    const r = analyze('Azeri troops, Türkiye and the Kremlin were discussed at the U.N. in New York, as were Britain and Burma.');
    const codes = r.actors.map((a) => a.code).sort();
    expect(codes).toEqual(expect.arrayContaining(['AZE', 'TUR', 'RUS', 'GBR', 'MMR']));
    expect(r.actors.find((a) => a.kind === 'organization')?.name).toMatch(/United Nations/);
    expect(r.mentions.find((m) => r.text.slice(m.start, m.end) === 'the Kremlin' || r.text.slice(m.start, m.end) === 'Kremlin')).toBeDefined();
  });

  it('tells Paris, France from Paris, Texas by the article’s countries', () => {
    const us = analyze('Officials in Austin said the storm hit Paris, Texas, and other towns across the United States.');
    const fr = analyze('French officials said protests in Paris spread to Lyon.');
    expect(us.places.find((p) => p.name === 'Paris')?.country).toBe('USA');
    expect(fr.places.find((p) => p.name === 'Paris')?.country).toBe('FRA');
  });

  it('tells Georgia the country from the US state by context', () => {
    const caucasus = analyze('Georgia and Armenia signed a border deal in Tbilisi.');
    expect(caucasus.actors.find((a) => a.name === 'Georgia')?.country).toBe('GEO');
    const us = analyze('Voters in Atlanta, Georgia, went to the polls as U.S. officials watched.');
    expect(us.actors.find((a) => a.country === 'GEO')).toBeUndefined();
  });
});

describe('the actor dictionary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-actors-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('outranks the text, with the role held on the date', () => {
    const dict = loadActorDictionary(file('ok.yaml', [
      '- name: Lena Berg',
      '  country: NOR',
      '  roles:',
      '    - { role: Defense Minister, agents: [GOV, MIL], from: 2020-01-01, to: 2023-06-01 }',
      '    - { role: Prime Minister, agents: [GOV], from: 2023-06-01 }',
    ].join('\n')));
    const early = analyzeToRecord(textInput('Talks\n\nLena Berg met envoys in Oslo.', 'd', 'text'), { published: '2022-03-01', actors: dict });
    const late = analyzeToRecord(textInput('Talks\n\nLena Berg met envoys in Oslo.', 'd', 'text'), { published: '2024-03-01', actors: dict });
    expect(early.actors.find((a) => a.name === 'Lena Berg')).toMatchObject({ role: 'Defense Minister', code: 'NORGOV', country: 'NOR' });
    expect(late.actors.find((a) => a.name === 'Lena Berg')?.role).toBe('Prime Minister');
  });

  it('names the file, the line and the problem when malformed', () => {
    expect(() => loadActorDictionary(file('bad.yaml', '- name: A\n  country: [unclosed\n'))).toThrow(/line \d+/);
    expect(() => loadActorDictionary(file('bad-country.yaml', '- name: Nobody\n  country: XXY\n'))).toThrow('line 1: actor "Nobody" has an unknown country code "XXY"');
    expect(() => loadActorDictionary(file('bad-role.json', '[{"name": "A", "roles": [{"role": "x", "agents": ["gov"]}]}]'))).toThrow(InputError);
  });
});

describe('old names, lone leaders the tagger took for places, towns of the 1990s wars', () => {
  it('reads the old names of states', () => {
    const r = analyze('Surinam and Byelorussia signed a trade accord, and Kampuchea sent an envoy to Upper Volta.', '1983-06-01');
    const countries = r.actors.filter((a) => a.kind === 'country').map((a) => a.country).sort();
    expect(countries).toEqual(['BFA', 'BLR', 'KHM', 'SUR']);
  });
  it('takes a lone leader name tagged as a place for the leader', () => {
    const r = analyze('Kostunica and Ter-Petrosyan spoke by telephone on Friday.', '2001-05-04');
    expect(r.actors.find((a) => a.id === 'person:kostunica')?.country).toBe('SRB');
    const hyphen = analyze('Ter-Petrosyan flew to Tehran.', '1996-03-04');
    expect(hyphen.actors.find((a) => a.kind === 'person' && a.name.includes('Petrosyan'))?.country).toBe('ARM');
  });
  it('places a listed town the tagger took for a person or an organization', () => {
    const r = analyze('Serb gunners shelled Gorazde and Bihac overnight.', '1994-04-12');
    expect(r.places.map((p) => p.country).sort()).toEqual(['BIH', 'BIH']);
    expect(r.actors.some((a) => a.kind === 'person' && a.name === 'Gorazde')).toBe(false);
  });
  it('does not read an unknown "X Strip" as the Gaza Strip', () => {
    const r = analyze('Fighting broke out in the Ouzaba Strip on Monday.', '1996-01-01');
    expect(r.places.some((p) => p.country === 'PSE')).toBe(false);
    const listed = analyze('Libyan soldiers left the Aouzou Strip.', '1994-05-30');
    expect(listed.places.map((p) => p.country)).toContain('TCD');
  });
});

describe('regional movements and backers', () => {
  it('takes the branch of a movement from the country its sentence names', () => {
    const r = analyze("Jordan's Muslim Brotherhood said it would contest the vote.", '1997-07-01');
    const mb = r.actors.find((a) => a.name === 'Muslim Brotherhood');
    expect(mb?.country).toBe('JOR');
    expect(mb?.code.startsWith('JOR')).toBe(true);
    const home = analyze('Cairo police detained leaders of the Muslim Brotherhood.', '1995-01-20');
    expect(home.actors.find((a) => a.name === 'Muslim Brotherhood')?.country).toBe('EGY');
  });
  it('does not make the backer in "X-backed" an actor', () => {
    const r = analyze('Burundian-backed militias raided a village in Tanzania.', '1999-03-01');
    expect(r.actors.some((a) => a.country === 'BDI')).toBe(false);
  });
  it('does not read a piece of a hyphenated town name as a person', () => {
    const r = analyze('Fighting raged around Mazar-i-Sharif on Monday.', '1998-08-10');
    expect(r.actors.some((a) => a.kind === 'person')).toBe(false);
    expect(r.places.map((p) => p.country)).toContain('AFG');
  });
});
