// Shared by the tests: the shared evaluation folder (or a skip message), and the CLI run in-process.
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../src/cli/run.js';
import { sharedDir } from '../src/util/paths.js';

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
