// `chancery serve`: the corpus over HTTP. GET endpoints under /api/ answer the questions of
// src/store/query.ts (parameters checked by the same parsers as the CLI's), POST /api/analyze and
// /api/ingest take an article, /openapi.json describes it all (src/api/openapi.ts). Every error is JSON
// {error, field?} naming the bad parameter; a bug is a 500 with a generic message, its stack in the log.
// Bound to loopback by default; on any other address a bearer token is required.
import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { pipelineOptions } from '../cli/analyze.js';
import type { Io } from '../cli/run.js';
import { type AnalyzeOptions, analyzeToRecord, parsePublished } from '../pipeline.js';
import { type ArticleInput, binaryKind, fromBytes, textInput } from '../sources/input.js';
import { openStore, storeName } from '../store/open.js';
import {
  type RawParams, parseClaimQuery, parseEventQuery, parseInteger, parseQuoteQuery, parseSide, parseTimelineQuery, parseTopQuery,
} from '../store/query.js';
import type { Store } from '../store/store.js';
import { InputError, errorMessage } from '../util/errors.js';
import { packageVersion, pipelineVersion } from '../version.js';
import {
  ARTICLE_LIST_PARAMS, DYAD_PARAMS, FIND_ACTOR_PARAMS, MAX_FIND_LIMIT, MAX_PAGE_LIMIT, POST_PARAMS, ROUTES, SEARCH_PARAMS, STORY_PARAMS,
  openApiDocument,
} from './openapi.js';

/** Bodies of POST /api/analyze and /api/ingest over this size are refused with 413. */
export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

/** Sent with every response: no inline scripts, no external origins, not framed, no MIME sniffing. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export interface ServerOptions {
  /** When set, every request must carry `Authorization: Bearer <token>`. */
  token?: string;
  /** The largest POST body in bytes (default 5 MB). */
  bodyLimit?: number;
  /** Pipeline options for POST /api/analyze and /api/ingest (an actor dictionary). */
  analyze?: AnalyzeOptions;
  /** Where internal errors are logged, one entry each (default: stderr). */
  log?: (line: string) => void;
  /**
   * WEB UI (issue 9): the folder of the UI's built assets. Its files are served under `/` (`/` is its
   * index.html) with the same security headers as the API: the CSP allows only same-origin scripts, styles
   * and fetches, so the UI must ship no inline script or style. Nothing outside the folder is reachable
   * (no `..`, no symlink out). `chancery serve` passes dist/web when it is built (`defaultStaticDir`).
   */
  staticDir?: string;
}

