// Text that is not tidy news prose must not crash a stage or make it slow: pasted tables, run-on
// lists, endless sentences, other languages, quotes that never close.
import { describe, expect, it } from 'vitest';
import { recordProblems } from '../src/doc/schema.js';
import { analyzeToRecord } from '../src/pipeline.js';
import { textInput } from '../src/sources/input.js';

const analyze = (body: string) => analyzeToRecord(textInput(`Awkward text\n\n${body}`, 'bad', 'text'), { published: '2024-05-14' });

describe('awkward input', () => {
  it('a 2,000-word sentence', () => {
    const words = Array.from({ length: 2000 }, (_, i) => ['Russia', 'attacked', 'Ukraine', 'and', 'said', 'that', '“we', 'will', 'win”', 'while'][i % 10]).join(' ');
    const r = analyze(`${words}.`);
    expect(recordProblems(r)).toEqual([]);
  });

  it('a run-on list of countries expands to a bounded number of events, with a warning', () => {
    const list = 'the United States, Britain, France, Germany, Italy, Spain, Poland, Canada, Japan, Australia, Norway, Sweden and Denmark';
    const r = analyze(`${list} condemned Russia and accused Belarus of helping it.`);
    expect(r.events.length).toBeLessThanOrEqual(16);
    expect(r.warnings.join(' ')).toMatch(/a list of more than \d+ actors/);
    expect(recordProblems(r)).toEqual([]);
  });

  it('a table pasted as text', () => {
    const table = ['Country\tExports\tImports', ...Array.from({ length: 200 }, (_, i) => `Country ${i}\t${i * 3}%\t$${i} million`)].join('\n');
    const r = analyze(table);
    expect(recordProblems(r)).toEqual([]);
  });

  it('paragraphs in other languages and scripts', () => {
    const r = analyze('Министр иностранных дел заявил, что «переговоры продолжатся».\n\n外交部长说：“谈判将继续。”\n\nقال وزير الخارجية إن "المحادثات ستستمر".\n\nLe ministre a déclaré que « les négociations continueront ».');
    expect(recordProblems(r)).toEqual([]);
  });

  it('unbalanced quotation marks across many paragraphs', () => {
    const paras = Array.from({ length: 30 }, (_, i) => `“Paragraph ${i} of a speech by the minister that opens a quote and never closes it`).join('\n\n');
    const r = analyze(`The minister said: ${paras}`);
    expect(r.warnings.join(' ')).toMatch(/quotation mark never closes/);
    expect(recordProblems(r)).toEqual([]);
  });
});
