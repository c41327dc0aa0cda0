// The author rules of the metadata layer, each on a small page written for it.
import { describe, expect, it } from 'vitest';
import { cleanAuthors, leadCredit } from './authors.js';
import { parseByline } from './bylines.js';
import { extractHtml } from './html.js';
import { extractLexicon } from './lexicon.js';

const BODY = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1}: the council voted on Tuesday to close the bridge for repairs next spring, and the mayor said the work would take four months.</p>`).join('\n');

const page = (head: string, article: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council closes the bridge</title>${head}</head><body><article><h1>Council closes the bridge</h1>${article}</article></body></html>`;

describe('who made the site is not who wrote the story', () => {
  it('drops an author meta equal to the generator meta, from the metadata and from Readability', () => {
    const a = extractHtml(page('<meta name="author" content="Acme Web - IT Office"><meta name="generator" content="Acme Web - IT Office">', BODY));
    expect(a.meta.authors).toEqual([]);
  });

  it('keeps an author meta that differs from the generator', () => {
    const a = extractHtml(page('<meta name="author" content="Jane Doe"><meta name="generator" content="WordPress 5.2">', BODY));
    expect(a.meta.authors).toEqual(['Jane Doe']);
  });
});

describe('a quoted claim names its speaker, not the writer', () => {
  it('skips author elements inside a statement or claim block', () => {
    const claim = '<div class="statement-author"><h4 class="author">The Ministry of Roads and the City Council</h4></div>';
    const a = extractHtml(page('', `${claim}${BODY}`));
    expect(a.meta.authors).toEqual([]);
  });

  it('reads a ClaimReview as the article, its author as the fact-checker', () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","headline":"Council closes the bridge",
      "datePublished":"2019-11-18","itemReviewed":{"@type":"CreativeWork","author":{"@type":"Person","name":"Sam Speaker"}},
      "author":{"@type":"Person","name":"Flora Checker"}}</script>`;
    const a = extractHtml(page(ld, BODY));
    expect(a.meta.authors).toEqual(['Flora Checker']);
    expect(a.meta.published.value).toBe('2019-11-18');
  });
});

describe('credits that are not people', () => {
  const lex = extractLexicon();

  it.each([
    ['HNN Staff', ['HNN Staff']],
    ['Ledger Editorial Staff', ['Ledger Editorial Staff']],
    ['Metro Desk', ['Metro Desk']],
    ['Daily Ledger wire services', ['Daily Ledger wire services']],
    ['The Morning Briefing', ['The Morning Briefing']],
  ])('%s is an organization', (raw, orgs) => {
    const c = cleanAuthors(raw, lex);
    expect(c.names).toEqual([]);
    expect(c.organizations).toEqual(orgs);
  });

  it('drops a bare staff credit altogether', () => {
    expect(cleanAuthors('Staff Reports', lex)).toMatchObject({ names: [], organizations: [] });
  });

  it('a "By Staff Reports" line is a byline naming no one', () => {
    expect(parseByline('By Staff Reports - 11/20/19 6:38 AM', lex)).toEqual({ authors: [], publisher: null, bio: false });
    const a = extractHtml(page('', `<p>By Staff Reports - 11/20/19 6:38 AM</p>${BODY}`));
    expect(a.meta.authors).toEqual([]);
    const body = a.sections.filter((s) => s.kind === 'body').map((s) => a.text.slice(s.start, s.end));
    expect(body.join('\n')).not.toMatch(/Staff Reports/);
  });

  it.each([
    ['Staff Reports', 'The Daily Ledger'],
    ['Editorial', 'The Daily Ledger'],
    ['Redação', 'Jornal do Vale'],
  ])('a bare newsroom credit (%s) credits the publication when the page names it', (credit, site) => {
    const a = extractHtml(page(`<meta name="author" content="${credit}"><meta property="og:site_name" content="${site}">`, BODY));
    expect(a.meta.authors).toEqual([site]);
    expect(a.page.sources.authors).toBe('meta:author (newsroom)');
  });

  it('an account name is not a newsroom credit: "admin" stays empty beside a site name', () => {
    const a = extractHtml(page('<meta name="author" content="admin"><meta property="og:site_name" content="The Daily Ledger">', BODY));
    expect(a.meta.authors).toEqual([]);
  });

  it('a person named anywhere outranks the newsroom credit', () => {
    const a = extractHtml(page('<meta name="author" content="Staff Reports"><meta property="og:site_name" content="The Daily Ledger">', `<p class="byline">By Jane Doe</p>${BODY}`));
    expect(a.meta.authors).toEqual(['Jane Doe']);
  });

  it('a staff credit in JSON-LD stands: bylines of other stories on the page are not this one', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council closes the bridge","author":{"@type":"Person","name":"HNN Staff"}}</script>';
    const cards = '<ul><li><a href="/other">Storm hits the coast</a><div class="byline">By Lisa Other</div></li></ul>';
    const a = extractHtml(page(ld, `${BODY}${cards}`));
    expect(a.meta.authors).toEqual(['HNN Staff']);
    expect(a.page.sources.authors).toBe('jsonld (staff)');
  });
});

describe('bylines in the page', () => {
  it('reads a byline on a page whose <body> class names a sidebar (the layout, not a region)', () => {
    const html = `<!doctype html><html><head><title>Council closes the bridge</title></head><body class="page one-sidebar sidebar-second">
      <main><h1>Council closes the bridge</h1><div class="story-byline"><div>By JANE DOE and JOHN ROE</div><div>Associated Press</div></div>${BODY}</main></body></html>`;
    expect(extractHtml(html).meta.authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('after an agency, a lone word is the dateline, not a person', () => {
    const byline = '<div class="byline"><span class="agency">PTI,</span> <span class="place">Washington,</span> Nov 20 2019, 10:18am</div>';
    const a = extractHtml(page('', `${byline}${BODY}`));
    expect(a.meta.authors).toEqual(['PTI']);
    expect(cleanAuthors('Reuters, Kyiv', extractLexicon())).toEqual({ names: [], organizations: ['Reuters'] });
  });

  it('a named organization in a byline outranks a staff credit in the metadata', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council closes the bridge","author":{"@type":"Person","name":"Science Wire staff"}}</script>';
    const a = extractHtml(page(ld, `<p class="article-byline">by European Space Agency</p>${BODY}`));
    expect(a.meta.authors).toEqual(['European Space Agency']);
  });
});

describe('a time without a zone', () => {
  it('gives way to the day printed under the headline when both show the same minute a day apart', () => {
    const head = '<meta itemprop="datePublished" content="2019-11-19 02:24:00">';
    const a = extractHtml(page(head, `<div class="when">Nov 18, 2019 at 9:24 pm ET</div>${BODY}`));
    expect(a.meta.published.value).toBe('2019-11-18');
    expect(a.page.sources.published).toBe('meta:date (day as printed)');
  });

  it('keeps its own day when the printed date is another moment (a masthead date)', () => {
    const head = '<meta itemprop="datePublished" content="2019-11-19 12:51:38">';
    const a = extractHtml(page(head, `<div class="masthead">Wednesday, November 20, 2019 9:00</div>${BODY}`));
    expect(a.meta.published.value).toBe('2019-11-19');
  });
});

describe("the site's own credit opening the story", () => {
  it.each([
    ['Daily Ledger - Verified footage shows the bridge closed.', 'Daily Ledger'],
    ['MOSCOW, November 20 (Daily Ledger) — The bridge closed.', 'Daily Ledger'],
    ['LEDGER: The bridge closed on Tuesday.', 'Ledger'],
    ['Daily Ledger readers asked why the bridge closed.', null],
    ['The Daily Ledger - a paper', null],
  ])('%s', (text, credit) => expect(leadCredit(text, text.startsWith('LEDGER') ? 'Ledger' : 'Daily Ledger')).toBe(credit));

  it('names the publisher as the author, an organization, when nothing else does', () => {
    const head = '<meta property="og:site_name" content="Daily Ledger">';
    const a = extractHtml(page(head, `<p>Daily Ledger - The council voted on Tuesday to close the bridge for repairs next spring, officials said.</p>${BODY}`));
    expect(a.meta.authors).toEqual(['Daily Ledger']);
    expect(a.page.sources.authors).toBe('text:credit (organization)');
  });
});

describe('the CMS author record in a script', () => {
  const mm = (name: string) => `<script>var _mmunch = {}; _mmunch['postAuthor'] = {"name":"${name}","ID":11};</script>`;

  it('reads a WordPress post author printed as script data, as the last resort', () => {
    const a = extractHtml(page(mm('Ngozi Adeyemi-Okafor'), BODY));
    expect(a.meta.authors).toEqual(['Ngozi Adeyemi-Okafor']);
    expect(a.page.sources.authors).toBe('script');
  });

  it('drops an account name there, and a meta author outranks it', () => {
    expect(extractHtml(page(mm('jdadmin'), BODY)).meta.authors).toEqual([]);
    expect(extractHtml(page(`<meta name="author" content="Jane Doe">${mm('Ngozi Adeyemi-Okafor')}`, BODY)).meta.authors).toEqual(['Jane Doe']);
  });
});
