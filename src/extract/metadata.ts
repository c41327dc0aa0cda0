// The page's metadata layer: title, authors, publication date, publisher, canonical URL, language, read
// from the sources a page offers, in this order of trust:
//   1. JSON-LD NewsArticle / Article (and kin), read leniently (jsonld.ts);
//   2. OpenGraph and article:* meta;
//   3. citation_*, Parse.ly, Sailthru and Dublin Core meta, and the plain author/date meta names;
//   4. the page's own markup: <time datetime>, itemprop, rel=author, byline elements;
//   5. Readability's byline and date (given by the caller, the last resort).
// Each field is taken from the most trusted source that gives a usable value, and `sources` says
// which one did, so an evaluation can tell where a wrong value came from.
import { cleanAuthors, isNewsroomCredit, penName } from './authors.js';
import { type DomDocument, type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE, classAndId, squash } from './dom.js';
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
  // A fact check: its author is the fact-checker; the claim's author sits apart, under itemReviewed.
  'ClaimReview',
]);
/** Types that say the page is not one article. */
const NON_ARTICLE_TYPES = new Set(['WebSite', 'CollectionPage', 'ItemList', 'SearchResultsPage', 'ProfilePage', 'Blog']);

type Obj = { [key: string]: JsonValue };

/** Reads the metadata layer from a parsed page (before Readability changes the document). */
export function readMetadata(document: DomDocument, lex: ExtractLexicon, pageUrl?: string | null, scriptAuthorValues: string[] = []): PageMetadata {
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
  // Yoast and others write the author as {"@id": …} and the Person elsewhere in the @graph.
  const byId = new Map<string, Obj>();
  for (const o of objects) if (typeof o['@id'] === 'string' && Object.keys(o).length > 1) byId.set(o['@id'], o);
  const resolve = (v: JsonValue | undefined): JsonValue | undefined => {
    if (Array.isArray(v)) return v.map((x) => resolve(x) ?? null);
    if (v && typeof v === 'object' && typeof v['@id'] === 'string' && v.name === undefined) return withSlugName(byId.get(v['@id']) ?? v);
    return v;
  };
  // The main article: the one with the most fields we need (pages also list related articles).
  const main = articles.sort((a, b) => score(b) - score(a))[0];
  // No article object: a WebPage (Yoast's graph, MedicalWebPage) still dates and signs the page.
  const article = main ?? objects.find((o) => typesOf(o).some((t) => /Page$/.test(t) && t !== 'CollectionPage' && t !== 'SearchResultsPage') && (o.datePublished !== undefined || o.author !== undefined));
  const ogType = meta('og:type')?.[0].toLowerCase() ?? null;
  let kind: PageMetadata['kind'] = null;
  if (main || ogType === 'article' || metas.has('article:published_time')) kind = 'article';
  else if (objects.some((o) => typesOf(o).some((t) => NON_ARTICLE_TYPES.has(t))) || ogType === 'website') kind = 'other';

  // ---- publisher (needed first: an author equal to the site's name is not an author) ----
  let publisher: string | null = null;
  // Candidates are thunks: the page's markup is searched only when the metadata says nothing.
  const pick = <T>(field: string, candidates: [() => T | null | undefined, string][]): T | null => {
    for (const [thunk, source] of candidates) {
      const value = thunk();
      if (value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)) {
        sources[field] = source;
        return value;
      }
    }
    return null;
  };
  publisher = pick('publisher', [
    [() => nameOf(article?.publisher), 'jsonld'],
    [() => meta('og:site_name')?.[0], 'og'],
    [() => nameOf(objects.find((o) => typesOf(o).some((t) => t === 'NewsMediaOrganization' || t === 'Organization'))), 'jsonld:organization'],
    [() => meta('application-name', 'dc.publisher', 'dcterms.publisher', 'citation_publisher', 'publisher')?.[0], 'meta'],
  ]);
  publisher = publisher ? squash(publisher) : null;

  // ---- authors ----
  // People outrank organizations: the first source (in order of trust) that names a person wins; when
  // none does, the first that names an organization ("Reuters", "Associated Press", "Al Jazeera") does,
  // since that is what the byline says. A value equal to the site's name counts as an organization.
  const metaAll = (key: string) => metas.getAll(key.toLowerCase());
  const host = hostOf(pageUrl ?? metas.get('og:url') ?? null);
  // A site's maker signs every page: an author meta equal to the generator or designer meta is the web
  // agency or the CMS ("PMJS - Coordenadoria de TI" in both), not the article's writer.
  const siteMakers = siteMakerSet(metas);
  const authorSources: [() => (string | null | undefined)[], string][] = [
    [() => authorNames(resolve(article?.author ?? article?.creator)), 'jsonld'],
    [() => metaAll('article:author'), 'og:article:author'],
    [() => metaAll('citation_author'), 'meta:citation_author'],
    [() => parselyAuthors(metas), 'meta:parsely'],
    [() => metaAll('sailthru.author'), 'meta:sailthru.author'],
    [() => [...metaAll('dc.creator'), ...metaAll('dcterms.creator')], 'meta:dc.creator'],
    [() => metaAll('author').filter((v) => !siteMakers.has(normalText(v))), 'meta:author'],
    [() => metaAll('byl'), 'meta:byl'],
    [() => domAuthors(document), 'dom'],
    [() => domBylineText(document), 'dom:text'],
    [() => scriptAuthorValues, 'script'],
  ];
  let authors: string[] = [];
  let organizations: [string[], string] | null = null;
  let staffCredit: [string[], string] | null = null;
  let newsroomCredit: string | null = null;
  for (const [thunk, source] of authorSources) {
    const values = thunk();
    if (!newsroomCredit && values.some((v) => v && isNewsroomCredit(v))) newsroomCredit = source;
    const names: string[] = [];
    const orgs: string[] = [];
    let staff = false;
    for (const v of values) {
      if (!v) continue;
      const cleaned = cleanAuthors(v, lex, publisher);
      staff ||= Boolean(cleaned.staff);
      for (const n of cleaned.names) {
        // A one-word "name" that is the site's own (LinkNaija on linknaija.com) is the site.
        if (!n.includes(' ') && host.includes(n.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))) {
          if (!orgs.includes(n)) orgs.push(n);
        } else if (!names.includes(n)) names.push(n);
      }
      for (const o of cleaned.organizations) if (!orgs.includes(o)) orgs.push(o);
    }
    // "Victor Tangermann; Futurism": next to full names, a lone word is a source or a site.
    if (names.some((n) => n.includes(' '))) {
      for (const n of names.filter((x) => !x.includes(' '))) {
        names.splice(names.indexOf(n), 1);
        if (!orgs.includes(n)) orgs.push(n);
      }
    }
    // "PTI," and "Washington," in two elements of one byline: beside an organization, lone words are places.
    if (orgs.length && names.length && names.every((n) => !n.includes(' ') && !/\p{Lo}/u.test(n))) names.length = 0;
    // "HNN Staff": the page credits its newsroom on purpose, so a person found further down the page is
    // more likely another story's byline than this one's; a named organization (a byline "by European
    // Space Agency") still outranks the newsroom, which is the last resort.
    if (names.length && !staffCredit) {
      authors = names;
      sources.authors = source;
      break;
    }
    if (staff) staffCredit ??= [orgs, source];
    else if (orgs.length && !organizations) organizations = [orgs, source];
  }
  if (!authors.length && !organizations && staffCredit) {
    authors = staffCredit[0];
    sources.authors = `${staffCredit[1]} (staff)`;
  }
  // A pen name typed as a Person in JSON-LD ("kei_eno") is still the byline the page shows.
  if (!authors.length && !organizations && !staffCredit) {
    const pen = jsonLdPersons(resolve(article?.author ?? article?.creator)).map(penName).filter((n): n is string => Boolean(n));
    if (pen.length) {
      authors = pen;
      sources.authors = 'jsonld (pen name)';
    }
  }
  if (!authors.length && organizations) {
    authors = organizations[0];
    sources.authors = `${organizations[1]} (organization)`;
  }
  // "Staff Reports", "Editorial" and no one else named: the publication itself, when its name is known.
  if (!authors.length && newsroomCredit && publisher) {
    authors = [publisher];
    sources.authors = `${newsroomCredit} (newsroom)`;
  }

  // ---- dates ----
  // A time written without a zone ("2019-11-19 02:24:00") keeps only its day, which may be the UTC day
  // while the page prints its local one ("Nov 18, 2019 at 9:24 pm ET"): then the printed day is right.
  // Both must show the same minute, the same moment in two zones, for the printed day to win.
  let zonelessMinute: string | null = null;
  const date = (v: string | null | undefined) => {
    const d = normalizeMetaDate(v);
    const time = /[T\s]\d{1,2}:(\d\d)/.exec(v ?? '');
    zonelessMinute = d && d.length === 10 && time && !/(?:Z|[+-]\d\d:?\d\d|GMT|UTC)\s*$/i.test((v ?? '').trim()) ? time[1] : null;
    return d;
  };
  let published = pick('published', [
    [() => date(stringOf(article?.datePublished)), 'jsonld'],
    [() => date(stringOf(article?.dateCreated)), 'jsonld:dateCreated'],
    [() => date(meta('article:published_time', 'og:article:published_time', 'article:published', 'og:published_time')?.[0]), 'og'],
    [() => date(meta('citation_publication_date', 'citation_date', 'citation_online_date')?.[0]), 'meta:citation'],
    [() => date(parselyDate(metas)), 'meta:parsely'],
    [() => date(meta('sailthru.date')?.[0]), 'meta:sailthru.date'],
    [() => date(meta('dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created')?.[0]), 'meta:dc'],
    [() => date(meta('pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'date', 'article.published', 'article_date_original', 'original-publish-date', 'datepublished', 'displaydate', 'dat', 'cxenseparse:recs:publishtime', 'ptime', 'timestamp')?.[0]), 'meta:date'],
    [() => date(domDate(document)), 'dom'],
    [() => dateNearTitle(document), 'dom:text'],
  ]);
  if (published && zonelessMinute && sources.published !== 'dom:text') {
    const printed = printedNearTitle(document);
    const minute = new RegExp(`\\b\\d{1,2}:${zonelessMinute}\\b`);
    if (printed && minute.test(printed.around) && Math.abs(Date.parse(printed.value.slice(0, 10)) - Date.parse(published)) === DAY_MS) {
      published = printed.value.slice(0, 10);
      sources.published += ' (day as printed)';
    }
  }
  const modified = pick('modified', [
    [() => date(stringOf(article?.dateModified)), 'jsonld'],
    [() => date(meta('article:modified_time', 'og:updated_time', 'dcterms.modified', 'lastmod', 'last-modified')?.[0]), 'meta'],
  ]);

  // ---- title, description, URL, language ----
  const title = pick('title', [
    [() => squash(stringOf(article?.headline)), 'jsonld'],
    [() => squash(meta('og:title', 'twitter:title', 'citation_title', 'dc.title', 'parsely-title', 'sailthru.title')?.[0]), 'og'],
    [() => squash(document.querySelector('title')?.textContent), 'title'],
  ]);
  const description = pick('description', [
    [() => squash(stringOf(article?.description)), 'jsonld'],
    [() => squash(meta('og:description', 'twitter:description', 'description', 'dc.description')?.[0]), 'og'],
  ]);
  const canonical = document.querySelector('link[rel="canonical" i]')?.getAttribute('href');
  const url = pick('url', [
    [() => absolute(canonical, pageUrl), 'canonical'],
    [() => absolute(meta('og:url')?.[0], pageUrl), 'og'],
    [() => absolute(stringOf(article?.url) ?? idOf(article?.mainEntityOfPage), pageUrl), 'jsonld'],
    [() => pageUrl ?? null, 'given'],
  ]);
  const language = pick('language', [
    [() => languageCode(document.documentElement?.getAttribute('lang') ?? document.documentElement?.getAttribute('xml:lang')), 'html'],
    [() => languageCode(meta('content-language', 'language', 'dc.language')?.[0]), 'meta'],
    [() => languageCode(meta('og:locale')?.[0]), 'og'],
    [() => languageCode(stringOf(article?.inLanguage)), 'jsonld'],
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

const siteMakerSet = (metas: MetaIndex) => new Set(['generator', 'designer', 'web_author', 'copyright'].flatMap((k) => metas.getAll(k)).map(normalText));

/** The page's generator/designer/copyright meta values: who made the site, never an article's author. */
export function siteMakers(document: DomDocument): (value: string) => boolean {
  const set = siteMakerSet(metaIndex(document));
  return (value) => set.has(normalText(value));
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

function jsonLdPersons(v: JsonValue | undefined): string[] {
  if (Array.isArray(v)) return v.flatMap(jsonLdPersons);
  if (v && typeof v === 'object' && typesOf(v).includes('Person')) return [stringOf(v.name)].filter((n): n is string => Boolean(n));
  return [];
}

/**
 * A WordPress author shown by initials ("AS") has a full name in the slug of its profile URL
 * (/author/adauto-silva/): use that.
 */
function withSlugName(o: JsonValue | undefined): JsonValue | undefined {
  if (!o || typeof o !== 'object' || Array.isArray(o)) return o;
  const name = stringOf(o.name);
  if (name && name.replace(/[^\p{L}]/gu, '').length > 3) return o;
  const m = /\/author\/([a-z]+(?:-[a-z]+){1,3})\/?(?:#|$)/.exec(stringOf(o['@id']) ?? stringOf(o.url) ?? '');
  if (!m) return o;
  return { ...o, name: m[1].split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ') };
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

/**
 * Elements matching each selector, in the selectors' order, from one walk of the document (linkedom
 * walks the whole tree for every querySelectorAll; `matches` on the few hits is cheap).
 */
function bySelector(document: DomDocument, selectors: string[]): (selector: string) => DomElement[] {
  const all = Array.from(document.querySelectorAll(selectors.join(', ')));
  return (selector) => all.filter((el) => el.matches(selector));
}

/**
 * The CMS's own author record where a page carries it only in a script, read from the raw HTML (scripts
 * are stripped before parsing): WordPress plugins (MailMunch's `_mmunch['postAuthor'] = {"name": …}`)
 * print the post's author as data. The last resort: an account name there ("jdadmin") is dropped like
 * any other value.
 */
export function scriptAuthors(html: string): string[] {
  if (!html.includes('postAuthor')) return [];
  const m = /\bpostAuthor['"]?\s*\]?\s*[=:]\s*\{\s*"name"\s*:\s*"((?:[^"\\\n]|\\.){1,80})"/.exec(html);
  if (!m) return [];
  try {
    return [JSON.parse(`"${m[1]}"`) as string];
  } catch {
    return []; // an escape JSON does not read: not a name we can trust
  }
}

function domAuthors(document: DomDocument): string[] {
  const hits = bySelector(document, AUTHOR_SELECTORS);
  for (const selector of AUTHOR_SELECTORS) {
    const found: string[] = [];
    for (const el of hits(selector).slice(0, 8)) {
      if (el.tagName === 'META' || el.tagName === 'LINK') continue;
      if (inFurniture(el)) continue;
      const text = squash(blockText(el));
      if (text && text.length <= 120 && !found.includes(text)) found.push(text);
    }
    if (found.length) return found.slice(0, 4);
  }
  return [];
}

const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'ADDRESS', 'SECTION', 'HEADER', 'FOOTER', 'TABLE', 'TR', 'TD', 'DL', 'DT', 'DD']);

/**
 * An element's text with its blocks kept apart by " | ": textContent runs "By JANE DOE" and "Associated
 * Press" in two <div>s together into "By JANE DOEAssociated Press".
 */
function blockText(el: DomNode): string {
  let out = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === TEXT_NODE) out += child.textContent ?? '';
    else if (child.nodeType === ELEMENT_NODE) {
      const block = BLOCKS.has(child.nodeName.toUpperCase());
      const inner = blockText(child);
      out += block ? ` | ${inner} | ` : inner;
    }
  }
  return out.replace(/(?:\s*\|\s*)+/g, ' | ').replace(/^\s*\|\s*|\s*\|\s*$/g, '');
}

/** The first short element whose own text reads "By Jane Doe …" (bylines without a class name). */
function domBylineText(document: DomDocument): string[] {
  const body = document.body;
  if (!body) return [];
  let seen = 0;
  for (const el of Array.from(body.querySelectorAll('p, span, div, li, address, small, strong, em, b, h4, h5, h6'))) {
    if (++seen > 4000) break;
    const text = el.textContent;
    if (!text || text.length > 200) continue;
    const clean = squash(text);
    if (!/^(?:[Bb]y|BY|(?:[Ss]tory|[Ww]ords|[Ww]ritten|[Aa]nalysis|[Oo]pinion|[Cc]ommentary|[Rr]eview|[Pp]osted|[Rr]eported) by)\s*:?\s+[\p{Lu}\p{Lo}]/u.test(clean) || clean.length > 140) continue;
    if (inFurniture(el)) continue;
    return [clean];
  }
  return [];
}

/** Byline-like elements inside comment threads, related lists or footers name other people. */
function inFurniture(el: DomElement): boolean {
  let node: DomElement | null = el;
  for (let depth = 0; node && depth < 12; depth++) {
    // <body class="one-sidebar has-comments"> describes the page's layout, not a region of it.
    if (node.tagName === 'BODY' || node.tagName === 'HTML') break;
    const hint = classAndId(node);
    if (/comment|related|sidebar|recommend|popular|more-stories|promo|newsletter|widget/.test(hint) || node.tagName === 'ASIDE' || node.tagName === 'NAV') return true;
    // A quoted claim or statement (a fact check's "statement-author", a pull quote) names its speaker.
    if (/claim|statement|quote|testimonial/.test(hint) || node.tagName === 'BLOCKQUOTE') return true;
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
  const hits = bySelector(document, candidates);
  for (const selector of candidates) {
    for (const el of hits(selector).slice(0, 3)) {
      if (inFurniture(el)) continue;
      const value = el.getAttribute('datetime') ?? el.getAttribute('content') ?? squash(el.textContent);
      const date = normalizeMetaDate(value);
      if (date) return value;
    }
  }
  return null;
}

function hostOf(url: string | null): string {
  try {
    return url ? new URL(url).hostname.toLowerCase().replace(/[^a-z0-9]/g, '') : '';
  } catch {
    return '';
  }
}

// ---- a date printed near the headline ----

const DAY_MS = 86_400_000;
/** How far after the headline a printed date may sit (bylines and stamps come right after it). */
const DATE_WINDOW = 700;
const MONTH_NAMES: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  januar: 1, februar: 2, märz: 3, maerz: 3, mai: 5, juni: 6, juli: 7, oktober: 10, dezember: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  janeiro: 1, fevereiro: 2, março: 3, marco: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, dezembro: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
};
const EN_MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const PRINTED_DATES: RegExp[] = [
  /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/,
  new RegExp(`\\b${EN_MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:\\d{1,2}:\\d\\d\\s*(?:[ap]\\.?m\\.?)?\\s*)?(?:19|20)\\d\\d\\b`, 'i'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+${EN_MONTH},?\\s+(?:19|20)\\d\\d\\b`, 'i'),
  /\b(\d{1,2})\.\s*([\p{L}]{3,10})\s+((?:19|20)\d\d)\b/u,
  /\b(\d{1,2})\s+de\s+([\p{L}]{3,10})\s+de\s+((?:19|20)\d\d)\b/u,
  /\b((?:19|20)\d\d)년\s*(\d{1,2})월\s*(\d{1,2})일/,
];

function dateNearTitle(document: DomDocument): string | null {
  return printedNearTitle(document)?.value ?? null;
}

/** The first date printed after the headline, with the text around it (where its time would be). */
function printedNearTitle(document: DomDocument): { value: string; around: string } | null {
  const h1 = squash(document.querySelector('h1')?.textContent);
  const text = squash(document.body?.textContent);
  if (!text) return null;
  const at = h1 ? text.indexOf(h1) : -1;
  if (at < 0) return null;
  const window = text.slice(at + h1.length, at + h1.length + DATE_WINDOW);
  let best: { index: number; value: string } | null = null;
  for (const re of PRINTED_DATES) {
    const m = re.exec(window);
    if (!m || (best && m.index >= best.index)) continue;
    const value = printedDate(m);
    if (value) best = { index: m.index, value };
  }
  return best ? { value: best.value, around: window.slice(Math.max(0, best.index - 40), best.index + 60) } : null;
}

function printedDate(m: RegExpExecArray): string | null {
  if (m.length === 4 && /^\d{4}$/.test(m[1])) return normalizeMetaDate(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`);
  if (m.length === 4) {
    const month = MONTH_NAMES[m[2].toLowerCase()] ?? MONTH_NAMES[m[2].toLowerCase().slice(0, 3)];
    return month ? normalizeMetaDate(`${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`) : null;
  }
  return normalizeMetaDate(m[0].replace(/(\d)(?:st|nd|rd|th)\b/, '$1').replace(/\s\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?/i, ''));
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

const normalText = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
