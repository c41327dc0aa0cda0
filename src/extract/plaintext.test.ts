import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { haveShared, shared } from '../../test/helpers.js';
import { packageRoot } from '../util/paths.js';
import { type ExtractedArticle, extractPlainText, paragraphsOf } from './plaintext.js';

const sectionsOf = (a: ExtractedArticle, kind: string) => a.sections.filter((s) => s.kind === kind).map((s) => a.text.slice(s.start, s.end));
const creditOf = (a: ExtractedArticle, text: string) => {
  const s = a.sections.find((x) => x.kind === 'caption' && a.text.slice(x.start, x.end) === text);
  return s?.credit && typeof s.credit === 'object' ? a.text.slice(s.credit.start, s.credit.end) : s?.credit;
};

describe.runIf(haveShared())('the seed article', () => {
  let article: ExtractedArticle;
  beforeAll(() => {
    article = extractPlainText(readFileSync(join(shared ?? '', 'corpus', 'seed-azerbaijan-israel.txt'), 'utf8'));
  });

  it('finds title, dek, author and publisher', () => {
    expect(article.meta.title).toBe('Azerbaijan and Israel tout strategic ties ahead of Tel Aviv embassy opening');
    expect(article.meta.dek).toMatch(/^Baku Foreign Minister Jeyhun Bayramov underscores/);
    expect(article.meta.authors).toEqual(['Lazar Berman']);
    expect(article.meta.publisher).toBe('The Times of Israel');
  });

  it('keeps five captions, the repeated one once, each with its credit', () => {
    const captions = sectionsOf(article, 'caption');
    expect(captions).toHaveLength(5);
    expect(captions.map((c) => creditOf(article, c))).toEqual([
      'Miri Shimonovich/ Foreign Ministry',
      'Azerbaijan’s Defense Ministry via AP',
      'AP Photo/Mikhail Metzel, File',
      'Courtesy of Israeli Embassy in Baku',
      'Nicole Laskavi/MOD',
    ]);
  });

  it('has 23 body paragraphs and no furniture in them', () => {
    const body = sectionsOf(article, 'body');
    expect(body).toHaveLength(23);
    expect(body[0]).toMatch(/^Foreign Minister Eli Cohen met with/);
    expect(body.at(-1)).toMatch(/bilateral ties\.$/);
    expect(body.join('\n')).not.toMatch(/Most Popular|read more:|diplomatic reporter/);
    expect(article.text).not.toMatch(/Most Popular|read more:/);
  });

  it('gives spans that index the cleaned text', () => {
    for (const s of article.sections) expect(article.text.slice(s.start, s.end).trim()).toBe(article.text.slice(s.start, s.end));
    expect(article.text.split('Foreign Minister Eli Cohen (R) at a press conference')).toHaveLength(2);
  });
});

// Articles of our own writing, in other layouts, with the structure a careful reader gives them.
const layouts = join(packageRoot(), 'test', 'fixtures', 'layouts');
const cases = existsSync(layouts) ? readdirSync(layouts).filter((f) => f.endsWith('.txt')).sort() : [];

interface Expected {
  title: string | null;
  dek: string | null;
  authors: string[];
  publisher: string | null;
  published: string | null;
  bodyParagraphs: number;
  bodyFirst: string;
  bodyLast: string;
  captions: { startsWith: string; credit: string }[];
  notInBody: string[];
}

