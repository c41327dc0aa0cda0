// Questions asked of a stored corpus from the command line — `chancery events | dyad | actors | quotes |
// claims` — and the corpus leaving it: `chancery export`, and `chancery reanalyze` after the pipeline changed.
// Parameters are checked by src/store/query.ts, as the API checks them.
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { csvField, gdeltCsvHeader, gdeltCsvLine, gdeltLine } from '../export/gdelt.js';
import { ploverRecord } from '../export/plover.js';
import { reanalyzeRecord } from '../pipeline.js';
import { openStore, storeName } from '../store/open.js';
import {
  type DirectionStats, type EventRow, type Page, type RawParams, parseClaimQuery, parseEventQuery, parseQuoteQuery, parseSide,
  parseTimelineQuery, parseTopQuery,
} from '../store/query.js';
import type { Store } from '../store/store.js';
import { InputError } from '../util/errors.js';
import { pipelineVersion } from '../version.js';
import { pipelineOptions } from './analyze.js';
import { type Io, checkFormat } from './run.js';
import { clip, columns } from './table.js';

type Options = Record<string, string | boolean | undefined>;

/** Commander's camelCase options as the query parameters src/store/query.ts reads (flags become "true"). */
function params(opts: Options, names: Record<string, string>): RawParams {
  const out: RawParams = {};
  for (const [option, param] of Object.entries(names)) {
    const v = opts[option];
    if (v === undefined || v === false) continue;
    out[param] = v === true ? 'true' : v;
  }
  return out;
}

