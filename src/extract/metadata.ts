// The page's metadata layer: title, authors, publication date, publisher, canonical URL, language, read
// from the sources a page offers, in this order of trust:
//   1. JSON-LD NewsArticle / Article (and kin), read leniently (jsonld.ts);
//   2. OpenGraph and article:* meta;
//   3. citation_*, Parse.ly, Sailthru and Dublin Core meta, and the plain author/date meta names;
//   4. the page's own markup: <time datetime>, itemprop, rel=author, byline elements;
//   5. Readability's byline and date (given by the caller, the last resort).
// Each field is taken from the most trusted source that gives a usable value, and `sources` says
// which one did, so an evaluation can tell where a wrong value came from.
import { cleanAuthors } from './authors.js';
import { type DomDocument, type DomElement, classAndId, squash } from './dom.js';
import { type JsonValue, jsonLdObjects, parseJsonLd, typesOf } from './jsonld.js';
import type { ExtractLexicon } from './lexicon.js';
import { normalizeMetaDate } from './metadates.js';

export interface PageMetadata {
  title: string | null;
  description: string | null;
  authors: string[];
  publisher: string | null;
  published: string | null;
  modified: string | null;
  url: string | null;
  language: string | null;
  /** What the page says it is: an article, something else (a home page, a section), or unsaid. */
  kind: 'article' | 'other' | null;
  /** Which source gave each field ("jsonld", "og", "meta:parsely-author", "dom:time", …). */
  sources: Record<string, string>;
}

/** schema.org types whose objects describe the article on the page. */
const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting', 'TechArticle',
  'ScholarlyArticle', 'Report', 'SatiricalArticle', 'AdvertiserContentArticle', 'MedicalScholarlyArticle', 'Review',
]);
/** Types that say the page is not one article. */
const NON_ARTICLE_TYPES = new Set(['WebSite', 'CollectionPage', 'ItemList', 'SearchResultsPage', 'ProfilePage', 'Blog']);

type Obj = { [key: string]: JsonValue };

