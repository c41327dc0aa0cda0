// The web UI in a real browser (Debian's Chromium through playwright-core): the built UI served by
// buildServer over a temporary SQLite store on 127.0.0.1, every request checked to stay on that origin,
// the server's CSP enforced (any violation fails), axe-core on every view. Screenshots go to
// artifacts/screenshots/. Skipped with one line when /usr/bin/chromium is absent.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import type { FastifyInstance } from 'fastify';
import { type Browser, type Page, chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import type { ArticleRecord } from '../../src/doc/schema.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

// The page functions below run in the browser; this module is typed for Node, so their globals are declared here.
// biome-ignore lint/suspicious/noExplicitAny: browser globals, in page functions only
declare const window: any, document: any, location: any;

const CHROMIUM = '/usr/bin/chromium';
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const SEED = resolve(root, '../shared/corpus/seed-azerbaijan-israel.txt');
const SHOTS = join(root, 'artifacts', 'screenshots');
const haveChromium = existsSync(CHROMIUM);
const haveSeed = existsSync(SEED);

if (!haveChromium) console.log(`web UI tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
if (haveChromium && !haveSeed) console.log('web UI: ../shared/corpus is absent; analyzing a test article instead of the seed');

const fixture = (name: string) => readFileSync(join(here, 'fixtures', name), 'utf8');

describe.skipIf(!haveChromium)('web UI', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  const outside: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chancery-web-'));
    const staticDir = join(dir, 'web');
    await build({ configFile: join(root, 'web/vite.config.ts'), logLevel: 'warn', build: { outDir: staticDir, emptyOutDir: true } });
    store = await openStore(join(dir, 'chancery.db'));
    app = await buildServer(store, { staticDir, log: () => {} });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    // The corpus: the example, the seed (when present) and two articles of our own on other dates.
    const bodies = [
      { text: readFileSync(join(root, 'examples/kazakhstan-turkey-middle-corridor-talks.txt'), 'utf8') },
      { text: fixture('israel-azerbaijan-gas-deal.txt'), published: '2024-06-04' },
      { text: fixture('azerbaijan-israel-drone-dispute.txt'), published: '2024-10-15' },
      ...(haveSeed ? [{ text: readFileSync(SEED, 'utf8'), published: '2023-03-29' }] : []),
    ];
    for (const body of bodies) {
      const response = await fetch(`${base}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(response.status).toBe(201);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A page on the server; a request to any other origin is refused and remembered; CSP violations are kept. */
  async function open(hash: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${base}/`) || url.startsWith('data:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e: { violatedDirective: string; blockedURI: string }) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${base}/${hash}`);
    await page.waitForSelector('main h1');
    return page;
  }

  async function finish(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    // axe-core: evaluated through the DevTools protocol (no inline script, so the CSP stays as it is).
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
    });
    expect(violations, name).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), `${name}: CSP violations`).toEqual([]);
    expect(outside, `${name}: requests outside the server`).toEqual([]);
    await page.context().close();
  }

  it('analyzes an article: direct quotes with their speakers, and an event highlights its sentence', async () => {
    const page = await open('#/analyze');
    const text = haveSeed ? readFileSync(SEED, 'utf8') : fixture('israel-azerbaijan-gas-deal.txt');
    await page.fill('#analyze-text', text);
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/analyze')), page.click('button[type=submit]')]);
    expect(response.status()).toBe(200);
    const record = (await response.json()) as ArticleRecord;
    await page.waitForSelector('.annotated');
    const direct = record.quotes.filter((q) => q.direct);
    if (haveSeed) expect(direct).toHaveLength(11);
    expect(direct.length).toBeGreaterThan(0);
    const shown = page.locator('.quote-item[data-direct="true"]');
    expect(await shown.count()).toBe(direct.length);
    const names = new Map(record.actors.map((a) => [a.id, a.name]));
    const speakers = await shown.locator('.speaker').allTextContents();
    expect(speakers).toEqual(direct.map((q) => (q.speaker ? names.get(q.speaker) : 'unattributed')));
    expect(speakers.some((s) => s !== 'unattributed')).toBe(true);
    // Every quote is marked in the text with its speaker's tag.
    expect(await page.locator('.annotated .tag-quote').count()).toBe(record.quotes.length);
    // Clicking an event highlights exactly its sentence.
    const event = record.events[0];
    await page.locator(`.event-item[data-event="${event.id}"]`).click();
    await page.waitForSelector('.annotated .hl');
    const highlighted = (await page.locator('.annotated .hl').allTextContents()).join('');
    expect(highlighted).toBe(record.text.slice(event.sentence.start, event.sentence.end));
    expect(await page.locator(`.event-item[data-event="${event.id}"]`).getAttribute('aria-pressed')).toBe('true');
    // The view as a reader sees it (the README's picture): the form scrolled away, the record on screen.
    await page.locator('.record-view').evaluate((el: { scrollIntoView: () => void }) => el.scrollIntoView());
    await page.screenshot({ path: join(SHOTS, 'analyze-viewport.png') });
    // Legend and event labels: CAMEO code with source → target.
    expect(await page.locator('.legend li').count()).toBeGreaterThan(2);
    expect(await page.locator('.annotated .tag-event').first().textContent()).toMatch(/^\d{3,4} .+ · .+ → .+$/);
    await finish(page, 'analyze');
  }, 120_000);

  it('draws the Israel–Azerbaijan timeline and links an event to its sentence in its article', async () => {
    const page = await open('#/dyad?a=ISR&b=AZE&by=month');
    const chart = page.locator('.chart[data-points]');
    await chart.waitFor();
    expect(Number(await chart.getAttribute('data-points'))).toBeGreaterThanOrEqual(2);
    expect(await chart.locator('canvas').count()).toBeGreaterThan(0);
    await page.waitForSelector('.events-table tbody tr');
    expect(await page.locator('.events-table tbody tr').count()).toBeGreaterThan(3);
    await page.waitForSelector('.quote-row');
    await finish(page, 'dyad');

    // Per ISO week too: the periods become times uPlot can place (a week it could not read would be dropped).
    const weekly = await open('#/dyad?a=ISR&b=AZE&by=week');
    await weekly.locator('.chart[data-points]').waitFor();
    const rows = await weekly.locator('.chart + table tbody th').allTextContents();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((w) => /^\d{4}-W\d{2}$/.test(w))).toBe(true);
    expect(await weekly.locator('.u-legend').count()).toBe(1);
    await weekly.context().close();

    const article = await open('#/dyad?a=ISR&b=AZE&by=month');
    const link = article.locator('.events-table .evidence-link').first();
    await link.waitFor();
    const evidence = (await link.textContent()) ?? '';
    await link.click();
    await article.waitForSelector('.article-view .annotated .hl');
    const highlighted = (await article.locator('.annotated .hl').allTextContents()).join('');
    expect(highlighted.replace(/\s+/g, ' ').trim()).toBe(evidence.replace(/\s+/g, ' ').trim());
    expect(article.url()).toMatch(/#\/article\/[^?]+\?s=\d+$/);
    await finish(article, 'article');
  }, 120_000);

  it('draws the actor network and the map of event places', async () => {
    const page = await open('#/network');
    const network = page.locator('.network[data-nodes]');
    await page.waitForFunction(() => Number(document.querySelector('.network')?.getAttribute('data-nodes') ?? 0) > 0);
    expect(Number(await network.getAttribute('data-nodes'))).toBeGreaterThan(3);
    expect(await network.locator('canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.map .countries path').count()).toBeGreaterThan(100);
    await page.waitForSelector('svg.map[data-places]');
    await finish(page, 'network');
  }, 120_000);

  it('searches, shows an actor and the overview', async () => {
    const search = await open('#/search?q=Azerbaijan');
    await search.waitForSelector('.hits li a');
    expect(await search.locator('.hits li').count()).toBeGreaterThan(1);
    await finish(search, 'search');

    const actor = await open(`#/actor/${encodeURIComponent('country:ISR')}`);
    await actor.waitForSelector('.events-table tbody tr');
    expect(await actor.locator('h1').textContent()).toBe('Israel');
    await finish(actor, 'actor');

    const overview = await open('#/');
    await overview.waitForSelector('.counts');
    expect(await overview.locator('.counts li').first().textContent()).toMatch(new RegExp(`^${haveSeed ? 4 : 3}\\s*articles`));
    await overview.waitForSelector('.chart canvas');
    await finish(overview, 'overview');
  }, 120_000);

  it('is usable from the keyboard: Tab reaches the navigation, Enter opens a view', async () => {
    const page = await open('#/');
    let reached = '';
    for (let i = 0; i < 12 && reached !== 'Dyad'; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement?.closest('nav') ? (document.activeElement.textContent ?? '') : ''));
    }
    expect(reached).toBe('Dyad');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.startsWith('#/dyad'));
    await page.waitForSelector('.dyad-view h1');
    // The view's content takes the focus, so the next Tab goes into it, not back to the top.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    await page.context().close();
  }, 60_000);
});
