// A small typed client of the HTTP API (src/api/server.ts). The row types are the server's own
// (type-only imports, erased from the bundle), so a change of schema shows up here as a type error.
// Requests go only to this page's own origin (the CSP's connect-src 'self' enforces it too).
import type { ArticleRecord } from '../../src/doc/schema.js';
import type { ClaimRow, DyadTimeline, EventRow, Page, QuoteRow, TopActor, TopPair } from '../../src/store/query.js';
import type { ActorProfile, ArticleSummary, PutResult, SearchHit, StorySummary } from '../../src/store/store.js';

export type { ActorProfile, ArticleRecord, ArticleSummary, ClaimRow, DyadTimeline, EventRow, Page, PutResult, QuoteRow, SearchHit, StorySummary, TopActor, TopPair };

/** An answer of the API that is not 2xx: its `{error, field}` body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'chancery.token';

/** The bearer token for a server that needs one (kept for this tab only). */
export function getToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}
export function setToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // storage unavailable: the token lasts until reload
  }
}

type Params = Record<string, string | number | boolean | undefined | null>;

function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function request<T>(path: string, init: RequestInit = {}, signal?: AbortSignal): Promise<T> {
  if (!path.startsWith('/')) throw new Error('the API is reached on this origin only');
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  const token = getToken();
  if (token) headers.set('authorization', `Bearer ${token}`);
  const response = await fetch(path, { ...init, headers, signal, credentials: 'same-origin' });
  const body = await response.text();
  let json: unknown = null;
  try {
    json = body ? JSON.parse(body) : null;
  } catch {
    // not JSON
  }
  if (!response.ok) {
    const e = (json ?? {}) as { error?: string; field?: string };
    throw new ApiError(response.status, e.error ?? `HTTP ${response.status}`, e.field);
  }
  return json as T;
}

const get = <T>(path: string, params: Params = {}, signal?: AbortSignal) => request<T>(path + query(params), {}, signal);
const enc = encodeURIComponent;

export interface EventParams {
  actor?: string;
  source?: string;
  target?: string;
  dyad?: string;
  directed?: boolean;
  cameo?: string;
  root?: string;
  quad?: number | string;
  plover?: string;
  from?: string;
  to?: string;
  place?: string;
  modality?: string;
  negated?: boolean;
  text?: string;
  article?: string;
  duplicates?: boolean;
  limit?: number;
  offset?: number;
}

/** What POST /api/analyze and /api/ingest take: text, HTML or a URL, with an optional publication date. */
export type ArticleBody = { text: string; published?: string } | { html: string; published?: string } | { url: string; published?: string };

/** The largest article the UI sends (the server refuses bodies over 5 MB). */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;

export const api = {
  health: (signal?: AbortSignal) => get<{ status: string; version: string; pipelineVersion: string; store: string }>('/api/health', {}, signal),
  events: (p: EventParams, signal?: AbortSignal) => get<Page<EventRow>>('/api/events', p as Params, signal),
  dyad: (p: { a: string; b: string; by?: string; from?: string; to?: string }, signal?: AbortSignal) => get<DyadTimeline>('/api/dyad', p, signal),
  topActors: (p: { from?: string; to?: string; limit?: number } = {}, signal?: AbortSignal) => get<TopActor[]>('/api/actors/top', p, signal),
  topPairs: (p: { from?: string; to?: string; limit?: number } = {}, signal?: AbortSignal) => get<TopPair[]>('/api/pairs/top', p, signal),
  findActors: (q: string, signal?: AbortSignal) =>
    get<{ id: string; name: string; kind: string; country: string | null; code: string }[]>('/api/actors', { q }, signal),
  actor: (id: string, signal?: AbortSignal) => get<ActorProfile>(`/api/actors/${enc(id)}`, {}, signal),
  quotes: (p: { speaker?: string; text?: string; direct?: boolean; from?: string; to?: string; article?: string; limit?: number; offset?: number }, signal?: AbortSignal) =>
    get<Page<QuoteRow>>('/api/quotes', p, signal),
  claims: (p: { subject?: string; unit?: string; from?: string; to?: string; article?: string; limit?: number; offset?: number }, signal?: AbortSignal) =>
    get<Page<ClaimRow>>('/api/claims', p, signal),
  search: (q: string, signal?: AbortSignal) => get<SearchHit[]>('/api/search', { q, limit: 100 }, signal),
  articles: (p: { limit?: number; offset?: number } = {}, signal?: AbortSignal) => get<Page<ArticleSummary>>('/api/articles', p, signal),
  article: (id: string, signal?: AbortSignal) => get<ArticleRecord>(`/api/articles/${enc(id)}`, {}, signal),
  stories: (p: { limit?: number; offset?: number } = {}, signal?: AbortSignal) => get<Page<StorySummary>>('/api/stories', p, signal),
  analyze: (body: ArticleBody, signal?: AbortSignal) =>
    request<ArticleRecord>('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, signal),
  ingest: (body: ArticleBody, signal?: AbortSignal) =>
    request<PutResult>('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, signal),
};
