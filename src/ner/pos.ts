// POS tags for text that arrives already split into words (CoNLL files): wink-nlp reads the words joined
// by spaces, and each word takes the tag of the wink token that starts where it starts (or covers it).
import { wink } from '../language/language.js';

export function posForWords(words: readonly string[]): string[] {
  const out = new Array<string>(words.length).fill('X');
  if (!words.length) return out;
  const text = words.join(' ');
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // Character offsets of wink's tokens.
  const starts = new Int32Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    cursor += spaces[i].length;
    if (!text.startsWith(values[i], cursor)) {
      const found = text.indexOf(values[i], cursor);
      if (found >= 0) cursor = found;
    }
    starts[i] = cursor;
    cursor += values[i].length;
  }
  let tok = 0;
  let at = 0;
  for (let w = 0; w < words.length; w++) {
    while (tok + 1 < values.length && starts[tok + 1] <= at) tok++;
    out[w] = tags[tok] ?? 'X';
    at += words[w].length + 1;
  }
  return out;
}
