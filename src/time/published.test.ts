import { describe, expect, it } from 'vitest';
import { analyzeToRecord } from '../pipeline.js';
import { textInput } from '../sources/input.js';

const analyze = (text: string) => analyzeToRecord(textInput(text, 'published', 'text'));

describe('inferring the publication date', () => {
  it('takes a caption date that falls on a weekday the body names', () => {
    const r = analyze([
      'Ministers meet in Rome',
      'The two ministers at the foreign ministry in Rome on May 14, 2024. (AP Photo/Andrew Medichini)',
      'The foreign ministers of Italy and Tunisia met in Rome on Tuesday to discuss migration.',
      'A fishing boat in the port of Sfax, Tunisia, on June 2, 2019. (Reuters)',
      'They will meet again next month.',
    ].join('\n\n'));
    expect(r.article.published).toEqual({ value: '2024-05-14', origin: 'inferred' });
    expect(r.dates.find((d) => r.text.slice(d.start, d.end) === 'next month')?.value).toBe('2024-06');
  });

  it('takes a dated dateline, with the year of the article\'s latest full date when it has none', () => {
    const r = analyze('Strike hits depot\n\nKYIV, March 3 (Reuters) - A drone struck a fuel depot overnight, officials said on Sunday, a year after the attack of March 1, 2023.');
    expect(r.article.published).toEqual({ value: '2023-03-03', origin: 'inferred' });
  });

  it('infers nothing without a strong cue', () => {
    const r = analyze('Talks resume\n\nThe envoys met on Tuesday in Geneva. A photo from March 3, 2020 shows the hall.');
    expect(r.article.published).toEqual({ value: null, origin: null });
  });

  it('never overrides a given date', () => {
    const r = analyzeToRecord(textInput('Talks\n\nThe envoys met on Tuesday.\n\nThe hall on May 14, 2024. (AP Photo/X Y)', 'p', 'text'), { published: '2024-01-02' });
    expect(r.article.published).toEqual({ value: '2024-01-02', origin: 'given' });
  });
});
