// Fetching a URL, safely. node:http/https with redirects followed by hand, so every hop is checked:
//   - the SSRF guard (ssrf.ts) on the addresses each host resolves to, at connection time;
//   - at most MAX_REDIRECTS redirects, no loops, http and https only;
//   - one deadline for the whole chain (TIMEOUT_MS), and a byte cap (MAX_BYTES) on the body as it
//     streams in (compressed bodies are capped after decompression too);
//   - the content type checked against what the caller expects (an article, a feed);
//   - a descriptive User-Agent; robots.txt respected (robots.ts) and a delay between requests to one
//     host (HostClock), both in Fetcher.
// A failure is a FetchError whose message is one line naming the reason.
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import robotsParserModule from 'robots-parser';
import { packageVersion } from '../version.js';
import { type AddressPolicy, anyAddress, guardedLookup, publicOnly } from './ssrf.js';

interface RobotsTxt {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// robots-parser is CommonJS: its module.exports is the function (its typings say `default`).
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => RobotsTxt;

export const MAX_REDIRECTS = 5;
export const TIMEOUT_MS = 30_000;
export const MAX_BYTES = 10 * 1024 * 1024;
/** Default pause between two requests to one host. */
export const HOST_DELAY_MS = 1000;
/** A robots.txt crawl-delay above this is capped (some sites ask for minutes). */
const MAX_CRAWL_DELAY_MS = 30_000;
/** robots.txt files are small; a larger one is read up to here. */
const MAX_ROBOTS_BYTES = 512 * 1024;

export const USER_AGENT = `Chancery/${packageVersion()} (news analysis; reads articles for a structured record; respects robots.txt)`;
/** The token robots.txt rules are matched against. */
const ROBOTS_AGENT = 'Chancery';

export type Expect = 'article' | 'feed' | 'any';

const ARTICLE_TYPES = /^(?:text\/html|application\/xhtml\+xml|text\/plain)$/i;
const FEED_TYPES = /^(?:application\/(?:rss\+xml|atom\+xml|rdf\+xml|xml)|text\/xml)$/i;

export interface FetchOptions {
  /** Allow loopback, private and link-local addresses (local use and tests). */
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Override DNS resolution (tests). */
  lookup?: Parameters<typeof guardedLookup>[1];
  /** Which addresses may be fetched from (default: public ones only, or any with allowPrivate). */
  addressPolicy?: AddressPolicy;
  /** Called before following each redirect (robots.txt and the host delay for the new URL); may throw. */
  beforeRedirect?: (url: string) => Promise<void>;
}

function policyOf(options: FetchOptions): AddressPolicy {
  return options.addressPolicy ?? (options.allowPrivate ? anyAddress : publicOnly);
}

export interface FetchResult {
  /** The URL asked for. */
  url: string;
  /** The URL that answered, after redirects. */
  finalUrl: string;
  status: number;
  contentType: string;
  /** The media type alone, lower case ("text/html"). */
  mediaType: string;
  body: Buffer;
}

export class FetchError extends Error {
  readonly url: string;
  constructor(message: string, url: string) {
    super(message);
    this.name = 'FetchError';
    this.url = url;
  }
}

/** Fetches one URL, following redirects, with every limit above. */
export async function fetchUrl(url: string, expect: Expect = 'any', options: FetchOptions = {}): Promise<FetchResult> {
  const deadline = Date.now() + (options.timeoutMs ?? TIMEOUT_MS);
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const seen = new Set<string>();
  let current = checkUrl(url, url);
  for (let hop = 0; ; hop++) {
    seen.add(current.href);
    const response = await requestOnce(current, deadline, options, url);
    if (response.status >= 300 && response.status < 400 && response.location !== undefined) {
      response.stream.resume();
      if (hop >= maxRedirects) throw new FetchError(`too many redirects (more than ${maxRedirects})`, url);
      let next: URL;
      try {
        next = new URL(response.location, current);
      } catch {
        throw new FetchError(`bad redirect location "${response.location}"`, url);
      }
      next = checkUrl(next.href, url);
      if (seen.has(next.href)) throw new FetchError(`redirect loop (${next.href} again)`, url);
      if (options.beforeRedirect) {
        try {
          await options.beforeRedirect(next.href);
        } catch (error) {
          throw new FetchError(`redirected to ${next.href}: ${(error as Error).message}`, url);
        }
      }
      current = next;
      continue;
    }
    if (response.status >= 400) {
      response.stream.resume();
      throw new FetchError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, url);
    }
    const mediaType = (response.contentType.split(';')[0] ?? '').trim().toLowerCase();
    const reason = typeProblem(mediaType, expect);
    if (reason) {
      response.stream.destroy();
      throw new FetchError(reason, url);
    }
    const body = await readCapped(response, options.maxBytes ?? MAX_BYTES, deadline, url, options.timeoutMs ?? TIMEOUT_MS);
    return { url, finalUrl: current.href, status: response.status, contentType: response.contentType, mediaType, body };
  }
}

