import { describe, expect, it } from 'vitest';
import { featurizeDocument, isAllCapsSentence, longShape, shortShape } from './features.js';
import { Gazetteer } from './gazetteer.js';

describe('word shapes', () => {
  it('collapses runs of one character class', () => {
    expect(shortShape('Baku')).toBe('Xx');
    expect(shortShape('U.S.')).toBe('X.X.');
    expect(shortShape('1996-08-30')).toBe('d-d-d');
    expect(shortShape('McDonald')).toBe('XxXx');
    expect(longShape('NATO')).toBe('XXXX');
    expect(longShape('Azerbaijan')).toBe('Xxxxx');
  });

  it('gives other scripts and emoji their own classes', () => {
    expect(shortShape('Москва')).toBe('Xx');
    expect(shortShape('القدس')).toBe('L');
    expect(shortShape('北京')).toBe('L');
    expect(shortShape('🇮🇱')).toBe('s');
  });
});

describe('headlines', () => {
  it('knows an all-caps headline or dateline from a sentence with an acronym', () => {
    expect(isAllCapsSentence(['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN', '.'])).toBe(true);
    expect(isAllCapsSentence(['LONDON', '1996-08-30'])).toBe(true);
    expect(isAllCapsSentence(['The', 'EU', 'and', 'NATO', 'met', '.'])).toBe(false);
    expect(isAllCapsSentence(['1996-08-30'])).toBe(false);
  });

  it('reads a headline word through the casing the same document uses', () => {
    const sentences = [
      { words: ['BAYRAMOV', 'VISITS', 'JERUSALEM'], pos: ['PROPN', 'VERB', 'PROPN'] },
      { words: ['Jeyhun', 'Bayramov', 'arrived', 'in', 'Jerusalem', '.'], pos: ['PROPN', 'PROPN', 'VERB', 'ADP', 'PROPN', 'PUNCT'] },
    ];
    const cased = featurizeDocument(sentences, { gazetteer: null, lexicon: null });
    const plain = featurizeDocument([{ words: ['Bayramov', 'visits', 'Jerusalem'], pos: ['PROPN', 'VERB', 'PROPN'] }, sentences[1]], { gazetteer: null, lexicon: null });
    // The word feature of "BAYRAMOV" is that of "Bayramov".
    const wordKeys = (f: { keys: Uint32Array; offsets: Int32Array }, i: number) => new Set(f.keys.subarray(f.offsets[i], f.offsets[i + 1]));
    const a = wordKeys(cased[0], 0);
    const b = wordKeys(plain[0], 0);
    expect([...b].filter((k) => a.has(k)).length).toBeGreaterThan(b.size / 2);
  });
});

describe('featurizeDocument', () => {
  it('adds gazetteer positions to the tokens of a listed phrase', () => {
    const gaz = new Gazetteer();
    gaz.add('countries', 'Israel');
    gaz.add('organizations', 'Stockholm International Peace Research Institute');
    expect(gaz.annotate(['the', 'stockholm', 'international', 'peace', 'research', 'institute', 'said'])).toEqual([[], [4], [5], [5], [5], [6], []]);
    expect(gaz.annotate(['israel'])).toEqual([[3]]);
    expect(gaz.has('countries', 'ISRAEL')).toBe(true);
  });

  it('is linear on a 10,000-word sentence without punctuation', () => {
    const words = Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? 'Cohen' : `word${i % 50}`));
    const pos = words.map(() => 'NOUN');
    const time = (n: number) => {
      const t0 = performance.now();
      featurizeDocument([{ words: words.slice(0, n), pos: pos.slice(0, n) }], { gazetteer: null, lexicon: null });
      return performance.now() - t0;
    };
    time(1000);
    const small = time(2500);
    const big = time(10_000);
    expect(big).toBeLessThan(Math.max(50, small) * 8);
  });
});
