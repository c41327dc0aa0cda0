// The HTTP API over every store (SQLite always, PostgreSQL when CHANCERY_TEST_POSTGRES is set), through
// app.inject: no socket, no internet.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleRecord, type EventSpec } from '../../test/fixtures/records.js';
import { backends, type TestStore } from '../../test/stores.js';
import { CLAIM_PARAMS, EVENT_PARAMS, QUOTE_PARAMS, TIMELINE_PARAMS, TOP_PARAMS } from '../store/query.js';
import { ROUTES } from './openapi.js';
import { SECURITY_HEADERS, buildServer } from './server.js';

const BAKU = { id: 'place:AZE:baku', name: 'Baku', country: 'AZE', lat: 40.4093, lon: 49.8671 };
const COHEN: [string, string, string, string] = ['person:eli-cohen', 'Eli Cohen', 'ISR', 'ISRGOV'];
const MARCH: EventSpec[] = [
  { source: COHEN, target: 'AZE', cameo: '042', quadClass: 1, goldstein: 1.9, plover: 'CONSULT', sentence: 'Eli Cohen visited Azerbaijan on Wednesday.', trigger: 'visited', date: '2023-03-29', place: BAKU },
  { source: 'AZE', target: 'ISR', cameo: '057', quadClass: 1, goldstein: 8, plover: 'AGREE', sentence: 'Azerbaijan signed a trade agreement with Israel.', trigger: 'signed' },
  { source: 'IRN', target: 'AZE', cameo: '111', quadClass: 3, goldstein: -2, plover: 'ACCUSE', sentence: 'Iran criticized Azerbaijan for the embassy.', trigger: 'criticized' },
];
const APRIL: EventSpec[] = [
  { source: 'AZE', target: 'ISR', cameo: '111', quadClass: 3, goldstein: -2, plover: 'ACCUSE', sentence: 'Azerbaijan criticized Israel over a delayed delivery.', trigger: 'criticized', date: '2023-04-10' },
];
const march = articleRecord({
  title: 'Israel and Azerbaijan deepen ties',
  published: '2023-03-29',
  events: MARCH,
  extra: ['“We are grateful for this friendship,” said Eli Cohen.', 'Azerbaijan supplies 40 percent of the oil Israel buys.'],
  quotes: [{ text: 'We are grateful for this friendship,', speaker: 'person:eli-cohen' }],
  claims: [{ text: '40 percent', value: 40, unit: 'percent', subject: 'AZE', about: 'oil' }],
  location: 'wire/march.txt',
});
const april = articleRecord({ title: 'Azerbaijan criticizes Israel', published: '2023-04-12', events: APRIL, location: 'wire/april.txt' });

const ARTICLE = [
  'Foreign ministers meet in Baku',
  '',
  'BAKU, March 29 (Example News) - Israeli Foreign Minister Eli Cohen met Azerbaijani Foreign Minister Jeyhun Bayramov in Baku on Wednesday.',
  'The two ministers signed an agreement on trade and discussed regional security, officials said.',
  '"We are grateful for this friendship," Cohen told reporters after the meeting.',
].join('\n');

const json = (body: string) => JSON.parse(body);

