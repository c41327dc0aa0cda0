// The ingest bench: `chancery ingest` of one folder with a worker pool (one thread per core) against one
// thread, each run as the real command in a child process into a fresh store, in the same run. Issue bar:
// the pool ≥ 1.5× one thread on 2 cores. Into SQLite always; into PostgreSQL too when
// CHANCERY_BENCH_POSTGRES (or CHANCERY_TEST_POSTGRES) names a database. The articles are the texts of
// bench/language.ts (shared/eval or examples/), written to a temporary folder (never into the repository)
// and repeated, each copy with its own last line so ids differ, up to BENCH_INGEST_ARTICLES (default 2000: a
// run long enough that each thread's start — loading the models — is a small part of it, as in a real ingest).
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { packageRoot } from '../src/util/paths.js';
import { articleCorpus } from './language.js';

const MAIN = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

export async function benchIngest(): Promise<void> {
  const n = Number(process.env.BENCH_INGEST_ARTICLES ?? 2000);
  const { name, texts } = articleCorpus();
  const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-ingest-'));
  const folder = join(dir, 'articles');
  try {
    mkdirSync(folder);
    let chars = 0;
    for (let i = 0; i < n; i++) {
      const text = `${texts[i % texts.length].trim()}\n\nFiled for the ingest bench, copy ${i + 1}.`;
      chars += text.length;
      writeFileSync(join(folder, `${String(i).padStart(5, '0')}.txt`), text);
    }
    const cores = availableParallelism();
    console.log(`${n} articles (${(chars / n / 1000).toFixed(1)} k characters each on average) from ${name}; ${cores} cores`);
    await compare('SQLite', cores, folder, async () => {
      const file = join(dir, `${randomUUID()}.db`);
      return { db: file, drop: async () => rmSync(file, { force: true }) };
    });
    const url = process.env.CHANCERY_BENCH_POSTGRES ?? process.env.CHANCERY_TEST_POSTGRES;
    if (url) await compare('PostgreSQL', cores, folder, () => freshSchema(url));
    else console.log('PostgreSQL: skipped (set CHANCERY_BENCH_POSTGRES or CHANCERY_TEST_POSTGRES)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function compare(store: string, cores: number, folder: string, fresh: () => Promise<{ db: string; drop(): Promise<void> }>): Promise<void> {
  const before = await machineCeiling(cores);
  const one = await ingest(folder, 1, fresh);
  const pool = await ingest(folder, cores, fresh);
  const after = await machineCeiling(cores);
  const line = (label: string, r: Run) =>
    `  ${label.padEnd(22)} ${r.rate.toFixed(1).padStart(7)} articles/s  (${r.articles} in ${r.seconds.toFixed(1)} s${r.cpu === null ? '' : `, ${r.cpu.toFixed(1)} s of CPU = ${(r.cpu / r.seconds).toFixed(2)} cores busy`}; load average before ${r.load})`;
  console.log(`${store}:`);
  console.log(line('one thread', one));
  console.log(line(`pool of ${cores} threads`, pool));
  console.log(`  pool / one thread: ${(pool.rate / one.rate).toFixed(2)}× (bar: ≥ 1.5× on 2 cores; each thread loads the models, and on a busy machine`);
  console.log('  the cores busy figure shows how much CPU the runs were given)');
  console.log(`  what this machine gave at that time: ${cores} CPU-bound processes at once ran ${before.toFixed(2)}× (before) and ${after.toFixed(2)}× (after)`);
  console.log(`  the work of one alone (ideal ${cores}×); the pool reached ${((pool.rate / one.rate / ((before + after) / 2)) * 100).toFixed(0)}% of their mean`);
}

/**
 * How much parallel work the machine gives now: the same CPU-bound loop (no allocation, no I/O) run alone,
 * then as `n` processes at once; n × (time alone / mean time at once). On dedicated cores it is n; on a
 * virtual machine whose cores share the host's it can be much less, and no pool can do better than it.
 */
async function machineCeiling(n: number): Promise<number> {
  const spin = 'let x = 0; const t = performance.now(); for (let i = 0; i < 4e8; i++) x = (x * 31 + i) | 0; console.log(performance.now() - t, x);';
  const run = () =>
    new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', spin], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d));
      child.on('error', reject);
      child.on('close', () => resolve(Number(out.split(' ')[0])));
    });
  const alone = await run();
  const together = await Promise.all(Array.from({ length: n }, run));
  return (n * alone) / (together.reduce((a, b) => a + b, 0) / n);
}

interface Run {
  articles: number;
  seconds: number;
  rate: number;
  load: string;
  /** CPU seconds, all threads. */
  cpu: number | null;
}

const TIME = '/usr/bin/time';

async function ingest(folder: string, threads: number, fresh: () => Promise<{ db: string; drop(): Promise<void> }>): Promise<Run> {
  const { db, drop } = await fresh();
  try {
    const load = loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    const t0 = performance.now();
    const command = [MAIN, 'ingest', folder, '--db', db, '--threads', String(threads)];
    // /usr/bin/time, where there is one, gives the CPU time of the process and all its threads.
    const r = existsSync(TIME)
      ? spawnSync(TIME, ['-f', 'cpu %U %S', process.execPath, ...command], { encoding: 'utf8' })
      : spawnSync(process.execPath, command, { encoding: 'utf8' });
    const seconds = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`bench ingest failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
    const articles = Number(/: (\d+) stored/.exec(r.stdout)?.[1] ?? 0);
    const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
    return { articles, seconds, rate: articles / seconds, load, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : null };
  } finally {
    await drop();
  }
}

async function freshSchema(url: string): Promise<{ db: string; drop(): Promise<void> }> {
  const schema = `bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return {
    db: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}
