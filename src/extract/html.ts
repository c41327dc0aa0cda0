// HTML → Article. The page is parsed once with linkedom (after <style> and non-JSON-LD <script> blocks are
// cut out: they are most of a news page's bytes and none of its text). The metadata layer is read first,
// from the whole page (metadata.ts); then @mozilla/readability finds the article's container; its content
// element (not its textContent) is walked into paragraphs that keep what the markup says (blocks.ts:
// captions, headings, link lists); and the plain-text extractor sorts them into title, dek, bylines,
// captions, body and furniture, with the metadata as hints that outrank what the text suggests.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { walkContent } from './blocks.js';
import type { DomDocument, DomElement } from './dom.js';
import { squash } from './dom.js';
import { extractLexicon } from './lexicon.js';
import { dateFromUrl, normalizeMetaDate } from './metadates.js';
import { type PageMetadata, languageCode, readMetadata, scriptAuthors, siteMakers } from './metadata.js';
import { type ExtractedArticle, type Paragraph, extractFromParagraphs } from './plaintext.js';
import { cleanAuthors, datelineAgency, koreanByline, leadCredit } from './authors.js';

/** Readability's own defaults, named here because the no-article check leans on them. */
const READABILITY_CHAR_THRESHOLD = 500;
/** The headline, when Readability keeps it, is among the first few paragraphs. */
const HEADER_LOOKAHEAD = 8;
/** A paragraph of prose (not a teaser line): this long, ending in sentence punctuation. CJK text is denser. */
const MIN_PROSE_CHARS = 40;
/** Navigation lines before a headline are short. */
const MAX_NAV_LINE = 60;
/** A page whose chosen content is mostly links is an index (a home page, a section front). */
const INDEX_LINK_DENSITY = 0.45;
/** Body prose shorter than this on a page that says it is not an article: no article. */
const MIN_INDEX_ARTICLE_CHARS = 600;

export interface HtmlExtraction extends ExtractedArticle {
  /** The metadata layer, with the source of each field. */
  page: PageMetadata;
  /** Why the page holds no article, when it does not (a home page, a section front); else null. */
  noArticle: string | null;
}

/** Removes <style> blocks and every <script> that is not JSON-LD, before parsing. */
export function prestrip(html: string): string {
  return html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (m, attrs: string) => (/ld\+json/i.test(attrs) ? m : ''));
}

export function parseDocument(html: string): DomDocument {
  // linkedom makes a bare fragment's first element the document root; give it a body to live in.
  const page = /<body[\s>]/i.test(html) || /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as DomDocument;
}

export function extractHtml(html: string, url?: string): HtmlExtraction {
  const lex = extractLexicon();
  const document = parseDocument(prestrip(html));
  const page = readMetadata(document, lex, url, scriptAuthors(html));
  const madeTheSite = siteMakers(document);
  const fragment = !/<body[\s>]/i.test(html) && !/<html[\s>]/i.test(html);
  const h1 = squash(document.querySelector('h1')?.textContent) || null;

  const reader = new Readability<DomElement>(document as never, { keepClasses: true, serializer: (el) => el as unknown as DomElement, charThreshold: READABILITY_CHAR_THRESHOLD });
  let parsed: ReturnType<typeof reader.parse> = null;
  try {
    parsed = reader.parse();
  } catch {
    parsed = null;
  }
  const content = parsed?.content ?? (document.body as DomElement | null);
  const paragraphs: Paragraph[] = content ? walkContent(content, lex) : [];

  // Metadata Readability alone found: the last resort (though a person it names outranks an organization).
  const onlyOrganizations = /\(organization\)$/.test(page.sources.authors ?? '');
  // Readability reads the author meta too: not when that is the site's maker (the generator meta's value).
  if ((!page.authors.length || onlyOrganizations) && parsed?.byline && !madeTheSite(parsed.byline)) {
    // Over an organization, only a full name (a one-word "name" there is often the site's own).
    const names = cleanAuthors(parsed.byline, lex, page.publisher).names.filter((n) => !onlyOrganizations || n.includes(' '));
    if (names.length) {
      page.authors = names;
      page.sources.authors = 'readability';
    }
  }
  if (!page.published && parsed?.publishedTime) {
    page.published = normalizeMetaDate(parsed.publishedTime);
    if (page.published) page.sources.published = 'readability';
  }
  if (!page.publisher && parsed?.siteName) page.publisher = squash(parsed.siteName);
  if (!page.language && parsed?.lang) page.language = languageCode(parsed.lang);

  // The page's heading is the title in the text; the metadata title (often "Headline | Site") is the hint.
  const title = pickTitle(h1, page.title, parsed?.title);
  // The page's own address printed as a line (share widgets, print headers) is not article text.
  const own = new Set([url, page.url].filter((u): u is string => Boolean(u)));
  for (const p of paragraphs) if (own.has(p.text)) p.role = 'furniture';
  if (title) placeTitle(paragraphs, title);

  // Organizations named by the metadata ("Reuters", the site itself) give way to people in a byline line.
  const organizationsOnly = /\(organization\)$/.test(page.sources.authors ?? '');
  const extracted = extractFromParagraphs(paragraphs, {
    title,
    authors: organizationsOnly ? undefined : page.authors,
    publisher: page.publisher,
    published: page.published,
    url: page.url ?? url ?? null,
    language: page.language,
    dek: page.description,
    markup: true,
  });
  if (organizationsOnly) {
    // A wire story's dateline ("ST. JOSEPH, Mich. (AP) —") names its author better than the site does.
    const body = extracted.sections.filter((s) => s.kind === 'body').slice(0, 3).map((s) => extracted.text.slice(s.start, s.end));
    const agency = body.map(datelineAgency).find(Boolean);
    if (extracted.meta.authors.length) page.sources.authors = 'text:byline';
    else if (agency) {
      extracted.meta.authors = [agency];
      page.sources.authors = 'text:dateline';
    } else extracted.meta.authors = page.authors;
  }
  // No author in metadata or a byline: a wire dateline ("(AP) —"), the site's own credit opening the
  // story ("PanARMENIAN.Net - …") or a Korean sign-off names one.
  if (!extracted.meta.authors.length) {
    const body = extracted.sections.filter((s) => s.kind === 'body').map((s) => extracted.text.slice(s.start, s.end));
    const agency = body.slice(0, 3).map(datelineAgency).find(Boolean) ?? null;
    const own = agency || !body.length ? null : leadCredit(body[0], extracted.meta.publisher ?? page.publisher);
    const korean = agency ?? own ? null : koreanByline(body.slice(0, 2).concat(body.slice(-3)).join('\n'));
    const found = agency ?? own ?? korean;
    if (found) {
      extracted.meta.authors = [found];
      page.sources.authors = agency ? 'text:dateline' : own ? 'text:credit (organization)' : 'text:signature';
    }
  }
  // No date in metadata or in the text: a date in the URL is a fair guess, marked as inferred.
  if (!extracted.meta.published.value) {
    const fromUrl = dateFromUrl(page.url ?? url);
    if (fromUrl) extracted.meta.published = { value: fromUrl, origin: 'inferred' };
  }
  return { ...extracted, page, noArticle: fragment ? null : noArticleReason(extracted, page, content) };
}

