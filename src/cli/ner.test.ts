import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'chancery-ner-cli-'));
const CONLL = ['-DOCSTART- -X- -X- O', '', 'EU NNP I-NP I-ORG', 'rejects VBZ I-VP O', 'German JJ I-NP I-MISC', 'call NN I-NP O', '.', '', 'Peter NNP I-NP I-PER', 'Blackburn NNP I-NP I-PER', ''].join('\n');

describe('chancery ner --conll', () => {
  it('prints "token TAG" for each token line and an empty line for each blank or -DOCSTART- line', async () => {
    const file = join(dir, 'a.conll');
    writeFileSync(file, CONLL);
    const r = await cli(['ner', '--conll', file]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toHaveLength(CONLL.split('\n').length);
    expect(lines.slice(0, 3)).toEqual(['', '', 'EU B-ORG']);
    expect(lines[4]).toBe('German B-MISC');
    expect(lines.slice(8, 10)).toEqual(['Peter B-PER', 'Blackburn I-PER']);
    for (const line of lines.filter(Boolean)) expect(line).toMatch(/^\S+ (O|[BI]-(PER|ORG|LOC|MISC))$/);
  });

  it('reads standard input with -', async () => {
    const r = await cli(['ner', '--conll', '-'], 'Jerusalem\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Jerusalem B-LOC\n');
  });

  it('names a missing file and exits 2', async () => {
    const r = await cli(['ner', '--conll', join(dir, 'missing.conll')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.conll: file not found/);
  });
});