/** A 4xx the handlers decide on (an unknown id, an unsupported body), answered as JSON like any other. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export async function buildServer(store: Store, options: ServerOptions = {}): Promise<FastifyInstance> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const token = options.token ? digest(options.token) : null;
  const app = Fastify({
    logger: false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    return503OnClosing: true,
    // A URL fastify cannot decode (bad percent-encoding) is answered before any hook runs: same JSON, same headers.
    frameworkErrors: (error, _request, reply) => {
      (reply as FastifyReply).headers(SECURITY_HEADERS).code(400).send(errorBody(error.code === 'FST_ERR_BAD_URL' ? 'malformed URL (bad percent-encoding)' : error.message, 'url'));
    },
  });
  const versions = { version: packageVersion(), pipelineVersion: pipelineVersion() };
  let openApi: Record<string, unknown> | null = null;

  // Bodies arrive as bytes whatever their type; the handlers decode and check them (src/sources/input.ts).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.addHook('onRequest', async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    reply.header('cache-control', 'no-store');
    if (token && !(options.staticDir !== undefined && isAsset(request))) {
      const given = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
      if (!given || !timingSafeEqual(digest(given), token)) {
        reply.header('www-authenticate', 'Bearer');
        throw new HttpError(401, given ? 'wrong bearer token' : 'missing bearer token: send Authorization: Bearer <token>', 'authorization');
      }
    } else if (!loopbackHostHeader(request.headers.host)) {
      // Without a token the server is on loopback: a page that rebinds its own name to 127.0.0.1 must not read it.
      throw new HttpError(403, 'requests must name the server as localhost or a loopback address', 'host');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD' && crossSite(request)) {
      throw new HttpError(403, 'cross-site requests are refused', 'origin');
    }
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error instanceof InputError) return reply.code(400).send(errorBody(error.message, error.input));
    if (error instanceof HttpError) return reply.code(error.status).send(errorBody(error.message, error.field));
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return reply.code(413).send(errorBody(`body too large (the limit is ${mb(options.bodyLimit ?? DEFAULT_BODY_LIMIT)})`, 'body'));
      }
      return reply.code(status).send(errorBody(error.message));
    }
    log(`chancery serve: internal error on ${request.method} ${request.url.slice(0, 200)}: ${error.stack ?? errorMessage(error)}`);
    return reply.code(500).send({ error: 'internal error (logged by the server)' });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send(errorBody(`no such endpoint: ${request.method} ${request.url.split('?')[0].slice(0, 200)}; see /openapi.json`));
  });

  const analyzeBody = (request: FastifyRequest) => {
    const input = articleInput(request);
    try {
      return analyzeToRecord(input, options.analyze);
    } catch (error) {
      if (error instanceof InputError) throw new InputError(error.message, 'body');
      throw error;
    }
  };

  const handlers: Record<string, (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>> = {
    'GET /api/health': async (r) => {
      known(params(r), []);
      return { status: 'ok', ...versions, store: store.dialect };
    },
    'GET /api/events': async (r) => store.events(parseEventQuery(params(r))),
    'GET /api/dyad': async (r) => {
      const { a, b, ...rest } = known(params(r), DYAD_PARAMS);
      return store.dyadTimeline(parseSide('a', required('a', a)), parseSide('b', required('b', b)), parseTimelineQuery(rest));
    },
    'GET /api/actors/top': async (r) => store.topActors(parseTopQuery(params(r))),
    'GET /api/pairs/top': async (r) => store.topPairs(parseTopQuery(params(r))),
    'GET /api/actors': async (r) => {
      const p = known(params(r), FIND_ACTOR_PARAMS);
      return store.findActors(words('q', required('q', p.q)), limit(p, 20, MAX_FIND_LIMIT));
    },
    'GET /api/actors/:id': async (r) => {
      const id = pathId(r);
      known(params(r), []);
      const profile = await store.actorProfile(id);
      if (!profile) throw new HttpError(404, `no actor "${id}"`, 'id');
      return profile;
    },
    'GET /api/quotes': async (r) => store.quotes(parseQuoteQuery(params(r))),
    'GET /api/claims': async (r) => store.claims(parseClaimQuery(params(r))),
    'GET /api/search': async (r) => {
      const p = known(params(r), SEARCH_PARAMS);
      return store.search(words('q', required('q', p.q)), limit(p, 20, MAX_FIND_LIMIT));
    },
    'GET /api/articles': async (r) => {
      const p = known(params(r), ARTICLE_LIST_PARAMS);
      const page = { limit: limit(p, 100, MAX_PAGE_LIMIT), offset: offset(p) };
      const [total, items] = await Promise.all([store.countArticles(), store.listArticles(page)]);
      return { total, ...page, items };
    },
    'GET /api/articles/:id': async (r) => {
      const id = pathId(r);
      known(params(r), []);
      const record = await store.getArticle(id);
      if (!record) throw new HttpError(404, `no article "${id}"`, 'id');
      return record;
    },
    'GET /api/articles/:id/story': async (r) => {
      const id = pathId(r);
      known(params(r), []);
      const story = await store.storyOf(id);
      if (!story) throw new HttpError(404, `no article "${id}"`, 'id');
      return story;
    },
    'GET /api/stories': async (r) => {
      const p = known(params(r), STORY_PARAMS);
      const page = { limit: limit(p, 100, MAX_PAGE_LIMIT), offset: offset(p) };
      const min = p.min !== undefined ? parseInteger('min', p.min, 1, 1_000_000) : 1;
      const items = await store.listStories({ ...page, minArticles: min });
      // The store counts every story; a total is only given when that is what was asked for.
      return min === 1 ? { total: await store.countStories(), ...page, items } : { ...page, min, items };
    },
    'POST /api/analyze': async (r) => analyzeBody(r),
    'POST /api/ingest': async (r, reply) => {
      const result = await store.putArticle(analyzeBody(r));
      reply.code(result.status === 'stored' ? 201 : 200);
      return result;
    },
    'GET /openapi.json': async (r) => {
      known(params(r), []);
      openApi ??= openApiDocument(versions.version, { token: Boolean(token) });
      return openApi;
    },
  };

  for (const route of ROUTES) {
    const handler = handlers[`${route.method} ${route.path}`];
    if (!handler) throw new Error(`no handler for ${route.method} ${route.path}`);
    app.route({ method: route.method, url: route.path, handler });
  }
  if (options.staticDir !== undefined) serveStatic(app, options.staticDir);
  return app;
}

// ---- the web UI's files (issue 9) ----

/** A GET of the web UI's files (not of the API): they hold no data, so the page loads without the token and then sends it. */
function isAsset(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0];
  return !path.startsWith('/api/') && path !== '/api' && path !== '/openapi.json';
}

/** The built web UI next to this module (dist/web beside dist/src/api when built, dist/web from src/api); undefined when not built. */
export function defaultStaticDir(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [resolve(here, '../../web'), resolve(here, '../../dist/web')]) {
    // A built UI has its bundle in assets/ (web/ itself, the source, has an index.html but no assets/).
    if (existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'assets'))) return dir;
  }
  return undefined;
}

