import { describe, expect, it } from 'vitest';
import { foldDiacritics, normalizeKey, phraseTokens } from './normalize.js';

describe('normalizeKey', () => {
  it('drops a leading "the" and a possessive, keeps case', () => {
    expect(normalizeKey('the Kremlin')).toBe('Kremlin');
    expect(normalizeKey('The Times of Israel')).toBe('Times of Israel');
    expect(normalizeKey('Israel’s')).toBe('Israel');
    expect(normalizeKey("Azerbaijan's")).toBe('Azerbaijan');
    expect(normalizeKey("Palestinians'")).toBe('Palestinians');
    expect(normalizeKey('US')).not.toBe(normalizeKey('us'));
  });

  it('straightens quotes, unifies dashes and spaces, composes accents', () => {
    expect(normalizeKey('Côte d’Ivoire')).toBe("Côte d'Ivoire");
    expect(normalizeKey('Nagorno–Karabakh')).toBe('Nagorno-Karabakh');
    expect(normalizeKey('  Downing \u00a0 Street ')).toBe('Downing Street');
    expect(normalizeKey('Co\u0302te')).toBe('Côte');
  });
});

describe('foldDiacritics', () => {
  it('removes accents and folds letters Unicode does not decompose', () => {
    expect(foldDiacritics('Gəncə')).toBe('Ganca');
    expect(foldDiacritics('Türkiye')).toBe('Turkiye');
    expect(foldDiacritics('Kəlbəcər')).toBe('Kalbacar');
    expect(foldDiacritics('Łódź')).toBe('Lodz');
  });
});

describe('phraseTokens', () => {
  it('counts hyphens and apostrophes as tokens and abbreviations as one', () => {
    expect(phraseTokens('Nagorno-Karabakh')).toBe(3);
    expect(phraseTokens('U.S.')).toBe(1);
    expect(phraseTokens('United Kingdom')).toBe(2);
  });
});