function checkUrl(href: string, original: string): URL {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    throw new FetchError('not a valid URL', original);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchError(`unsupported scheme ${u.protocol} (http and https only)`, original);
  if (u.username || u.password) throw new FetchError('URLs with credentials are refused', original);
  return u;
}

function typeProblem(mediaType: string, expect: Expect): string | null {
  if (!mediaType) return null; // no header: the body is sniffed later
  if (expect === 'article' && !ARTICLE_TYPES.test(mediaType)) return `not an article: content type ${mediaType}`;
  if (expect === 'feed' && !FEED_TYPES.test(mediaType) && !ARTICLE_TYPES.test(mediaType)) return `not a feed or sitemap: content type ${mediaType}`;
  if (expect === 'any' && !ARTICLE_TYPES.test(mediaType) && !FEED_TYPES.test(mediaType)) return `not an article, feed or sitemap: content type ${mediaType}`;
  return null;
}

interface RawResponse {
  status: number;
  statusText: string;
  contentType: string;
  contentLength: number | null;
  location: string | undefined;
  stream: Readable;
}

/** A GET whose connection was reset before any answer came is tried once more (GET is safe to repeat). */
async function requestOnce(u: URL, deadline: number, options: FetchOptions, original: string): Promise<RawResponse> {
  try {
    return await request(u, deadline, options, original);
  } catch (error) {
    if (!(error instanceof FetchError) || error.message !== 'connection reset') throw error;
    return request(u, deadline, options, original);
  }
}

function request(u: URL, deadline: number, options: FetchOptions, original: string): Promise<RawResponse> {
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new FetchError(`timed out after ${Math.round((options.timeoutMs ?? TIMEOUT_MS) / 1000)} s`, original));
  const host = u.hostname.replace(/^\[|\]$/g, '');
  // A literal IP skips DNS (and so the lookup hook): check it here.
  if (isIP(host)) {
    const reason = policyOf(options)(host, host);
    if (reason) return Promise.reject(new FetchError(`refused: ${reason} (use --allow-private for local addresses)`, original));
  }
  const lib = u.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      u,
      {
        method: 'GET',
        headers: {
          'user-agent': options.userAgent ?? USER_AGENT,
          accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
        },
        lookup: guardedLookup(policyOf(options), options.lookup) as never,
        timeout: remaining,
        // A fresh connection per request: Node's default agent keeps sockets alive, and one the server
        // has just closed would fail as a reset. Requests to one host are spaced out anyway (--delay).
        agent: false,
      },
      (res) => {
        clearTimeout(timer);
        const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
        let stream: Readable = res;
        if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(zlib.createGunzip());
        else if (encoding === 'deflate') stream = res.pipe(zlib.createInflate());
        else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
        const length = Number(res.headers['content-length']);
        resolve({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          contentType: String(res.headers['content-type'] ?? ''),
          contentLength: Number.isFinite(length) && !encoding ? length : null,
          location: res.headers.location,
          stream,
        });
      },
    );
    const timer = setTimeout(() => req.destroy(new FetchError(`timed out after ${Math.round((options.timeoutMs ?? TIMEOUT_MS) / 1000)} s`, original)), remaining);
    req.on('timeout', () => req.destroy(new FetchError(`timed out after ${Math.round((options.timeoutMs ?? TIMEOUT_MS) / 1000)} s`, original)));
    req.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error instanceof FetchError ? error : new FetchError(networkReason(error), original));
    });
    req.end();
  });
}

function networkReason(error: NodeJS.ErrnoException): string {
  if (error.code === 'EBLOCKED') return error.message;
  if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') return 'host not found';
  if (error.code === 'ECONNREFUSED') return 'connection refused';
  if (error.code === 'ECONNRESET') return 'connection reset';
  if (error.code === 'CERT_HAS_EXPIRED' || error.code?.startsWith('ERR_TLS') || error.code?.includes('CERT')) return `TLS error (${error.code})`;
  return error.message.split('\n')[0];
}

