import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedAsHtmlSameSections } from '../../eval/extraction.js';
import { haveShared, shared } from '../../test/helpers.js';
import { cleanAuthors, datelineAgency } from './authors.js';
import { type HtmlExtraction, extractHtml } from './html.js';
import { parseJsonLd } from './jsonld.js';
import { extractLexicon } from './lexicon.js';
import { dateFromUrl, normalizeMetaDate } from './metadates.js';

const kinds = (a: HtmlExtraction, kind: string) => a.sections.filter((s) => s.kind === kind).map((s) => a.text.slice(s.start, s.end));
const P = (n: number) => `<p>Paragraph ${n}: the ministers of both countries met in Vienna on Tuesday and agreed to continue the talks on the border next month, officials said.</p>`;

const PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Ministers agree to resume border talks | The Daily Ledger</title>
<link rel="canonical" href="https://ledger.example/world/2024/05/06/border-talks">
<meta property="og:site_name" content="The Daily Ledger">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ministers agree to resume border talks",
 "datePublished":"2024-05-06T09:30:00+02:00","author":[{"@type":"Person","name":"By Jane Doe"},{"@type":"Person","name":"John Roe"}],
 "publisher":{"@type":"Organization","name":"The Daily Ledger"}}</script>
<style>.x{color:red}</style><script>var tracking = "By Nobody";</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Ministers agree to resume border talks</h1>
<p class="standfirst">Both sides say a deal on the crossing is within reach</p>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Twitter</a></div>
${P(1)}
<figure><img src="a.jpg" alt=""><figcaption>The foreign ministers before their meeting in Vienna on Tuesday. <span class="credit">Jane Smith/Reuters</span></figcaption></figure>
${P(2)}
<p>Advertisement</p>
<h2>What comes next</h2>
${P(3)}
<p><strong><a href="/other">READ MORE: WHY THE LAST ROUND OF TALKS FAILED</a></strong></p>
${P(4)}
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Border reopens for trucks</a></li></ul></aside>
</article><footer>© The Daily Ledger</footer></body></html>`;

describe('a news page', () => {
  let a: HtmlExtraction;
  beforeAll(() => {
    a = extractHtml(PAGE, 'https://ledger.example/world/2024/05/06/border-talks?utm=x');
  });

  it('reads the metadata layer in order of trust', () => {
    expect(a.meta).toMatchObject({
      title: 'Ministers agree to resume border talks',
      authors: ['Jane Doe', 'John Roe'],
      publisher: 'The Daily Ledger',
      published: { value: '2024-05-06T09:30:00+02:00', origin: 'metadata' },
      url: 'https://ledger.example/world/2024/05/06/border-talks',
      language: 'en',
    });
    expect(a.page.sources).toMatchObject({ authors: 'jsonld', published: 'jsonld', url: 'canonical' });
  });

  it('keeps body paragraphs and the in-body heading, and no furniture', () => {
    const body = kinds(a, 'body');
    expect(body).toEqual([P(1), P(2), '<h2>', P(3), P(4)].map((p) => (p === '<h2>' ? 'What comes next' : p.replace(/<\/?p>/g, ''))));
    expect(a.text).not.toMatch(/Advertisement|READ MORE|Share on Facebook|Related stories|Border reopens|Home/);
  });

  it('makes the figure caption a caption with its credit, and the standfirst the dek', () => {
    expect(kinds(a, 'title')).toEqual(['Ministers agree to resume border talks']);
    expect(a.meta.dek).toBe('Both sides say a deal on the crossing is within reach');
    const [caption] = a.sections.filter((s) => s.kind === 'caption');
    expect(a.text.slice(caption.start, caption.end)).toBe('The foreign ministers before their meeting in Vienna on Tuesday. Jane Smith/Reuters');
    expect(caption.credit && typeof caption.credit === 'object' && a.text.slice(caption.credit.start, caption.credit.end)).toBe('Jane Smith/Reuters');
  });

  it('is an article', () => expect(a.noArticle).toBeNull());
});

describe('authors as pages write them', () => {
  const lex = extractLexicon();
  const clean = (s: string, site?: string) => cleanAuthors(s, lex, site).names;
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, John Roe & Ann Poe', ['Jane Doe', 'John Roe', 'Ann Poe']],
    ['JANE DOE', ['Jane Doe']],
    ['Jane Doe | Reuters', ['Jane Doe']],
    ['Jane Doe, Staff Writer', ['Jane Doe']],
    ['Jane Doe @janedoe', ['Jane Doe']],
    ['Jane Doe View author archive email the author', ['Jane Doe']],
    ['Jane Doe November 20, 2019 4:00 am', ['Jane Doe']],
    ['By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.', ['Louis Jacobson']],
    ['Analysis by Chris Cillizza, CNN Editor-at-large', ['Chris Cillizza']],
    ['Rachael Link, MS, RD', ['Rachael Link']],
    ['Текст: Венера Ерофеева', ['Венера Ерофеева']],
    ['https://www.facebook.com/janedoe', []],
    ['admin', []],
    ['jdadmin', []],
    ['The Daily Ledger', []],
  ])('%s', (raw, names) => expect(clean(raw, 'The Daily Ledger')).toEqual(names));

  it('keeps agencies apart as organizations', () => {
    expect(cleanAuthors('Associated Press', lex)).toEqual({ names: [], organizations: ['Associated Press'] });
    expect(datelineAgency('HAYWARD, Calif. (AP) — A man was stabbed on a train.')).toBe('Associated Press');
    expect(datelineAgency('The minister (AP) said')).toBeNull();
  });
});

describe('dates as metadata writes them', () => {
  it.each([
    ['2019-11-20T04:00:00-06:00', '2019-11-20T04:00:00-06:00'],
    ['2019-11-20T10:00:00.000Z', '2019-11-20T10:00:00Z'],
    ['2019-11-20 10:00', '2019-11-20'],
    ['2019-11-20', '2019-11-20'],
    ['20191120', '2019-11-20'],
    ['Wed, 20 Nov 2019 04:00:00 -0600', '2019-11-20T04:00:00-06:00'],
    ['November 20, 2019', '2019-11-20'],
    ['Tue Nov 19 2019 03:05:46 GMT+0000 (UTC)', '2019-11-19T03:05:46Z'],
    ['Nov 20', null],
    ['0001-01-01T00:00:00Z', null],
    ['2019-02-30', null],
  ])('%s → %s', (raw, iso) => expect(normalizeMetaDate(raw, new Date('2024-06-01'))).toBe(iso));

  it('finds a date in a URL, as a last resort', () => {
    expect(dateFromUrl('https://x.example/news/2019/11/18/story')).toBe('2019-11-18');
    expect(dateFromUrl('https://x.example/story-20191118.html')).toBe('2019-11-18');
    expect(dateFromUrl('https://x.example/story/123456')).toBeNull();
  });
});

describe('JSON-LD as pages write it', () => {
  it.each([
    ['single quotes and a trailing comma', `{'@type': 'NewsArticle', 'headline': 'Oil price', }`],
    ['a raw line break in a string', '{"@type": "NewsArticle", "headline": "Oil\nprice"}'],
    ['a comment', '{"@type": "NewsArticle", // "Person",\n "headline": "Oil price"}'],
    ['an unescaped quote', '{"@type": "NewsArticle", "description": "the "best" deal", "headline": "Oil price"}'],
    ['two objects back to back', '{"@type": "WebSite"}{"@type": "NewsArticle", "headline": "Oil price"}'],
    ['an unclosed object', '{"@type": "NewsArticle", "headline": "Oil price"'],
  ])('%s', (_, raw) => {
    const values = parseJsonLd(raw) as { headline?: string }[];
    expect(values.some((v) => v.headline?.replace(/\s+/g, ' ') === 'Oil price')).toBe(true);
  });
});

describe('pages without an article', () => {
  it('a home page of teasers says so', () => {
    const teasers = Array.from({ length: 12 }, (_, i) => `<li><h3><a href="/n/${i}">Headline ${i} about the talks in Vienna</a></h3><a href="/n/${i}">More</a></li>`).join('');
    const a = extractHtml(`<html><head><meta property="og:type" content="website"></head><body><main><ul>${teasers}</ul></main></body></html>`);
    expect(a.noArticle).toMatch(/^no article found/);
  });

  it('a fragment is read as it is', () => {
    const a = extractHtml('<p>Protesters marched in Dhaka on Sunday.</p>');
    expect(kinds(a, 'body')).toEqual(['Protesters marched in Dhaka on Sunday.']);
    expect(a.noArticle).toBeNull();
  });
});

describe.runIf(haveShared())('the seed inside a simple HTML page', () => {
  it('gives the same sections as the text', () => {
    expect(seedAsHtmlSameSections(readFileSync(join(shared ?? '', 'corpus', 'seed-azerbaijan-israel.txt'), 'utf8'))).toBe(true);
  });
});
