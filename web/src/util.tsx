// Routing (hash), data loading and the small pieces every view shares.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from './api.js';

export interface Route {
  /** The path after `#`, without its query: `/dyad`, `/article/abc`. */
  path: string;
  /** The first segment: `dyad`, `article`, '' for the overview. */
  view: string;
  /** The rest of the path, decoded (an article or actor id). */
  arg: string;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart, queryPart = ''] = raw.split('?', 2);
  const path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  const [, view = '', ...rest] = path.split('/');
  let arg = rest.join('/');
  try {
    arg = decodeURIComponent(arg);
  } catch {
    // keep it as it is
  }
  return { path, view, arg, params: new URLSearchParams(queryPart) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** A link target inside the app: `href('dyad', {a: 'ISR'})` → `#/dyad?a=ISR`. */
export function href(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return `#/${path}${s ? `?${s}` : ''}`;
}
export const articleHref = (id: string, params: Record<string, string | number | undefined> = {}) => href(`article/${encodeURIComponent(id)}`, params);
export const actorHref = (id: string) => href(`actor/${encodeURIComponent(id)}`);

/** Replaces the query of the current route without adding a history entry per keystroke. */
export function replaceParams(path: string, params: Record<string, string | number | undefined | null>): void {
  const next = href(path.replace(/^\//, ''), params);
  if (next !== location.hash) history.replaceState(null, '', next);
}

export interface Loaded<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
}

/** Runs `load` whenever `deps` change; a newer run cancels the older one. */
export function useLoad<T>(load: ((signal: AbortSignal) => Promise<T>) | null, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: undefined, loading: Boolean(load) });
  useEffect(() => {
    if (!load) {
      setState({ data: undefined, error: undefined, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ data: s.data, error: undefined, loading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ data: undefined, error: errorText(error), loading: false });
      },
    );
    return () => controller.abort();
  }, deps);
  return state;
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.field ? `${error.field}: ${error.message}` : error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

export function Status<T>({ state, empty }: { state: Loaded<T>; empty?: string }) {
  if (state.loading) return <p class="status" aria-live="polite">Loading…</p>;
  if (state.error) return <p class="error" role="alert">{state.error}</p>;
  if (empty) return <p class="status">{empty}</p>;
  return null;
}

export function Section({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  const headingId = `${id ?? title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-heading`;
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

export function Pager({ total, limit, offset, onOffset, label }: { total: number; limit: number; offset: number; onOffset: (n: number) => void; label: string }) {
  const last = Math.min(total, offset + limit);
  return (
    <nav class="pager" aria-label={`${label} pages`}>
      <button type="button" disabled={offset <= 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        ← Previous
      </button>
      <span aria-live="polite">
        {total ? offset + 1 : 0}–{last} of {total}
      </span>
      <button type="button" disabled={last >= total} onClick={() => onOffset(offset + limit)}>
        Next →
      </button>
    </nav>
  );
}

/** CAMEO root codes (01–20) and their names. */
export const CAMEO_ROOTS: Record<string, string> = {
  '01': 'Make public statement',
  '02': 'Appeal',
  '03': 'Express intent to cooperate',
  '04': 'Consult',
  '05': 'Diplomatic cooperation',
  '06': 'Material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  '10': 'Demand',
  '11': 'Disapprove',
  '12': 'Reject',
  '13': 'Threaten',
  '14': 'Protest',
  '15': 'Exhibit force posture',
  '16': 'Reduce relations',
  '17': 'Coerce',
  '18': 'Assault',
  '19': 'Fight',
  '20': 'Mass violence',
};
export const cameoLabel = (cameo: string, root: string) => `${cameo} ${CAMEO_ROOTS[root] ?? ''}`.trim();

export const QUAD_CLASSES = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];

/** A class for a Goldstein score: coop (> 0), conflict (< 0), neutral. */
export const goldsteinClass = (g: number | null) => (g === null ? 'g-none' : g > 0.5 ? 'g-coop' : g < -0.5 ? 'g-conflict' : 'g-neutral');
export const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined ? '–' : n.toFixed(digits));

/** Only http(s) links leave the app (a record's URL could say `javascript:`). */
export const safeUrl = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : null);
