#!/usr/bin/env node
// The `chancery` executable: runs the CLI on this process's streams and exits with its code.
import { runCli } from './run.js';

// The reader went away (`chancery events --format csv | head`): stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Only a bug gets here; still one line, unless CHANCERY_DEBUG asks for the stack.
    process.stderr.write(`chancery: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.CHANCERY_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  },
);
