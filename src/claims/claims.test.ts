import { describe, expect, it } from 'vitest';
import { analyzeToRecord } from '../pipeline.js';
import { textInput } from '../sources/input.js';

describe('claims', () => {
  const r = analyzeToRecord(textInput([
    'Trade figures',
    'Trade between Kenya and Uganda grew by about 12 percent last year, Kenyan Trade Minister Rose Achieng said.',
    'According to the World Bank, Uganda buys 40% of Kenya’s steel exports.',
    'The fighting, which lasted nearly three weeks, killed more than 1,200 civilians and cost $4.5 billion.',
    'The two countries signed the deal after eleven-day talks.',
  ].join('\n\n'), 'claims', 'text'), { published: '2024-05-14' });
  const claim = (value: number, unit: string) => r.claims.find((c) => c.value === value && c.unit === unit);
  const name = (id?: string) => r.actors.find((a) => a.id === id)?.name;

  it('reads percentages with their qualifier, source and what they count', () => {
    expect(claim(12, 'percent')).toMatchObject({ qualifier: 'about' });
    expect(name(claim(12, 'percent')?.source)).toBe('Rose Achieng');
    const steel = claim(40, 'percent');
    expect(name(steel?.source)).toBe('World Bank');
    expect(name(steel?.subject)).toBe('Uganda');
    expect(name(steel?.object)).toBe('Kenya');
    expect(steel?.about).toBe('Kenya’s steel exports');
  });

  it('reads people, money and written-out durations', () => {
    expect(claim(1200, 'people')).toMatchObject({ qualifier: 'more than', about: 'civilians' });
    expect(claim(4.5e9, 'USD')).toBeDefined();
    expect(claim(3, 'week')).toMatchObject({ qualifier: 'nearly' });
    expect(claim(11, 'day')).toBeDefined();
  });

  it('does not count "the two countries" as a figure, nor years as numbers', () => {
    expect(r.claims.find((c) => c.value === 2)).toBeUndefined();
    expect(r.claims.find((c) => c.value === 2024 || c.value === 2023)).toBeUndefined();
  });
});
