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
  // The shortest quote holding the text: a mixed quote's fragment, not its reported statement.
  const q = r.quotes.filter((x) => x.text.includes(text)).sort((a, b) => a.text.length - b.text.length)[0];
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

  it('gives a mixed quote one reported statement around it, with the same speaker and cue', () => {
    const fragment = r.quotes.find((q) => q.direct && q.text.includes('common interest'));
    const around = r.quotes.filter((q) => !q.direct && q.text.includes('common interest'));
    expect(around).toHaveLength(1);
    expect(around[0].text).toBe('that the two countries shared “a common interest in stable borders.”');
    expect(around[0].speaker).toBe(fragment?.speaker);
    expect(around[0].cue).toEqual(fragment?.cue);
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

  describe('quotation marks and attributions of scraped and wire text', () => {
    const quotesOf = (text: string) => {
      const rec = analyzeToRecord(textInput(text, 'marks', 'text'), { published: '2024-05-14' });
      return rec.quotes.filter((q) => q.direct).map((q) => ({ text: q.text, speaker: rec.actors.find((a) => a.id === q.speaker)?.name ?? null }));
    };

    it("reads LDC-style '' marks, with a speaker after the cue", () => {
      expect(quotesOf("Harbor plan\n\n''We will not sell the harbor,'' said Mayor Ada Kov. ''It belongs to the city.''")).toEqual([
        { text: 'We will not sell the harbor,', speaker: expect.stringMatching(/Ada Kov$/) },
        { text: 'It belongs to the city.', speaker: expect.stringMatching(/Ada Kov$/) },
      ]);
    });

    it('pairs mixed straight and curly marks, and a stray mark does not hide the quotes after it', () => {
      expect(quotesOf('Harbor plan\n\n"The harbor stays public,” Mayor Ada Kov said on Monday.')).toEqual([{ text: 'The harbor stays public,', speaker: expect.stringMatching(/Ada Kov$/) }]);
      expect(quotesOf('Harbor plan\n\n"Residents gathered at the pier. “We want the harbor back,” Mayor Ada Kov said. Others left.\n\nThe vote is next week.')).toEqual([
        { text: 'We want the harbor back,', speaker: expect.stringMatching(/Ada Kov$/) },
      ]);
    });

    it('finds single-quoted quotes in a headline, with the speaker before its colon', () => {
      expect(quotesOf('Kov: ‘We Will Not Sell the Harbor’\n\nMayor Ada Kov spoke on Monday about the harbor and its future.')).toEqual([
        { text: 'We Will Not Sell the Harbor', speaker: expect.stringMatching(/Ada Kov$/) },
      ]);
    });

    it('takes the cue across a sentence split: a colon before, a question or a comma after', () => {
      expect(quotesOf('Harbor plan\n\nMayor Ada Kov spoke on Monday. She said:\n\n“The harbor stays public. Nobody will sell it.”')[0].speaker).toMatch(/Ada Kov$/);
      expect(quotesOf('Harbor plan\n\n“Why should we sell it?” Mayor Ada Kov asked.')[0].speaker).toMatch(/Ada Kov$/);
      expect(quotesOf('Harbor plan\n\n“It is a good deal for the city,” Rep. Ben Oduya (D-Ore.) said Friday.')[0].speaker).toMatch(/Ben Oduya$/);
    });

    it('reads "“…” ― Name" attributions', () => {
      expect(quotesOf('Harbor plan\n\nResidents sent their views.\n\n“Keep the harbor public and open to everyone.” ― Ada Kov\n\n“Sell it and fix the roads instead.” ― Ben Oduya')).toEqual([
        { text: 'Keep the harbor public and open to everyone.', speaker: expect.stringMatching(/Ada Kov$/) },
        { text: 'Sell it and fix the roads instead.', speaker: expect.stringMatching(/Ben Oduya$/) },
      ]);
    });

    const recordOf = (text: string) => analyzeToRecord(textInput(text, 'marks', 'text'), { published: '2024-05-14' });
    const wordsOf = (rec: ArticleRecord, q: ArticleRecord['quotes'][number] | undefined) => (q?.speakerSpan ? rec.text.slice(q.speakerSpan.start, q.speakerSpan.end) : null);

    it('keeps the words naming a speaker that resolves to no actor', () => {
      const rec = recordOf('Harbor plan\n\n“We will close the old pier next year,” a spokesman for the port said on Monday.');
      const q = rec.quotes.find((x) => x.direct);
      expect(q?.speaker).toBeNull();
      expect(wordsOf(rec, q)).toBe('a spokesman');
      const named = recordOf('Harbor plan\n\n“We will close the old pier next year,” Mayor Ada Kov said on Monday.');
      expect(wordsOf(named, named.quotes.find((x) => x.direct))).toBe('Mayor Ada Kov');
    });

    it('resolves a speaker described by the role of the article’s one person with it', () => {
      const rec = recordOf('Harbor plan\n\nMayor Ada Kov met fishermen on Monday.\n\n“The harbor will stay public,” the mayor said after the meeting.');
      const q = rec.quotes.find((x) => x.direct);
      expect(wordsOf(rec, q)).toBe('the mayor');
      expect(rec.actors.find((a) => a.id === q?.speaker)?.name).toMatch(/Ada Kov$/);
    });

    it('takes the speaker of a colon-introduced quote from the clause before the colon', () => {
      const rec = recordOf('Harbor plan\n\nThe harbor board published a short answer on Monday: “The harbor stays public and the pier stays open.”');
      expect(wordsOf(rec, rec.quotes.find((x) => x.direct))).toBe('The harbor board');
    });

    it('gives a quote without a cue the speaker of reported speech just before it', () => {
      const rec = recordOf('Harbor plan\n\nMayor Ada Kov said the sale would ruin the waterfront. “Nobody will swim here again.”\n\nThe vote is next week.');
      const q = rec.quotes.find((x) => x.direct);
      expect(rec.actors.find((a) => a.id === q?.speaker)?.name).toMatch(/Ada Kov$/);
    });

    it('reads chants and boasts as speech', () => {
      const rec = recordOf('Harbor plan\n\nProtesters outside the town hall chanted “Keep our harbor public!” until midnight.');
      expect(wordsOf(rec, rec.quotes.find((x) => x.direct))).toMatch(/Protesters/);
      const asked = recordOf('Harbor plan\n\n“Why is the harbor for sale at all?” the fishermen’s union demanded on Monday.');
      expect(wordsOf(asked, asked.quotes.find((x) => x.direct))).toMatch(/union$/);
    });

    it('encloses quoted words inside reported speech in a reported statement, before or after its cue', () => {
      const before = recordOf('Harbor plan\n\nMayor Ada Kov said the sale of the harbor was “a disaster for the city” and “a gift to developers.”');
      const fragments = before.quotes.filter((q) => q.direct);
      const statements = before.quotes.filter((q) => !q.direct);
      expect(fragments.map((q) => q.text)).toEqual(['a disaster for the city', 'a gift to developers.']);
      expect(statements.map((q) => q.text)).toEqual(['the sale of the harbor was “a disaster for the city” and “a gift to developers.”']);
      expect(statements[0].speaker).toBe(fragments[0].speaker);
      const after = recordOf('Harbor plan\n\nA plan that “sells the harbor to developers” will fail, Mayor Ada Kov said.');
      expect(after.quotes.filter((q) => !q.direct).map((q) => q.text)).toEqual(['A plan that “sells the harbor to developers” will fail']);
      const clause = recordOf('Harbor plan\n\nMayor Ada Kov said on Friday that, if the council agrees, “the pier will reopen in May.”');
      expect(clause.quotes.filter((q) => !q.direct).map((q) => q.text)).toEqual(['that, if the council agrees, “the pier will reopen in May.”']);
    });

    it('reads “A,” she said, but “B” as two parts of one quotation, not reported speech', () => {
      const rec = recordOf('Harbor plan\n\n“I like the plan,” Mayor Ada Kov said, but “the harbor must stay public.”');
      expect(rec.quotes.map((q) => q.direct)).toEqual([true, true]);
    });

    it('gives no reported statement for a whole quote introduced by its cue', () => {
      for (const text of [
        'Mayor Ada Kov said on Monday, “The harbor stays public.”',
        'Mayor Ada Kov said: “The harbor stays public.”',
        '“The harbor stays public,” Mayor Ada Kov said.',
        'Mayor Ada Kov kept saying, “Keep the harbor public,” until the meeting ended.',
      ]) {
        const rec = recordOf(`Harbor plan\n\n${text}`);
        expect(rec.quotes.map((q) => q.direct)).toEqual([true]);
      }
    });

    it('leaves out quoted names and scare quotes that nobody says', () => {
      expect(quotesOf('Harbor plan\n\nThe council watched “Harbor Lights Tonight” and called the bid “too cheap” before the vote.')).toEqual([]);
    });
  });
});
