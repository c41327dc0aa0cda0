// `npm run eval -- ner`: named entities on CoNLL-2003 test, its corrected version (CoNLL++, Wang et al.
// 2019) and CoNLL++ 2023 (news from 2020, Liu & Ritter 2023), scored by shared/eval/ner/conll-score.mjs;
// compromise, the usual JavaScript choice, is scored on the same files in the same run. Dev is shown
// too (it is the set the model was tuned on, so it reads high). Then the seed article's gold actors:
// is each person, country and organization found as a mention of the right type?
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { Doc } from '../src/doc/doc.js';
import { runStages } from '../src/doc/stage.js';
import { extractPlainText } from '../src/extract/plaintext.js';
import { languageStage } from '../src/language/language.js';
import { iob2FromSpans, parseConll } from '../src/ner/conll.js';
import { tagConll } from '../src/ner/conll-tag.js';
import { nerStage } from '../src/ner/stage.js';
import { MODEL_FILE, nerTagger } from '../src/ner/tagger.js';
import { datesStage } from '../src/time/dates.js';
import { packageRoot } from '../src/util/paths.js';

const SETS = [
  ['CoNLL-2003 dev (tuning set)', 'conll2003/dev.txt'],
  ['CoNLL-2003 test', 'conll2003/test.txt'],
  ['CoNLL++ (corrected test)', 'conllpp/test.txt'],
  ['CoNLL++ 2023 (2020 news)', 'conllpp2023/test.txt'],
] as const;

/** compromise's people, organizations and places as CoNLL tags (it has no MISC), sentence by sentence. */
export function compromiseConll(text: string): string {
  const { documents, lines } = parseConll(text);
  const tags = documents.map((d) =>
    d.sentences.map((s) => {
      const sentence = s.tokens.join(' ');
      const starts: number[] = [];
      let at = 0;
      for (const t of s.tokens) {
        starts.push(at);
        at += t.length + 1;
      }
      const tokenAt = (offset: number) => {
        let i = 0;
        while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
        return i;
      };
      const doc = nlp(sentence);
      const spans: { start: number; end: number; type: string }[] = [];
      for (const [type, view] of [['PER', doc.people()], ['ORG', doc.organizations()], ['LOC', doc.places()]] as const) {
        for (const m of view.json({ offset: true }) as { offset: { start: number; length: number } }[]) {
          // compromise's offsets can take in the punctuation after a name ("Syria ."): trim it.
          let from = m.offset.start;
          let to = m.offset.start + m.offset.length;
          while (to > from && !/[\p{L}\p{N}]/u.test(sentence.charAt(to - 1))) to--;
          while (from < to && !/[\p{L}\p{N}]/u.test(sentence.charAt(from))) from++;
          if (to <= from) continue;
          const a = tokenAt(from);
          const b = tokenAt(to - 1);
          if (!spans.some((x) => x.start <= b && a < x.end)) spans.push({ start: a, end: b + 1, type });
        }
      }
      return iob2FromSpans(spans, s.tokens.length);
    }),
  );
  return `${lines.map((l) => (l.kind === 'break' ? '' : `${documents[l.doc].sentences[l.sentence].tokens[l.index]} ${tags[l.doc][l.sentence][l.index]}`)).join('\n')}\n`;
}

function score(shared: string, gold: string, pred: string): { text: string; f1: number; per: number } {
  const r = spawnSync(process.execPath, [join(shared, 'eval', 'ner', 'conll-score.mjs'), gold, pred], { encoding: 'utf8' });
  const text = `${r.stdout}${r.stderr}`.trim();
  const f1 = Number(/FB1:\s+([\d.]+)/.exec(text)?.[1] ?? Number.NaN);
  const per = Number(/PER: .*?FB1:\s+([\d.]+)/.exec(text)?.[1] ?? Number.NaN);
  return { text, f1, per };
}

function seedCheck(shared: string): { found: number; total: number; missing: string[] } {
  const gold = JSON.parse(readFileSync(join(shared, 'gold', 'seed-azerbaijan-israel.gold.json'), 'utf8')) as { actors: { name: string; type: string }[] };
  const extracted = extractPlainText(readFileSync(join(shared, 'corpus', 'seed-azerbaijan-israel.txt'), 'utf8'));
  const doc = new Doc(extracted.text, { kind: 'file', location: 'seed' }, extracted.meta);
  doc.sections = extracted.sections;
  runStages(doc, [languageStage, datesStage, nerStage], { published: '2023-03-29' });
  const want: Record<string, string> = { country: 'GPE', person: 'PER', organization: 'ORG' };
  const key = (s: string) => s.replace(/^the\s+/i, '').toLowerCase();
  const have = new Set(doc.mentions.map((m) => `${m.type} ${key(doc.text.slice(m.start, m.end))}`));
  const wanted = gold.actors.filter((a) => want[a.type]);
  const missing = wanted.filter((a) => !have.has(`${want[a.type]} ${key(a.name)}`)).map((a) => `${want[a.type]} ${a.name}`);
  return { found: wanted.length - missing.length, total: wanted.length, missing };
}

export function runNerSuite(shared: string, work: string): number {
  const data = join(shared, 'eval', 'ner');
  const tagger = nerTagger();
  const model = join(packageRoot(), MODEL_FILE);
  console.log(`model ${MODEL_FILE}: ${(statSync(model).size / 1e6).toFixed(2)} MB, ${JSON.stringify(tagger.model.header.info.data)}, dev F1 at training ${tagger.model.header.info.devF1}`);
  const summary: string[] = [];
  const devTrained = String(tagger.model.header.info.data ?? '').includes('dev');
  for (const [label, file] of SETS) {
    const name = devTrained && file.includes('dev') ? 'CoNLL-2003 dev (trained on)' : label;
    const gold = join(data, file);
    const text = readFileSync(gold, 'utf8');
    const t0 = performance.now();
    const ours = tagConll(text, tagger);
    const seconds = (performance.now() - t0) / 1000;
    const oursFile = join(work, `ner-${file.replace(/\W/g, '-')}.txt`);
    writeFileSync(oursFile, ours);
    const c0 = performance.now();
    const theirs = compromiseConll(text);
    const compromiseSeconds = (performance.now() - c0) / 1000;
    const theirsFile = join(work, `compromise-${file.replace(/\W/g, '-')}.txt`);
    writeFileSync(theirsFile, theirs);
    const a = score(shared, gold, oursFile);
    const b = score(shared, gold, theirsFile);
    const tokens = ours.split('\n').filter(Boolean).length;
    console.log(`\n-- ${name}: chancery ner --conll (${(tokens / seconds / 1000).toFixed(0)}k tokens/s incl. wink POS)`);
    console.log(a.text);
    console.log(`-- ${name}: compromise (${(tokens / compromiseSeconds / 1000).toFixed(0)}k tokens/s)`);
    console.log(b.text);
    summary.push(`${name.padEnd(30)} ${a.f1.toFixed(2).padStart(6)} ${a.per.toFixed(2).padStart(8)} ${b.f1.toFixed(2).padStart(11)}`);
  }
  console.log(`\n${'F1 (4 types)'.padEnd(30)} ${'ours'.padStart(6)} ${'ours PER'.padStart(8)} ${'compromise'.padStart(11)}`);
  for (const line of summary) console.log(line);
  const seed = seedCheck(shared);
  console.log(`\nseed article: ${seed.found}/${seed.total} gold people, countries and organizations found as mentions of the right type${seed.missing.length ? `; missing: ${seed.missing.join(', ')}` : ''}`);
  return 0;
}
