// The api bench: `chancery serve` over a SQLite store of a few thousand synthetic events, loaded by autocannon
// (10 connections, ~10 s each) on the dyad timeline, against /api/health (no store access) in the same run.
// The server runs in a worker thread; autocannon in the main one.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import { openStore } from '../src/store/open.js';
import { syntheticRecords } from './records.js';

const ARTICLES = Number(process.env.BENCH_API_ARTICLES ?? 1000);
const EVENTS_PER_ARTICLE = 5;
const DURATION = Number(process.env.BENCH_API_SECONDS ?? 10);
const CONNECTIONS = 10;

export async function benchApi(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-api-'));
  const db = join(dir, 'bench.db');
  try {
    const t0 = performance.now();
    const store = await openStore(db);
    const records = syntheticRecords(ARTICLES, EVENTS_PER_ARTICLE);
    for (let i = 0; i < records.length; i += 100) await store.putArticles(records.slice(i, i + 100));
    const events = (await store.events({ limit: 1 })).total;
    await store.close();
    console.log(`store: ${ARTICLES} articles, ${events} events (SQLite), filled in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const worker = new Worker(new URL('./api-server.js', import.meta.url), { workerData: { db } });
    const port = await new Promise<number>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    const base = `http://127.0.0.1:${port}`;
    const dyadPath = '/api/dyad?a=ISR&b=AZE&by=month';
    const dyad = (await (await fetch(base + dyadPath)).json()) as { periods: unknown[]; total: { ab: { events: number }; ba: { events: number } } };
    console.log(`${dyadPath}: ${dyad.periods.length} months, ${dyad.total.ab.events + dyad.total.ba.events} events; ${DURATION} s per run, ${CONNECTIONS} connections; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    // Warm up both routes (JIT, SQLite page cache), then measure.
    await autocannon({ url: base + dyadPath, connections: CONNECTIONS, duration: 2 });
    const runs: Record<string, Awaited<ReturnType<typeof autocannon>>> = {};
    for (const [name, path] of [['health', '/api/health'], ['dyad', dyadPath]]) {
      runs[name] = await autocannon({ url: base + path, connections: CONNECTIONS, duration: DURATION });
      const r = runs[name];
      const bad = r.errors + r.timeouts + r.non2xx;
      console.log(
        `  ${path.padEnd(34)} ${r.requests.average.toFixed(0).padStart(7)} req/s   latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms${bad ? `   ${bad} failed` : ''}`,
      );
    }
    console.log(`dyad timeline: ${((100 * runs.dyad.requests.average) / runs.health.requests.average).toFixed(1)}% of /api/health's requests/s`);
    worker.postMessage('stop');
    await new Promise((resolve) => worker.once('message', resolve));
    await worker.terminate();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
