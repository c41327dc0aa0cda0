// One suite, every store: what the Store contract promises, checked against SQLite and (when
// CHANCERY_TEST_POSTGRES is set) PostgreSQL alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleRecord, type EventSpec } from '../../test/fixtures/records.js';
import { backends, type TestStore } from '../../test/stores.js';
import { parseEventQuery, parseQuoteQuery, parseSide } from './query.js';

const BAKU = { id: 'place:AZE:baku', name: 'Baku', country: 'AZE', lat: 40.4093, lon: 49.8671 };
const COHEN: [string, string, string, string] = ['person:eli-cohen', 'Eli Cohen', 'ISR', 'ISRGOV'];
// Enough ordinary words that two copies of an article are recognized as one story.
const FILLER = [
  'The two governments have worked together on energy, farming and security for three decades, officials in both capitals said.',
  'Trade between the countries has grown every year since the embassies opened, according to figures published by both ministries.',
  'Diplomats expect further meetings before the end of the year, when a joint commission is due to hold its annual session in the capital.',
];

const MARCH: EventSpec[] = [
  { source: COHEN, target: 'AZE', cameo: '042', quadClass: 1, goldstein: 1.9, plover: 'CONSULT', sentence: 'Eli Cohen visited Azerbaijan on Wednesday.', trigger: 'visited', date: '2023-03-29', place: BAKU },
  { source: 'AZE', target: 'ISR', cameo: '057', quadClass: 1, goldstein: 8, plover: 'AGREE', sentence: 'Azerbaijan signed a trade agreement with Israel.', trigger: 'signed' },
  { source: 'IRN', target: 'AZE', cameo: '111', quadClass: 3, goldstein: -2, plover: 'ACCUSE', sentence: 'Iran criticized Azerbaijan for the embassy.', trigger: 'criticized' },
  { source: 'ISR', target: 'AZE', cameo: '190', quadClass: 4, goldstein: -10, plover: 'FIGHT', sentence: 'Israel did not attack Azerbaijan.', trigger: 'attack', negated: true },
];
const APRIL: EventSpec[] = [
  { source: 'ISR', target: 'AZE', cameo: '036', quadClass: 1, goldstein: 4, plover: 'CONSULT', sentence: 'Israel plans to open a trade office in Azerbaijan.', trigger: 'plans', modality: 'intent' },
  { source: 'AZE', target: 'ISR', cameo: '111', quadClass: 3, goldstein: -2, plover: 'ACCUSE', sentence: 'Azerbaijan criticized Israel over a delayed delivery.', trigger: 'criticized', date: '2023-04-10' },
  { source: 'ISR', target: 'AZE', cameo: '190', quadClass: 4, goldstein: -10, plover: 'FIGHT', sentence: 'Israel would strike Azerbaijan if attacked.', trigger: 'strike', modality: 'conditional' },
];

const march = articleRecord({
  title: 'Israel and Azerbaijan deepen ties',
  published: '2023-03-29',
  events: MARCH,
  extra: ['“We are grateful for this friendship,” said Eli Cohen.', 'Azerbaijan supplies 40 percent of the oil Israel buys.', ...FILLER],
  quotes: [{ text: 'We are grateful for this friendship,', speaker: 'person:eli-cohen' }],
  claims: [{ text: '40 percent', value: 40, unit: 'percent', subject: 'AZE', about: 'oil' }],
  location: 'wire/march.txt',
});
const marchCopy = articleRecord({
  title: 'Azerbaijan, Israel sign trade pact as minister visits',
  published: '2023-03-29',
  events: MARCH,
  extra: ['“We are grateful for this friendship,” said Eli Cohen.', 'Azerbaijan supplies 40 percent of the oil Israel buys.', ...FILLER],
  location: 'other/march-copy.txt',
  publisher: 'Other Daily',
});
const april = articleRecord({ title: 'Israel to open trade office in Baku', published: '2023-04-12', events: APRIL, location: 'wire/april.txt' });