describe.each(backends())('the HTTP API on $name', (backend) => {
  let t: TestStore;
  let app: FastifyInstance;
  const get = (url: string) => app.inject({ method: 'GET', url });
  beforeAll(async () => {
    t = await backend.open();
    for (const r of [march, april]) await t.store.putArticle(r);
    app = await buildServer(t.store, { bodyLimit: 64 * 1024, log: () => {} });
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('answers every GET endpoint on its happy path', async () => {
    expect(json((await get('/api/health')).body)).toMatchObject({ status: 'ok', store: t.store.dialect });

    const events = await get('/api/events?dyad=ISR,AZE&limit=2');
    expect(events.statusCode).toBe(200);
    expect(events.headers['content-type']).toMatch(/^application\/json/);
    expect(json(events.body)).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(json((await get('/api/events?cameo=042')).body).items[0]).toMatchObject({ evidence: 'Eli Cohen visited Azerbaijan on Wednesday.', place: { name: 'Baku' } });

    const dyad = json((await get('/api/dyad?a=ISR&b=AZE&by=month')).body);
    expect(dyad.periods.map((p: { period: string }) => p.period)).toEqual(['2023-03', '2023-04']);
    expect(dyad.total.ba.events).toBe(2);
    expect(json((await get('/api/dyad?a=ISR&b=AZE&by=month&from=2023-04-01&to=2023-04-30')).body).periods).toHaveLength(1);

    expect(json((await get('/api/actors/top?limit=1')).body)[0]).toMatchObject({ actor: 'country:AZE', events: 4 });
    expect(json((await get('/api/pairs/top')).body).find((p: { source: { actor: string } }) => p.source.actor === 'country:AZE')).toMatchObject({ events: 2 });
    expect(json((await get('/api/actors?q=cohen')).body)).toEqual([expect.objectContaining({ id: 'person:eli-cohen', name: 'Eli Cohen' })]);
    expect(json((await get('/api/actors/person:eli-cohen')).body)).toMatchObject({ id: 'person:eli-cohen', name: 'Eli Cohen', articles: 1 });
    expect(json((await get(`/api/actors/${encodeURIComponent('country:AZE')}`)).body)).toMatchObject({ id: 'country:AZE' });

    expect(json((await get('/api/quotes?speaker=ISR&text=friendship')).body)).toMatchObject({ total: 1, items: [{ text: 'We are grateful for this friendship,' }] });
    expect(json((await get('/api/claims?subject=AZE')).body).items).toEqual([expect.objectContaining({ value: 40, unit: 'percent' })]);
    const hits = json((await get('/api/search?q=grateful+friendship')).body);
    expect(hits.map((h: { kind: string }) => h.kind)).toContain('quote');

    const articles = json((await get('/api/articles?limit=1')).body);
    expect(articles).toMatchObject({ total: 2, limit: 1, offset: 0 });
    expect(articles.items).toHaveLength(1);
    expect(json((await get(`/api/articles/${march.id}`)).body)).toEqual(march);
    expect(json((await get(`/api/articles/${april.id}/story`)).body)).toMatchObject({ story: april.id, articles: [april.id] });
    expect(json((await get('/api/stories')).body)).toMatchObject({ total: 2, items: [expect.objectContaining({ articles: 1 }), expect.anything()] });
    expect(json((await get('/api/stories?min=2')).body).items).toEqual([]);
  });

  it('answers a bad parameter with 400 naming it', async () => {
    const cases: [string, string][] = [
      ['/api/events?from=2023-02-30', 'from'],
      ['/api/events?from=2023-05-01&to=2023-04-01', 'from'],
      ['/api/events?cameo=4x', 'cameo'],
      ['/api/events?actor=isr%20OR%201=1', 'actor'],
      ['/api/events?limit=0', 'limit'],
      ['/api/events?limit=100000', 'limit'],
      ['/api/events?offset=-1', 'offset'],
      ['/api/events?quad=5', 'quad'],
      ['/api/events?colour=red', 'colour'],
      ['/api/events?limit=1&limit=2', 'limit'],
      ['/api/dyad?b=AZE', 'a'],
      ['/api/dyad?a=ISR', 'b'],
      ['/api/dyad?a=ISR&b=AZE&by=year', 'by'],
      ['/api/dyad?a=ISR&b=AZE&to=tomorrow', 'to'],
      ['/api/actors/top?limit=abc', 'limit'],
      ['/api/pairs/top?all=maybe', 'all'],
      ['/api/actors', 'q'],
      ['/api/actors?q=%25%25', 'q'],
      ['/api/quotes?direct=perhaps', 'direct'],
      ['/api/claims?subject=!', 'subject'],
      ['/api/search?q=', 'q'],
      ['/api/search?q=x&limit=1000', 'limit'],
      ['/api/articles?offset=x', 'offset'],
      ['/api/stories?min=0', 'min'],
      ['/api/articles/x?full=1', 'full'],
      ['/api/health?x=1', 'x'],
      ['/api/actors/%E0%A4%A', 'url'],
    ];
    for (const [url, field] of cases) {
      const res = await get(url);
      expect({ url, status: res.statusCode }).toEqual({ url, status: 400 });
      const body = json(res.body);
      expect({ url, field: body.field }).toEqual({ url, field });
      expect(body.error).not.toMatch(/\n|\bat\s+\S+\s\(/);
    }
  });

  it('answers unknown ids and routes with 404 JSON', async () => {
    for (const url of ['/api/actors/person:nobody', '/api/articles/nope', '/api/articles/nope/story']) {
      const res = await get(url);
      expect(res.statusCode).toBe(404);
      expect(json(res.body)).toMatchObject({ field: 'id', error: expect.stringMatching(/^no (actor|article) "/) });
    }
    for (const res of [await get('/api/nothing'), await get('/'), await app.inject({ method: 'DELETE', url: '/api/articles' })]) {
      expect(res.statusCode).toBe(404);
      expect(json(res.body).error).toMatch(/^no such endpoint/);
    }
  });

  it('keeps SQL injection in text filters inert', async () => {
    const attacks = ["'; DROP TABLE events; --", "x' OR '1'='1", 'Baku" OR 1=1 --', 'trade) OR (1=1', "\\'; DELETE FROM articles; --"];
    for (const attack of attacks) {
      const q = encodeURIComponent(`${attack} zebra`);
      expect(json((await get(`/api/events?text=${q}`)).body).total).toBe(0);
      expect(json((await get(`/api/events?place=${q}`)).body).total).toBe(0);
      expect(json((await get(`/api/quotes?text=${q}`)).body).total).toBe(0);
      expect(json((await get(`/api/claims?unit=${q}`)).body).total).toBe(0);
      expect((await get(`/api/search?q=${q}`)).statusCode).toBe(200);
      expect(json((await get(`/api/actors?q=${q}`)).body)).toEqual([]);
      expect((await get(`/api/actors/${encodeURIComponent(attack)}`)).statusCode).toBe(404);
      expect((await get(`/api/articles/${encodeURIComponent(attack)}`)).statusCode).toBe(404);
    }
    expect(json((await get('/api/articles')).body).total).toBe(2);
    expect(json((await get('/api/events')).body).total).toBe(4);
  });

  it('sends the security headers on every answer', async () => {
    const answers = [await get('/api/health'), await get('/api/events?cameo=x'), await get('/nowhere'), await get('/openapi.json')];
    answers.push(await app.inject({ method: 'POST', url: '/api/analyze', headers: { 'content-type': 'text/plain' }, payload: 'x'.repeat(70 * 1024) }));
    for (const res of answers) {
      expect(res.headers['content-security-policy']).toBe(SECURITY_HEADERS['content-security-policy']);
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('analyzes a posted article without storing it, as text, HTML or JSON', async () => {
    const text = await app.inject({ method: 'POST', url: '/api/analyze?published=2023-03-29', headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: ARTICLE });
    expect(text.statusCode).toBe(200);
    const record = json(text.body);
    expect(record).toMatchObject({ schema: 'chancery/article@1', article: { title: 'Foreign ministers meet in Baku', published: { value: '2023-03-29' } } });
    expect(record.actors.map((a: { name: string }) => a.name)).toContain('Eli Cohen');
    expect(record.events.length).toBeGreaterThan(0);
    expect(record.quotes.map((q: { text: string }) => q.text).join(' ')).toContain('grateful');

    const html = `<!doctype html><html><head><title>Ministers meet</title></head><body><article><h1>Foreign ministers meet in Baku</h1>${ARTICLE.split('\n').slice(2).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const fromHtml = await app.inject({ method: 'POST', url: '/api/analyze', headers: { 'content-type': 'text/html' }, payload: html });
    expect(fromHtml.statusCode).toBe(200);
    expect(json(fromHtml.body).text).toContain('Jeyhun Bayramov');

    const fromJson = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: ARTICLE, url: 'https://example.com/a', published: '2023-03-29' } });
    expect(fromJson.statusCode).toBe(200);
    expect(json(fromJson.body)).toMatchObject({ id: record.id, article: { url: 'https://example.com/a' } });
    expect(json((await get('/api/articles')).body).total).toBe(2);
  });

  it('ingests a posted article and finds it stored', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/ingest', payload: { text: ARTICLE, published: '2023-03-29' } });
    expect(res.statusCode).toBe(201);
    const { status, id } = json(res.body);
    expect(status).toBe('stored');
    expect(json((await get(`/api/articles/${id}`)).body).article.published.value).toBe('2023-03-29');
    const again = await app.inject({ method: 'POST', url: '/api/ingest', payload: { text: ARTICLE, published: '2023-03-29' } });
    expect(again.statusCode).toBe(200);
    expect(json(again.body)).toEqual({ status: 'unchanged', id });
  });

  it('refuses empty, binary, malformed, unsupported and oversized bodies', async () => {
    const post = (payload: string | Buffer, type?: string, url = '/api/analyze') =>
      app.inject({ method: 'POST', url, headers: type ? { 'content-type': type } : {}, payload });
    const cases: [Awaited<ReturnType<typeof post>>, number, string][] = [
      [await post('', 'text/plain'), 400, 'body'],
      [await post('   \n ', 'text/plain'), 400, 'body'],
      [await post(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'text/plain'), 400, 'body'],
      [await post(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'application/octet-stream'), 415, 'content-type'],
      [await post('{"text": ', 'application/json'), 400, 'body'],
      [await post('{"text": "a", "html": "<p>b</p>"}', 'application/json'), 400, 'body'],
      [await post('{"title": "a"}', 'application/json'), 400, 'title'],
      [await post('{"text": 3}', 'application/json'), 400, 'text'],
      [await post('{"text": ""}', 'application/json'), 400, 'text'],
      [await post(JSON.stringify({ text: ARTICLE, published: '29/03/2023' }), 'application/json'), 400, 'published'],
      [await post(JSON.stringify({ text: ARTICLE, url: 'javascript:alert(1)' }), 'application/json'), 400, 'url'],
      [await post(ARTICLE, 'text/plain', '/api/analyze?published=yesterday'), 400, 'published'],
      [await post(ARTICLE, 'text/plain', '/api/ingest?lang=en'), 400, 'lang'],
      [await post('x'.repeat(70 * 1024), 'text/plain'), 413, 'body'],
      [await post('x'.repeat(70 * 1024), 'text/plain', '/api/ingest'), 413, 'body'],
      [await post('<html><body><nav>menu</nav></body></html>', 'text/html'), 400, 'body'],
    ];
    for (const [res, status, field] of cases) {
      expect({ status: res.statusCode, body: json(res.body) }).toMatchObject({ status, body: { field, error: expect.any(String) } });
    }
    expect(json((await get('/api/articles')).body).total).toBeLessThanOrEqual(3);
  });

  it('refuses cross-site posts and requests that name another host', async () => {
    const cross = await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'text/plain', origin: 'https://evil.example' }, payload: ARTICLE });
    expect(cross.statusCode).toBe(403);
    expect(json(cross.body).field).toBe('origin');
    const rebound = await app.inject({ method: 'GET', url: '/api/health', headers: { host: 'evil.example:8080' } });
    expect(rebound.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/health', headers: { host: '127.0.0.1:8080' } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/health', headers: { host: '[::1]:8080' } })).statusCode).toBe(200);
  });
});

describe('the web UI folder (staticDir)', () => {
  it('serves its files under the security headers, and nothing outside it', async () => {
    const t = await backends()[0].open();
    const dir = mkdtempSync(join(tmpdir(), 'chancery-ui-'));
    mkdirSync(join(dir, 'ui', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'ui', 'index.html'), '<!doctype html><title>Chancery</title><script src="/assets/app.js"></script>');
    writeFileSync(join(dir, 'ui', 'assets', 'app.js'), 'console.log(1);');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'ui', 'link.txt'));
    const app = await buildServer(t.store, { staticDir: join(dir, 'ui'), log: () => {} });
    try {
      const index = await app.inject({ method: 'GET', url: '/' });
      expect(index.statusCode).toBe(200);
      expect(index.headers['content-type']).toMatch(/^text\/html/);
      expect(index.headers['content-security-policy']).toBe(SECURITY_HEADERS['content-security-policy']);
      expect((await app.inject({ method: 'GET', url: '/assets/app.js' })).headers['content-type']).toMatch(/^text\/javascript/);
      for (const url of ['/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/link.txt', '/missing.js', '/assets', '/api/nothing']) {
        const res = await app.inject({ method: 'GET', url });
        expect({ url, status: res.statusCode }).toEqual({ url, status: 404 });
        expect(json(res.body).error).toMatch(/^no such endpoint/);
      }
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      await expect(buildServer(t.store, { staticDir: join(dir, 'nope') })).rejects.toThrow(/cannot serve the web UI/);
    } finally {
      await app.close();
      await t.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a bug in a handler', () => {
  it('is a 500 with a generic message, its stack in the log only', async () => {
    const t = await backends()[0].open();
    const lines: string[] = [];
    const broken = Object.create(t.store, { events: { value: async () => { throw new Error('secret detail at /srv/db'); } } });
    const app = await buildServer(broken, { log: (line) => lines.push(line) });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/events' });
      expect(res.statusCode).toBe(500);
      expect(json(res.body)).toEqual({ error: 'internal error (logged by the server)' });
      expect(res.headers['content-security-policy']).toBe(SECURITY_HEADERS['content-security-policy']);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^chancery serve: internal error on GET \/api\/events: Error: secret detail at \/srv\/db\n\s+at /);
    } finally {
      await app.close();
      await t.dispose();
    }
  });
});

describe('the bearer token', () => {
  let t: TestStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await backends()[0].open();
    app = await buildServer(t.store, { token: 'correct-horse-battery', log: () => {} });
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('is required on every request, compared exactly', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong-horse-battery' }, { authorization: 'Bearer correct-horse-batter' }, { authorization: 'Basic correct-horse-battery' }]) {
      for (const url of ['/api/health', '/openapi.json', '/api/events', '/nowhere']) {
        const res = await app.inject({ method: 'GET', url, headers: { host: 'example.org', ...headers } });
        expect(res.statusCode).toBe(401);
        expect(json(res.body)).toMatchObject({ field: 'authorization', error: expect.stringMatching(/bearer token/) });
        expect(res.headers['www-authenticate']).toBe('Bearer');
        expect(res.headers['content-security-policy']).toBe(SECURITY_HEADERS['content-security-policy']);
      }
    }
    const post = await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'text/plain' }, payload: ARTICLE });
    expect(post.statusCode).toBe(401);
    const ok = await app.inject({ method: 'GET', url: '/api/health', headers: { host: 'example.org', authorization: 'Bearer correct-horse-battery' } });
    expect(ok.statusCode).toBe(200);
    expect(json((await app.inject({ method: 'GET', url: '/openapi.json', headers: { authorization: 'Bearer correct-horse-battery' } })).body).security).toEqual([{ bearer: [] }]);
  });
});

describe('the OpenAPI document', () => {
  let t: TestStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await backends()[0].open();
    app = await buildServer(t.store, { log: () => {} });
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('describes every route and every parameter the parsers take', async () => {
    const doc = json((await app.inject({ method: 'GET', url: '/openapi.json' })).body);
    expect(doc.openapi).toBe('3.1.0');
    for (const route of ROUTES) {
      const op = doc.paths[route.path.replace(/:(\w+)/g, '{$1}')][route.method.toLowerCase()];
      expect(op, `${route.method} ${route.path}`).toBeDefined();
      for (const p of op.parameters ?? []) expect(p.description, p.name).toBeTruthy();
      // Every route answers something other than 404 (it is registered).
      const res = await app.inject({ method: route.method, url: route.path.replace(':id', 'x') });
      expect(res.statusCode === 404 && !json(res.body).field).toBe(false);
    }
    const names = (path: string) => doc.paths[path].get.parameters.filter((p: { in: string }) => p.in === 'query').map((p: { name: string }) => p.name);
    expect(names('/api/events')).toEqual([...EVENT_PARAMS]);
    expect(names('/api/dyad')).toEqual(['a', 'b', ...TIMELINE_PARAMS]);
    expect(names('/api/actors/top')).toEqual([...TOP_PARAMS]);
    expect(names('/api/quotes')).toEqual([...QUOTE_PARAMS]);
    expect(names('/api/claims')).toEqual([...CLAIM_PARAMS]);
    expect(doc.paths['/api/dyad'].get.parameters.filter((p: { required: boolean }) => p.required).map((p: { name: string }) => p.name)).toEqual(['a', 'b']);
    expect(Object.keys(doc.paths['/api/analyze'].post.requestBody.content)).toEqual(['text/plain', 'text/html', 'application/json']);
    expect(doc.paths['/api/articles/{id}'].get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ArticleRecord' });
    expect(doc.components.schemas.ArticleRecord.required).toEqual(expect.arrayContaining(['schema', 'id', 'text', 'events', 'quotes', 'claims']));
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops as Record<string, { operationId: string }>).map((op) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
