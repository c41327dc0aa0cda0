import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder holding Chancery's package.json, whether running from src/ (tests) or dist/ (built). */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the chancery package root');
    dir = up;
  }
  root = dir;
  return dir;
}

export const dataPath = (...parts: string[]): string => join(packageRoot(), 'data', ...parts);

/**
 * The shared evaluation folder beside the project (`../shared`), or CHANCERY_SHARED; null when absent,
 * so eval, bench and the tests that read it can skip with a message.
 */
export function sharedDir(): string | null {
  const dir = process.env.CHANCERY_SHARED ?? join(packageRoot(), '..', 'shared');
  return existsSync(join(dir, 'eval')) ? dir : null;
}
