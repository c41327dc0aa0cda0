// The extraction suite: our HTML path against the shared benchmarks, with Readability.js on linkedom
// alone measured in the same run, and the metadata fill counts.
//   - scrapinghub (181 pages): body text (the record's body sections joined by line breaks) scored with
//     shared/eval/extraction/score.mjs (words and shingles);
//   - Readability's test pages (130): our body text against their expected text;
//   - metadata: pages with an author, and with a plausible publication date (2000 to 2020);
//   - the seed: its text saved inside a simple HTML page gives the same sections as the text itself.
// EVAL_OUT=folder keeps the prediction files and a per-page metadata table for checking by hand.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml, prestrip } from '../src/extract/html.js';
import { extractPlainText } from '../src/extract/plaintext.js';
import type { ExtractedArticle } from '../src/extract/plaintext.js';
import { decodeBytes } from '../src/sources/decode.js';

export function bodyText(a: ExtractedArticle): string {
  return a.sections.filter((s) => s.kind === 'body').map((s) => a.text.slice(s.start, s.end)).join('\n');
}

interface PageResult {
  id: string;
  url?: string;
  ours: string;
  readability: string;
  authors: string[];
  published: string | null;
  origin: string | null;
  sources: Record<string, string>;
  title: string | null;
  publisher: string | null;
}

function readabilityAlone(html: string): string {
  try {
    const { document } = parseHTML(prestrip(html));
    return new Readability(document as never).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

export function runScrapinghub(dir: string): PageResult[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html')).sort();
  return files.map((f) => {
    const id = f.replace(/\.html$/, '');
    const html = decodeBytes(readFileSync(join(dir, 'html', f))).text;
    const url = truth[id]?.url;
    const a = extractHtml(html, url);
    return {
      id,
      url,
      ours: bodyText(a),
      readability: readabilityAlone(html),
      authors: a.meta.authors,
      published: a.meta.published.value,
      origin: a.meta.published.origin,
      sources: a.page.sources,
      title: a.meta.title,
      publisher: a.meta.publisher,
    };
  });
}

function scoreFile(scorer: string, gold: string, pred: string): number {
  const r = spawnSync(process.execPath, [scorer, 'score', '--gold', gold, '--pred', pred], { stdio: 'inherit' });
  return r.status ?? 1;
}

const plausible = (d: string | null) => Boolean(d && d.slice(0, 4) >= '2000' && d.slice(0, 4) <= '2020');

export function runExtractionSuite(shared: string, work: string): number {
  const base = join(shared, 'eval', 'extraction');
  // The real path: score.mjs runs its main only when argv[1] is its own resolved file, so through a
  // symlinked ../shared (a git worktree's) it would print nothing and exit 0.
  const scorer = realpathSync(join(base, 'score.mjs'));
  const out = process.env.EVAL_OUT ?? work;
  mkdirSync(out, { recursive: true });
  let code = 0;

  // ---- scrapinghub ----
  const sh = join(base, 'scrapinghub');
  const t0 = performance.now();
  const pages = runScrapinghub(sh);
  const seconds = (performance.now() - t0) / 1000;
  const ours = join(out, 'chancery-scrapinghub.json');
  const alone = join(out, 'readability-linkedom-scrapinghub.json');
  writeFileSync(ours, JSON.stringify(Object.fromEntries(pages.map((p) => [p.id, { articleBody: p.ours }])), null, 1));
  writeFileSync(alone, JSON.stringify(Object.fromEntries(pages.map((p) => [p.id, { articleBody: p.readability }])), null, 1));
  console.log(`scrapinghub: ${pages.length} pages (both extractors, ${seconds.toFixed(1)} s)`);
  console.log('ours (body sections joined by line breaks):');
  code = Math.max(code, scoreFile(scorer, join(sh, 'ground-truth.json'), ours));
  console.log('Readability.js 0.6 on linkedom alone (textContent, same run):');
  code = Math.max(code, scoreFile(scorer, join(sh, 'ground-truth.json'), alone));

  // ---- metadata fill ----
  const withAuthor = pages.filter((p) => p.authors.length > 0).length;
  const withDate = pages.filter((p) => plausible(p.published)).length;
  console.log(`metadata: author found on ${withAuthor} of ${pages.length} pages; a plausible date (2000 to 2020) on ${withDate} of ${pages.length}`);
  const bySource = (field: string) => {
    const counts = new Map<string, number>();
    for (const p of pages) {
      const s = field === 'published' && p.origin === 'inferred' ? 'url' : p.sources[field] ?? (field === 'published' && p.published ? 'text' : 'none');
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  };
  console.log(`  authors from: ${bySource('authors')}`);
  console.log(`  dates from:   ${bySource('published')}`);
  writeFileSync(
    join(out, 'metadata-scrapinghub.tsv'),
    ['id\turl\tauthors\tauthors_from\tpublished\tpublished_from\ttitle\tpublisher', ...pages.map((p) => [p.id.slice(0, 12), p.url ?? '', p.authors.join('; '), p.sources.authors ?? '', p.published ?? '', p.origin === 'inferred' ? 'url' : p.sources.published ?? (p.published ? 'text' : ''), p.title ?? '', p.publisher ?? ''].join('\t'))].join('\n') + '\n',
  );

  // ---- Readability's test pages ----
  const rd = join(base, 'readability');
  const gold = join(out, 'readability-expected.json');
  spawnSync(process.execPath, [scorer, 'gold-readability', '--data', rd, '--dom', 'linkedom', '--out', gold], { stdio: ['ignore', 'ignore', 'inherit'] });
  const rdPred: Record<string, { articleBody: string }> = {};
  for (const name of readdirSync(rd).sort()) {
    const source = join(rd, name, 'source.html');
    if (!existsSync(source)) continue;
    let text = '';
    try {
      text = bodyText(extractHtml(decodeBytes(readFileSync(source)).text, 'http://fakehost/test/page.html'));
    } catch {
      text = '';
    }
    rdPred[name] = { articleBody: text };
  }
  const rdOurs = join(out, 'chancery-readability-pages.json');
  writeFileSync(rdOurs, JSON.stringify(rdPred, null, 1));
  console.log(`\nReadability's test pages: ${Object.keys(rdPred).length} pages, ours against their expected text:`);
  code = Math.max(code, scoreFile(scorer, gold, rdOurs));

  // ---- the seed, as text and as a simple HTML page ----
  const seedPath = join(shared, 'corpus', 'seed-azerbaijan-israel.txt');
  if (existsSync(seedPath)) {
    const same = seedAsHtmlSameSections(readFileSync(seedPath, 'utf8'));
    console.log(`\nseed inside a simple HTML page: ${same ? 'same sections as the text' : 'DIFFERENT sections from the text'}`);
    if (!same) code = Math.max(code, 1);
  }
  return code;
}

/** The seed's paragraphs as <p> elements of a plain page, its title also in <title>. */
export function seedHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(paragraphs[0])}</title></head><body>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</body></html>`;
}

export function seedAsHtmlSameSections(text: string): boolean {
  const plain = extractPlainText(text);
  const html = extractHtml(seedHtml(text));
  const view = (a: ExtractedArticle) => a.sections.map((s) => `${s.kind}: ${a.text.slice(s.start, s.end)}`).join('\n');
  return view(plain) === view(html);
}
