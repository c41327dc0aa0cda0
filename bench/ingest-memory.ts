// The memory bench of an ingest: `chancery ingest` (the worker pool) of one folder of many files — 100,000
// by default (BENCH_MEMORY_FILES) — into a fresh SQLite file, with the process's resident memory sampled
// every second from /proc and the number of stored articles read from the database beside it. Issue bar:
// memory stays flat however many files the folder holds (a bounded window of articles in flight; only
// paths are held for the rest). The baseline is the same run's own memory once the first tenth is stored:
// the ratio of the peak to it is printed. Each file is a short wire item of three sentences drawn at random
// (seeded) from the bench's article texts, so every file is a different article. Linux only (/proc).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { packageRoot } from '../src/util/paths.js';
import { articleCorpus } from './language.js';
import { seededRandom } from './util.js';

const MAIN = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

export async function benchIngestMemory(): Promise<void> {
  if (!existsSync('/proc/self/status')) {
    console.log('ingest-memory: skipped (reads /proc, Linux only)');
    return;
  }
  const n = Number(process.env.BENCH_MEMORY_FILES ?? 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-memory-'));
  try {
    const folder = join(dir, 'articles');
    mkdirSync(folder);
    const sentences = articleCorpus()
      .texts.flatMap((t) => t.split(/(?<=[.!?])\s+(?=[A-Z"“])/))
      .filter((s) => s.length > 40 && s.length < 300);
    const random = seededRandom(7);
    const pick = () => sentences[Math.floor(random() * sentences.length)];
    // Folders of a thousand files each, as archives are kept.
    for (let i = 0; i < n; i++) {
      const sub = join(folder, String(Math.floor(i / 1000)).padStart(3, '0'));
      if (i % 1000 === 0) mkdirSync(sub);
      writeFileSync(join(sub, `${i}.txt`), `${pick()} ${pick()} ${pick()}\n\nWire item ${i + 1}.`);
    }
    const db = join(dir, 'corpus.db');
    console.log(`${n} files of three sentences each in ${Math.ceil(n / 1000)} folders; ${availableParallelism()} cores; load average before ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const samples = await ingestSampling(folder, db);
    const done = samples.filter((s) => s.stored >= n / 10);
    const base = done[0];
    const peak = samples.reduce((m, s) => Math.max(m, s.rssMb), 0);
    const last = samples.at(-1);
    if (!base || !last) throw new Error('bench ingest-memory: no samples');
    const at = (frac: number) => samples.find((s) => s.stored >= n * frac);
    const fmt = (s: Sample | undefined) => (s ? `${s.rssMb.toFixed(0)} MB at ${s.stored} stored (${s.seconds.toFixed(0)} s)` : '-');
    console.log(`  resident memory: ${fmt(at(0.1))}; ${fmt(at(0.5))}; ${fmt(at(0.9))}`);
    console.log(`  peak ${peak.toFixed(0)} MB over the run (${last.stored} stored in ${last.seconds.toFixed(0)} s): ${(peak / base.rssMb).toFixed(2)}x the memory at the first tenth`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Sample {
  seconds: number;
  rssMb: number;
  stored: number;
}

/** Runs the ingest, sampling its RSS and the stored count every second; resolves with the samples when it exits 0. */
function ingestSampling(folder: string, db: string): Promise<Sample[]> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [MAIN, 'ingest', folder, '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-2000);
    });
    const samples: Sample[] = [];
    const timer = setInterval(() => {
      const rssMb = residentMb(child.pid);
      if (rssMb !== null) samples.push({ seconds: (performance.now() - t0) / 1000, rssMb, stored: storedCount(db) });
    }, 1000);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`bench ingest-memory: ingest exited ${code}: ${stderr.trim().split('\n').at(-1)}`));
      else {
        samples.push({ seconds: (performance.now() - t0) / 1000, rssMb: samples.at(-1)?.rssMb ?? 0, stored: storedCount(db) });
        resolve(samples);
      }
    });
  });
}

function residentMb(pid: number | undefined): number | null {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return kb ? Number(kb[1]) / 1024 : null;
  } catch {
    return null; // exited between two samples
  }
}

function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const handle = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (handle.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      handle.close();
    }
  } catch {
    return 0; // not migrated yet, or locked for a moment
  }
}
