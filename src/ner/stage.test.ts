// The entities stage with the shipped model: what an analyst sees in the record's mentions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haveShared, shared } from '../../test/helpers.js';
import { Doc } from '../doc/doc.js';
import type { Mention } from '../doc/schema.js';
import { runStages } from '../doc/stage.js';
import { extractPlainText } from '../extract/plaintext.js';
import { languageStage } from '../language/language.js';
import { datesStage } from '../time/dates.js';
import { Gazetteer } from './gazetteer.js';
import { adjustSpans, mergeMentions, nerStage, recordType } from './stage.js';
import { nerTagger } from './tagger.js';

/** The stages up to this one (language, dates, entities), without the later stages that add mentions. */
function analyze(text: string, published?: string): Doc {
  const extracted = extractPlainText(text);
  const doc = new Doc(extracted.text, { kind: 'text', location: 'test' }, extracted.meta);
  doc.sections = extracted.sections;
  return runStages(doc, [languageStage, datesStage, nerStage], { published });
}

const ARTICLE = [
  'Azerbaijan and Israel tout strategic ties',
  'Foreign Minister Eli Cohen met his Azerbaijani counterpart Jeyhun Bayramov in Jerusalem on Wednesday, as Baku prepared to open its first embassy in Tel Aviv.',
  'Bayramov said that Azerbaijan provides 30% of Israel’s oil, worth $2 billion a year, through a 1,768 km pipeline.',
  'According to the Stockholm International Peace Research Institute, Israel provided 69 percent of Azerbaijan’s arms imports.',
  'The Iranian foreign ministry said the talks in the Nagorno-Karabakh region would resume next month.',
  'Turkish Foreign Minister Selim Karaoğlu visited Astana, where Kazakh officials met him.',
].join('\n\n');

const named = (text: string, mentions: Mention[]) => mentions.map((m) => `${m.type} ${text.slice(m.start, m.end)}`);

describe('nerStage', () => {
  const doc = analyze(ARTICLE, '2023-03-29');
  const found = named(doc.text, doc.mentions);

  it('finds people, countries, cities, nationalities and organizations with record types', () => {
    expect(found).toEqual(
      expect.arrayContaining([
        'PER Eli Cohen',
        'PER Jeyhun Bayramov',
        'PER Bayramov',
        'NORP Azerbaijani',
        'GPE Jerusalem',
        'GPE Tel Aviv',
        'GPE Azerbaijan',
        'GPE Israel',
        'ORG Stockholm International Peace Research Institute',
        'NORP Iranian',
        'LOC Nagorno-Karabakh',
        'PER Selim Karaoğlu',
        'GPE Astana',
        'NORP Kazakh',
      ]),
    );
  });

  it('adds numbers beside the dates stage’s DATE mentions', () => {
    expect(found).toEqual(expect.arrayContaining(['PERCENT 30%', 'PERCENT 69 percent', 'MONEY $2 billion', 'QUANTITY 1,768 km', 'DATE next month']));
  });

  it('keeps one sorted set of non-overlapping mentions with unique ids', () => {
    const ids = doc.mentions.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 1; i < doc.mentions.length; i++) expect(doc.mentions[i].start).toBeGreaterThanOrEqual(doc.mentions[i - 1].end);
    // The dates stage numbered its DATE mentions first; their ids are kept.
    for (const d of doc.mentions.filter((m) => m.type === 'DATE')) expect(d.id).toMatch(/^m[1-9]\d*$/);
  });
});

describe('mergeMentions', () => {
  const text = 'In October, Gantz met Aliyev in Baku and paid 5 million.';
  const doc = new Doc(text, { kind: 'text', location: 't' }, extractPlainText(text).meta);
  doc.mentions = [{ id: 'm1', type: 'DATE', start: 3, end: 10 }];
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  mergeMentions(doc, [{ ...at('In October'), type: 'PER' }, { ...at('Gantz'), type: 'PER' }, { ...at('Baku'), type: 'GPE' }], [{ ...at('5 million'), type: 'CARDINAL' }, { ...at('Baku'), type: 'CARDINAL' }]);

  it('lets a date keep its mention when the tagger read it as a name, and numbers fill the gaps', () => {
    expect(doc.mentions.map((m) => `${m.id} ${m.type} ${text.slice(m.start, m.end)}`)).toEqual(['m1 DATE October', 'm2 PER Gantz', 'm3 GPE Baku', 'm4 CARDINAL 5 million']);
  });
});

