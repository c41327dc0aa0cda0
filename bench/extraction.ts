// The extraction bench: pages per second of our HTML path (prestrip, linkedom, metadata layer,
// Readability, the block walk and the sections) next to Readability.js on linkedom alone (prestrip,
// parse, Readability.parse) on the same pages in the same run, and the peak RSS. Pages: the 181
// scrapinghub pages when ../shared is there, else the test layouts saved as simple pages.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml, prestrip } from '../src/extract/html.js';
import { decodeBytes } from '../src/sources/decode.js';
import { packageRoot, sharedDir } from '../src/util/paths.js';
import { ROUNDS, median, time } from './util.js';

export function benchPages(): { name: string; html: string[] } {
  const shared = sharedDir();
  if (shared) {
    const dir = join(shared, 'eval', 'extraction', 'scrapinghub', 'html');
    return { name: 'scrapinghub (181 news pages, shared/eval/extraction)', html: readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => decodeBytes(readFileSync(join(dir, f))).text) };
  }
  const dir = join(packageRoot(), 'test', 'fixtures', 'layouts');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return {
    name: 'test layouts as simple pages (../shared not found)',
    html: readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => `<html><body>${readFileSync(join(dir, f), 'utf8').split(/\n+/).map((p) => `<p>${esc(p)}</p>`).join('')}</body></html>`),
  };
}

export function benchExtraction(): void {
  const { name, html } = benchPages();
  const bytes = html.reduce((n, h) => n + h.length, 0);
  const readabilityAlone = () => {
    for (const h of html) new Readability(parseHTML(prestrip(h)).document as never).parse();
  };
  const ours = () => {
    for (const h of html) extractHtml(h);
  };
  readabilityAlone();
  ours(); // warm up both (JIT, lexicons)
  const alone: number[] = [];
  const mine: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    alone.push(time(readabilityAlone));
    mine.push(time(ours));
  }
  const a = median(alone);
  const o = median(mine);
  // Peak RSS of one pass over the pages, each path in a fresh process.
  const rss = (which: string) => Number(execFileSync(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), 'extraction-rss.js'), which], { encoding: 'utf8' }).trim());
  const rssOurs = rss('ours');
  const rssAlone = rss('readability');
  console.log(`pages: ${name}: ${html.length} pages, ${(bytes / 1e6).toFixed(1)} M characters`);
  console.log(`rounds: ${ROUNDS} (median shown); load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; node ${process.version}`);
  console.log(`Readability.js + linkedom alone   ${(html.length / a).toFixed(1).padStart(7)} pages/s`);
  console.log(`chancery HTML path                ${(html.length / o).toFixed(1).padStart(7)} pages/s`);
  console.log(`ratio: our path takes ${(o / a).toFixed(2)}x the time of Readability alone (bar: at most 1.5x)`);
  console.log(`peak RSS over one pass of the ${html.length} pages, in a process of its own: ours ${rssOurs} MB, Readability alone ${rssAlone} MB (bar: under 600 MB)`);
  console.log(`peak RSS of this bench process (both paths, ${ROUNDS} rounds each, all pages held): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
