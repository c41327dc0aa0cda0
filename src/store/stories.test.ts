import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends, type TestStore } from '../../test/stores.js';
import { analyzeToRecord } from '../pipeline.js';
import { textInput } from '../sources/input.js';
import type { Store } from './store.js';

// One wire story as three outlets ran it (own headline, a trimmed paragraph, a line of their own), and a
// different story on the same subject.
const WIRE = [
  'Ministers from Armenia and Azerbaijan signed a framework agreement in Geneva on Friday that sets out the steps toward a peace treaty, the two foreign ministries said in a joint statement.',
  'The agreement commits both sides to mark the border with the help of surveyors from the two countries, and to reopen road and rail links that have been closed for three decades.',
  '“This is the first document both governments have signed since the ceasefire,” the Swiss foreign minister told reporters after the ceremony.',
  'Talks on the text of the treaty itself will start next month in Vienna, according to the statement, and are expected to last until the end of the year.',
  'Several questions remain open, including the return of displaced people and the status of enclaves on both sides of the border, diplomats said.',
];
const copy = (headline: string, paragraphs: string[]) => analyzeToRecord(textInput([headline, ...paragraphs].join('\n\n'), headline, 'text'), { published: '2024-05-03' });
const OTHER = [
  'Azerbaijan’s president said on Saturday that the agreement signed in Geneva was a victory for his country and that he expected a treaty within months.',
  'Speaking at a military parade in Baku, he thanked Turkey for its support and warned that any delay in marking the border would be Armenia’s fault.',
  'Opposition leaders in Yerevan called the framework a capitulation and announced a rally for Sunday in front of the parliament building.',
  'Analysts in both capitals said the speeches were aimed at audiences at home rather than at the negotiators who will meet in Vienna next month.',
];

describe.each(backends())('stories of near-duplicate articles on $name', (backend) => {
  let t: TestStore;
  let store: Store;
  beforeEach(async () => {
    t = await backend.open();
    store = t.store;
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('links copies of one wire story as one story, and keeps a different story apart', async () => {
    const a = copy('Armenia, Azerbaijan sign framework for peace treaty', WIRE);
    const b = copy('Caucasus rivals take first step to peace deal', WIRE.slice(0, 4));
    const c = copy('Armenia and Azerbaijan agree on steps to a treaty', [...WIRE, 'The European Union welcomed the agreement.']);
    const d = copy('Aliyev hails Geneva deal as victory', OTHER);
    for (const r of [a, b, c, d]) await store.putArticle(r);

    const story = await store.storyOf(b.id);
    expect(story).toMatchObject({ story: a.id, articles: [a.id, b.id, c.id] });
    expect(story?.similarity).toBeGreaterThan(0.5);
    expect((await store.storyOf(d.id))?.articles).toEqual([d.id]);
    expect(await store.countStories()).toBe(2);
    const [top] = await store.listStories({ minArticles: 2 });
    expect(top).toMatchObject({ id: a.id, articles: 3, title: 'Armenia, Azerbaijan sign framework for peace treaty', published: '2024-05-03' });
  });

  it('a re-analyzed article stays in its story', async () => {
    const a = copy('Armenia, Azerbaijan sign framework for peace treaty', WIRE);
    const b = copy('Caucasus rivals take first step to peace deal', WIRE.slice(0, 4));
    await store.putArticle(a);
    await store.putArticle(b);
    await store.putArticle({ ...a, pipeline: { version: '9.9.9+new' } });
    expect((await store.storyOf(a.id))?.story).toBe(a.id);
    expect((await store.storyOf(b.id))?.articles.sort()).toEqual([a.id, b.id].sort());
  });

  it('an unknown article has no story', async () => {
    expect(await store.storyOf('nope')).toBeNull();
  });
});
