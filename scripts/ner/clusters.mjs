// `node scripts/ner/clusters.mjs`: builds models/ner-en.lexicon.tsv, the NER word lexicon, from unlabeled
// text: the news articles in ../shared/eval/quotes/polnear and ../shared/eval/extraction, and the words of
// CoNLL-2003 train and dev (their text only, never their labels or the test sets). For each lower-cased
// word it writes how the word is usually cased and a hierarchical word cluster:
//   1. exchange clustering (Martin, Liermann & Ney 1998; as in Brown clusters, a word's class is chosen to
//      maximize the class-bigram likelihood of the text) into K flat classes;
//   2. the classes merged bottom-up by how alike their left and right neighbours are, which gives each
//      class a bit string; words share long prefixes when they are used alike.
// Deterministic; takes a few minutes on one core. Needs `npm run build` first (for the tokenizer helpers).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { isAllCapsSentence } = await import(join(root, 'dist', 'src', 'ner', 'features.js'));
const { normalizeWord } = await import(join(root, 'dist', 'src', 'ner', 'gazetteer.js'));
const { parseConll } = await import(join(root, 'dist', 'src', 'ner', 'conll.js'));

const { values } = parseArgs({
  options: {
    classes: { type: 'string', default: '320' },
    iterations: { type: 'string', default: '12' },
    'min-count': { type: 'string', default: '3' },
    'min-lexicon-count': { type: 'string', default: '2' },
    out: { type: 'string', default: join(root, 'models', 'ner-en.lexicon.tsv') },
  },
});
const K = Number(values.classes);
const shared = process.env.CHANCERY_SHARED ?? join(root, '..', 'shared');
if (!existsSync(join(shared, 'eval'))) {
  console.error('clusters: ../shared/eval not found (set CHANCERY_SHARED)');
  process.exit(2);
}

// ---- 1. Sentences of words from every source ----
const sentences = [];
const nlp = winkNLP(model);
const its = nlp.its;
function addText(text) {
  for (const para of text.split(/\n+/)) {
    if (!para.trim()) continue;
    const doc = nlp.readDoc(para);
    doc.sentences().each((s) => {
      const words = s.tokens().out(its.value).filter((w) => !/^\s+$/.test(w));
      if (words.length) sentences.push(words);
    });
  }
}
const polnear = join(shared, 'eval', 'quotes', 'polnear', 'data');
for (const split of readdirSync(polnear)) {
  const dir = join(polnear, split, 'text');
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) addText(readFileSync(join(dir, f), 'utf8'));
}
const truth = JSON.parse(readFileSync(join(shared, 'eval', 'extraction', 'scrapinghub', 'ground-truth.json'), 'utf8'));
for (const k of Object.keys(truth).sort()) addText(truth[k].articleBody ?? '');
const readability = join(shared, 'eval', 'extraction', 'readability');
for (const d of readdirSync(readability).sort()) {
  const f = join(readability, d, 'expected.html');
  if (!existsSync(f)) continue;
  const html = readFileSync(f, 'utf8');
  addText(html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<\/(p|div|h\d|li|tr|br)>/gi, '\n').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&rsquo;|&lsquo;/g, "'"));
}
const news = sentences.length;
for (const name of ['train.txt', 'dev.txt']) {
  const { documents } = parseConll(readFileSync(join(shared, 'eval', 'ner', 'conll2003', name), 'utf8'));
  for (const d of documents) for (const s of d.sentences) sentences.push(s.tokens);
}
console.log(`${sentences.length} sentences (${news} from news articles), ${sentences.reduce((n, s) => n + s.length, 0)} words`);

// ---- 2. Counts and casing ----
const count = new Map();
const casing = new Map(); // lower → [lower, title, upper]
for (const words of sentences) {
  const headline = isAllCapsSentence(words);
  words.forEach((raw, i) => {
    const w = normalizeWord(raw);
    const lw = w.toLowerCase();
    count.set(lw, (count.get(lw) ?? 0) + 1);
    if (headline || i === 0 || lw === w.toUpperCase()) return; // no case evidence
    let c = casing.get(lw);
    if (!c) {
      c = [0, 0, 0];
      casing.set(lw, c);
    }
    if (w === lw) c[0]++;
    else if (w === w.toUpperCase() && w.length > 1) c[2]++;
    else c[1]++;
  });
}

