// The built web UI as the server hands it out: index.html and the bundle under the API's security headers,
// nothing inline for the CSP to block, nothing from another origin, and the files served without the token
// (they hold no data) while the API still asks for it.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TOKEN = 'a-test-token-of-some-length';

describe('the web UI served by chancery serve', () => {
  let dir: string;
  let staticDir: string;
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chancery-ui-'));
    staticDir = join(dir, 'web');
    await build({ configFile: join(root, 'web/vite.config.ts'), logLevel: 'warn', build: { outDir: staticDir, emptyOutDir: true } });
    store = await openStore(join(dir, 'chancery.db'));
    app = await buildServer(store, { staticDir, token: TOKEN, log: () => {} });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html without inline scripts or styles, under the CSP', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    const html = response.body;
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\/assets\/[^"]+\.js"/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });

  it('serves the bundle and the stylesheet, and bundles the world map (no tiles or fonts fetched)', async () => {
    const assets = readdirSync(join(staticDir, 'assets'));
    const js = assets.find((f) => f.endsWith('.js'))!;
    const css = assets.find((f) => f.endsWith('.css'))!;
    const script = await app.inject({ method: 'GET', url: `/assets/${js}` });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.body).toContain('"countries"');
    const style = await app.inject({ method: 'GET', url: `/assets/${css}` });
    expect(style.statusCode).toBe(200);
    expect(style.headers['content-type']).toMatch(/^text\/css/);
    // No web fonts or images from elsewhere.
    expect(readFileSync(join(staticDir, 'assets', css), 'utf8')).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
    expect(assets.some((f) => /\.(woff2?|ttf|otf)$/.test(f))).toBe(false);
  });

  it('asks for the token on the API but not on the UI files', async () => {
    expect((await app.inject({ method: 'GET', url: '/' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/openapi.json' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/analyze', payload: 'x', headers: { 'content-type': 'text/plain' } })).statusCode).toBe(401);
    const ok = await app.inject({ method: 'GET', url: '/api/health', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/nothing-here.js' })).statusCode).toBe(404);
  });
});