// The headline leads the paragraphs, once. When Readability's container starts with navigation
// ("Subscribe", "Sign In", "Home", "Local") before the headline, those short lines go; a repeat of the
// headline further down (a print header, a share card) goes too.
function placeTitle(paragraphs: Paragraph[], title: string): void {
  const at = paragraphs.findIndex((p, i) => i < HEADER_LOOKAHEAD * 5 && p.role !== 'furniture' && sameText(p.text, title));
  if (at < 0) {
    paragraphs.unshift({ text: title });
    return;
  }
  const before = paragraphs.slice(0, at).filter((p) => p.role !== 'furniture');
  if (at >= HEADER_LOOKAHEAD && before.every((p) => p.text.length <= MAX_NAV_LINE)) for (const p of before) p.role = 'furniture';
  else if (before.some((p) => p.text.length > MAX_NAV_LINE)) {
    paragraphs.unshift({ text: title });
    paragraphs[at + 1].role = 'furniture';
  }
  for (let i = at + 1; i < Math.min(paragraphs.length, at + HEADER_LOOKAHEAD); i++) if (sameText(paragraphs[i].text, title)) paragraphs[i].role = 'furniture';
}

// The h1 when the metadata agrees with it (or says nothing); else the metadata title without the site's
// name ("Headline | The Daily Ledger").
function pickTitle(h1: string | null, metaTitle: string | null, readabilityTitle: string | null | undefined): string | null {
  const meta = metaTitle ?? squash(readabilityTitle) ?? null;
  if (h1 && h1.length <= 300 && (!meta || overlaps(h1, meta))) return h1;
  if (!meta) return h1;
  return squash(readabilityTitle) || meta;
}

function overlaps(a: string, b: string): boolean {
  const na = norm(a);
  const nb = norm(b);
  return na.length > 0 && nb.length > 0 && (na.includes(nb) || nb.includes(na));
}

// A home page or section front: its "content" is teasers and links. Said only when the page does not
// call itself an article and what is left is short or mostly links.
function noArticleReason(extracted: ExtractedArticle, page: PageMetadata, content: DomElement | null): string | null {
  const body = extracted.sections.filter((s) => s.kind === 'body').map((s) => extracted.text.slice(s.start, s.end));
  const prose = body.filter((t) => t.length >= MIN_PROSE_CHARS && /[.!?…。！？।؟]["'”’»)」』]?$/u.test(t));
  const chars = prose.reduce((n, t) => n + t.length, 0);
  if (!body.length) return 'no article text found (no body paragraphs)';
  if (page.kind === 'article' && chars > 0) return null;
  const density = content ? linkDensity(content) : 0;
  if (density > INDEX_LINK_DENSITY) return `no article found: the page is mostly links (${Math.round(density * 100)}% of its text), like a home page or an index`;
  if (chars === 0 && page.kind === 'other') return 'no article found: the page says it is not an article and holds no prose';
  if (page.kind === 'other' && chars < MIN_INDEX_ARTICLE_CHARS) return 'no article found: the page says it is not an article and holds little prose';
  return null;
}

function linkDensity(el: DomElement): number {
  const total = squash(el.textContent).length;
  if (!total) return 0;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += squash(a.textContent).length;
  return links / total;
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const sameText = (a: string, b: string) => norm(a) === norm(b);
