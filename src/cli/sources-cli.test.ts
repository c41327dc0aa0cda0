import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers.js';
import { type TestServer, startServer } from '../../test/webserver.js';

let web: TestServer;
let dir: string;
beforeAll(async () => {
  web = await startServer();
  dir = mkdtempSync(join(tmpdir(), 'chancery-sources-'));
});
afterAll(async () => {
  await web?.close();
});

const local = ['--allow-private', '--delay', '0'];

describe('analyze and ingest read URLs, feeds and sitemaps', () => {
  it('analyzes an article URL into a record whose source is the URL', async () => {
    const r = await cli(['analyze', `${web.base}/redirect-1`, ...local]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.source).toEqual({ kind: 'url', location: `${web.base}/redirect-1` });
    expect(record.article).toMatchObject({
      title: 'Envoys agree to reopen border crossing',
      authors: ['Mira Holt'],
      publisher: 'Test Wire',
      published: { value: '2024-05-06T09:30:00+02:00', origin: 'metadata' },
      url: `${web.base}/article.html`,
    });
  });

  it('refuses a private address without --allow-private, in one line', async () => {
    const r = await cli(['analyze', `${web.base}/article.html`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`chancery: ${web.base}/article.html: refused: 127.0.0.1 is a loopback address (use --allow-private for local addresses)\n`);
  });

  it('ingests a feed and a sitemap index; every failure is one line, the others are stored, exit 1', async () => {
    const db = join(dir, 'web.db');
    const inputs = ['/feed.rss', '/sitemap-index.xml', '/missing', '/broken', '/doc.pdf', '/image.png', '/private/secret.html', '/home.html'].map((p) => web.base + p);
    const r = await cli(['ingest', ...inputs, '--db', db, ...local]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ingested 6 of 12 articles into .*: 6 stored, 0 unchanged, 0 replaced, 6 failed/);
    expect(r.stderr.trim().split('\n')).toEqual([
      `chancery: ${web.base}/missing: HTTP 404 Not Found`,
      `chancery: ${web.base}/broken: HTTP 500 Internal Server Error`,
      `chancery: ${web.base}/doc.pdf: not an article, feed or sitemap: content type application/pdf`,
      `chancery: ${web.base}/image.png: not an article, feed or sitemap: content type image/png`,
      `chancery: ${web.base}/private/secret.html: disallowed by robots.txt (use --no-robots to fetch anyway)`,
      expect.stringMatching(/\/home\.html: no article found: the page is mostly links/),
    ]);
    const list = await cli(['list', '--db', db, '--format', 'json']);
    expect(JSON.parse(list.stdout).map((a: { source: { kind: string } }) => a.source.kind).sort()).toEqual(['feed', 'feed', 'feed', 'url', 'url', 'url']);
  }, 60_000);

  it('exits 0 when no item failed', async () => {
    const r = await cli(['ingest', `${web.base}/feed.atom`, '--db', join(dir, 'atom.db'), ...local]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ingested 2 of 2 articles/);
  });

  it('links the same wire story from two outlets as one story', async () => {
    const db = join(dir, 'wire.db');
    const r = await cli(['ingest', `${web.base}/wire/a.html`, `${web.base}/wire/b.html`, `${web.base}/article.html`, '--db', db, ...local]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/; 1 is a near-duplicate of a stored story/);
    const stories = await cli(['stories', '--db', db, '--format', 'json']);
    const [story, ...others] = JSON.parse(stories.stdout);
    expect(others).toEqual([]);
    expect(story).toMatchObject({ articles: 2, publishers: ['Outlet A', 'Outlet B'], published: '2024-05-03' });
  });

  it('reads a folder with --glob', async () => {
    const folder = join(dir, 'site');
    mkdirSync(join(folder, 'world'), { recursive: true });
    writeFileSync(join(folder, 'world', 'a.htm'), '<html><body><article><h1>Envoys agree</h1><p>Negotiators from Armenia and Turkey agreed on Monday to reopen a border crossing closed since 2019, officials said.</p></article></body></html>');
    writeFileSync(join(folder, 'notes.txt'), 'Negotiators met again on Tuesday in Vienna, officials said.');
    const r = await cli(['analyze', folder, '--glob', '**/*.htm', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.location)).toEqual([join(folder, 'world', 'a.htm')]);
    const none = await cli(['analyze', folder, '--glob', '*.pdf']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(`chancery: ${folder}: folder holds no files matching *.pdf\n`);
  });

  it('checks its options', async () => {
    for (const [args, message] of [
      [['--since', '2024-13-01'], /--since: invalid date "2024-13-01"/],
      [['--max-items', 'many'], /--max-items: invalid value "many"/],
      [['--delay', '-5'], /--delay: invalid value "-5"/],
    ] as [string[], RegExp][]) {
      const r = await cli(['analyze', `${web.base}/feed.rss`, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
