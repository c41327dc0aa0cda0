import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers.js';

describe('chancery analyze --actors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-actors-cli-'));
  const article = join(dir, 'a.txt');
  writeFileSync(article, 'Talks in Oslo\n\nLena Berg met envoys from Sweden in Oslo on Monday.');

  it('applies the dictionary’s role for the publication date', async () => {
    const dict = join(dir, 'actors.yaml');
    writeFileSync(dict, '- name: Lena Berg\n  country: NOR\n  roles:\n    - { role: Foreign Minister, agents: [GOV], from: 2023-01-01 }\n');
    const r = await cli(['analyze', article, '--actors', dict, '--published', '2024-02-05']);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.actors.find((a: { name: string }) => a.name === 'Lena Berg')).toMatchObject({ country: 'NOR', role: 'Foreign Minister', code: 'NORGOV' });
  });

  it('refuses a malformed dictionary with one line naming the file and the line, exit 2', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '[\n  {"name": "Lena Berg", "country": "NORX"}\n]\n');
    const r = await cli(['analyze', article, '--actors', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/bad\.json: line 2: "country"/);
  });
});
