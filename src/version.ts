// The pipeline version stored with every record: the package version plus a hash of the data and
// model files, so a later version can find and re-analyze what an older one stored.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot } from './util/paths.js';

let cached: string | undefined;

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export function pipelineVersion(): string {
  if (cached) return cached;
  const root = packageRoot();
  const hash = createHash('sha256');
  for (const folder of ['data', 'models']) {
    for (const file of listFiles(join(root, folder))) {
      hash.update(relative(root, file));
      hash.update('\0');
      hash.update(readFileSync(file));
      hash.update('\0');
    }
  }
  cached = `${packageVersion()}+${hash.digest('hex').slice(0, 12)}`;
  return cached;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}
