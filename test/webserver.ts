// A local web server on 127.0.0.1 for the source tests: articles, redirects, feeds, sitemaps, encodings,
// and every way a fetch can fail. No test reaches the internet.
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';

// Article bodies are made of sentences drawn by a seeded generator, so two test articles on different
// topics share few word sequences (they are not near-duplicates of each other).
const SUBJECTS = ['Negotiators from both governments', 'The foreign ministers', 'Officials in the capital', 'A delegation of envoys', 'Technical teams', 'Observers from the region', 'Diplomats close to the talks', 'Senior advisers'];
const VERBS = ['met again on Tuesday to discuss', 'agreed in principle on', 'raised new objections to', 'published a summary of', 'asked for more time to study', 'set a deadline for', 'reported progress on', 'postponed a decision on'];
const OBJECTS = ['the customs arrangements', 'the water-sharing schedule', 'the prisoner exchange', 'the border demarcation maps', 'the reconstruction fund', 'the energy transit fees', 'the monitoring mission', 'the fishing quotas'];
const TAILS = ['before the ministers meet next month.', 'according to a statement issued late in the evening.', 'despite protests outside the venue.', 'after a week of tense exchanges.', 'while the mediators waited for instructions.', 'in a meeting that lasted five hours.'];

function seeded(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507) ^ Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  };
}

function paragraph(random: () => number, topic: string): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const sentences = [0, 1, 2].map(() => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`);
  return `<p>On ${topic}: ${sentences.join(' ')}</p>`;
}

export function articlePage(title: string, topic: string, extra = ''): string {
  const random = seeded(topic);
  const body = Array.from({ length: 6 }, () => paragraph(random, topic)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Test Wire</title>
<meta property="og:site_name" content="Test Wire"><meta property="article:published_time" content="2024-05-06T09:30:00+02:00">
${extra}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1><p class="byline">By Mira Holt</p>${body}</article>
<footer>Copyright Test Wire</footer></body></html>`;
}

