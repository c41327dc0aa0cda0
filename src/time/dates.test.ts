import { describe, expect, it } from 'vitest';
import { analyzeToRecord } from '../pipeline.js';
import { textInput } from '../sources/input.js';

// Each case: a sentence, the date expression in it, and its value against a publication date of
// Wednesday 2023-03-29.
const CASES: [string, string, string | null][] = [
  ['The ministers met on Wednesday in the capital.', 'on Wednesday', '2023-03-29'],
  ['She will travel to Rome next month, her office said.', 'next month', '2023-04'],
  ['In October, the envoy visited the border region.', 'October', '2022-10'],
  ['The summit will be held in October, officials said.', 'October', '2023-10'],
  ['The two countries restored ties in 1991.', '1991', '1991'],
  ['It has had a consulate there since 1992.', '1992', '1992'],
  ['Arms sales rose sharply from 2016-2020, the institute said.', '2016-2020', '2016/2020'],
  ['Exports doubled between 2010 and 2015, the report found.', '2010 and 2015', '2010/2015'],
  ['Relations were frozen in the 1990s, diplomats recall.', '1990s', '199X'],
  ['The treaty was signed on March 3, 2006 in Geneva.', 'March 3, 2006', '2006-03-03'],
  ['The strike happened on Oct. 9, 2020, witnesses said.', 'Oct. 9, 2020', '2020-10-09'],
  ['Fighting flared again in October 2020 near the city.', 'October 2020', '2020-10'],
  ['Trade fell last year by a third.', 'last year', '2022'],
  ['The ceasefire collapsed three years ago.', 'three years ago', '2020'],
  ['The veterans of the 2020 war gathered in the square.', '2020', '2020'],
  ['The minister spoke yesterday at the forum.', 'yesterday', '2023-03-28'],
  ['The delegation arrives tomorrow, aides said.', 'tomorrow', '2023-03-30'],
  ['Exports rose last month for the first time.', 'last month', '2023-02'],
  ['Inflation peaked last week, the bank said.', 'last week', '2023-W12'],
  ['Elections are due next year, the commission said.', 'next year', '2024'],
  ['The accord was signed on 12 June 2019 in Minsk.', '12 June 2019', '2019-06-12'],
  ['The border has been closed since 2014.', '2014', '2014'],
  ['The two states fought a war in the 1980s.', '1980s', '198X'],
  ['On Monday, the envoy met rebel leaders.', 'On Monday', '2023-03-27'],
  ['Talks collapsed in January after weeks of delay.', 'January', '2023-01'],
  ['Troops withdrew in September 2021, officials said.', 'September 2021', '2021-09'],
  ['The sanctions were lifted on 2022-11-04, the ministry said.', '2022-11-04', '2022-11-04'],
  ['The ministers will meet on Friday in Geneva.', 'on Friday', '2023-03-31'],
  ['The treaty dates from 1648 and still shapes borders.', '1648', '1648'],
  ['Between 1992 and 1994 the region saw heavy fighting.', '1992 and 1994', '1992/1994'],
];

describe('date expressions anchored on 2023-03-29', () => {
  const text = `Dates in context\n\n${CASES.map(([s]) => s).join('\n\n')}`;
  const record = analyzeToRecord(textInput(text, 'dates', 'text'), { published: '2023-03-29' });

  for (const [sentence, expression, value] of CASES) {
    it(`${expression} in "${sentence}"`, () => {
      const at = record.text.indexOf(sentence) + sentence.indexOf(expression);
      const date = record.dates.find((d) => d.start <= at && at < d.end);
      expect(date?.value).toBe(value);
    });
  }

  it('does not read a count as a year', () => {
    const r = analyzeToRecord(textInput('Troops arrive\n\nAbout 2000 soldiers crossed the border.', 'count', 'text'), { published: '2023-03-29' });
    expect(r.dates).toEqual([]);
  });

  it('does not read a length of time as a date', () => {
    const r = analyzeToRecord(textInput('Freight\n\nThe trip takes under 15 days, and the deal runs for three years.', 'durations', 'text'), { published: '2023-03-29' });
    expect(r.dates).toEqual([]);
  });

  it('leaves relative dates unresolved, with a warning, when no publication date is known', () => {
    const r = analyzeToRecord(textInput('Talks\n\nThe envoys met on Tuesday and will meet again next month. The treaty dates from 1994.', 'undated', 'text'));
    expect(r.dates.map((d) => d.value)).toEqual([null, null, '1994']);
    expect(r.warnings.join(' ')).toMatch(/unresolved: no publication date/);
  });

  it('marks each date expression as a DATE mention', () => {
    const dateMentions = record.mentions.filter((m) => m.type === 'DATE');
    for (const d of record.dates) expect(dateMentions.some((m) => m.start < d.end && d.start < m.end), record.text.slice(d.start, d.end)).toBe(true);
  });
});

describe('impossible dates', () => {
  it('keeps "February 30, 2023" unnormalized, with a warning', () => {
    const r = analyzeToRecord(textInput('Talks\n\nThe treaty was signed on February 30, 2023, the ministry claimed.', 'bad-date', 'text'), { published: '2023-03-29' });
    const date = r.dates.find((d) => r.text.slice(d.start, d.end).startsWith('February 30'));
    expect(date?.value).toBeNull();
    expect(r.warnings.join(' ')).toMatch(/impossible date "February 30, 2023" left unnormalized/);
  });
});
