// Shared by the tests: the shared evaluation folder (or a skip message), and the CLI run in-process.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../src/cli/run.js';
import { packageRoot, sharedDir } from '../src/util/paths.js';

export const shared = sharedDir();
let told = false;
/** True when ../shared is present; otherwise prints the one-line skip message once. */
export function haveShared(): boolean {
  if (!shared && !told) {
    told = true;
    console.log('skipping tests that read ../shared: folder not found (set CHANCERY_SHARED)');
  }
  return shared !== null;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `chancery …args` in this process, with `stdin` as its standard input. */
export async function cli(args: string[], stdin = ''): Promise<CliResult> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => (stdout += d));
  err.on('data', (d) => (stderr += d));
  const code = await runCli(args, { stdout: out, stderr: err, stdin: Readable.from([Buffer.from(stdin)]) });
  return { code, stdout, stderr };
}

/** The built CLI (the tests build first). */
export const MAIN = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

/** Runs the built CLI as a child process (to be killed, or run beside another); `done` resolves with its exit code and output. */
export function spawnCli(args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [MAIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
