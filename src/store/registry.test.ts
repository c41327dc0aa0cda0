import { describe, expect, it } from 'vitest';
import { backends } from '../../test/stores.js';
import { analyzeToRecord } from '../pipeline.js';
import { textInput } from '../sources/input.js';

const record = (text: string, published: string) => analyzeToRecord(textInput(text, published, 'text'), { published });

describe.each(backends())('the actor registry across articles on $name', (backend) => {
  it('gives a person one id and accumulates the names and roles seen, with dates', async () => {
    const t = await backend.open();
    const store = t.store;
    await store.putArticle(record('Talks in Nairobi\n\nKenyan Defense Minister Peter Wafula met envoys in Nairobi. Wafula said talks went well.', '2021-03-01'));
    await store.putArticle(record('New cabinet\n\nKenyan Foreign Minister Peter Wafula flew to Addis Ababa on Monday.', '2023-06-05'));
    const again = await store.putArticle(record('New cabinet\n\nKenyan Foreign Minister Peter Wafula flew to Addis Ababa on Monday.', '2023-06-05'));
    expect(again.status).toBe('unchanged');
    const p = await store.actorProfile('person:peter-wafula');
    expect(p).toMatchObject({ name: 'Peter Wafula', country: 'KEN', firstSeen: '2021-03-01', lastSeen: '2023-06-05', articles: 2 });
    expect(p?.roles.map((r) => [r.role, r.firstSeen, r.lastSeen])).toEqual([
      ['Defense Minister', '2021-03-01', '2021-03-01'],
      ['Foreign Minister', '2023-06-05', '2023-06-05'],
    ]);
    expect(p?.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(['Peter Wafula', 'Wafula']));
    expect((await store.actorProfile('country:KEN'))?.articles).toBe(2);
    expect(await store.actorProfile('person:nobody')).toBeNull();
    await t.dispose();
  });
});
