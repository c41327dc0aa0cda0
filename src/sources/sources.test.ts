import { lookup as dnsLookup } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, startServer } from '../../test/webserver.js';
import { extractArticle } from '../pipeline.js';
import { Fetcher, fetchUrl } from './fetch.js';
import { type SourceEvent, sourceEvents } from './sources.js';
import { blockedReason } from './ssrf.js';

let web: TestServer;
beforeAll(async () => {
  web = await startServer();
});
afterAll(async () => {
  await web?.close();
});

const local = { allowPrivate: true, hostDelayMs: 0 };
/** Resolves the test host names to the test server (127.0.0.1), nothing else. */
const testDns = ((host: string, options: object, callback: (e: Error | null, a: unknown) => void) =>
  /\.test$/.test(host) ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : dnsLookup(host, options, callback as never)) as unknown as typeof dnsLookup;

async function events(inputs: string[], options = {}): Promise<SourceEvent[]> {
  const out: SourceEvent[] = [];
  for await (const e of sourceEvents(inputs, { ...local, ...options })) out.push(e);
  return out;
}
const urls = (es: SourceEvent[]) => es.filter((e) => e.type === 'item').map((e) => (e.type === 'item' ? e.location.replace(web.base, '') : ''));

describe('fetchUrl', () => {
  it('follows redirects and says where it landed', async () => {
    const r = await fetchUrl(`${web.base}/redirect-1`, 'article', local);
    expect(r.finalUrl).toBe(`${web.base}/article.html`);
    expect(r.mediaType).toBe('text/html');
  });

  it('stops a redirect loop and a chain that is too long', async () => {
    await expect(fetchUrl(`${web.base}/loop-a`, 'any', local)).rejects.toThrow(/redirect loop/);
    await expect(fetchUrl(`${web.base}/redirect-1`, 'any', { ...local, maxRedirects: 1 })).rejects.toThrow(/too many redirects/);
  });

  it('gives up on a slow server at the deadline', async () => {
    await expect(fetchUrl(`${web.base}/slow`, 'any', { ...local, timeoutMs: 300 })).rejects.toThrow(/timed out/);
  });

  it('refuses a body over the size cap while it streams', async () => {
    await expect(fetchUrl(`${web.base}/huge`, 'any', local)).rejects.toThrow(/too large \(over 10 MB\)/);
  });

  it('refuses a PDF and an image as articles, and says HTTP errors', async () => {
    await expect(fetchUrl(`${web.base}/doc.pdf`, 'article', local)).rejects.toThrow('not an article: content type application/pdf');
    await expect(fetchUrl(`${web.base}/image.png`, 'article', local)).rejects.toThrow('not an article: content type image/png');
    await expect(fetchUrl(`${web.base}/missing`, 'any', local)).rejects.toThrow('HTTP 404 Not Found');
    await expect(fetchUrl(`${web.base}/broken`, 'any', local)).rejects.toThrow('HTTP 500 Internal Server Error');
  });
});

describe('the SSRF guard', () => {
  it('knows public from loopback, private, link-local and multicast addresses', () => {
    for (const a of ['127.0.0.1', '10.0.0.8', '172.16.3.4', '192.168.1.1', '169.254.169.254', '224.0.0.1', '::1', 'fe80::1', 'fd12::1', '::ffff:127.0.0.1', '0.0.0.0', '100.64.0.1']) {
      expect(blockedReason(a), a).not.toBeNull();
    }
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700::1111']) expect(blockedReason(a), a).toBeNull();
  });

  it('refuses loopback by default, by address and by name after DNS', async () => {
    await expect(fetchUrl(`${web.base}/article.html`)).rejects.toThrow(/refused: 127\.0\.0\.1 is a loopback address/);
    await expect(fetchUrl(web.base.replace('127.0.0.1', 'news.test') + '/article.html', 'any', { lookup: testDns })).rejects.toThrow(/refused: news\.test resolves to 127\.0\.0\.1/);
  });

  it('checks again on every redirect', async () => {
    // The first hop is allowed; the redirect leads to a host the policy refuses.
    const policy = (_address: string, host: string) => (host === 'intranet.test' ? 'an intranet address' : null);
    await expect(fetchUrl(`${web.base}/to-intranet`, 'any', { addressPolicy: policy, lookup: testDns })).rejects.toThrow(/refused: intranet\.test resolves to an intranet address/);
  });
});