/** A wire story as several outlets run it: the same body, each outlet's headline and furniture. */
export function wireCopy(outlet: string, drop = 0): string {
  const body = [
    'Ministers from Armenia and Azerbaijan signed a framework agreement in Geneva on Friday that sets out the steps toward a peace treaty, the two foreign ministries said in a joint statement.',
    'The agreement commits both sides to mark the border with the help of surveyors from the two countries, and to reopen road and rail links that have been closed for three decades.',
    '“This is the first document both governments have signed since the ceasefire,” the Swiss foreign minister told reporters after the ceremony.',
    'Talks on the text of the treaty itself will start next month in Vienna, according to the statement, and are expected to last until the end of the year.',
    'Several questions remain open, including the return of displaced people and the status of enclaves on both sides of the border, diplomats said.',
    'The European Union and the United States welcomed the agreement and offered to fund the surveying work.',
  ].slice(0, 6 - drop);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${outlet}: Armenia and Azerbaijan sign framework deal</title>
<meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="2024-05-03">
</head><body><header><a href="/">${outlet} home</a></header><article><h1>Armenia, Azerbaijan sign framework for peace treaty</h1>
<p>By The Associated Press</p>${body.map((p) => `<p>${p}</p>`).join('\n')}</article>
<aside><h3>Most Popular</h3><ul><li><a href="/x">Something else at ${outlet}</a></li></ul></aside></body></html>`;
}

const HOME = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test Wire — home</title><meta property="og:type" content="website"></head>
<body><header><a href="/">Test Wire</a></header><main>
${Array.from({ length: 12 }, (_, i) => `<div class="teaser"><h2><a href="/news/${i}.html">Headline number ${i} about the talks in Vienna and Geneva</a></h2><a href="/news/${i}.html">Read the story</a></div>`).join('\n')}
</main></body></html>`;

const BAD_JSONLD = articlePage('Talks resume in Vienna', 'the talks in Vienna', `<script type="application/ld+json">
{ "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Talks resume in Vienna",
  "description": "A dek with "inner quotes" that break JSON",
  "datePublished": "2024-04-30T08:00:00Z", "author": { "@type": "Person", "name": "Jonas Berg" }, }
</script>`);

function rss(base: string): string {
  const items = [1, 2, 3].map((i) => `<item><title>Story ${i}</title><link>${base}/news/${i}.html</link><pubDate>${['Mon, 06 May 2024 10:00:00 GMT', 'Sun, 05 May 2024 10:00:00 GMT', 'Mon, 01 Jan 2024 10:00:00 GMT'][i - 1]}</pubDate></item>`);
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Wire</title>${items.join('')}</channel></rss>`;
}

function atom(base: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Test Wire</title>
<entry><title>Story 4</title><link rel="alternate" href="${base}/news/4.html"/><published>2024-05-04T10:00:00Z</published></entry>
<entry><title>Story 5</title><link href="${base}/news/5.html"/><updated>2024-05-05T10:00:00Z</updated></entry></feed>`;
}

function sitemap(base: string, ids: number[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${ids.map((i) => `<url><loc>${base}/news/${i}.html</loc><news:news><news:publication_date>2024-05-0${(i % 7) + 1}</news:publication_date><news:title>Story ${i}</news:title></news:news></url>`).join('\n')}</urlset>`;
}

export interface TestServer {
  base: string;
  server: Server;
  /** Paths requested, in order. */
  hits: string[];
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const hits: string[] = [];
  let base = '';
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push(path);
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    const html = (body: string) => send(200, 'text/html; charset=utf-8', body);
    const m = /^\/news\/(\d+)\.html$/.exec(path);
    if (m) return html(articlePage(`Story ${m[1]}`, `topic ${m[1]}`));
    switch (path) {
      case '/robots.txt':
        return send(200, 'text/plain', 'User-agent: *\nDisallow: /private/\n');
      case '/article.html':
        return html(articlePage('Envoys agree to reopen border crossing', 'the border crossing'));
      case '/private/secret.html':
        return html(articlePage('Secret', 'a secret'));
      case '/redirect-1':
        return send(301, 'text/plain', '', { location: '/redirect-2' });
      case '/redirect-2':
        return send(302, 'text/plain', '', { location: `${base}/article.html` });
      case '/loop-a':
        return send(302, 'text/plain', '', { location: '/loop-b' });
      case '/loop-b':
        return send(302, 'text/plain', '', { location: '/loop-a' });
      case '/to-private':
        return send(302, 'text/plain', '', { location: '/private/secret.html' });
      case '/to-intranet':
        return send(302, 'text/plain', '', { location: `${base.replace('127.0.0.1', 'intranet.test')}/article.html` });
      case '/slow':
        return void setTimeout(() => html(articlePage('Late', 'lateness')), 5000).unref();
      case '/huge': {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < 20 && res.write(chunk)) sent++;
          if (sent >= 20) res.end();
          else res.once('drain', () => { sent++; pump(); });
        };
        res.on('error', () => {});
        return pump();
      }
      case '/doc.pdf':
        return send(200, 'application/pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n'));
      case '/image.png':
        return send(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      case '/missing':
        return send(404, 'text/html', '<h1>Not found</h1>');
      case '/broken':
        return send(500, 'text/html', '<h1>Server error</h1>');
      case '/feed.rss':
        return send(200, 'application/rss+xml', rss(base));
      case '/feed.atom':
        return send(200, 'application/atom+xml', atom(base));
      case '/sitemap-index.xml':
        return send(200, 'application/xml', `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}/sitemap-1.xml</loc></sitemap><sitemap><loc>${base}/sitemap-2.xml</loc></sitemap></sitemapindex>`);
      case '/sitemap-1.xml':
        return send(200, 'application/xml', sitemap(base, [11, 12]));
      case '/sitemap-2.xml':
        return send(200, 'text/xml', sitemap(base, [13]));
      case '/big-sitemap.xml':
        return send(200, 'application/xml', sitemap(base, Array.from({ length: 30 }, (_, i) => 100 + i)));
      case '/cp1252.html':
        return send(200, 'text/html', iconv.encode(articlePage('Café talks in Zürich – “cautious” hopes', 'the café talks in Zürich – “cautious” hopes').replace('charset="utf-8"', 'charset="windows-1252"'), 'windows-1252'));
      case '/sjis.html':
        return send(200, 'text/html', iconv.encode(`<!doctype html><html lang="ja"><head><meta charset="Shift_JIS"><title>東京で外相会談</title></head><body><article><h1>東京で外相会談</h1>${'<p>日本と韓国の外相は東京で会談し、両国の関係改善に向けた協力を確認した。会談は約二時間続き、経済と安全保障について話し合った。</p>'.repeat(6)}</article></body></html>`, 'shift_jis'));
      case '/bad-jsonld.html':
        return html(BAD_JSONLD);
      case '/home.html':
        return html(HOME);
      case '/wire/a.html':
        return html(wireCopy('Outlet A'));
      case '/wire/b.html':
        return html(wireCopy('Outlet B', 1));
      default:
        return send(404, 'text/html', 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    server,
    hits,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
