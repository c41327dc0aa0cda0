// Peak RSS of one pass over the bench pages, in a process of its own (so the timing rounds of the main
// bench process, and their garbage, do not count): `node dist/bench/extraction-rss.js ours|readability`.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml, prestrip } from '../src/extract/html.js';
import { benchPages } from './extraction.js';

const which = process.argv[2] === 'readability' ? 'readability' : 'ours';
const { html } = benchPages();
for (const h of html) {
  if (which === 'readability') new Readability(parseHTML(prestrip(h)).document as never).parse();
  else extractHtml(h);
}
process.stdout.write(`${(process.resourceUsage().maxRSS / 1024).toFixed(0)}\n`);