const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** GET /<path> → the file at <path> in `dir` (`/` → index.html); anything outside `dir` or under /api/ is a 404. */
function serveStatic(app: FastifyInstance, dir: string): void {
  let root: string;
  try {
    root = realpathSync(dir);
    if (!statSync(root).isDirectory()) throw new Error('not a folder');
  } catch (error) {
    throw new InputError(`cannot serve the web UI from ${dir}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`, 'staticDir');
  }
  app.get('/*', async (request, reply) => {
    const path = (request.params as { '*': string })['*'] || 'index.html';
    const missing = new HttpError(404, `no such endpoint: GET /${path.slice(0, 200)}; see /openapi.json`);
    if (path.startsWith('api/') || path === 'api' || path.includes('\0')) throw missing;
    let file: string;
    try {
      file = realpathSync(resolve(root, path));
      if (!file.startsWith(root + sep) || !statSync(file).isFile()) throw missing;
    } catch {
      throw missing;
    }
    reply.type(STATIC_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    reply.header('cache-control', 'no-cache');
    return readFile(file);
  });
}

// ---- requests ----

/** The query string as the parsers of query.ts take it: one string per name. */
function params(request: FastifyRequest): RawParams {
  const out: RawParams = Object.create(null);
  for (const [key, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
    if (Array.isArray(value)) throw new InputError(`parameter "${key}" is given ${value.length} times; give it once`, key);
    out[key] = String(value);
  }
  return out;
}

function known<K extends string>(p: RawParams, names: readonly K[]): Partial<Record<K, string>> & RawParams {
  for (const key of Object.keys(p)) {
    if (!(names as readonly string[]).includes(key)) {
      throw new InputError(names.length ? `unknown parameter "${key}"; known: ${names.join(', ')}` : `unknown parameter "${key}"; this endpoint takes none`, key);
    }
  }
  return p as Partial<Record<K, string>> & RawParams;
}

function required(field: string, value: string | undefined): string {
  if (value === undefined || value === '') throw new InputError(`missing parameter "${field}"`, field);
  return value;
}

function words(field: string, value: string): string {
  if (value.length > 500) throw new InputError(`${field} is too long (${value.length} characters; at most 500)`, field);
  if (!/[\p{L}\p{N}]/u.test(value)) throw new InputError(`invalid ${field} "${value}": give at least one word`, field);
  return value;
}

const limit = (p: RawParams, fallback: number, max: number) => (p.limit !== undefined ? parseInteger('limit', p.limit, 1, max) : fallback);
const offset = (p: RawParams) => (p.offset !== undefined ? parseInteger('offset', p.offset, 0, 1_000_000_000) : 0);

function pathId(request: FastifyRequest): string {
  const id = (request.params as { id?: string }).id ?? '';
  if (!id || id.length > 300) throw new InputError(`invalid id "${id.slice(0, 40)}"`, 'id');
  return id;
}

const ArticleBody = z.strictObject({
  text: z.string().optional(),
  html: z.string().optional(),
  url: z.string().max(2000).optional(),
  published: z.string().optional(),
});

const HOW = 'send the article as text/plain, text/html, or application/json {"text" or "html", "url"?, "published"?}';

/** The article of a POST: its body (text, HTML or JSON), with `url` and `published` from JSON or the query string. */
function articleInput(request: FastifyRequest): ArticleInput {
  const p = known(params(request), POST_PARAMS);
  const type = String(request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const body = request.body;
  if (!Buffer.isBuffer(body) || !body.length) throw new InputError(`empty body: ${HOW}`, 'body');
  let input: ArticleInput;
  let url = p.url;
  let published = p.published;
  if (type === 'application/json') {
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch (error) {
      throw new InputError(`not valid JSON (${(error as Error).message})`, 'body');
    }
    const parsed = ArticleBody.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.path.length ? String(issue.path[0]) : issue.code === 'unrecognized_keys' ? String(issue.keys[0]) : 'body';
      throw new InputError(issue.code === 'unrecognized_keys' ? `unknown field "${issue.keys[0]}"; ${HOW}` : issue.message, field);
    }
    const r = parsed.data;
    if ((r.text === undefined) === (r.html === undefined)) throw new InputError(`give exactly one of "text" and "html"`, 'body');
    const field = r.html !== undefined ? 'html' : 'text';
    const content = r.html ?? r.text ?? '';
    if (!content.trim()) throw new InputError('empty (no text)', field);
    const binary = binaryKind(Buffer.from(content.slice(0, 8192)));
    if (binary) throw new InputError(`not text or HTML (${binary})`, field);
    for (const [name, value] of [['url', r.url], ['published', r.published]] as const) {
      if (value !== undefined && p[name] !== undefined) throw new InputError(`"${name}" is given both in the body and the query string`, name);
    }
    url = r.url ?? url;
    published = r.published ?? published;
    input = textInput(content, url ?? 'api', field === 'html' ? 'html' : 'text', 'text');
  } else if (type === 'text/plain' || type === 'text/html') {
    try {
      input = fromBytes(body, 'text', url ?? 'api', type === 'text/html' ? '.html' : '', String(request.headers['content-type']));
    } catch (error) {
      if (error instanceof InputError) throw new InputError(error.message, 'body');
      throw error;
    }
    input.format = type === 'text/html' ? 'html' : 'text';
  } else {
    throw new HttpError(415, `unsupported content type "${type || '(none)'}": ${HOW}`, 'content-type');
  }
  if (url !== undefined) {
    if (!/^https?:\/\/[^\s/]+/i.test(url) || !URL.canParse(url)) throw new InputError(`invalid url "${url.slice(0, 100)}": expected an http(s) URL`, 'url');
    input.url = url;
  }
  if (published !== undefined) input.published = parsePublished(published, 'published');
  return input;
}

// ---- security ----

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Whether a listening address is loopback (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const h = host.trim().replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (h === 'localhost') return true;
  if (!ipaddr.isValid(h)) return false;
  return ipaddr.process(h).range() === 'loopback';
}

/** A Host header that names this machine by loopback: localhost, 127.x.x.x or [::1], any port. */
function loopbackHostHeader(host: string | undefined): boolean {
  if (!host) return false;
  const name = /^\[([^\]]+)\](?::\d+)?$/.exec(host)?.[1] ?? host.replace(/:\d+$/, '');
  return isLoopback(name);
}

/** A browser request from another site (a page posting to the local server). */
function crossSite(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 500);
const errorBody = (message: string, field?: string) => (field ? { error: oneLine(message), field } : { error: oneLine(message) });
const mb = (bytes: number) => `${+(bytes / 1024 / 1024).toFixed(1)} MB`;

// ---- the command ----

export interface ServeFlags {
  db: string;
  host: string;
  port: string;
  token?: string;
  /** An actor dictionary for POST /api/analyze and /api/ingest, as `ingest --actors`. */
  actors?: string;
}

export interface ServeControl {
  /** Stops the server (tests); SIGINT and SIGTERM stop it too. */
  signal?: AbortSignal;
  /** Called with the base URL once listening. */
  onListening?: (url: string) => void;
}

/** Runs the server until SIGINT, SIGTERM or `control.signal`; bad flags, a port in use or a store that cannot be opened throw an InputError (exit 2). */
export async function runServe(opts: ServeFlags, io: Io, control: ServeControl = {}): Promise<number> {
  const port = parseInteger('--port', opts.port, 0, 65535);
  const host = opts.host.trim();
  if (!host) throw new InputError('give an address to listen on', '--host');
  const token = opts.token || undefined;
  if (token !== undefined && (token.length < 8 || /\s/.test(token))) throw new InputError('the token must be at least 8 characters, without spaces', '--token');
  if (!isLoopback(host) && !token) {
    throw new InputError(`refusing to listen on ${host} without a token: give --token or set CHANCERY_TOKEN, or listen on 127.0.0.1`, '--host');
  }
  const analyze = pipelineOptions({ actors: opts.actors });
  let store: Store;
  try {
    store = await openStore(opts.db);
  } catch (error) {
    throw new InputError(`cannot open the database: ${errorMessage(error)}`, storeName(opts.db));
  }
  let app: FastifyInstance;
  const staticDir = defaultStaticDir();
  try {
    app = await buildServer(store, { token, analyze, staticDir, log: (line) => io.stderr.write(`${line}\n`) });
  } catch (error) {
    await store.close();
    throw error;
  }
  try {
    await app.listen({ host, port });
  } catch (error) {
    await app.close();
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new InputError(`port ${port} on ${host} is in use`, '--port');
    if (code === 'EACCES') throw new InputError(`not allowed to listen on port ${port}`, '--port');
    throw new InputError(`cannot listen on ${host}: ${code ?? errorMessage(error)}`, '--host');
  }
  const address = app.server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${bound}`;
  io.stderr.write(`chancery: serving ${storeName(opts.db)} at ${url}/api/ (${url}/openapi.json describes it)${staticDir ? `, the web UI at ${url}/` : ''}${token ? '; bearer token required' : ''}; Ctrl-C stops\n`);
  control.onListening?.(url);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      control.signal?.removeEventListener('abort', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (control.signal?.aborted) stop();
    else control.signal?.addEventListener('abort', stop);
  });
  await app.close();
  await store.close();
  return 0;
}
