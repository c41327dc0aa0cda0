import { describe, expect, it } from 'vitest';
import { iob2FromSpans, parseConll, spansFromTags } from './conll.js';
import { CONLL_TYPES, TagSet } from './tags.js';
import { viterbi } from './viterbi.js';

const tags = new TagSet(CONLL_TYPES);
const id = (name: string) => tags.names.indexOf(name);

describe('TagSet (BILOU)', () => {
  it('has O plus B, I, L, U for each type', () => {
    expect(tags.size).toBe(17);
    expect(tags.names.slice(0, 5)).toEqual(['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER']);
  });

  it('allows only well-formed transitions', () => {
    const ok = (a: string, b: string) => tags.allowed[(a === '<s>' ? tags.size : id(a)) * tags.size + id(b)] === 1;
    expect(ok('<s>', 'B-ORG')).toBe(true);
    expect(ok('<s>', 'I-ORG')).toBe(false);
    expect(ok('B-ORG', 'I-ORG')).toBe(true);
    expect(ok('B-ORG', 'L-ORG')).toBe(true);
    expect(ok('B-ORG', 'L-PER')).toBe(false);
    expect(ok('B-ORG', 'O')).toBe(false);
    expect(ok('L-ORG', 'U-PER')).toBe(true);
    expect(ok('O', 'L-LOC')).toBe(false);
    expect(tags.canEnd[id('B-PER')]).toBe(0);
    expect(tags.canEnd[id('U-PER')]).toBe(1);
  });

  it('encodes spans and decodes them back', () => {
    const spans = [
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 5, end: 8, type: 'ORG' },
    ];
    const encoded = tags.encode(spans, 9);
    expect(Array.from(encoded, (t) => tags.names[t])).toEqual(['B-PER', 'L-PER', 'O', 'U-LOC', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
    expect(tags.decode(encoded)).toEqual(spans);
  });
});

describe('viterbi', () => {
  it('never returns an ill-formed sequence, even when each token alone prefers one', () => {
    const n = 3;
    const emit = new Float64Array(n * tags.size);
    // Token scores alone would give I-PER, O, L-ORG: none of them can stand there.
    emit[0 * tags.size + id('I-PER')] = 5;
    emit[1 * tags.size + id('O')] = 1;
    emit[2 * tags.size + id('L-ORG')] = 5;
    const out = new Int32Array(n);
    viterbi(emit, n, tags, new Float64Array((tags.size + 1) * tags.size), out);
    const names = Array.from(out, (t) => tags.names[t]);
    expect(spansFromTags(names).length).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < n; i++) {
      const prev = i === 0 ? tags.size : out[i - 1];
      expect(tags.allowed[prev * tags.size + out[i]]).toBe(1);
    }
    expect(tags.canEnd[out[n - 1]]).toBe(1);
  });

  it('is linear in the sentence length', () => {
    const run = (n: number) => {
      const emit = new Float64Array(n * tags.size).map((_, i) => Math.sin(i));
      const t0 = performance.now();
      viterbi(emit, n, tags, new Float64Array((tags.size + 1) * tags.size), new Int32Array(n));
      return performance.now() - t0;
    };
    run(2000);
    expect(run(20_000)).toBeLessThan(2000);
  });
});

describe('CoNLL files', () => {
  const file = ['-DOCSTART- -X- -X- O', '', 'EU NNP I-NP I-ORG', 'rejects VBZ I-VP O', 'German JJ I-NP I-MISC', '', 'Peter NNP I-NP I-PER', 'Blackburn NNP I-NP I-PER', ''].join('\n');

  it('reads documents, sentences, tags and the line layout', () => {
    const { documents, lines } = parseConll(file);
    expect(documents).toHaveLength(1);
    expect(documents[0].sentences.map((s) => s.tokens)).toEqual([['EU', 'rejects', 'German'], ['Peter', 'Blackburn']]);
    expect(lines.map((l) => l.kind)).toEqual(['break', 'break', 'token', 'token', 'token', 'break', 'token', 'token']);
  });

  it('decodes IOB1, IOB2 and BILOU the way conlleval does', () => {
    expect(spansFromTags(['I-PER', 'I-PER', 'B-PER', 'O'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 2, end: 3, type: 'PER' },
    ]);
    expect(spansFromTags(['B-LOC', 'I-LOC', 'I-ORG'])).toEqual([
      { start: 0, end: 2, type: 'LOC' },
      { start: 2, end: 3, type: 'ORG' },
    ]);
    expect(spansFromTags(['U-PER', 'B-ORG', 'L-ORG'])).toEqual([
      { start: 0, end: 1, type: 'PER' },
      { start: 1, end: 3, type: 'ORG' },
    ]);
    expect(iob2FromSpans([{ start: 1, end: 3, type: 'ORG' }], 4)).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });
});
