// The ingest bench: `chancery ingest` of one folder with a worker pool (one thread per core) against one
// thread, each run as the real command in a child process into a fresh store, in the same run. Issue bar:
// the pool ≥ 1.5× one thread on 2 cores. Into SQLite always; into PostgreSQL too when
// CHANCERY_BENCH_POSTGRES (or CHANCERY_TEST_POSTGRES) names a database. The articles are the texts of
// bench/language.ts (shared/eval or examples/), written to a temporary folder (never into the repository)
// and repeated, each copy with its own last line so ids differ, up to BENCH_INGEST_ARTICLES (default 2000: a
// run long enough that each thread's start — loading the models — is a small part of it, as in a real ingest).
// Beside them, the baseline of what the machine gives independent work at that time: the same articles split
// in one share per core, each ingested by its own one-thread process, all at once; and a CPU loop and an
// allocating loop run alone and as one process per core at once.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
    // The same articles split in one folder per core, for as many separate one-thread processes at once.
    const parts = Array.from({ length: cores }, (_, k) => join(dir, `part-${k}`));
    for (const part of parts) mkdirSync(part);
    for (let i = 0; i < n; i++) copyFileSync(join(folder, `${String(i).padStart(5, '0')}.txt`), join(parts[i % cores], `${String(i).padStart(5, '0')}.txt`));
    console.log(`${n} articles (${(chars / n / 1000).toFixed(1)} k characters each on average) from ${name}; ${cores} cores`);
    await compare('SQLite', cores, folder, parts, async () => {
      const file = join(dir, `${randomUUID()}.db`);
      return { db: file, drop: async () => rmSync(file, { force: true }) };
    });
    const url = process.env.CHANCERY_BENCH_POSTGRES ?? process.env.CHANCERY_TEST_POSTGRES;
    if (url) await compare('PostgreSQL', cores, folder, parts, () => freshSchema(url));
    else console.log('PostgreSQL: skipped (set CHANCERY_BENCH_POSTGRES or CHANCERY_TEST_POSTGRES)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function compare(store: string, cores: number, folder: string, parts: string[], fresh: () => Promise<{ db: string; drop(): Promise<void> }>): Promise<void> {
  const before = await machineCeiling(cores);
  const one = await ingest([folder], 1, fresh);
  const pool = await ingest([folder], cores, fresh);
  const separate = await ingest(parts, 1, fresh);
  const after = await machineCeiling(cores);
  const line = (label: string, r: Run) =>
    `  ${label.padEnd(26)} ${r.rate.toFixed(1).padStart(7)} articles/s  (${r.articles} in ${r.seconds.toFixed(1)} s${r.cpu === null ? '' : `, ${r.cpu.toFixed(1)} s of CPU = ${(r.cpu / r.seconds).toFixed(2)} cores busy`}; load average before ${r.load})`;
  console.log(`${store}:`);
  console.log(line('one thread', one));
  console.log(line(`pool of ${cores} threads`, pool));
  console.log(line(`${cores} processes, 1 thread each`, separate));
  console.log(`  pool / one thread: ${(pool.rate / one.rate).toFixed(2)}× (bar: ≥ 1.5× on 2 cores)`);
  console.log(`  ${cores} separate one-thread processes on a share each / one thread: ${(separate.rate / one.rate).toFixed(2)}× (what independent work gets from this machine now)`);
  console.log(`  ${cores} processes at once, each the work of one alone: a CPU loop ${before.cpu.toFixed(2)}× and ${after.cpu.toFixed(2)}× (before, after), an allocating loop ${before.alloc.toFixed(2)}× and ${after.alloc.toFixed(2)}× (ideal ${cores}×)`);
}

/**
 * How much parallel work the machine gives now: a loop run alone, then as `n` processes at once; n × (time
 * alone / mean time at once). `cpu`: arithmetic only; `alloc`: short-lived objects, as the pipeline makes, which
 * lean on caches, memory and the garbage collector. On dedicated cores both are near n; on a virtual machine
 * whose cores share the host's they can be much less, and no pool does better than the work it is made of.
 */
async function machineCeiling(n: number): Promise<{ cpu: number; alloc: number }> {
  const loops = {
    cpu: 'let x = 0; for (let i = 0; i < 3e8; i++) x = (x * 31 + i) | 0; if (x === 1) console.error(x);',
    alloc: "let keep = []; for (let i = 0; i < 6e6; i++) { keep.push({ a: i, b: [i, i + 1], s: 'x' + (i % 1000) }); if (keep.length > 200000) keep = []; }",
  };
  const run = (code: string) =>
    new Promise<number>((resolve, reject) => {
      const t0 = performance.now();
      const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
      child.on('error', reject);
      child.on('close', () => resolve(performance.now() - t0));
    });
  const ratio = async (code: string) => {
    const alone = await run(code);
    const together = await Promise.all(Array.from({ length: n }, () => run(code)));
    return (n * alone) / (together.reduce((a, b) => a + b, 0) / n);
  };
  return { cpu: await ratio(loops.cpu), alloc: await ratio(loops.alloc) };
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

/** `chancery ingest` of each folder, each in its own process into its own fresh store, all at once. */
async function ingest(folders: string[], threads: number, fresh: () => Promise<{ db: string; drop(): Promise<void> }>): Promise<Run> {
  const stores = await Promise.all(folders.map(() => fresh()));
  try {
    const load = loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    const t0 = performance.now();
    const runs = await Promise.all(folders.map((folder, k) => runIngest([MAIN, 'ingest', folder, '--db', stores[k].db, '--threads', String(threads)])));
    const seconds = (performance.now() - t0) / 1000;
    const articles = runs.reduce((sum, r) => sum + r.articles, 0);
    const cpu = runs.every((r) => r.cpu !== null) ? runs.reduce((sum, r) => sum + (r.cpu ?? 0), 0) : null;
    return { articles, seconds, rate: articles / seconds, load, cpu };
  } finally {
    for (const s of stores) await s.drop();
  }
}

function runIngest(command: string[]): Promise<{ articles: number; cpu: number | null }> {
  return new Promise((resolve, reject) => {
    // /usr/bin/time, where there is one, gives the CPU time of the process and all its threads.
    const child = existsSync(TIME) ? spawn(TIME, ['-f', 'cpu %U %S', process.execPath, ...command]) : spawn(process.execPath, command);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0) return reject(new Error(`bench ingest failed (exit ${status}): ${stderr.slice(0, 500)}`));
      const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
      resolve({ articles: Number(/: (\d+) stored/.exec(stdout)?.[1] ?? 0), cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : null });
    });
  });
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
