// Key normalization shared by every reference-data lexicon: the same function builds the keys from
// data and turns a phrase from the text into a key, so "the Kremlin", "Kremlin’s" and "Kremlin"
// meet, while "US" and "us" stay apart.

const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u02BB\u02B9\u0060\u00B4]/g;
const QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const LEADING_THE = /^the\s+/i;
const POSSESSIVE = /(?:'s|(?<=s)')$/;
/** Printable ASCII but the backtick (an apostrophe above), in words separated by single spaces. */
const PLAIN = /^[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*$/;

/**
 * The lookup key of a phrase: NFC; curly quotes and apostrophes made straight; dashes made "-"; runs of
 * white space made one space; a leading "the " and a trailing possessive "'s" (or the "'" of "Israelis'")
 * dropped. Case is kept: "US" is a country, "us" is not.
 */
export function normalizeKey(s: string): string {
  // Most keys (every gazetteer name at load, most phrases at run time) are plain ASCII words with single
  // spaces, which the first four steps leave unchanged: skip them.
  let key = PLAIN.test(s) ? s : s.normalize('NFC').replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(DASHES, '-').replace(/\s+/gu, ' ').trim();
  key = key.replace(LEADING_THE, '');
  key = key.replace(POSSESSIVE, '');
  return key;
}

// Letters that Unicode does not decompose into a base letter and a mark.
const FOLD: Record<string, string> = {
  ə: 'a',
  Ə: 'A',
  ı: 'i',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ł: 'l',
  Ł: 'L',
  þ: 'th',
  Þ: 'Th',
  ħ: 'h',
  Ħ: 'H',
  ŋ: 'n',
  Ŋ: 'N',
  ʻ: "'",
};
const FOLD_CHARS = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu');

/** Diacritics removed, case kept: "Gəncə" → "Ganca", "Türkiye" → "Turkiye", "Côte d'Ivoire" → "Cote d'Ivoire". */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(FOLD_CHARS, (c) => FOLD[c])
    .normalize('NFC');
}

/**
 * An upper bound on the number of tokens a phrase spans in the language layer, which splits hyphens
 * ("Nagorno", "-", "Karabakh") and possessives but keeps abbreviations ("U.S.") whole.
 */
export function phraseTokens(s: string): number {
  return s.match(/[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu)?.length ?? 0;
}
