import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type SentenceTokens, featurizeDocument } from './features.js';
import { ModelFileError, NerModel } from './model.js';
import { AveragedPerceptron, type TrainItem } from './perceptron.js';
import { CONLL_TYPES, TagSet } from './tags.js';
import { NerTagger, hintsFrom, loadResources } from './tagger.js';

const dir = mkdtempSync(join(tmpdir(), 'chancery-ner-model-'));
const tags = new TagSet(CONLL_TYPES);

/** A tiny model trained here on a handful of sentences: enough to test the mechanics end to end. */
function tinyModel(): { model: NerModel; path: string } {
  const people = ['Alice Smith', 'Bob Jones', 'Carol White', 'Dan Brown'];
  const places = ['Paris', 'Berlin', 'Madrid', 'Rome'];
  const docs: { s: SentenceTokens; spans: { start: number; end: number; type: string }[] }[] = [];
  for (const p of people) {
    for (const c of places) {
      const words = [...p.split(' '), 'visited', c, 'today', '.'];
      docs.push({ s: { words, pos: ['PROPN', 'PROPN', 'VERB', 'PROPN', 'NOUN', 'PUNCT'] }, spans: [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }] });
    }
  }
  const res = { gazetteer: null, lexicon: null };
  const index = new Map<number, number>();
  const keys: number[] = [];
  const items: TrainItem[] = docs.map(({ s, spans }) => {
    const f = featurizeDocument([s], res)[0];
    const ids = Int32Array.from(f.keys, (k) => {
      let i = index.get(k);
      if (i === undefined) {
        i = keys.push(k) - 1;
        index.set(k, i);
      }
      return i;
    });
    return { ids, offsets: f.offsets, gold: tags.encode(spans, s.words.length) };
  });
  const p = new AveragedPerceptron(keys.length, tags);
  for (let epoch = 0; epoch < 5; epoch++) for (const item of items) p.learn(item);
  const avg = p.averaged();
  const path = join(dir, 'tiny.bin');
  NerModel.write(path, { types: [...CONLL_TYPES], twoPass: false, info: {} }, Uint32Array.from(keys), avg.w, avg.trans);
  return { model: NerModel.read(path), path };
}

describe('NerModel files', () => {
  const { model, path } = tinyModel();

  it('round-trips through the file and tags unseen combinations', () => {
    expect(model.header.types).toEqual(['PER', 'ORG', 'LOC', 'MISC']);
    const tagger = new NerTagger(model, { gazetteer: null, lexicon: null });
    const [spans] = tagger.tagDocument([{ words: ['Dan', 'Brown', 'visited', 'Paris', 'today', '.'], pos: ['PROPN', 'PROPN', 'VERB', 'PROPN', 'NOUN', 'PUNCT'] }]);
    expect(spans).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
    expect(path).toMatch(/tiny\.bin$/);
  });

  it('says which file is missing and how to rebuild it', () => {
    const missing = join(dir, 'nope.bin');
    expect(() => NerModel.read(missing)).toThrow(ModelFileError);
    expect(() => NerModel.read(missing)).toThrow(/nope\.bin: file not found; rebuild it with `npm run train:ner`/);
  });

  it('rejects corrupt and truncated files with the same advice', () => {
    const garbage = join(dir, 'garbage.bin');
    writeFileSync(garbage, 'not a model at all');
    expect(() => NerModel.read(garbage)).toThrow(/garbage\.bin: not a gzip file.*npm run train:ner/);
    const wrongMagic = join(dir, 'magic.bin');
    writeFileSync(wrongMagic, gzipSync(Buffer.from('SOMETHING ELSE\n')));
    expect(() => NerModel.read(wrongMagic)).toThrow(/magic\.bin: not a Chancery NER model/);
    const good = NerModel.encode({ types: [...CONLL_TYPES], twoPass: false, info: {} }, new Uint32Array([5, 9]), new Float32Array(2 * 17).fill(0.5), new Float32Array(18 * 17));
    const truncated = join(dir, 'truncated.bin');
    const raw = gunzipSync(good);
    writeFileSync(truncated, gzipSync(raw.subarray(0, raw.length - 10)));
    expect(() => NerModel.read(truncated)).toThrow(/truncated\.bin: expected \d+ bytes of weights/);
  });
});

describe('the word lexicon file', () => {
  it('when corrupt, is named with the commands that rebuild it', () => {
    const root = mkdtempSync(join(tmpdir(), 'chancery-ner-root-'));
    mkdirSync(join(root, 'models'));
    writeFileSync(join(root, 'models', 'ner-en.lexicon.tsv'), 'garbage\n');
    expect(() => loadResources(root)).toThrow(ModelFileError);
    expect(() => loadResources(root)).toThrow(/ner-en\.lexicon\.tsv: unexpected header "garbage"; rebuild it with `node scripts\/ner\/clusters\.mjs && npm run train:ner`/);
  });
});

describe('hintsFrom', () => {
  it('marks each word with the type and position of the names it was found in', () => {
    const sentences = [{ words: ['Jeyhun', 'Bayramov', 'spoke'], pos: [] }, { words: ['Bayramov', 'said'], pos: [] }];
    const hints = hintsFrom(sentences, [[{ start: 0, end: 2, type: 'PER' }], []], CONLL_TYPES);
    // PER is type 0: bit 2 is "last word of a longer name".
    expect(hints.get('bayramov')).toBe(1 << 2);
    expect(hints.get('jeyhun')).toBe(1 << 0);
    expect(hints.has('spoke')).toBe(false);
  });
});
