// What `analyze` and `ingest` read: files, folders (recursive, --glob), stdin, URLs of articles, and URLs
// of RSS/Atom feeds, sitemaps, news sitemaps and sitemap indexes, whose article URLs are then fetched.
// Inputs become a stream of items; each item loads on its own, so one bad URL or file is one line in
// the report and the others go on.
import { InputError } from '../util/errors.js';
import { type Listing, type ListingEntry, looksLikeListing, onOrAfter, parseListing } from './feeds.js';
import { FetchError, Fetcher, type FetcherOptions, type FetchResult } from './fetch.js';
import { type ArticleInput, expandPaths, fromBytes, readFileInput, readStdinInput } from './input.js';

/** Articles read from one feed or sitemap, unless --max-items says otherwise. */
export const DEFAULT_MAX_ITEMS = 500;
/** Child sitemaps read from one sitemap index. */
const MAX_CHILD_SITEMAPS = 50;

export interface SourceOptions extends FetcherOptions {
  /** Folder files to take, as a glob on their path inside the folder. */
  glob?: string;
  /** Only feed and sitemap entries dated on or after this day (YYYY-MM-DD). */
  since?: string;
  /** At most this many articles from one feed or sitemap. */
  maxItems?: number;
  stdin?: NodeJS.ReadableStream;
  /** A fetcher to share (tests); otherwise one is made from the options. */
  fetcher?: Fetcher;
}

/** One article to read: `load` fetches or reads it and throws an InputError naming it on failure. */
export interface SourceItem {
  type: 'item';
  location: string;
  load(): Promise<ArticleInput>;
}
/** A failure (the input could not be read at all) or a notice (it was read in part, with a reason). */
export interface SourceProblem {
  type: 'error' | 'notice';
  error: InputError;
}
export type SourceEvent = SourceItem | SourceProblem;

export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** Every input, expanded, in order. */
export async function* sourceEvents(inputs: string[], options: SourceOptions = {}): AsyncGenerator<SourceEvent> {
  const fetcher = options.fetcher ?? new Fetcher(options);
  for (const input of inputs) {
    if (isUrl(input)) {
      yield* urlEvents(input, fetcher, options);
      continue;
    }
    const { paths, errors } = expandPaths([input], options.glob);
    for (const error of errors) yield { type: 'error', error };
    for (const path of paths) {
      yield {
        type: 'item',
        location: path === '-' ? 'stdin' : path,
        load: async () => (path === '-' ? readStdinInput(options.stdin) : readFileInput(path)),
      };
    }
  }
}

async function* urlEvents(url: string, fetcher: Fetcher, options: SourceOptions): AsyncGenerator<SourceEvent> {
  let first: FetchResult;
  try {
    first = await fetcher.fetch(url, 'any');
  } catch (error) {
    yield { type: 'error', error: asInputError(error, url) };
    return;
  }
  const text = isXml(first) ? first.body.toString('utf8') : null;
  let listing: Listing | null = null;
  if (text !== null) {
    try {
      listing = parseListing(text, first.finalUrl);
    } catch (error) {
      yield { type: 'error', error: new InputError(`unreadable feed or sitemap: ${(error as Error).message}`, url) };
      return;
    }
  }
  if (!listing) {
    // The URL is an article.
    yield { type: 'item', location: url, load: async () => articleInput(first, 'url') };
    return;
  }
  let entries = listing.entries;
  if (listing.kind === 'sitemapindex') {
    entries = [];
    const children = listing.entries.filter((e) => onOrAfter(e, options.since));
    if (children.length > MAX_CHILD_SITEMAPS) {
      yield { type: 'notice', error: new InputError(`sitemap index lists ${children.length} sitemaps; reading the first ${MAX_CHILD_SITEMAPS}`, url) };
    }
    for (const child of children.slice(0, MAX_CHILD_SITEMAPS)) {
      try {
        const r = await fetcher.fetch(child.url, 'feed');
        const sub = parseListing(r.body.toString('utf8'), r.finalUrl);
        if (!sub || sub.kind === 'sitemapindex') throw new InputError('not a sitemap', child.url);
        entries.push(...sub.entries);
      } catch (error) {
        yield { type: 'error', error: asInputError(error, child.url) };
      }
    }
  }
  const kind = listing.kind === 'rss' || listing.kind === 'atom' ? 'feed' : 'sitemap';
  const seen = new Set<string>();
  const wanted = entries.filter((e) => onOrAfter(e, options.since) && !seen.has(e.url) && seen.add(e.url));
  if (!wanted.length) {
    const why = entries.length ? `no entries on or after ${options.since}` : 'no entries';
    yield { type: 'error', error: new InputError(`${kind} lists ${why}`, url) };
    return;
  }
  const max = options.maxItems ?? DEFAULT_MAX_ITEMS;
  let chosen: ListingEntry[] = wanted;
  if (wanted.length > max) {
    // Sitemaps list oldest first as often as not: take the newest.
    chosen = kind === 'sitemap' ? [...wanted].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, max) : wanted.slice(0, max);
    yield { type: 'notice', error: new InputError(`${kind} lists ${wanted.length} articles; reading ${kind === 'sitemap' ? 'the newest' : 'the first'} ${max} (raise with --max-items)`, url) };
  }
  for (const entry of chosen) {
    yield {
      type: 'item',
      location: entry.url,
      load: async () => {
        try {
          return articleInput(await fetcher.fetch(entry.url, 'article'), kind === 'feed' ? 'feed' : 'url');
        } catch (error) {
          throw asInputError(error, entry.url);
        }
      },
    };
  }
}

function isXml(r: FetchResult): boolean {
  if (/xml|rss|atom/.test(r.mediaType)) return true;
  if (r.mediaType && r.mediaType !== 'text/plain') return false;
  return looksLikeListing(r.body.subarray(0, 2000).toString('utf8'));
}

function articleInput(r: FetchResult, kind: 'url' | 'feed'): ArticleInput {
  const input = fromBytes(r.body, kind, r.url, '', r.contentType || undefined);
  input.url = r.finalUrl;
  return input;
}

function asInputError(error: unknown, location: string): InputError {
  if (error instanceof InputError) return error.input ? error : new InputError(error.message, location);
  if (error instanceof FetchError) return new InputError(error.message, location);
  return new InputError(error instanceof Error ? error.message : String(error), location);
}
