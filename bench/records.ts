// Synthetic article records for store and API benches: valid by the record schema, with events between a
// few countries spread over two years, and words drawn at random so no two articles look like one story.
import { type ArticleRecord, RecordSchema } from '../src/doc/schema.js';
import { contentId } from '../src/util/hash.js';
import { seededRandom } from './util.js';

const COUNTRIES: [string, string][] = [
  ['ISR', 'Israel'], ['AZE', 'Azerbaijan'], ['IRN', 'Iran'], ['TUR', 'Turkey'], ['ARM', 'Armenia'], ['USA', 'United States'], ['RUS', 'Russia'], ['KAZ', 'Kazakhstan'],
];
const EVENTS: { cameo: string; quad: 1 | 2 | 3 | 4; goldstein: number; plover: string; verb: string }[] = [
  { cameo: '042', quad: 1, goldstein: 1.9, plover: 'CONSULT', verb: 'visited' },
  { cameo: '043', quad: 1, goldstein: 2.8, plover: 'CONSULT', verb: 'hosted' },
  { cameo: '057', quad: 1, goldstein: 8, plover: 'AGREE', verb: 'signed with' },
  { cameo: '061', quad: 2, goldstein: 6.4, plover: 'COOPERATE', verb: 'cooperated with' },
  { cameo: '111', quad: 3, goldstein: -2, plover: 'ACCUSE', verb: 'criticized' },
  { cameo: '130', quad: 3, goldstein: -4.4, plover: 'THREATEN', verb: 'threatened' },
  { cameo: '190', quad: 4, goldstein: -10, plover: 'FIGHT', verb: 'attacked' },
];
const WORDS = (
  'energy trade pipeline border talks security grain railway corridor ministry embassy summit accord tariff refinery drone port ' +
  'harbour convoy election parliament budget loan bank currency vaccine hospital water dam river highway airport satellite ' +
  'cable fibre wheat cotton gas oil uranium reactor treaty observer mission envoy delegation festival museum university scholar'
).split(' ');

/** `articles` records of `eventsPerArticle` events each; one event in three is between ISR and AZE. */
export function syntheticRecords(articles: number, eventsPerArticle: number, seed = 1): ArticleRecord[] {
  const rand = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const out: ArticleRecord[] = [];
  for (let n = 0; n < articles; n++) {
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(rand() * 730) * 86_400_000).toISOString().slice(0, 10);
    const specs = Array.from({ length: eventsPerArticle }, () => {
      const isrAze = rand() < 1 / 3;
      const a = isrAze ? COUNTRIES[0] : pick(COUNTRIES);
      let b = isrAze ? COUNTRIES[1] : pick(COUNTRIES);
      while (b === a) b = pick(COUNTRIES);
      const [source, target] = rand() < 0.5 ? [a, b] : [b, a];
      const filler = Array.from({ length: 8 }, () => pick(WORDS)).join(' ');
      return { source, target, event: pick(EVENTS), sentence: `${source[1]} ${pick(EVENTS).verb} ${target[1]} over ${filler} (${n}).` };
    });
    const title = `Report ${n}: ${Array.from({ length: 5 }, () => pick(WORDS)).join(' ')}`;
    let text = title;
    const sentences = [{ start: 0, end: title.length }];
    const events: ArticleRecord['events'] = [];
    const actors = new Map<string, ArticleRecord['actors'][number]>();
    const actor = ([code, name]: [string, string]) => {
      if (!actors.has(code)) actors.set(code, { id: `country:${code}`, name, kind: 'country', country: code, agents: [], code, mentions: [] });
      return { actor: `country:${code}`, code };
    };
    specs.forEach((s, i) => {
      text += i ? ' ' : '\n';
      const sentence = { start: text.length, end: text.length + s.sentence.length };
      text += s.sentence;
      sentences.push(sentence);
      const trigger = { start: sentence.start + s.source[1].length + 1, end: sentence.start + s.source[1].length + 2 };
      events.push({
        id: `e${i + 1}`, source: actor(s.source), target: actor(s.target), cameo: s.event.cameo, rootCode: s.event.cameo.slice(0, 2), quadClass: s.event.quad,
        goldstein: s.event.goldstein, plover: { type: s.event.plover }, date: { value: day, granularity: 'day', origin: 'published' }, modality: 'asserted',
        negated: false, sentence, trigger, evidence: s.sentence, confidence: 0.8, rule: 'bench', mentions: [{ sentence, trigger }],
      });
    });
    out.push(
      RecordSchema.parse({
        schema: 'chancery/article@1', id: contentId(text), pipeline: { version: '0.0.0+bench' }, source: { kind: 'file', location: `bench/${n}.txt` }, text,
        sections: [{ kind: 'title', start: 0, end: title.length }, { kind: 'body', start: title.length + 1, end: text.length }],
        article: { title, dek: null, authors: [], publisher: 'Bench News', published: { value: day, origin: 'metadata' }, url: null, language: 'en' },
        sentences, mentions: [], actors: [...actors.values()], places: [], dates: [], events, quotes: [], claims: [], warnings: [],
      }),
    );
  }
  return out;
}
