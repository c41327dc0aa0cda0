// The events suite: the PLOVER gold-standard sentences (a test set: nothing in the project is derived
// from them) analyzed through `chancery analyze --batch` with each record's date, scored by the shared
// score-plover.mjs beside its majority baseline; and, as a report, agreement with the PETRARCH-2 GSR
// records flagged for external benchmarking (their codes come from PETRARCH's own output).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