describe('robots.txt and the per-host delay', () => {
  it('respects a disallow, unless told not to', async () => {
    await expect(new Fetcher(local).fetch(`${web.base}/private/secret.html`)).rejects.toThrow('disallowed by robots.txt');
    const r = await new Fetcher({ ...local, robots: false }).fetch(`${web.base}/private/secret.html`);
    expect(r.status).toBe(200);
  });

  it('applies robots.txt to where a redirect leads', async () => {
    await expect(new Fetcher(local).fetch(`${web.base}/to-private`)).rejects.toThrow(/redirected to .*\/private\/secret\.html: disallowed by robots\.txt/);
  });

  it('waits between two requests to one host', async () => {
    const fetcher = new Fetcher({ allowPrivate: true, hostDelayMs: 150 });
    const t0 = Date.now();
    await fetcher.fetch(`${web.base}/news/1.html`);
    await fetcher.fetch(`${web.base}/news/2.html`);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280); // robots.txt, then two pages, 150 ms apart
  });
});

describe('feeds and sitemaps', () => {
  it('reads the three items of an RSS feed, and --since keeps the recent ones', async () => {
    expect(urls(await events([`${web.base}/feed.rss`]))).toEqual(['/news/1.html', '/news/2.html', '/news/3.html']);
    expect(urls(await events([`${web.base}/feed.rss`], { since: '2024-05-01' }))).toEqual(['/news/1.html', '/news/2.html']);
  });

  it('reads an Atom feed', async () => {
    expect(urls(await events([`${web.base}/feed.atom`]))).toEqual(['/news/4.html', '/news/5.html']);
  });

  it('follows a sitemap index to its two sitemaps', async () => {
    expect(urls(await events([`${web.base}/sitemap-index.xml`]))).toEqual(['/news/11.html', '/news/12.html', '/news/13.html']);
  });

  it('caps a large sitemap with a notice, taking the newest', async () => {
    const es = await events([`${web.base}/big-sitemap.xml`], { maxItems: 5 });
    expect(urls(es)).toHaveLength(5);
    const notice = es.find((e) => e.type === 'notice');
    expect(notice?.type === 'notice' && notice.error.message).toBe('sitemap lists 30 articles; reading the newest 5 (raise with --max-items)');
  });

  it('items load their articles; a failing item fails alone', async () => {
    const es = await events([`${web.base}/feed.rss`, `${web.base}/missing`]);
    const items = es.filter((e) => e.type === 'item');
    const input = items[0].type === 'item' ? await items[0].load() : null;
    expect(input).toMatchObject({ kind: 'feed', format: 'html', url: `${web.base}/news/1.html` });
    expect(es.find((e) => e.type === 'error')).toMatchObject({ error: { message: 'HTTP 404 Not Found', input: `${web.base}/missing` } });
  });
});

describe('pages as they come', () => {
  const load = async (path: string) => {
    const [item] = await events([`${web.base}${path}`]);
    if (item.type !== 'item') throw item.error;
    return item.load();
  };

  it('decodes windows-1252 from the page’s meta charset', async () => {
    const input = await load('/cp1252.html');
    const a = extractArticle(input);
    expect(a.meta.title).toBe('Café talks in Zürich – “cautious” hopes');
    expect(a.text).toContain('the café talks in Zürich – “cautious” hopes');
  });

  it('decodes Shift_JIS', async () => {
    const a = extractArticle(await load('/sjis.html'));
    expect(a.meta.title).toBe('東京で外相会談');
    expect(a.text).toContain('日本と韓国の外相は東京で会談し');
    expect(a.meta.language).toBe('ja');
  });

  it('reads malformed JSON-LD leniently', async () => {
    const a = extractArticle(await load('/bad-jsonld.html'));
    expect(a.meta.authors).toEqual(['Jonas Berg']);
    expect(a.meta.published).toEqual({ value: '2024-04-30T08:00:00Z', origin: 'metadata' });
  });

  it('reports a home page as having no article', async () => {
    const input = await load('/home.html');
    expect(() => extractArticle(input)).toThrow(/no article/);
  });
});