// ---- 3. Exchange clustering over words seen min-count times ----
const vocab = [...count.entries()].filter(([, c]) => c >= Number(values['min-count'])).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
const V = vocab.length;
const id = new Map(vocab.map((w, i) => [w, i]));
// Bigram counts as per-word adjacency lists (right neighbours and left neighbours).
const pairs = new Map();
for (const words of sentences) {
  let prev = -1;
  for (const raw of words) {
    const cur = id.get(normalizeWord(raw).toLowerCase()) ?? -1;
    if (prev >= 0 && cur >= 0) {
      const k = prev * V + cur;
      pairs.set(k, (pairs.get(k) ?? 0) + 1);
    }
    prev = cur;
  }
}
const right = Array.from({ length: V }, () => []);
const left = Array.from({ length: V }, () => []);
const selfCount = new Float64Array(V);
for (const [k, c] of pairs) {
  const a = Math.floor(k / V);
  const b = k % V;
  if (a === b) selfCount[a] = c;
  else {
    right[a].push(b, c);
    left[b].push(a, c);
  }
}
const rightTotal = new Float64Array(V);
const leftTotal = new Float64Array(V);
for (let w = 0; w < V; w++) {
  rightTotal[w] = selfCount[w];
  leftTotal[w] = selfCount[w];
  for (let j = 1; j < right[w].length; j += 2) rightTotal[w] += right[w][j];
  for (let j = 1; j < left[w].length; j += 2) leftTotal[w] += left[w][j];
}
console.log(`${V} words in ${K} classes; ${pairs.size} bigram types`);

const cls = new Int32Array(V);
for (let w = 0; w < V; w++) cls[w] = Math.min(w, K - 1);
const N = new Float64Array(K * K); // class bigram counts
const Nl = new Float64Array(K); // as left element
const Nr = new Float64Array(K); // as right element
for (const [k, c] of pairs) {
  const a = cls[Math.floor(k / V)];
  const b = cls[k % V];
  N[a * K + b] += c;
  Nl[a] += c;
  Nr[b] += c;
}
const f = (x) => (x > 0 ? x * Math.log(x) : 0);
const R = new Float64Array(K);
const L = new Float64Array(K);
const touchedR = [];
const touchedL = [];
function gather(w) {
  touchedR.length = 0;
  touchedL.length = 0;
  const r = right[w];
  for (let j = 0; j < r.length; j += 2) {
    const c = cls[r[j]];
    if (R[c] === 0) touchedR.push(c);
    R[c] += r[j + 1];
  }
  const l = left[w];
  for (let j = 0; j < l.length; j += 2) {
    const c = cls[l[j]];
    if (L[c] === 0) touchedL.push(c);
    L[c] += l[j + 1];
  }
}
function move(w, k, sign) {
  // Adds (sign 1) or removes (sign -1) word w's bigrams to or from class k.
  for (const d of touchedR) N[k * K + d] += sign * R[d];
  for (const c of touchedL) N[c * K + k] += sign * L[c];
  N[k * K + k] += sign * selfCount[w];
  Nl[k] += sign * rightTotal[w];
  Nr[k] += sign * leftTotal[w];
}
function gain(w, k) {
  let g = 0;
  const rowK = k * K;
  for (const d of touchedR) if (d !== k) g += f(N[rowK + d] + R[d]) - f(N[rowK + d]);
  for (const c of touchedL) if (c !== k) g += f(N[c * K + k] + L[c]) - f(N[c * K + k]);
  const kk = N[rowK + k];
  g += f(kk + R[k] + L[k] + selfCount[w]) - f(kk);
  g -= f(Nl[k] + rightTotal[w]) - f(Nl[k]);
  g -= f(Nr[k] + leftTotal[w]) - f(Nr[k]);
  return g;
}
const objective = () => {
  let s = 0;
  for (let j = 0; j < K * K; j++) s += f(N[j]);
  for (let c = 0; c < K; c++) s -= f(Nl[c]) + f(Nr[c]);
  return s;
};
for (let it = 1; it <= Number(values.iterations); it++) {
  const t0 = performance.now();
  let moved = 0;
  for (let w = 0; w < V; w++) {
    gather(w);
    const from = cls[w];
    // A word's own class move: self bigrams sit in (from, from), gathered R/L see the word's own class.
    move(w, from, -1);
    let best = from;
    let bestGain = gain(w, from);
    for (let k = 0; k < K; k++) {
      if (k === from) continue;
      const g = gain(w, k);
      if (g > bestGain + 1e-9) {
        bestGain = g;
        best = k;
      }
    }
    // The self-class bins in R/L were counted with w in `from`; they stay right because R/L count
    // neighbours (not w itself), and w's self-bigram is handled by selfCount.
    move(w, best, 1);
    if (best !== from) {
      moved++;
      cls[w] = best;
    }
    for (const c of touchedR) R[c] = 0;
    for (const c of touchedL) L[c] = 0;
  }
  console.log(`iteration ${it}: ${moved} words moved, objective ${objective().toFixed(0)} [${((performance.now() - t0) / 1000).toFixed(1)} s]`);
  if (moved < V / 500) break;
}

