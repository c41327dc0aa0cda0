import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../doc/schema.js';
import { analyzeToRecord } from '../pipeline.js';
import { textInput } from '../sources/input.js';

const ARTICLE = [
  'Ministers pledge to reopen border crossings',
  'Foreign Minister Tomas Varga of Hungary met his Serbian counterpart, Milan Petrovic, in Budapest on Tuesday.',
  '“We want trains running again before winter,” said Varga, adding that the two countries shared “a common interest in stable borders.”',
  'Petrovic said that Serbia would open two new crossings next month. “This is a practical step,” he continued. “Nobody should wait hours at the border.”',
  'Trade between the two countries grew by about 12 percent last year, Varga said.',
  'According to the European Commission, more than 40,000 trucks cross the border each week.',
  '“We will not accept new fences,” Petrovic told reporters.',
].join('\n\n');

const speakerOf = (r: ArticleRecord, text: string) => {
  const q = r.quotes.find((x) => x.text.includes(text));
  return q ? { name: r.actors.find((a) => a.id === q.speaker)?.name ?? null, direct: q.direct } : undefined;
};

describe('quotes', () => {
  const r = analyzeToRecord(textInput(ARTICLE, 'quotes', 'text'), { published: '2024-05-14' });

  it('finds direct quotes with the speaker of their cue, inverted or not', () => {
    expect(speakerOf(r, 'We want trains running')).toEqual({ name: 'Tomas Varga', direct: true });
    expect(speakerOf(r, 'We will not accept new fences')).toEqual({ name: 'Milan Petrovic', direct: true });
  });

  it('gives a partial quote after a participle the main clause’s speaker', () => {
    expect(speakerOf(r, 'a common interest in stable borders.')).toEqual({ name: 'Tomas Varga', direct: true });
  });

  it('resolves "he continued" and carries the speaker to the next quote', () => {
    expect(speakerOf(r, 'This is a practical step')).toEqual({ name: 'Milan Petrovic', direct: true });
    expect(speakerOf(r, 'Nobody should wait hours')).toEqual({ name: 'Milan Petrovic', direct: true });
  });

  it('finds reported speech: "X said that", ", X said" and "according to X"', () => {
    expect(speakerOf(r, 'Serbia would open two new crossings next month.')).toEqual({ name: 'Milan Petrovic', direct: false });
    expect(speakerOf(r, 'Trade between the two countries grew by about 12 percent last year')).toEqual({ name: 'Tomas Varga', direct: false });
    expect(speakerOf(r, 'more than 40,000 trucks cross the border each week.')).toEqual({ name: 'European Commission', direct: false });
  });

  it('does not repeat a mixed quote as reported speech', () => {
    expect(r.quotes.filter((q) => !q.direct && q.text.includes('common interest'))).toEqual([]);
  });

  it('names the addressee of "told"', () => {
    const q = r.quotes.find((x) => x.text.includes('new fences'));
    expect(q?.cue && r.text.slice(q.cue.start, q.cue.end)).toBe('told');
  });

  it('quotes spanning paragraphs are one quote; an unclosed one is a warning, not a crash', () => {
    const multi = analyzeToRecord(textInput('Speech\n\nThe president said: “We will rebuild every town.\n\n“We will not forget the dead.”\n\nHe left.', 'multi', 'text'));
    expect(multi.quotes.filter((q) => q.direct)).toHaveLength(1);
    expect(multi.quotes[0].text).toContain('We will not forget the dead.');
    const open = analyzeToRecord(textInput(`Speech\n\nThe envoy said: “We will ${'talk and '.repeat(2000)}talk.\n\nNothing more.`, 'open', 'text'));
    expect(open.warnings.join(' ')).toMatch(/quotation mark never closes/);
  });
});