/** Reads the metadata layer from a parsed page (before Readability changes the document). */
export function readMetadata(document: DomDocument, lex: ExtractLexicon, pageUrl?: string | null): PageMetadata {
  const sources: Record<string, string> = {};
  const metas = metaIndex(document);
  const meta = (...keys: string[]): [string, string] | null => {
    for (const k of keys) {
      const v = metas.get(k.toLowerCase());
      if (v) return [v, k];
    }
    return null;
  };

  // ---- JSON-LD ----
  const objects: Obj[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type*="ld+json" i]'))) {
    objects.push(...jsonLdObjects(parseJsonLd(script.textContent ?? '')));
  }
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)));
  // The main article: the one with the most fields we need (pages also list related articles).
  const article = articles.sort((a, b) => score(b) - score(a))[0];
  const ogType = meta('og:type')?.[0].toLowerCase() ?? null;
  let kind: PageMetadata['kind'] = null;
  if (article || ogType === 'article' || metas.has('article:published_time')) kind = 'article';
  else if (objects.some((o) => typesOf(o).some((t) => NON_ARTICLE_TYPES.has(t))) || ogType === 'website') kind = 'other';

  // ---- publisher (needed first: an author equal to the site's name is not an author) ----
  let publisher: string | null = null;
  const pick = <T>(field: string, candidates: [T | null | undefined, string][]): T | null => {
    for (const [value, source] of candidates) {
      if (value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)) {
        sources[field] = source;
        return value;
      }
    }
    return null;
  };
  publisher = pick('publisher', [
    [nameOf(article?.publisher), 'jsonld'],
    [meta('og:site_name')?.[0], 'og'],
    [nameOf(objects.find((o) => typesOf(o).some((t) => t === 'NewsMediaOrganization' || t === 'Organization'))), 'jsonld:organization'],
    [meta('application-name', 'dc.publisher', 'dcterms.publisher', 'citation_publisher', 'publisher')?.[0], 'meta'],
  ]);
  publisher = publisher ? squash(publisher) : null;

  // ---- authors ----
  const authorsFrom = (values: (string | null | undefined)[]): string[] => {
    const names: string[] = [];
    for (const v of values) {
      if (!v) continue;
      for (const n of cleanAuthors(v, lex, publisher).names) if (!names.includes(n)) names.push(n);
    }
    return names;
  };
  const metaAll = (key: string) => metas.getAll(key.toLowerCase());
  const authors = pick('authors', [
    [authorsFrom(authorNames(article?.author ?? article?.creator)), 'jsonld'],
    [authorsFrom(metaAll('article:author')), 'og:article:author'],
    [authorsFrom(metaAll('citation_author')), 'meta:citation_author'],
    [authorsFrom(parselyAuthors(metas)), 'meta:parsely'],
    [authorsFrom(metaAll('sailthru.author')), 'meta:sailthru.author'],
    [authorsFrom([...metaAll('dc.creator'), ...metaAll('dcterms.creator')]), 'meta:dc.creator'],
    [authorsFrom(metaAll('author')), 'meta:author'],
    [authorsFrom(metaAll('byl')), 'meta:byl'],
    [authorsFrom(metaAll('twitter:creator').filter((v) => !v.startsWith('@'))), 'meta:twitter:creator'],
    [authorsFrom(domAuthors(document)), 'dom'],
  ]) ?? [];

  // ---- dates ----
  const date = (v: string | null | undefined) => normalizeMetaDate(v);
  const published = pick('published', [
    [date(stringOf(article?.datePublished)), 'jsonld'],
    [date(stringOf(article?.dateCreated)), 'jsonld:dateCreated'],
    [date(meta('article:published_time', 'og:article:published_time', 'article:published', 'og:published_time')?.[0]), 'og'],
    [date(meta('citation_publication_date', 'citation_date', 'citation_online_date')?.[0]), 'meta:citation'],
    [date(parselyDate(metas)), 'meta:parsely'],
    [date(meta('sailthru.date')?.[0]), 'meta:sailthru.date'],
    [date(meta('dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created')?.[0]), 'meta:dc'],
    [date(meta('pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'date', 'article.published', 'article_date_original', 'original-publish-date', 'datepublished', 'displaydate', 'dat', 'cxenseparse:recs:publishtime', 'ptime', 'timestamp')?.[0]), 'meta:date'],
    [date(domDate(document)), 'dom'],
  ]);
  const modified = pick('modified', [
    [date(stringOf(article?.dateModified)), 'jsonld'],
    [date(meta('article:modified_time', 'og:updated_time', 'dcterms.modified', 'lastmod', 'last-modified')?.[0]), 'meta'],
  ]);

  // ---- title, description, URL, language ----
  const title = pick('title', [
    [squash(stringOf(article?.headline)), 'jsonld'],
    [squash(meta('og:title', 'twitter:title', 'citation_title', 'dc.title', 'parsely-title', 'sailthru.title')?.[0]), 'og'],
    [squash(document.querySelector('title')?.textContent), 'title'],
  ]);
  const description = pick('description', [
    [squash(stringOf(article?.description)), 'jsonld'],
    [squash(meta('og:description', 'twitter:description', 'description', 'dc.description')?.[0]), 'og'],
  ]);
  const canonical = document.querySelector('link[rel="canonical" i]')?.getAttribute('href');
  const url = pick('url', [
    [absolute(canonical, pageUrl), 'canonical'],
    [absolute(meta('og:url')?.[0], pageUrl), 'og'],
    [absolute(stringOf(article?.url) ?? idOf(article?.mainEntityOfPage), pageUrl), 'jsonld'],
    [pageUrl ?? null, 'given'],
  ]);
  const language = pick('language', [
    [languageCode(document.documentElement?.getAttribute('lang') ?? document.documentElement?.getAttribute('xml:lang')), 'html'],
    [languageCode(meta('content-language', 'language', 'dc.language')?.[0]), 'meta'],
    [languageCode(meta('og:locale')?.[0]), 'og'],
    [languageCode(stringOf(article?.inLanguage)), 'jsonld'],
  ]);

  return { title, description, authors, publisher, published, modified, url, language, kind, sources };
}

function score(o: Obj): number {
  return ['headline', 'author', 'datePublished', 'articleBody', 'publisher'].filter((k) => o[k] !== undefined).length;
}

// ---- meta tags ----

interface MetaIndex {
  get(key: string): string | undefined;
  getAll(key: string): string[];
  has(key: string): boolean;
}

// One pass over <meta>: name, property, itemprop and http-equiv all index the content.
function metaIndex(document: DomDocument): MetaIndex {
  const map = new Map<string, string[]>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const content = el.getAttribute('content');
    if (content === null || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = map.get(key);
      if (list) list.push(content.trim());
      else map.set(key, [content.trim()]);
    }
  }
  return { get: (k) => map.get(k)?.[0], getAll: (k) => map.get(k) ?? [], has: (k) => map.has(k) };
}

function parselyAuthors(metas: MetaIndex): string[] {
  const out = metas.getAll('parsely-author');
  const json = metas.get('parsely-page') ?? metas.get('parsely-metadata');
  if (json) {
    for (const v of parseJsonLd(json)) {
      if (v && typeof v === 'object' && !Array.isArray(v)) out.push(...authorNames(v.author ?? v.authors));
    }
  }
  return out;
}

function parselyDate(metas: MetaIndex): string | undefined {
  const direct = metas.get('parsely-pub-date');
  if (direct) return direct;
  const json = metas.get('parsely-page');
  if (!json) return undefined;
  for (const v of parseJsonLd(json)) if (v && typeof v === 'object' && !Array.isArray(v)) return stringOf(v.pub_date) ?? undefined;
  return undefined;
}

// ---- JSON-LD values ----

function stringOf(v: JsonValue | undefined): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return stringOf(v[0]);
  if (v && typeof v === 'object') return stringOf(v['@value'] ?? v.name);
  return null;
}