describe('record types and span fixes', () => {
  const gaz = Gazetteer.fromFolder(join(import.meta.dirname, '..', '..', 'data', 'gazetteers'));

  it('maps CoNLL types to the record’s: countries and cities are GPE, nationalities NORP, structures FAC', () => {
    expect(recordType('LOC', ['Azerbaijan'], gaz)).toBe('GPE');
    expect(recordType('LOC', ['Ganja'], gaz)).toBe('GPE');
    expect(recordType('LOC', ['Middle', 'East'], gaz)).toBe('LOC');
    expect(recordType('LOC', ['California'], gaz)).toBe('GPE');
    expect(recordType('LOC', ['Ben', 'Gurion', 'Airport'], gaz)).toBe('FAC');
    expect(recordType('ORG', ['Bibi', 'Heybat', 'Mosque'], gaz)).toBe('FAC');
    expect(recordType('MISC', ['Azeri'], gaz)).toBe('NORP');
    expect(recordType('MISC', ['pro-Russian'], gaz)).toBe('NORP');
    expect(recordType('MISC', ['Eurovision'], gaz)).toBe('MISC');
    expect(recordType('ORG', ['Kazakh'], gaz)).toBe('NORP');
    expect(recordType('ORG', ['Kazakh', 'Foreign', 'Ministry'], gaz)).toBe('ORG');
  });

  it('splits a country off a person, joins "X of Y" organizations, and reads a capital acting as its state', () => {
    const words = ['Deputy', 'Foreign', 'Minister', 'Azerbaijan', 'Fariz', 'Rzayev'];
    expect(adjustSpans([{ start: 3, end: 6, type: 'PER' }], words, gaz)).toEqual([
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 6, type: 'PER' },
    ]);
    const times = ['The', 'Times', 'of', 'Israel', 'reported'];
    expect(adjustSpans([{ start: 0, end: 2, type: 'ORG' }, { start: 3, end: 4, type: 'LOC' }], times, gaz)).toEqual([{ start: 0, end: 4, type: 'ORG' }]);
    expect(adjustSpans([{ start: 0, end: 1, type: 'ORG' }], ['Baku', 'said'], gaz)).toEqual([{ start: 0, end: 1, type: 'LOC' }]);
  });
});

describe('bad input', () => {
  const tagger = nerTagger();
  const tag = (words: string[]) => tagger.tagDocument([{ words, pos: words.map(() => 'NOUN') }]);

  it('tags a 10,000-word sentence without punctuation in linear time', () => {
    const vocab = ['Cohen', 'met', 'the', 'minister', 'in', 'Baku', 'and', 'talked', 'about', 'oil'];
    const words = Array.from({ length: 10_000 }, (_, i) => vocab[i % vocab.length]);
    const time = (n: number) => {
      const t0 = performance.now();
      tag(words.slice(0, n));
      return performance.now() - t0;
    };
    time(1000);
    const quarter = time(2500);
    const full = time(10_000);
    expect(full).toBeLessThan(2000);
    expect(full).toBeLessThan(Math.max(40, quarter) * 8);
  });

  it('takes other scripts, emoji and all-caps text in its stride', () => {
    const texts = [
      'وزير الخارجية الإسرائيلي إيلي كوهين يلتقي نظيره الأذربيجاني في القدس',
      'Министр иностранных дел Израиля Эли Коэн встретился с Джейхуном Байрамовым в Иерусалиме',
      '以色列外交部长科恩在耶路撒冷会见阿塞拜疆外长',
      'Cohen 🇮🇱🤝🇦🇿 Bayramov 😀 in Jerusalem 🎉',
      'FOREIGN MINISTER ELI COHEN MET AZERBAIJANI FOREIGN MINISTER JEYHUN BAYRAMOV IN JERUSALEM ON WEDNESDAY',
    ];
    for (const text of texts) {
      const doc = analyze(`Headline\n\n${text}`);
      for (const m of doc.mentions) expect(m.end).toBeGreaterThan(m.start);
    }
    const caps = analyze(`Headline\n\n${texts[4]}`);
    expect(named(caps.text, caps.mentions)).toEqual(expect.arrayContaining(['GPE JERUSALEM']));
  });
});

describe.runIf(haveShared())('the seed article', () => {
  it('finds every person, country and organization of the gold actor list, with its type', () => {
    const gold = JSON.parse(readFileSync(join(shared ?? '', 'gold', 'seed-azerbaijan-israel.gold.json'), 'utf8')) as { actors: { name: string; type: string }[] };
    const doc = analyze(readFileSync(join(shared ?? '', 'corpus', 'seed-azerbaijan-israel.txt'), 'utf8'), '2023-03-29');
    const want = { country: 'GPE', person: 'PER', organization: 'ORG' } as Record<string, string>;
    const key = (s: string) => s.replace(/^the\s+/i, '').toLowerCase();
    const have = new Set(doc.mentions.map((m) => `${m.type} ${key(doc.text.slice(m.start, m.end))}`));
    const missing = gold.actors.filter((a) => want[a.type] && !have.has(`${want[a.type]} ${key(a.name)}`)).map((a) => `${want[a.type]} ${a.name}`);
    expect(missing).toEqual([]);
  });
});
