// HTML → Article, the simple path: the page's block elements become paragraphs, which the plain-text
// extractor then sorts into title, dek, bylines, captions, body and furniture; title, authors and dates
// from the page's meta tags outrank what the text suggests.
import { parseHTML } from 'linkedom';
import { type ExtractedArticle, extractFromParagraphs } from './plaintext.js';
import { parseStampDate } from './stamps.js';

/** Elements whose text is never article text. */
const DROP = 'script, style, noscript, template, svg, canvas, iframe, nav, header, footer, aside, form, button, select, menu';
/** Elements that start a new paragraph. */
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE',
  'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'DD', 'DT', 'DL', 'BR', 'HR', 'ADDRESS', 'TIME',
]);

/** The little of the DOM the walk needs (the project compiles without the DOM library). */
interface DomNode {
  nodeType: number;
  tagName?: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export function extractHtml(html: string, url?: string): ExtractedArticle {
  // linkedom makes a bare fragment's first element the document root; give it a body to live in.
  const page = /<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const title = meta('meta[property="og:title"]') ?? document.querySelector('title')?.textContent?.trim() ?? null;
  const author = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  const publishedRaw = meta('meta[property="article:published_time"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const language = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() || null;
  for (const el of document.querySelectorAll(DROP)) el.remove();

  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body ?? document.documentElement;
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCK.has(node.tagName ?? '');
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  if (root) walk(root as unknown as DomNode);
  flush();

  // The page's <h1> usually repeats the title; put the meta title first so the extractor finds it.
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  const heading = h1 || title;
  if (heading && !paragraphs.includes(heading)) paragraphs.unshift(heading);
  return extractFromParagraphs(paragraphs, {
    title: heading ?? null,
    authors: author ? [author] : undefined,
    published: publishedRaw ? parseStampDate(publishedRaw) : null,
    url: url ?? meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    language,
  });
}