function nameOf(v: JsonValue | undefined): string | null {
  if (Array.isArray(v)) return nameOf(v[0]);
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object') return stringOf(v.name) ?? stringOf(v.legalName);
  return null;
}

function idOf(v: JsonValue | undefined): string | null {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && !Array.isArray(v)) return stringOf(v['@id'] ?? v.url);
  return null;
}

/** author: "Jane", {name}, [{name}, …], {"@type": "Person", "name": …}; organizations too (cleaned later). */
function authorNames(v: JsonValue | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(authorNames);
  if (typeof v === 'object') {
    const name = stringOf(v.name) ?? [stringOf(v.givenName), stringOf(v.familyName)].filter(Boolean).join(' ');
    return name ? [name] : [];
  }
  return [];
}

// ---- the page's own markup ----

/** Selectors for byline elements, most specific first. */
const AUTHOR_SELECTORS = [
  '[itemprop~="author" i] [itemprop~="name" i]',
  '[itemprop~="author" i]',
  '[rel~="author" i]',
  '[class*="byline" i] [class*="author" i]',
  '[class*="author-name" i], [class*="authorname" i], [class*="author__name" i], [class*="byline__name" i], [class*="byline-name" i]',
  '[class*="byline" i]',
  '[class~="author" i], [id~="author" i]',
];

function domAuthors(document: DomDocument): string[] {
  for (const selector of AUTHOR_SELECTORS) {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll(selector)).slice(0, 8)) {
      if (el.tagName === 'META' || el.tagName === 'LINK') continue;
      if (inFurniture(el)) continue;
      const text = squash(el.textContent);
      if (text && text.length <= 120 && !found.includes(text)) found.push(text);
    }
    if (found.length) return found.slice(0, 4);
  }
  return [];
}

/** Byline-like elements inside comment threads, related lists or footers name other people. */
function inFurniture(el: DomElement): boolean {
  let node: DomElement | null = el;
  for (let depth = 0; node && depth < 12; depth++) {
    const hint = classAndId(node);
    if (/comment|related|footer|sidebar|recommend|popular|more-stories|promo|newsletter/.test(hint) || node.tagName === 'FOOTER' || node.tagName === 'ASIDE') return true;
    node = node.parentNode as DomElement | null;
    if (node && node.nodeType !== 1) break;
  }
  return false;
}

function domDate(document: DomDocument): string | null {
  const candidates = [
    '[itemprop~="datePublished" i]',
    'time[pubdate]',
    'time[class*="publish" i], time[class*="pubdate" i], time[class*="posted" i]',
    '[class*="publish" i] time, [class*="byline" i] time, [class*="dateline" i] time, header time, article time',
    'time[datetime]',
    '[class*="publish-date" i], [class*="pubdate" i], [class*="published" i], [class*="post-date" i], [class*="entry-date" i], [class*="article-date" i], [class*="date-published" i]',
  ];
  for (const selector of candidates) {
    for (const el of Array.from(document.querySelectorAll(selector)).slice(0, 3)) {
      if (inFurniture(el)) continue;
      const value = el.getAttribute('datetime') ?? el.getAttribute('content') ?? squash(el.textContent);
      const date = normalizeMetaDate(value);
      if (date) return value;
    }
  }
  return null;
}

function absolute(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href?.trim()) return null;
  try {
    const u = new URL(href.trim(), base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** "en-US", "en_GB", "EN" → "en"; anything else → null. */
export function languageCode(value: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(value ?? '');
  return m ? m[1].toLowerCase() : null;
}
