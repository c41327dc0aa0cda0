// Feeds and sitemaps → the article URLs they list. RSS 2.0, RSS 1.0 (RDF), Atom, XML sitemaps, Google
// News sitemaps and sitemap indexes, read with fast-xml-parser (namespace prefixes dropped, so
// <news:publication_date> reads as publication_date). Each entry keeps the date it carries, for --since.
import { XMLParser } from 'fast-xml-parser';
import { normalizeMetaDate } from '../extract/metadates.js';

export type ListingKind = 'rss' | 'atom' | 'sitemap' | 'sitemapindex';

export interface ListingEntry {
  url: string;
  title?: string;
  /** ISO date or date-time of publication (or last modification, for sitemaps), when given. */
  date?: string;
}

export interface Listing {
  kind: ListingKind;
  entries: ListingEntry[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  processEntities: true,
  htmlEntities: true,
  // Element names that may repeat are always arrays, so one item and many read the same way.
  isArray: (name) => ['item', 'entry', 'url', 'sitemap', 'link'].includes(name),
});

/** True when the text's root element is a feed or a sitemap (checked on its first bytes). */
export function looksLikeListing(text: string): boolean {
  const head = text.slice(0, 2000).replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<!DOCTYPE[^>]*>/i, '');
  return /^\s*<(?:[\w-]+:)?(?:rss|feed|RDF|urlset|sitemapindex)\b/.test(head);
}

/** Reads a feed or sitemap; null when the XML is none of them. Throws on XML that cannot be read. */
export function parseListing(xml: string, base?: string): Listing | null {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`not well-formed XML (${(error as Error).message.split('\n')[0]})`);
  }
  const abs = (href: unknown): string | null => {
    const s = text(href);
    if (!s) return null;
    try {
      const u = new URL(s.trim(), base);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch {
      return null;
    }
  };
  const rss = obj(doc.rss);
  if (rss) {
    const channel = obj(rss.channel) ?? {};
    return { kind: 'rss', entries: list(channel.item).flatMap((item) => entry(abs(first(item.link)) ?? abs(item.guid), item.title, item.pubDate ?? item.date ?? item.published)) };
  }
  const rdf = obj(doc.RDF);
  if (rdf) return { kind: 'rss', entries: list(rdf.item).flatMap((item) => entry(abs(first(item.link)) ?? abs(item['@about']), item.title, item.date ?? item.pubDate)) };
  const feed = obj(doc.feed);
  if (feed) {
    return {
      kind: 'atom',
      entries: list(feed.entry).flatMap((e) => {
        const links = list(e.link);
        const alternate = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
        return entry(abs(alternate?.['@href']), e.title, e.published ?? e.updated ?? e.issued);
      }),
    };
  }
  const urlset = obj(doc.urlset);
  if (urlset) {
    return {
      kind: 'sitemap',
      entries: list(urlset.url).flatMap((u) => {
        const news = obj(first(u.news));
        return entry(abs(u.loc), news?.title, news?.publication_date ?? u.lastmod);
      }),
    };
  }
  const index = obj(doc.sitemapindex);
  if (index) return { kind: 'sitemapindex', entries: list(index.sitemap).flatMap((s) => entry(abs(s.loc), undefined, s.lastmod)) };
  return null;
}

function entry(url: string | null, title: unknown, date: unknown): ListingEntry[] {
  if (!url) return [];
  const e: ListingEntry = { url };
  const t = text(title);
  if (t) e.title = t.trim();
  const d = normalizeMetaDate(text(date));
  if (d) e.date = d;
  return [e];
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
function list(v: unknown): Obj[] {
  const arr = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return arr.map((x) => (typeof x === 'string' ? { '#text': x } : obj(x))).filter((x): x is Obj => x !== null);
}
function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  const o = obj(v);
  if (o && typeof o['#text'] === 'string') return o['#text'];
  if (o && typeof o['@href'] === 'string') return o['@href'];
  return undefined;
}

/** Whether an entry is on or after `since` (YYYY-MM-DD); entries without a date are kept. */
export function onOrAfter(entry: ListingEntry, since: string | undefined): boolean {
  return !since || !entry.date || entry.date.slice(0, 10) >= since;
}
