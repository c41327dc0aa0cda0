// Questions asked of the corpus, shared by the CLI (`chancery events | dyad | actors | quotes | claims`) and the
// HTTP API: their parameters, checked once here from strings (command-line flags or query strings) so both
// reject the same bad input with the same one line naming the field.
import { Modalities } from '../doc/schema.js';
import { isoWeek } from '../time/dates.js';
import { InputError } from '../util/errors.js';

/**
 * One side of an event: a country code (`ISR`: every actor of that country), a CAMEO actor code (`ISRGOV`,
 * `IGOUNO`: exactly that code) or an actor id (`person:eli-cohen`, `country:ISR`).
 */
export interface Side {
  kind: 'country' | 'code' | 'actor';
  value: string;
}

export interface EventQuery {
  /** Either side is this actor, code or country. */
  actor?: Side;
  source?: Side;
  target?: Side;
  /** Events between two sides; in both directions unless `directed` (then first → second). */
  dyad?: [Side, Side];
  directed?: boolean;
  /** A CAMEO event code (`043`) or a prefix of one (`04`, `0431`). */
  cameo?: string;
  /** A CAMEO root code, 01–20. */
  root?: string;
  quadClass?: 1 | 2 | 3 | 4;
  ploverType?: string;
  /** Days, inclusive, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** A place: a place id (`place:AZE:baku`), or a name or country code matched against the event's place. */
  place?: string;
  modality?: (typeof Modalities)[number];
  negated?: boolean;
  /** Words that must all appear in the event's evidence sentence. */
  text?: string;
  article?: string;
  /** Also events already reported by an earlier article of the same story (wire copies). */
  includeDuplicates?: boolean;
  limit?: number;
  offset?: number;
}

export interface EventSideRow {
  actor: string;
  code: string;
  name: string | null;
  country: string | null;
}

/** One event as queries return it: the record's event plus where it came from. */
export interface EventRow {
  articleId: string;
  id: string;
  source: EventSideRow;
  target: EventSideRow | null;
  cameo: string;
  rootCode: string;
  quadClass: number;
  goldstein: number;
  plover: { type: string; mode: string | null };
  /** The day it is counted on (its own date when known to the day, else the publication day). */
  day: string | null;
  date: { value: string | null; granularity: string | null; origin: string };
  place: { id: string; name: string; country: string | null; lat: number | null; lon: number | null } | null;
  modality: string;
  negated: boolean;
  duplicate: boolean;
  evidence: string;
  sentence: { start: number; end: number };
  trigger: { start: number; end: number };
  confidence: number;
  rule: string;
  mentions: number;
  article: {
    title: string | null;
    url: string | null;
    publisher: string | null;
    published: string | null;
    /** The source location (file, URL) it was read from. */
    source: string;
    /** When it was stored, ISO 8601 UTC. */
    ingested: string;
    language: string | null;
  };
}

export type Period = 'day' | 'week' | 'month';

export interface TimelineQuery {
  by: Period;
  from?: string;
  to?: string;
  /** Also count negated and conditional events (left out by default, as in every aggregate). */
  includeAll?: boolean;
  includeDuplicates?: boolean;
}

/** Events in one direction in one period. */
export interface DirectionStats {
  events: number;
  /** Counts by quad class: verbal cooperation, material cooperation, verbal conflict, material conflict. */
  quadClass: [number, number, number, number];
  goldsteinSum: number;
  /** null when there are no events. */
  goldsteinMean: number | null;
}

export interface DyadTimeline {
  a: Side;
  b: Side;
  by: Period;
  /** One entry per period that has events, in order; `ab` is a → b, `ba` is b → a. */
  periods: { period: string; ab: DirectionStats; ba: DirectionStats }[];
  total: { ab: DirectionStats; ba: DirectionStats };
}

export interface TopQuery {
  from?: string;
  to?: string;
  limit?: number;
  includeAll?: boolean;
  includeDuplicates?: boolean;
}

export interface TopActor {
  actor: string;
  name: string;
  code: string;
  country: string | null;
  /** Events it is the source of, the target of, and both together. */
  asSource: number;
  asTarget: number;
  events: number;
}

export interface TopPair {
  source: { actor: string; name: string; code: string };
  target: { actor: string; name: string; code: string };
  events: number;
  goldsteinMean: number;
}

export interface QuoteQuery {
  /** The speaker: an actor id, or a country or actor code (every speaker of that country or code). */
  speaker?: Side;
  text?: string;
  direct?: boolean;
  from?: string;
  to?: string;
  article?: string;
  limit?: number;
  offset?: number;
}