function readCapped(response: RawResponse, maxBytes: number, deadline: number, url: string, timeoutMs: number): Promise<Buffer> {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  if (response.contentLength !== null && response.contentLength > maxBytes) {
    response.stream.destroy();
    return Promise.reject(new FetchError(`too large (${mb(response.contentLength)}; the limit is ${mb(maxBytes)})`, url));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let done = false;
    const finish = (error: Error | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (error) {
        response.stream.destroy();
        reject(error);
      } else resolve(Buffer.concat(chunks));
    };
    const timer = setTimeout(() => finish(new FetchError(`timed out after ${Math.round(timeoutMs / 1000)} s`, url)), Math.max(0, deadline - Date.now()));
    response.stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) finish(new FetchError(`too large (over ${mb(maxBytes)})`, url));
      else chunks.push(chunk);
    });
    response.stream.on('end', () => finish(null));
    response.stream.on('error', (error: Error) => finish(new FetchError(error.message.split('\n')[0], url)));
  });
}

// ---- politeness: robots.txt and a delay per host ----

/** Waits so that two requests to one host are at least `delayMs` apart. */
export class HostClock {
  readonly #next = new Map<string, number>();
  constructor(readonly delayMs: number) {}

  async wait(host: string, extraMs = 0): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.#next.get(host) ?? 0);
    this.#next.set(host, at + Math.max(this.delayMs, extraMs));
    if (at > now) await new Promise((r) => setTimeout(r, at - now));
  }
}

interface Robots {
  allowed(url: string): boolean;
  crawlDelayMs: number;
}

export interface FetcherOptions extends FetchOptions {
  /** Respect robots.txt (default true). */
  robots?: boolean;
  /** Pause between requests to one host, in ms (default HOST_DELAY_MS). */
  hostDelayMs?: number;
}

/** Fetches many URLs politely: robots.txt per origin (cached), a pause between requests to one host. */
export class Fetcher {
  readonly options: FetcherOptions;
  readonly #clock: HostClock;
  readonly #robots = new Map<string, Promise<Robots>>();

  constructor(options: FetcherOptions = {}) {
    this.options = options;
    this.#clock = new HostClock(options.hostDelayMs ?? HOST_DELAY_MS);
  }

  async fetch(url: string, expect: Expect = 'any'): Promise<FetchResult> {
    await this.#politely(url);
    // Each redirect is a new request: robots.txt and the host delay apply to it too.
    return fetchUrl(url, expect, { ...this.options, beforeRedirect: (next) => this.#politely(next) });
  }

  async #politely(url: string): Promise<void> {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      throw new FetchError('not a valid URL', url);
    }
    let crawlDelayMs = 0;
    if (this.options.robots !== false && (u.protocol === 'http:' || u.protocol === 'https:')) {
      const robots = await this.#robotsFor(u);
      if (!robots.allowed(url)) throw new FetchError('disallowed by robots.txt (use --no-robots to fetch anyway)', url);
      crawlDelayMs = robots.crawlDelayMs;
    }
    await this.#clock.wait(u.host, crawlDelayMs);
  }

  #robotsFor(u: URL): Promise<Robots> {
    const origin = u.origin;
    let robots = this.#robots.get(origin);
    if (!robots) {
      robots = this.#loadRobots(origin);
      this.#robots.set(origin, robots);
    }
    return robots;
  }

  // RFC 9309: a robots.txt that is missing (4xx) allows everything; one that cannot be read (5xx, no
  // answer) allows nothing, for now.
  async #loadRobots(origin: string): Promise<Robots> {
    const url = `${origin}/robots.txt`;
    await this.#clock.wait(new URL(origin).host);
    try {
      const r = await fetchUrl(url, 'any', { ...this.options, maxBytes: MAX_ROBOTS_BYTES });
      const parsed = robotsParser(url, r.body.toString('utf8'));
      const delay = parsed.getCrawlDelay(ROBOTS_AGENT);
      return {
        allowed: (target) => parsed.isAllowed(target, ROBOTS_AGENT) !== false,
        crawlDelayMs: delay ? Math.min(MAX_CRAWL_DELAY_MS, delay * 1000) : 0,
      };
    } catch (error) {
      if (error instanceof FetchError && /^HTTP 4\d\d/.test(error.message)) return { allowed: () => true, crawlDelayMs: 0 };
      if (error instanceof FetchError && /^(?:too large|not an article)/.test(error.message)) return { allowed: () => true, crawlDelayMs: 0 };
      const reason = error instanceof Error ? error.message : String(error);
      // A refused or unreachable host: the page itself would fail the same way, so say that.
      const message = /^HTTP 5\d\d/.test(reason) ? `robots.txt answered ${reason}; not fetching (RFC 9309)` : reason;
      return {
        allowed: () => {
          throw new FetchError(message, origin);
        },
        crawlDelayMs: 0,
      };
    }
  }
}