async function withStore<T>(db: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const EVENT_OPTIONS = {
  actor: 'actor', source: 'source', target: 'target', dyad: 'dyad', directed: 'directed', cameo: 'cameo', root: 'root', quad: 'quad',
  plover: 'plover', from: 'from', to: 'to', place: 'place', modality: 'modality', negated: 'negated', text: 'text', article: 'article',
  duplicates: 'duplicates', limit: 'limit', offset: 'offset',
};

function eventTable(page: Page<EventRow>, io: Io): void {
  const side = (s: EventRow['source'] | null) => (s ? `${clip(s.name ?? s.actor, 24)} (${s.code})` : '—');
  const rows = page.items.map((e) => [
    e.day ?? '',
    side(e.source),
    side(e.target),
    e.cameo,
    String(e.quadClass),
    e.goldstein.toFixed(1),
    [e.modality === 'asserted' ? '' : e.modality, e.negated ? 'negated' : '', e.duplicate ? 'copy' : ''].filter(Boolean).join(','),
    clip(e.evidence, 80),
  ]);
  io.stdout.write(columns([['day', 'source', 'target', 'cameo', 'quad', 'gold', 'flags', 'evidence'], ...rows]));
  const shown = page.items.length;
  io.stdout.write(`${page.total} event${page.total === 1 ? '' : 's'}${page.total > shown ? ` (showing ${page.offset + 1}–${page.offset + shown}; --limit, --offset for more)` : ''}\n`);
}

export async function runEvents(opts: Options & { db: string; format: string }, io: Io): Promise<number> {
  checkFormat(opts.format, ['table', 'json', 'jsonl', 'csv']);
  const raw = params(opts, EVENT_OPTIONS);
  const q = parseEventQuery(raw);
  return withStore(opts.db, async (store) => {
    // Streams (jsonl, csv) without --limit give every matching event, read by key, however many.
    if ((opts.format === 'jsonl' || opts.format === 'csv') && raw.limit === undefined) {
      if (opts.format === 'csv') io.stdout.write(`${gdeltCsvHeader()}\n`);
      for await (const e of store.eachEvent(q)) await write(io, opts.format === 'csv' ? `${gdeltCsvLine(e)}\n` : `${JSON.stringify(e)}\n`);
      return 0;
    }
    const page = await store.events(q);
    if (opts.format === 'json') io.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
    else if (opts.format === 'jsonl') for (const e of page.items) io.stdout.write(`${JSON.stringify(e)}\n`);
    else if (opts.format === 'csv') io.stdout.write(`${gdeltCsvHeader()}\n${page.items.map((e) => `${gdeltCsvLine(e)}\n`).join('')}`);
    else eventTable(page, io);
    return 0;
  });
}

/** Writes, waiting when the stream is full, so a large export keeps memory flat. */
async function write(io: Io, text: string): Promise<void> {
  if (!io.stdout.write(text)) await once(io.stdout, 'drain');
}

export async function runDyad(a: string, b: string, opts: Options & { db: string; format: string }, io: Io): Promise<number> {
  checkFormat(opts.format, ['table', 'json', 'csv']);
  const sideA = parseSide('a', a);
  const sideB = parseSide('b', b);
  const q = parseTimelineQuery(params(opts, { by: 'by', from: 'from', to: 'to', all: 'all', duplicates: 'duplicates' }));
  const timeline = await withStore(opts.db, (store) => store.dyadTimeline(sideA, sideB, q));
  if (opts.format === 'json') {
    io.stdout.write(`${JSON.stringify(timeline, null, 2)}\n`);
    return 0;
  }
  const cells = (s: DirectionStats) => [String(s.events), s.quadClass.join('/'), s.goldsteinSum.toFixed(1), s.goldsteinMean === null ? '' : s.goldsteinMean.toFixed(2)];
  if (opts.format === 'csv') {
    const header = ['period', ...['ab', 'ba'].flatMap((d) => [`${d}_events`, `${d}_q1`, `${d}_q2`, `${d}_q3`, `${d}_q4`, `${d}_goldstein_sum`, `${d}_goldstein_mean`])];
    io.stdout.write(`${header.join(',')}\n`);
    for (const p of timeline.periods) {
      const values = [p.ab, p.ba].flatMap((s) => [s.events, ...s.quadClass, s.goldsteinSum, s.goldsteinMean ?? ''].map(String));
      io.stdout.write(`${[p.period, ...values].map(csvField).join(',')}\n`);
    }
    return 0;
  }
  const ab = `${a}→${b}`;
  const ba = `${b}→${a}`;
  const rows = timeline.periods.map((p) => [p.period, ...cells(p.ab), ...cells(p.ba)]);
  const total = ['total', ...cells(timeline.total.ab), ...cells(timeline.total.ba)];
  io.stdout.write(columns([['period', ab, 'quads', 'G sum', 'G mean', ba, 'quads', 'G sum', 'G mean'], ...rows, total]));
  io.stdout.write(
    `quads: verbal cooperation/material cooperation/verbal conflict/material conflict; ${q.includeAll ? 'all events' : 'negated and conditional events left out (--all to count them)'}\n`,
  );
  return 0;
}

export async function runActors(id: string | undefined, opts: Options & { db: string; format: string }, io: Io): Promise<number> {
  checkFormat(opts.format, ['table', 'json', 'jsonl']);
  return withStore(opts.db, async (store) => {
    if (id) {
      const profile = await store.actorProfile(id);
      if (!profile) {
        const like = await store.findActors(id, 5);
        const hint = like.length ? `; did you mean ${like.map((a) => `${a.id} (${a.name})`).join(', ')}?` : '';
        throw new InputError(`no actor ${id} in ${storeName(opts.db)}${hint}`, 'actors');
      }
      if (opts.format !== 'table') io.stdout.write(`${JSON.stringify(profile, null, opts.format === 'json' ? 2 : 0)}\n`);
      else {
        io.stdout.write(`${profile.name} (${profile.id}, ${profile.code}${profile.country ? `, ${profile.country}` : ''}): in ${profile.articles} article${profile.articles === 1 ? '' : 's'}, ${profile.firstSeen ?? '?'} to ${profile.lastSeen ?? '?'}\n`);
        if (profile.aliases.length) io.stdout.write(`written as: ${profile.aliases.map((a) => a.alias).join('; ')}\n`);
        for (const r of profile.roles) io.stdout.write(`role: ${r.role} (${r.code}) ${r.firstSeen ?? '?'} to ${r.lastSeen ?? '?'}\n`);
      }
      return 0;
    }
    const q = parseTopQuery(params(opts, { from: 'from', to: 'to', limit: 'limit', all: 'all', duplicates: 'duplicates' }));
    if (opts.pairs) {
      const pairs = await store.topPairs(q);
      if (opts.format !== 'table') for (const p of pairs) io.stdout.write(`${JSON.stringify(p)}\n`);
      else io.stdout.write(columns([['events', 'G mean', 'source', 'target'], ...pairs.map((p) => [String(p.events), p.goldsteinMean.toFixed(2), `${p.source.name} (${p.source.code})`, `${p.target.name} (${p.target.code})`])]));
      return 0;
    }
    if (opts.search) {
      const found = await store.findActors(String(opts.search), q.limit);
      if (opts.format !== 'table') for (const a of found) io.stdout.write(`${JSON.stringify(a)}\n`);
      else io.stdout.write(columns([['id', 'code', 'name'], ...found.map((a) => [a.id, a.code, a.name])]));
      return 0;
    }
    const top = await store.topActors(q);
    if (opts.format === 'json') io.stdout.write(`${JSON.stringify(top, null, 2)}\n`);
    else if (opts.format === 'jsonl') for (const a of top) io.stdout.write(`${JSON.stringify(a)}\n`);
    else io.stdout.write(columns([['events', 'source', 'target', 'id', 'code', 'name'], ...top.map((a) => [String(a.events), String(a.asSource), String(a.asTarget), a.actor, a.code, a.name])]));
    return 0;
  });
}

export async function runQuotes(opts: Options & { db: string; format: string }, io: Io): Promise<number> {
  checkFormat(opts.format, ['table', 'json', 'jsonl']);
  const q = parseQuoteQuery(params(opts, { speaker: 'speaker', text: 'text', direct: 'direct', from: 'from', to: 'to', article: 'article', limit: 'limit', offset: 'offset' }));
  const page = await withStore(opts.db, (store) => store.quotes(q));
  if (opts.format === 'json') io.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
  else if (opts.format === 'jsonl') for (const item of page.items) io.stdout.write(`${JSON.stringify(item)}\n`);
  else {
    const rows = page.items.map((x) => [x.article.published?.slice(0, 10) ?? '', clip(x.speaker?.name ?? '(unknown)', 28), x.direct ? 'direct' : 'reported', clip(x.text, 90)]);
    io.stdout.write(columns([['published', 'speaker', 'kind', 'quote'], ...rows]));
    io.stdout.write(`${page.total} quote${page.total === 1 ? '' : 's'}\n`);
  }
  return 0;
}

export async function runClaims(opts: Options & { db: string; format: string }, io: Io): Promise<number> {
  checkFormat(opts.format, ['table', 'json', 'jsonl']);
  const q = parseClaimQuery(params(opts, { subject: 'subject', unit: 'unit', from: 'from', to: 'to', article: 'article', limit: 'limit', offset: 'offset' }));
  const page = await withStore(opts.db, (store) => store.claims(q));
  if (opts.format === 'json') io.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
  else if (opts.format === 'jsonl') for (const item of page.items) io.stdout.write(`${JSON.stringify(item)}\n`);
  else {
    const rows = page.items.map((c) => [c.article.published?.slice(0, 10) ?? '', clip(c.text, 30), c.about, clip(c.subject?.name ?? '', 24), clip(c.source ?? '(the article)', 30)]);
    io.stdout.write(columns([['published', 'figure', 'about', 'subject', 'source'], ...rows]));
    io.stdout.write(`${page.total} claim${page.total === 1 ? '' : 's'}\n`);
  }
  return 0;
}

const EXPORT_FORMATS = ['jsonl', 'gdelt', 'plover'];

/**
 * Records as JSON Lines, events in GDELT's 61-column layout, or events as PLOVER JSON Lines. With --out,
 * written to a temporary file renamed into place at the end, so a failed export leaves no half file.
 */
export async function runExport(opts: Options & { db: string; format: string; out?: string }, io: Io): Promise<number> {
  if (!EXPORT_FORMATS.includes(opts.format)) throw new InputError(`unknown format "${opts.format}"; use one of ${EXPORT_FORMATS.join(', ')}`, '--format');
  const q = parseEventQuery(params(opts, { from: 'from', to: 'to', duplicates: 'duplicates' }));
  const partial = opts.out ? `${opts.out}.partial-${process.pid}` : null;
  const file = partial ? createWriteStream(partial) : null;
  if (file) {
    try {
      await once(file, 'open');
    } catch (error) {
      throw new InputError(`cannot write ${opts.out}: ${(error as Error).message}`, '--out');
    }
  }
  const out: Io = file ? { ...io, stdout: file } : io;
  let n = 0;
  try {
    await withStore(opts.db, async (store) => {
      if (opts.format === 'jsonl') {
        for await (const r of store.records()) {
          await write(out, `${JSON.stringify(r)}\n`);
          n++;
        }
        return;
      }
      for await (const e of store.eachEvent(q)) {
        await write(out, opts.format === 'gdelt' ? `${gdeltLine(e)}\n` : `${JSON.stringify(ploverRecord(e))}\n`);
        n++;
      }
    });
    if (file && partial && opts.out) {
      file.end();
      await once(file, 'finish');
      renameSync(partial, opts.out);
      io.stderr.write(`exported ${n} ${opts.format === 'jsonl' ? 'articles' : 'events'} to ${opts.out}\n`);
    }
  } catch (error) {
    if (file && partial) {
      file.destroy();
      rmSync(partial, { force: true });
    }
    throw error;
  }
  return 0;
}

/** Re-runs the analysis over stored articles whose pipeline version differs from this one, one transaction each. */
export async function runReanalyze(opts: { db: string; actors?: string }, io: Io): Promise<number> {
  const pipeline = pipelineOptions(opts);
  const version = pipelineVersion();
  return withStore(opts.db, async (store) => {
    const stale = await store.staleArticles(version);
    let done = 0;
    const failed: string[] = [];
    for (const id of stale) {
      const record = await store.getArticle(id);
      if (!record) continue; // removed meanwhile
      try {
        await store.putArticle(reanalyzeRecord(record, pipeline));
        done++;
      } catch (error) {
        failed.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    for (const line of failed) io.stderr.write(`chancery: ${line}\n`);
    io.stdout.write(`re-analyzed ${done} of ${stale.length} article${stale.length === 1 ? '' : 's'} stored by another pipeline version (now ${version}) in ${storeName(opts.db)}\n`);
    return failed.length ? 1 : 0;
  });
}
