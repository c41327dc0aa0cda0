import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';
import { textInput } from '../sources/input.js';

const analyzeText = (text: string) => analyze(textInput(text, 'test', 'text'));

describe('the language layer', () => {
  const doc = analyzeText('Talks resume\n\n“We are ready,” said the minister. He didn’t elaborate.\n\nThe U.S. envoy arrives on Oct. 9 in Baku.');

  it('splits sentences within paragraphs and never across them', () => {
    expect(doc.sentences.map((s) => doc.slice(s))).toEqual([
      'Talks resume',
      '“We are ready,” said the minister.',
      'He didn’t elaborate.',
      'The U.S. envoy arrives on Oct. 9 in Baku.',
    ]);
  });

  it('gives tokens offsets into the text, with POS and lemma', () => {
    const { start, end, pos, lemma } = doc.tokens;
    const words = Array.from(start, (s, i) => doc.text.slice(s, end[i]));
    expect(words.slice(0, 6)).toEqual(['Talks', 'resume', '“', 'We', 'are', 'ready']);
    const said = words.indexOf('said');
    expect([pos[said], lemma[said]]).toEqual(['VERB', 'say']);
    expect(words).toContain('U.S.');
    expect(lemma[words.indexOf('arrives')]).toBe('arrive');
  });

  it('knows which sentence holds each token', () => {
    const { sentence, sentenceFirstToken, start } = doc.tokens;
    expect(sentenceFirstToken.length).toBe(doc.sentences.length + 1);
    for (let i = 0; i < start.length; i++) {
      const s = doc.sentences[sentence[i]];
      expect(start[i] >= s.start && start[i] < s.end).toBe(true);
    }
  });

  it('copes with a 10,000-word paragraph without punctuation, other scripts and emoji', () => {
    const words = Array.from({ length: 10_000 }, (_, i) => `word${i % 50}`).join(' ');
    const long = analyzeText(`Title\n\n${words}\n\nМинистр прибыл в Баку. 外交部长抵达。 وصل الوزير 🇦🇿🤝🇮🇱 today.`);
    expect(long.tokens.start.length).toBeGreaterThan(10_000);
    expect(long.sentences.length).toBeGreaterThan(2);
  });
});
