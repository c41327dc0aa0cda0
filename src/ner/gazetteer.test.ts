// The name lists in data/gazetteers and the word lexicon in models/: their shape, and what the tagger
// and the stage read from them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { Gazetteer, phraseTokens } from './gazetteer.js';
import { Lexicon } from './lexicon.js';
import { GAZETTEER_DIR, LEXICON_FILE } from './tagger.js';

const dir = join(packageRoot(), GAZETTEER_DIR);

/** Every list: its columns, the allowed values of its `kind` column, and a floor on its size. */
const LISTS: Record<string, { columns: string[]; kinds?: string[]; min: number; has: string[] }> = {
  'countries.tsv': { columns: ['name', 'country'], min: 250, has: ['Israel', 'Azerbaijan', 'United States', 'Britain'] },
  'capitals.tsv': { columns: ['name', 'country'], min: 200, has: ['Baku', 'Jerusalem', 'Paris'] },
  'cities.tsv': { columns: ['name', 'country', 'population'], min: 10_000, has: ['Tel Aviv', 'Ganja', 'Chicago'] },
  'demonyms.tsv': { columns: ['name', 'country', 'kind'], kinds: ['nationality', 'regional', 'ethnic', 'religious', 'political'], min: 250, has: ['Azerbaijani', 'Azeri', 'Israeli', 'Shiite'] },
  'given-names.tsv': { columns: ['name'], min: 3000, has: ['George', 'Eli'] },
  'surnames.tsv': { columns: ['name'], min: 1000, has: ['Aliyev'] },
  'people.tsv': { columns: ['name', 'country'], min: 10_000, has: ['Ilham Aliyev'] },
  'organizations.tsv': { columns: ['name'], min: 1000, has: ['International Atomic Energy Agency'] },
  'org-words.tsv': { columns: ['name', 'kind'], kinds: ['government', 'body', 'company', 'media', 'sport'], min: 100, has: ['Ministry', 'Institute', 'Party', 'Bank'] },
  'titles.tsv': { columns: ['name', 'kind'], kinds: ['civil', 'military'], min: 80, has: ['Minister', 'President', 'General', 'Foreign Minister'] },
  'place-words.tsv': { columns: ['name', 'kind'], kinds: ['loc', 'fac', 'fac-org'], min: 50, has: ['River', 'Airport', 'Mosque'] },
  'regions.tsv': { columns: ['name', 'kind'], kinds: ['region', 'state'], min: 100, has: ['Middle East', 'Nagorno-Karabakh', 'California'] },
};

describe('data/gazetteers', () => {
  it('holds exactly the lists described here', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()).toEqual(Object.keys(LISTS).sort());
  });

  for (const [file, spec] of Object.entries(LISTS)) {
    it(`${file}: columns ${spec.columns.join(', ')}; names unique, clean and tokenizable`, () => {
      const path = join(dir, file);
      const header = readFileSync(path, 'utf8').split('\n').find((l) => l && !l.startsWith('#'));
      expect(header?.split('\t')).toEqual(spec.columns);
      const rows = readTsv(path);
      expect(rows.length).toBeGreaterThanOrEqual(spec.min);
      const seen = new Set<string>();
      const problems: string[] = [];
      for (const row of rows) {
        const key = row.name.toLowerCase();
        if (!row.name || row.name !== row.name.trim()) problems.push(`bad name "${row.name}"`);
        if (seen.has(key)) problems.push(`duplicate ${row.name}`);
        seen.add(key);
        if (!phraseTokens(row.name).length) problems.push(`no tokens in "${row.name}"`);
        if (spec.kinds && !spec.kinds.includes(row.kind)) problems.push(`${row.name}: kind "${row.kind}"`);
        if (row.country && !/^[A-Z]{3}$/.test(row.country)) problems.push(`${row.name}: country "${row.country}"`);
        if ('population' in row && !(Number(row.population) > 0)) problems.push(`${row.name}: population "${row.population}"`);
      }
      expect(problems.slice(0, 10)).toEqual([]);
      for (const name of spec.has) expect(seen.has(name.toLowerCase()), `${file} lacks ${name}`).toBe(true);
    });
  }

  it('loads into one trie that answers list membership and kinds', () => {
    const gaz = Gazetteer.fromFolder(dir);
    expect(gaz.has('countries', 'azerbaijan')).toBe(true);
    expect(gaz.has('demonyms', 'Azeri')).toBe(true);
    expect(gaz.kindOf('regions', ['california'])).toBe('state');
    expect(gaz.kindOf('place-words', ['mosque'])).toBe('fac');
    expect(gaz.lists.length).toBeLessThanOrEqual(31);
  });
});

describe(LEXICON_FILE, () => {
  it('has a word, a cluster bit string, a count and casing percentages on each line', () => {
    const lex = Lexicon.read(join(packageRoot(), LEXICON_FILE));
    expect(lex.words.size).toBeGreaterThan(10_000);
    let clustered = 0;
    for (const [word, e] of lex.words) {
      expect(word).toBe(word.toLowerCase());
      expect(e.cluster).toMatch(/^[01]*$/);
      if (e.cluster) clustered++;
      expect(e.count).toBeGreaterThanOrEqual(2);
      const sum = e.lower + e.title + e.upper;
      if (e.lower < 0) expect([e.title, e.upper]).toEqual([-1, -1]);
      else expect(sum).toBeGreaterThanOrEqual(98);
    }
    expect(clustered).toBeGreaterThan(10_000);
    expect(lex.usualForm('the')).toBe('the');
    expect(lex.usualForm('israel')).toBe('Israel');
  });

  it('rejects a file with the wrong header', () => {
    expect(() => Lexicon.parse('word\tcluster\n', 'x.tsv')).toThrow(/x\.tsv: unexpected header/);
  });
});
