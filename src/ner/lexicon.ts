// The word lexicon learned from unlabeled news (scripts/ner/clusters.mjs): for each lower-cased word,
// its Brown-style cluster as a bit string (words used alike share long prefixes) and how it is usually
// written (lower, Title, UPPER), which tells a sentence-initial "The" from a sentence-initial "Baku"
// and lets all-caps headlines be read as if they were cased.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface LexEntry {
  cluster: string;
  count: number;
  /** Percent of the word's non-initial occurrences written lower-case, Title-case, UPPER-case. */
  lower: number;
  title: number;
  upper: number;
}

export class Lexicon {
  readonly words = new Map<string, LexEntry>();
  /** The first 16 hex digits of the file's SHA-256: a model records which lexicon it was trained with. */
  digest = '';

  get(lower: string): LexEntry | undefined {
    return this.words.get(lower);
  }

  /** The usual written form of a word, or null when unknown. */
  usualForm(lower: string): string | null {
    const e = this.words.get(lower);
    if (!e) return null;
    if (e.upper >= e.title && e.upper >= e.lower) return lower.toUpperCase();
    if (e.title >= e.lower) return lower.charAt(0).toUpperCase() + lower.slice(1);
    return lower;
  }

  static parse(text: string, path: string): Lexicon {
    const lex = new Lexicon();
    const lines = text.split('\n');
    let header = true;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!line || line.startsWith('#')) continue;
      if (header) {
        if (line !== 'word\tcluster\tcount\tlower\ttitle\tupper') throw new Error(`${path}: unexpected header "${line}"`);
        header = false;
        continue;
      }
      const c = line.split('\t');
      if (c.length !== 6) throw new Error(`${path}:${i + 1}: expected 6 tab-separated columns`);
      lex.words.set(c[0], { cluster: c[1], count: +c[2], lower: +c[3], title: +c[4], upper: +c[5] });
    }
    if (header) throw new Error(`${path}: no header line`);
    lex.digest = createHash('sha256').update(text).digest('hex').slice(0, 16);
    return lex;
  }

  static read(path: string): Lexicon {
    return Lexicon.parse(readFileSync(path, 'utf8'), path);
  }
}