// ---- 4. A binary tree over the classes, top down: each set of classes is split in two by spherical
// 2-means on their neighbour profiles (left and right class-bigram counts), so alike classes share
// long bit-string prefixes and the tree stays about log2(K) deep.
const dims = 2 * K;
const unitProfile = [];
const weight = [];
for (let c = 0; c < K; c++) {
  const v = new Float64Array(dims);
  for (let d = 0; d < K; d++) {
    v[d] = N[c * K + d];
    v[K + d] = N[d * K + c];
  }
  const n = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  unitProfile.push(v.map((x) => x / n));
  weight.push(Nl[c] + Nr[c]);
}
const dot = (a, b) => {
  let s = 0;
  for (let j = 0; j < dims; j++) s += a[j] * b[j];
  return s;
};
function centroid(members) {
  const v = new Float64Array(dims);
  for (const c of members) for (let j = 0; j < dims; j++) v[j] += unitProfile[c][j] * Math.sqrt(weight[c]);
  const n = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  return v.map((x) => x / n);
}
const bits = new Array(K).fill('');
function split(members, path) {
  if (members.length === 1) {
    bits[members[0]] = path || '0';
    return;
  }
  const heaviest = members.reduce((a, b) => (weight[b] > weight[a] ? b : a));
  let ca = unitProfile[heaviest];
  let cb = unitProfile[members.reduce((a, b) => (dot(unitProfile[b], ca) < dot(unitProfile[a], ca) ? b : a))];
  let sideA = [];
  let sideB = [];
  for (let it = 0; it < 12; it++) {
    sideA = [];
    sideB = [];
    for (const c of members) (dot(unitProfile[c], ca) >= dot(unitProfile[c], cb) ? sideA : sideB).push(c);
    if (!sideA.length || !sideB.length) break;
    ca = centroid(sideA);
    cb = centroid(sideB);
  }
  if (!sideA.length || !sideB.length) {
    const sorted = [...members].sort((x, y) => dot(unitProfile[y], ca) - dot(unitProfile[x], ca) || x - y);
    sideA = sorted.slice(0, sorted.length >> 1);
    sideB = sorted.slice(sorted.length >> 1);
  }
  split(sideA, path + '0');
  split(sideB, path + '1');
}
split(Array.from({ length: K }, (_, c) => c), '');

// ---- 5. Write ----
const minLex = Number(values['min-lexicon-count']);
const lines = [];
for (const [w, c] of [...count.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  if (c < minLex || /[\t\n]/.test(w) || !w) continue;
  const cs = casing.get(w) ?? [0, 0, 0];
  const total = cs[0] + cs[1] + cs[2];
  const p = (x) => (total ? Math.round((100 * x) / total) : 0);
  const wid = id.get(w);
  lines.push([w, wid === undefined ? '' : bits[cls[wid]], c, total ? p(cs[0]) : -1, total ? p(cs[1]) : -1, total ? p(cs[2]) : -1].join('\t'));
}
writeFileSync(
  values.out,
  `# NER word lexicon: word clusters and usual casing, from unlabeled news (PolNeAR and extraction articles in ../shared/eval) and the words of CoNLL-2003 train+dev.\n# Built by scripts/ner/clusters.mjs (${K} classes). Columns: lower-cased word, cluster bit string (empty below ${values['min-count']} occurrences), count, percent lower / Title / UPPER where not sentence-initial (-1: no evidence).\nword\tcluster\tcount\tlower\ttitle\tupper\n${lines.join('\n')}\n`,
);
console.log(`wrote ${values.out}: ${lines.length} words`);
