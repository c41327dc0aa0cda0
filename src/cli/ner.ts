// `chancery ner --conll FILE`: tags a CoNLL-format file (first column the token) and prints one
// "token TAG" line per token line (IOB2 over PER, ORG, LOC, MISC) and an empty line for every blank or
// -DOCSTART- line, so a conlleval-style scorer reads the output line for line against the gold file.
import { readFileSync } from 'node:fs';
import { tagConll } from '../ner/conll-tag.js';
import { nerTagger } from '../ner/tagger.js';
import { InputError } from '../util/errors.js';
import type { Io } from './run.js';

export async function runNer(opts: { conll: string }, io: Io): Promise<number> {
  const text = opts.conll === '-' ? await readStream(io.stdin) : readInput(opts.conll);
  const out = tagConll(text, nerTagger());
  await new Promise<void>((resolve, reject) => io.stdout.write(out, (error) => (error ? reject(error) : resolve())));
  return 0;
}

function readInput(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'file not found' : `cannot read: ${(error as Error).message}`, path);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString('utf8');
}
