// The events suite: the PLOVER gold-standard sentences (a test set: nothing in the project is derived
// from them) analyzed through `chancery analyze --batch` with each record's date, scored by the shared
// score-plover.mjs beside its majority baseline; and, as a report, agreement with the PETRARCH-2 GSR
// records flagged for external benchmarking (their codes come from PETRARCH's own output).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ploverOf } from '../src/events/tables.js';
import { packageRoot } from '../src/util/paths.js';

interface BatchRecord {
  id: string;
  text: string;
  date?: string;
}

/** Runs the built CLI over batch records; returns the output records in input order. */
function analyzeBatch(records: BatchRecord[], work: string, name: string): { source: { location: string }; events: EventOut[]; actors: { id: string; country?: string; code: string }[] }[] {
  const input = join(work, `${name}.batch.jsonl`);
  const output = join(work, `${name}.pred.jsonl`);
  writeFileSync(input, records.map((r) => JSON.stringify(r)).join('\n'));
  const cli = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');
  const r = spawnSync(process.execPath, [cli, 'analyze', '--batch', input, '--format', 'jsonl'], { maxBuffer: 1 << 30, encoding: 'utf8' });
  writeFileSync(output, r.stdout);
  if (r.stderr.trim()) console.log(`(${r.stderr.trim().split('\n').length} batch lines reported errors; first: ${r.stderr.trim().split('\n')[0]})`);
  return r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

interface EventOut {
  source: { actor: string; code: string };
  target: { actor: string; code: string } | null;
  cameo: string;
  rootCode: string;
}

export function runEventsSuite(shared: string, work: string): number {
  const data = join(shared, 'eval', 'events', 'plover', 'plover-gsr-cameo.jsonl');
  const records = readFileSync(data, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as BatchRecord & { date: string });
  const preds = analyzeBatch(records.map((r) => ({ id: r.id, text: r.text, date: r.date })), work, 'plover');
  const perSentence = preds.reduce((n, p) => n + p.events.length, 0) / Math.max(1, preds.length);
  console.log(`PLOVER gold standard: ${records.length} sentences, ${preds.length} analyzed, ${perSentence.toFixed(2)} events per sentence`);
  const scorer = join(shared, 'eval', 'events', 'score-plover.mjs');
  const s = spawnSync(process.execPath, [scorer, '--pred', join(work, 'plover.pred.jsonl'), '--baseline', 'majority', '--data', data], { stdio: 'inherit' });

  // PETRARCH-2 GSR: agreement on the root code and the source/target countries (a report, not a bar).
  const petrarch = readFileSync(join(shared, 'eval', 'events', 'petrarch-validation.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as BatchRecord & { use_for_external_benchmark?: boolean; expected: { source: string; target: string; code: string }[] })
    .filter((r) => r.use_for_external_benchmark);
  const out = analyzeBatch(petrarch.map((r, i) => ({ id: `${i}`, text: r.text, date: r.date })), work, 'petrarch');
  let root = 0;
  let dyad = 0;
  let withEvents = 0;
  petrarch.forEach((r, i) => {
    const p = out[i];
    if (!p) return;
    const country = (side: { actor: string; code: string } | null) => (side ? (p.actors.find((a) => a.id === side.actor)?.country ?? side.code.slice(0, 3)) : '');
    if (p.events.length) withEvents++;
    if (r.expected.some((x) => p.events.some((e) => e.rootCode === x.code.slice(0, 2)))) root++;
    if (r.expected.some((x) => p.events.some((e) => country(e.source) === x.source.slice(0, 3) && country(e.target) === x.target.slice(0, 3)))) dyad++;
  });
  const pct = (n: number) => `${((100 * n) / Math.max(1, petrarch.length)).toFixed(1)}%`;
  console.log(`PETRARCH-2 GSR (use_for_external_benchmark, ${petrarch.length} sentences; report only): with events ${pct(withEvents)}, root code agrees ${pct(root)}, source and target countries agree ${pct(dyad)}`);
  return s.status ?? 1;
}

interface DevRecord extends BatchRecord {
  date: string;
  expected: { cameo: string; source: string | null; target: string | null }[];
}

interface Scored {
  type: string;
  source: string;
  target: string;
  confidence: number;
}

/**
 * The events-dev suite: our own wire-style sentences (eval/data/events-dev.jsonl), scored like
 * score-plover.mjs. Ids ending in an even digit are held out: only their totals are printed, and no rule is
 * fixed for them; EVENTS_DEV_VERBOSE=1 lists the dev split's misses.
 */
export function runEventsDevSuite(_shared: string, work: string): number {
  const file = join(packageRoot(), 'eval', 'data', 'events-dev.jsonl');
  const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as DevRecord);
  const preds = analyzeBatch(records.map((r) => ({ id: r.id, text: r.text, date: r.date })), work, 'events-dev');
  const byId = new Map(preds.map((p) => [p.source.location, p]));
  const heldOut = (r: DevRecord) => /[02468]$/.test(r.id);
  for (const [name, split] of [['dev', records.filter((r) => !heldOut(r))], ['held-out', records.filter(heldOut)]] as const) {
    const misses: string[] = [];
    const m = devScore(split, byId, name === 'dev' ? misses : null);
    console.log(`events-dev, ${name} split (${split.length} sentences)`);
    for (const [label, [ok, n]] of Object.entries(m.rates)) console.log(`  ${label.padEnd(28)} ${`${ok}/${n}`.padStart(8)} ${(ok / Math.max(1, n)).toFixed(3)}`);
    console.log(`  ${'events per sentence'.padEnd(28)} ${''.padStart(8)} ${m.perSentence.toFixed(2)}`);
    console.log(`  ${'type'.padEnd(11)} ${'n'.padStart(4)} ${'acc'.padStart(6)} ${'pred'.padStart(5)} ${'prec'.padStart(6)}`);
    for (const [t, x] of [...m.perType].sort((a, b) => b[1].n - a[1].n)) {
      const f = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-').padStart(6);
      console.log(`  ${t.padEnd(11)} ${String(x.n).padStart(4)} ${f(x.ok, x.n)} ${String(x.predicted).padStart(5)} ${f(x.predictedOk, x.predicted)}`);
    }
    if (process.env.EVENTS_DEV_VERBOSE && misses.length) console.log(misses.join('\n'));
  }
  return 0;
}

function devScore(records: DevRecord[], byId: Map<string, ReturnType<typeof analyzeBatch>[number]>, misses: string[] | null) {
  const rates: Record<string, [number, number]> = { coverage: [0, 0], 'type (top event)': [0, 0], 'type (any event)': [0, 0], 'source country': [0, 0], 'target country': [0, 0], 'full match': [0, 0] };
  const add = (k: string, ok: boolean) => {
    rates[k][0] += ok ? 1 : 0;
    rates[k][1] += 1;
  };
  const perType = new Map<string, { n: number; ok: number; predicted: number; predictedOk: number }>();
  const row = (t: string) => perType.get(t) ?? perType.set(t, { n: 0, ok: 0, predicted: 0, predictedOk: 0 }).get(t)!;
  let events = 0;
  for (const r of records) {
    const p = byId.get(r.id);
    const country = (side: { actor: string; code: string } | null) => (side ? (p?.actors.find((a) => a.id === side.actor)?.country ?? side.code).slice(0, 3) : '');
    const evs: Scored[] = (p?.events ?? []).map((e) => ({ type: (e as EventOut & { plover?: { type: string } }).plover?.type ?? '', source: country(e.source), target: country(e.target), confidence: (e as { confidence?: number }).confidence ?? 0 }));
    events += evs.length;
    const types = new Set(r.expected.map((x) => ploverOf(x.cameo).event));
    const sources = r.expected.map((x) => x.source).filter((x): x is string => !!x);
    const targets = r.expected.map((x) => x.target).filter((x): x is string => !!x);
    const top = evs.reduce<Scored | null>((best, e) => (!best || e.confidence > best.confidence ? e : best), null);
    const srcOk = (e: Scored) => !sources.length || sources.includes(e.source);
    const tgtOk = (e: Scored) => !targets.length || targets.includes(e.target);
    add('coverage', evs.length > 0);
    add('type (top event)', !!top && types.has(top.type));
    const anyOk = evs.some((e) => types.has(e.type));
    add('type (any event)', anyOk);
    if (sources.length) add('source country', evs.some((e) => sources.includes(e.source)));
    if (targets.length) add('target country', evs.some((e) => targets.includes(e.target)));
    const full = evs.some((e) => types.has(e.type) && srcOk(e) && tgtOk(e));
    add('full match', full);
    for (const t of types) {
      row(t).n++;
      row(t).ok += anyOk ? 1 : 0;
    }
    for (const t of new Set(evs.map((e) => e.type))) {
      row(t).predicted++;
      row(t).predictedOk += types.has(t) ? 1 : 0;
    }
    if (misses && !full) {
      const want = r.expected.map((x) => `${x.cameo} ${ploverOf(x.cameo).event} ${x.source ?? '-'}→${x.target ?? '-'}`).join('; ');
      const got = (p?.events ?? []).map((e, i) => `${e.cameo} ${evs[i].type} ${evs[i].source}→${evs[i].target || '-'} [${(e as { rule?: string }).rule}]`).join('; ');
      misses.push(`${r.id} ${r.text}\n    want ${want}\n    got  ${got || 'nothing'}`);
    }
  }
  return { rates, perType, perSentence: events / Math.max(1, records.length) };
}