describe('articles in other layouts', () => {
  it('has at least 8 layouts to test', () => expect(cases.length).toBeGreaterThanOrEqual(8));

  for (const file of cases) {
    it(file, () => {
      const expected = JSON.parse(readFileSync(join(layouts, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
      const a = extractPlainText(readFileSync(join(layouts, file), 'utf8'));
      expect(a.meta.title).toBe(expected.title);
      expect(a.meta.dek).toBe(expected.dek);
      expect(a.meta.authors).toEqual(expected.authors);
      expect(a.meta.publisher).toBe(expected.publisher);
      expect(a.meta.published.value).toBe(expected.published);
      const body = sectionsOf(a, 'body');
      expect(body[0].startsWith(expected.bodyFirst)).toBe(true);
      expect(body.at(-1)!.endsWith(expected.bodyLast)).toBe(true);
      expect(body).toHaveLength(expected.bodyParagraphs);
      const captions = sectionsOf(a, 'caption');
      expect(captions.map((c) => ({ startsWith: c.slice(0, expected.captions.find((e) => c.startsWith(e.startsWith))?.startsWith.length ?? 40), credit: creditOf(a, c) })))
        .toEqual(expected.captions);
      const joined = body.join('\n');
      for (const line of expected.notInBody) expect(joined).not.toContain(line);
    });
  }
});

describe('paragraphs', () => {
  it('joins hard-wrapped lines into paragraphs', () => {
    const wrapped = [
      'Talks resume in Geneva',
      '',
      'Negotiators from both countries returned to the table on Monday after a',
      'pause of three weeks, officials said, with a draft text on prisoner',
      'exchanges and border crossings to discuss.',
      '',
      'The envoy said the two sides were closer than at any time this year,',
      'though several questions, including the status of the river port, were',
      'still open.',
    ].join('\n');
    expect(paragraphsOf(wrapped)).toEqual([
      'Talks resume in Geneva',
      'Negotiators from both countries returned to the table on Monday after a pause of three weeks, officials said, with a draft text on prisoner exchanges and border crossings to discuss.',
      'The envoy said the two sides were closer than at any time this year, though several questions, including the status of the river port, were still open.',
    ]);
  });

  it('reads one paragraph a line when lines are long', () => {
    const text = `Title here\n${'A long paragraph of text that goes on. '.repeat(5)}\n${'Another one that also goes on and on. '.repeat(5)}`;
    expect(paragraphsOf(text)).toHaveLength(3);
  });
});

describe('captions and furniture', () => {
  const text = [
    'Ministers agree on grain corridor',
    'By Ana Ruiz and Tom Berg, Associated Press',
    'The ministers shake hands in Ankara on Tuesday. (AP Photo/Burhan Ozbilici)',
    'ANKARA, Turkey (AP) — The foreign ministers of three countries agreed on Tuesday to reopen a grain corridor.',
    'Advertisement',
    'Read more: Why the corridor matters',
    'The deal must still be approved by parliament, the ministers said.',
    'The ministers shake hands in Ankara on Tuesday. (AP Photo/Burhan Ozbilici)',
    'Related stories',
    'Grain prices fall on hopes of a deal',
    'Who controls the Black Sea ports?',
  ].join('\n\n');
  const a = extractPlainText(text);

  it('reads authors and the agency from the byline', () => {
    expect(a.meta.authors).toEqual(['Ana Ruiz', 'Tom Berg']);
    expect(a.meta.publisher).toBe('Associated Press');
  });

  it('keeps the dateline in the body and drops ads, links and related headlines', () => {
    expect(sectionsOf(a, 'body')).toEqual([
      'ANKARA, Turkey (AP) — The foreign ministers of three countries agreed on Tuesday to reopen a grain corridor.',
      'The deal must still be approved by parliament, the ministers said.',
    ]);
    expect(a.text).not.toMatch(/Advertisement|Read more|Related stories|Grain prices fall|Black Sea ports/);
  });

  it('folds a caption repeated later in the article', () => {
    expect(sectionsOf(a, 'caption')).toHaveLength(1);
    expect(creditOf(a, sectionsOf(a, 'caption')[0])).toBe('AP Photo/Burhan Ozbilici');
  });

  it('does not take a parenthesis that is not a credit for a caption', () => {
    const b = extractPlainText('Budget passes\n\nThe budget passed on Monday.\n\nIt had 51 votes (out of 90)\n\nIt now goes to the president (who has ten days to sign it)');
    expect(sectionsOf(b, 'caption')).toEqual([]);
    expect(sectionsOf(b, 'body')).toHaveLength(3);
  });
});