export interface QuoteRow {
  articleId: string;
  id: string;
  text: string;
  direct: boolean;
  speaker: { actor: string; name: string; code: string; country: string | null } | null;
  addressee: string | null;
  start: number;
  end: number;
  article: { title: string | null; url: string | null; published: string | null };
}

export interface ClaimQuery {
  /** Who the figure is about: an actor id, or a country or actor code. */
  subject?: Side;
  unit?: string;
  from?: string;
  to?: string;
  article?: string;
  limit?: number;
  offset?: number;
}

export interface ClaimRow {
  articleId: string;
  id: string;
  value: number;
  unit: string;
  qualifier: string | null;
  about: string;
  period: string | null;
  text: string;
  subject: { actor: string; name: string } | null;
  object: { actor: string; name: string } | null;
  source: string | null;
  article: { title: string | null; url: string | null; published: string | null };
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

// ---- parsing and checking parameters given as strings ----

export const MAX_LIMIT = 10_000;
export const DEFAULT_QUERY_LIMIT = 50;

/** Parameters as they arrive: flags or a query string, all strings. */
export type RawParams = Record<string, string | undefined>;

const bad = (field: string, message: string): InputError => new InputError(message, field);

export function parseSide(field: string, value: string): Side {
  const v = value.trim();
  if (/^[A-Z]{3}$/.test(v)) return { kind: 'country', value: v };
  if (/^[A-Z0-9]{4,24}$/.test(v)) return { kind: 'code', value: v };
  if (/^[a-z]+:[\p{L}\p{N}:._'-]{1,120}$/u.test(v)) return { kind: 'actor', value: v };
  throw bad(field, `invalid actor "${value}": expected a country code (ISR), an actor code (ISRGOV) or an actor id (person:eli-cohen)`);
}

export function parseDay(field: string, value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !date || date.getUTCMonth() !== +m[2] - 1 || date.getUTCDate() !== +m[3]) {
    throw bad(field, `invalid date "${value}": expected a day YYYY-MM-DD`);
  }
  return m[0];
}

export function parseInteger(field: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw bad(field, `invalid ${field} "${value}": expected a whole number from ${min} to ${max}`);
  }
  return n;
}

function parseBoolean(field: string, value: string): boolean {
  if (/^(true|1|yes)$/i.test(value)) return true;
  if (/^(false|0|no)$/i.test(value)) return false;
  throw bad(field, `invalid ${field} "${value}": expected true or false`);
}

function parseText(field: string, value: string): string {
  if (value.length > 500) throw bad(field, `${field} is too long (${value.length} characters; at most 500)`);
  if (!/[\p{L}\p{N}]/u.test(value)) throw bad(field, `invalid ${field} "${value}": give at least one word`);
  return value;
}

function checkRange(from: string | undefined, to: string | undefined): void {
  if (from && to && from > to) throw bad('from', `invalid range: from ${from} is after to ${to}`);
}

/** Throws on parameters the query does not know, so a typo is not silently ignored. */
function checkKnown(params: RawParams, known: readonly string[]): void {
  for (const key of Object.keys(params)) {
    if (params[key] !== undefined && !known.includes(key)) throw bad(key, `unknown parameter "${key}"; known: ${known.join(', ')}`);
  }
}

function paging(p: RawParams): { limit: number; offset: number } {
  return {
    limit: p.limit !== undefined ? parseInteger('limit', p.limit, 1, MAX_LIMIT) : DEFAULT_QUERY_LIMIT,
    offset: p.offset !== undefined ? parseInteger('offset', p.offset, 0, 1_000_000_000) : 0,
  };
}

function dates(p: RawParams): { from?: string; to?: string } {
  const from = p.from !== undefined ? parseDay('from', p.from) : undefined;
  const to = p.to !== undefined ? parseDay('to', p.to) : undefined;
  checkRange(from, to);
  return { from, to };
}

export const EVENT_PARAMS = [
  'actor', 'source', 'target', 'dyad', 'directed', 'cameo', 'root', 'quad', 'plover', 'from', 'to', 'place', 'modality',
  'negated', 'text', 'article', 'duplicates', 'limit', 'offset',
] as const;

/** `dyad` is "A,B" (or "A B"). */
export function parseEventQuery(p: RawParams): EventQuery {
  checkKnown(p, EVENT_PARAMS);
  const q: EventQuery = { ...paging(p), ...dates(p) };
  if (p.actor !== undefined) q.actor = parseSide('actor', p.actor);
  if (p.source !== undefined) q.source = parseSide('source', p.source);
  if (p.target !== undefined) q.target = parseSide('target', p.target);
  if (p.dyad !== undefined) {
    const parts = p.dyad.split(/[\s,]+/).filter(Boolean);
    if (parts.length !== 2) throw bad('dyad', `invalid dyad "${p.dyad}": expected two actors, e.g. ISR,AZE`);
    q.dyad = [parseSide('dyad', parts[0]), parseSide('dyad', parts[1])];
  }
  if (p.directed !== undefined) q.directed = parseBoolean('directed', p.directed);
  if (p.cameo !== undefined) {
    if (!/^\d{2,4}$/.test(p.cameo)) throw bad('cameo', `invalid CAMEO code "${p.cameo}": expected 2 to 4 digits, e.g. 043`);
    q.cameo = p.cameo;
  }
  if (p.root !== undefined) {
    const root = /^\d{1,2}$/.test(p.root) ? p.root.padStart(2, '0') : '';
    if (!root || +root < 1 || +root > 20) throw bad('root', `invalid root code "${p.root}": expected 01 to 20`);
    q.root = root;
  }
  if (p.quad !== undefined) q.quadClass = parseInteger('quad', p.quad, 1, 4) as 1 | 2 | 3 | 4;
  if (p.plover !== undefined) {
    if (!/^[A-Za-z-]{2,20}$/.test(p.plover)) throw bad('plover', `invalid PLOVER type "${p.plover}": expected a word such as CONSULT`);
    q.ploverType = p.plover.toUpperCase();
  }
  if (p.place !== undefined) q.place = parseText('place', p.place);
  if (p.modality !== undefined) {
    if (!(Modalities as readonly string[]).includes(p.modality)) {
      throw bad('modality', `invalid modality "${p.modality}": expected one of ${Modalities.join(', ')}`);
    }
    q.modality = p.modality as EventQuery['modality'];
  }
  if (p.negated !== undefined) q.negated = parseBoolean('negated', p.negated);
  if (p.text !== undefined) q.text = parseText('text', p.text);
  if (p.article !== undefined) q.article = parseText('article', p.article);
  if (p.duplicates !== undefined) q.includeDuplicates = parseBoolean('duplicates', p.duplicates);
  return q;
}

export const TIMELINE_PARAMS = ['by', 'from', 'to', 'all', 'duplicates'] as const;

export function parseTimelineQuery(p: RawParams): TimelineQuery {
  checkKnown(p, TIMELINE_PARAMS);
  const by = p.by ?? 'month';
  if (by !== 'day' && by !== 'week' && by !== 'month') throw bad('by', `invalid period "${by}": expected day, week or month`);
  const q: TimelineQuery = { by, ...dates(p) };
  if (p.all !== undefined) q.includeAll = parseBoolean('all', p.all);
  if (p.duplicates !== undefined) q.includeDuplicates = parseBoolean('duplicates', p.duplicates);
  return q;
}

export const TOP_PARAMS = ['from', 'to', 'limit', 'all', 'duplicates'] as const;

export function parseTopQuery(p: RawParams): TopQuery {
  checkKnown(p, TOP_PARAMS);
  const q: TopQuery = { ...dates(p), limit: p.limit !== undefined ? parseInteger('limit', p.limit, 1, 1000) : 20 };
  if (p.all !== undefined) q.includeAll = parseBoolean('all', p.all);
  if (p.duplicates !== undefined) q.includeDuplicates = parseBoolean('duplicates', p.duplicates);
  return q;
}

export const QUOTE_PARAMS = ['speaker', 'text', 'direct', 'from', 'to', 'article', 'limit', 'offset'] as const;

export function parseQuoteQuery(p: RawParams): QuoteQuery {
  checkKnown(p, QUOTE_PARAMS);
  const q: QuoteQuery = { ...paging(p), ...dates(p) };
  if (p.speaker !== undefined) q.speaker = parseSide('speaker', p.speaker);
  if (p.text !== undefined) q.text = parseText('text', p.text);
  if (p.direct !== undefined) q.direct = parseBoolean('direct', p.direct);
  if (p.article !== undefined) q.article = parseText('article', p.article);
  return q;
}

export const CLAIM_PARAMS = ['subject', 'unit', 'from', 'to', 'article', 'limit', 'offset'] as const;

export function parseClaimQuery(p: RawParams): ClaimQuery {
  checkKnown(p, CLAIM_PARAMS);
  const q: ClaimQuery = { ...paging(p), ...dates(p) };
  if (p.subject !== undefined) q.subject = parseSide('subject', p.subject);
  if (p.unit !== undefined) q.unit = parseText('unit', p.unit);
  if (p.article !== undefined) q.article = parseText('article', p.article);
  return q;
}

/** The period a day falls in: the day itself, its ISO week (2023-W13) or its month (2023-03). */
export function periodOf(day: string, by: Period): string {
  if (by === 'day') return day;
  if (by === 'month') return day.slice(0, 7);
  return isoWeek(new Date(`${day}T00:00:00Z`));
}