describe.each(backends())('the store contract on $name', (backend) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await backend.open();
    for (const r of [march, marchCopy, april]) expect((await t.store.putArticle(r)).status).toBe('stored');
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('gives records back equal, and re-storing one changes nothing', async () => {
    expect(await t.store.getArticle(april.id)).toEqual(april);
    expect(await t.store.putArticle(april)).toEqual({ status: 'unchanged', id: april.id });
    expect(await t.store.countArticles()).toBe(3);
    expect(await t.store.getArticle('nope')).toBeNull();
  });

  it('replaces an article analyzed by another pipeline version, in place', async () => {
    const v2 = articleRecord({ title: 'Israel to open trade office in Baku', published: '2023-04-12', events: APRIL, location: 'wire/april.txt', version: '0.2.0+test' });
    expect(await t.store.staleArticles('0.2.0+test')).toContain(april.id);
    expect(await t.store.putArticle(v2)).toEqual({ status: 'replaced', id: april.id, story: april.id });
    expect((await t.store.events({ article: april.id, limit: 50 })).total).toBe(3);
    expect(await t.store.putArticle(april)).toEqual({ status: 'replaced', id: april.id, story: april.id });
  });

  it('writes a batch all or nothing', async () => {
    const good = articleRecord({ title: 'Turkey hosts talks', published: '2023-05-02', events: [{ source: 'TUR', target: 'ARM', cameo: '043', quadClass: 1, goldstein: 2.8, plover: 'CONSULT', sentence: 'Turkey hosted Armenia for talks.', trigger: 'hosted' }] });
    const bad = articleRecord({ title: 'Broken', published: '2023-05-02', events: [{ source: 'TUR', target: 'ARM', cameo: '043', quadClass: 1, goldstein: 2.8, plover: 'CONSULT', sentence: 'Turkey met Armenia in Kars.', trigger: 'met' }] });
    bad.events.push({ ...bad.events[0] }); // a duplicate key, found only by the database
    await expect(t.store.putArticles([good, bad])).rejects.toThrow(/malformed record/);
    expect(await t.store.getArticle(good.id)).toBeNull();
    expect(await t.store.countArticles()).toBe(3);
  });

  it('knows which sources are stored by a version (what a resumed ingest skips)', async () => {
    const stored = await t.store.storedSources(['wire/march.txt', 'wire/april.txt', 'wire/missing.txt'], '0.1.0+test');
    expect([...stored].sort()).toEqual(['wire/april.txt', 'wire/march.txt']);
    expect((await t.store.storedSources(['wire/march.txt'], '9.9.9')).size).toBe(0);
  });

  it('links a wire copy to its story and marks its events as duplicates', async () => {
    const story = await t.store.storyOf(marchCopy.id);
    expect(story?.story).toBe(march.id);
    expect(story?.articles).toEqual([march.id, marchCopy.id]);
    const copies = await t.store.events({ article: marchCopy.id, includeDuplicates: true, limit: 50 });
    expect(copies.items.map((e) => e.duplicate)).toEqual([true, true, true, true]);
    expect((await t.store.events({ article: marchCopy.id, limit: 50 })).total).toBe(0);
  });

  it('filters events by dyad, direction, codes, dates, place, modality, negation and words', async () => {
    const q = (p: Record<string, string>) => t.store.events(parseEventQuery(p)).then((page) => page.total);
    expect(await q({ dyad: 'ISR,AZE' })).toBe(6);
    expect(await q({ dyad: 'ISR,AZE', directed: 'true' })).toBe(4);
    expect(await q({ dyad: 'AZE,ISR', directed: 'true' })).toBe(2);
    expect(await q({ dyad: 'ISR,AZE', duplicates: 'true' })).toBe(9);
    expect(await q({ actor: 'IRN' })).toBe(1);
    expect(await q({ source: 'ISRGOV' })).toBe(1);
    expect(await q({ source: 'person:eli-cohen', target: 'AZE' })).toBe(1);
    expect(await q({ cameo: '04' })).toBe(1);
    expect(await q({ cameo: '111' })).toBe(2);
    expect(await q({ root: '19' })).toBe(2);
    expect(await q({ quad: '3' })).toBe(2);
    expect(await q({ plover: 'agree' })).toBe(1);
    expect(await q({ from: '2023-04-01' })).toBe(3);
    expect(await q({ from: '2023-04-01', to: '2023-04-10' })).toBe(1);
    expect(await q({ place: 'Baku' })).toBe(1);
    expect(await q({ place: 'AZE' })).toBe(1);
    expect(await q({ modality: 'intent' })).toBe(1);
    expect(await q({ negated: 'true' })).toBe(1);
    expect(await q({ text: 'trade' })).toBe(2);
    expect(await q({ text: 'criticized Israel' })).toBe(1);
    expect(await q({ text: 'criticize' })).toBe(2); // stemmed in both databases

    const page = await t.store.events(parseEventQuery({ dyad: 'ISR,AZE', limit: '2', offset: '1' }));
    expect(page).toMatchObject({ total: 6, limit: 2, offset: 1 });
    expect(page.items).toHaveLength(2);
    const [visit] = (await t.store.events(parseEventQuery({ cameo: '042' }))).items;
    expect(visit).toMatchObject({
      source: { actor: 'person:eli-cohen', code: 'ISRGOV', name: 'Eli Cohen', country: 'ISR' },
      target: { actor: 'country:AZE', code: 'AZE', name: 'Azerbaijan', country: 'AZE' },
      day: '2023-03-29',
      place: { name: 'Baku', country: 'AZE' },
      evidence: 'Eli Cohen visited Azerbaijan on Wednesday.',
      article: { title: 'Israel and Azerbaijan deepen ties', source: 'wire/march.txt' },
    });
    expect(march.text.slice(visit.trigger.start, visit.trigger.end)).toBe('visited');
  });

  it('reads every event of a large selection by key', async () => {
    const all = [];
    for await (const e of t.store.eachEvent({ includeDuplicates: true })) all.push(e);
    expect(all).toHaveLength(11);
    expect(new Set(all.map((e) => `${e.articleId}/${e.id}`)).size).toBe(11);
  });

  it('draws the dyad timeline in both directions, by month and by ISO week, leaving out negated and conditional events', async () => {
    const monthly = await t.store.dyadTimeline(parseSide('a', 'ISR'), parseSide('b', 'AZE'), { by: 'month' });
    expect(monthly.periods).toEqual([
      {
        period: '2023-03',
        ab: { events: 1, quadClass: [1, 0, 0, 0], goldsteinSum: 1.9, goldsteinMean: 1.9 },
        ba: { events: 1, quadClass: [1, 0, 0, 0], goldsteinSum: 8, goldsteinMean: 8 },
      },
      {
        period: '2023-04',
        ab: { events: 1, quadClass: [1, 0, 0, 0], goldsteinSum: 4, goldsteinMean: 4 },
        ba: { events: 1, quadClass: [0, 0, 1, 0], goldsteinSum: -2, goldsteinMean: -2 },
      },
    ]);
    expect(monthly.total.ab).toEqual({ events: 2, quadClass: [2, 0, 0, 0], goldsteinSum: 5.9, goldsteinMean: 2.95 });
    const weekly = await t.store.dyadTimeline(parseSide('a', 'ISR'), parseSide('b', 'AZE'), { by: 'week' });
    expect(weekly.periods.map((p) => p.period)).toEqual(['2023-W13', '2023-W15']);
    const all = await t.store.dyadTimeline(parseSide('a', 'ISR'), parseSide('b', 'AZE'), { by: 'month', includeAll: true, includeDuplicates: true });
    expect(all.total.ab.events).toBe(2 + 2 + 2); // the visit twice (a copy), the negated attack twice, intent and conditional
    const byActor = await t.store.dyadTimeline(parseSide('a', 'person:eli-cohen'), parseSide('b', 'AZE'), { by: 'day' });
    expect(byActor.periods).toEqual([{ period: '2023-03-29', ab: expect.objectContaining({ events: 1 }), ba: expect.objectContaining({ events: 0 }) }]);
    const april = await t.store.dyadTimeline(parseSide('a', 'ISR'), parseSide('b', 'AZE'), { by: 'month', from: '2023-04-01' });
    expect(april.periods.map((p) => p.period)).toEqual(['2023-04']);
  });

  it('ranks actors and pairs', async () => {
    const actors = await t.store.topActors({ limit: 3 });
    expect(actors[0]).toMatchObject({ actor: 'country:AZE', name: 'Azerbaijan', asSource: 2, asTarget: 3, events: 5 });
    const pairs = await t.store.topPairs({ limit: 10 });
    expect(pairs.find((p) => p.source.actor === 'country:AZE' && p.target.actor === 'country:ISR')).toMatchObject({ events: 2, goldsteinMean: 3 });
  });

  it('finds quotes by speaker and words, claims by subject, and searches everything', async () => {
    const bySpeaker = await t.store.quotes(parseQuoteQuery({ speaker: 'person:eli-cohen' }));
    expect(bySpeaker.total).toBe(1);
    expect(bySpeaker.items[0]).toMatchObject({ text: 'We are grateful for this friendship,', direct: true, speaker: { name: 'Eli Cohen', country: 'ISR' } });
    expect((await t.store.quotes(parseQuoteQuery({ speaker: 'ISR' }))).total).toBe(1);
    expect((await t.store.quotes(parseQuoteQuery({ text: 'friendship' }))).total).toBe(1);
    expect((await t.store.quotes(parseQuoteQuery({ speaker: 'AZE' }))).total).toBe(0);
    const claims = await t.store.claims({ subject: parseSide('subject', 'AZE') });
    expect(claims.items).toEqual([expect.objectContaining({ value: 40, unit: 'percent', text: '40 percent', subject: { actor: 'country:AZE', name: 'Azerbaijan' } })]);
    const hits = await t.store.search('grateful friendship');
    expect(hits.filter((h) => h.kind === 'quote')).toHaveLength(1);
    expect(hits.filter((h) => h.kind === 'article').map((h) => h.articleId).sort()).toEqual([march.id, marchCopy.id].sort());
    expect((await t.store.search('Cohen')).some((h) => h.kind === 'actor' && h.id === 'person:eli-cohen')).toBe(true);
  });

  it('keeps SQL injection in text filters inert', async () => {
    const attacks = ["'; DROP TABLE events; --", "x' OR '1'='1", 'Baku" OR 1=1 --', 'trade) OR (1=1', '%', "\\'; DELETE FROM articles; --"];
    for (const text of attacks) {
      expect((await t.store.events(parseEventQuery({ text: `${text} zebra` }))).total).toBe(0);
      expect((await t.store.events(parseEventQuery({ place: text.replace(/^%$/, '% x') }))).total).toBe(0);
      expect((await t.store.quotes(parseQuoteQuery({ text: `${text} zebra` }))).total).toBe(0);
      await t.store.search(text.replace(/^%$/, '%x'));
      expect(await t.store.findActors(text)).toEqual([]);
    }
    expect(() => parseEventQuery({ actor: "ISR' OR 1=1" })).toThrow(/invalid actor/);
    expect(await t.store.countArticles()).toBe(3);
    expect((await t.store.events(parseEventQuery({ duplicates: 'true' }))).total).toBe(11);
  });
});
