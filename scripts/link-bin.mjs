// npm links the bins of dependencies into node_modules/.bin, but not the project's own. Linking
// ours there after the build makes `npx chancery` work in a fresh clone right after `npm ci`.
import { chmodSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'dist', 'src', 'cli', 'main.js');
const link = join(root, 'node_modules', '.bin', 'chancery');
chmodSync(target, 0o755);
mkdirSync(dirname(link), { recursive: true });
rmSync(link, { force: true });
symlinkSync(relative(dirname(link), target), link);
