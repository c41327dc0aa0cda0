// Gazetteers: name lists (countries, cities, demonyms, given names, organizations, titles…) compiled
// once into a token trie. The tagger reads, for every token, which lists a phrase covering it belongs to
// and where the token sits in that phrase (B, I, L, U); the stage reads which list a found name is on.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError } from '../util/tsv.js';

/** Joins a phrase's tokens into one map key. */
const SEP = '\u0001';

/** Longest phrase looked up, in tokens. */
export const MAX_PHRASE_TOKENS = 8;

/** Lower-cases and splits a phrase the way the tokenizers split text (spaces, commas, brackets). */
export function phraseTokens(phrase: string): string[] {
  // Most names are plain words and spaces: split them without the regular expressions.
  if (/^[A-Za-z.'-]+( [A-Za-z.'-]+)*$/.test(phrase)) return phrase.toLowerCase().split(' ');
  return normalizeWord(phrase)
    .toLowerCase()
    .replace(/([,()])/g, ' $1 ')
    .split(/\s+/)
    .filter(Boolean);
}

/** Typographic variants folded to one form: curly quotes and apostrophes, long dashes. */
export function normalizeWord(w: string): string {
  if (!/[‘’‚‛“”„‟–—―`´]/.test(w)) return w;
  return w.replace(/[‘’‚‛`´]/g, "'").replace(/[“”„‟]/g, '"').replace(/[–—―]/g, '-');
}

export class Gazetteer {
  readonly lists: string[] = [];
  /** Phrase (tokens joined by SEP) → bit mask of its lists (bit l: on list l). */
  private readonly phrases = new Map<string, number>();
  /** Every proper prefix of a listed phrase of two or more tokens: where a match may go on. */
  private readonly prefixes = new Set<string>();
  /** list → phrase (tokens joined by spaces) → its `kind` cell, for lists that have one. */
  private readonly kinds = new Map<string, Map<string, string>>();

  /** The list's number, created on first use (at most 31 lists). */
  listId(name: string): number {
    let id = this.lists.indexOf(name);
    if (id < 0) {
      if (this.lists.length >= 31) throw new Error(`too many gazetteer lists (adding ${name})`);
      id = this.lists.push(name) - 1;
    }
    return id;
  }

  add(list: string, phrase: string, kind?: string): void {
    const tokens = phraseTokens(phrase);
    if (kind) {
      let m = this.kinds.get(list);
      if (!m) {
        m = new Map();
        this.kinds.set(list, m);
      }
      m.set(tokens.join(' '), kind);
    }
    if (!tokens.length || tokens.length > MAX_PHRASE_TOKENS) return;
    const bit = 1 << this.listId(list);
    let key = tokens[0];
    for (let k = 1; k < tokens.length; k++) {
      this.prefixes.add(key);
      key += SEP + tokens[k];
    }
    this.phrases.set(key, (this.phrases.get(key) ?? 0) | bit);
  }

  /** The lists a whole phrase (already split into lower-cased tokens) is on, as a bit mask. */
  lookup(tokens: readonly string[]): number {
    return tokens.length ? (this.phrases.get(tokens.join(SEP)) ?? 0) : 0;
  }

  /** The `kind` of a phrase (lower-cased tokens) on a list, when the list has kinds. */
  kindOf(list: string, tokens: readonly string[]): string | undefined {
    return this.kinds.get(list)?.get(tokens.join(' '));
  }

  /** Whether a phrase (lower-cased tokens) is on the list. */
  on(list: string, tokens: readonly string[]): boolean {
    const id = this.lists.indexOf(list);
    return id >= 0 && (this.lookup(tokens) & (1 << id)) !== 0;
  }

  has(list: string, phrase: string): boolean {
    const id = this.lists.indexOf(list);
    return id >= 0 && (this.lookup(phraseTokens(phrase)) & (1 << id)) !== 0;
  }

  /**
   * For each token (lower-cased), the codes (list << 2 | position; position 0 B, 1 I, 2 L, 3 U) of
   * every listed phrase that covers it. Linear in the token count (phrases are at most 8 tokens).
   */
  annotate(lower: readonly string[]): number[][] {
    const out: number[][] = lower.map(() => []);
    for (let i = 0; i < lower.length; i++) {
      let key = lower[i];
      for (let j = i; j < lower.length && j - i < MAX_PHRASE_TOKENS; j++) {
        if (j > i) key += SEP + lower[j];
        const lists = this.phrases.get(key);
        if (lists) {
          for (let l = 0, bits = lists; bits; l++, bits >>>= 1) {
            if (!(bits & 1)) continue;
            if (i === j) out[i].push((l << 2) | 3);
            else {
              out[i].push(l << 2);
              for (let k = i + 1; k < j; k++) out[k].push((l << 2) | 1);
              out[j].push((l << 2) | 2);
            }
          }
        }
        if (!this.prefixes.has(key)) break;
      }
    }
    return out;
  }

  /** Loads every `*.tsv` in a folder; the file name is the list name, the `name` column the phrase. */
  static fromFolder(dir: string): Gazetteer {
    const g = new Gazetteer();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
      const list = file.replace(/\.tsv$/, '');
      const path = join(dir, file);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        throw new DataFileError(`cannot read data file ${path}: ${(error as Error).message}`);
      }
      // The TSV conventions of src/util/tsv.ts, read in one pass (the lists hold 70,000 names and are
      // loaded at start-up).
      let name = -1;
      let kind = -1;
      let columns = 0;
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
        if (!line.trim() || line.startsWith('#')) continue;
        const cells = line.split('\t');
        if (name < 0) {
          const header = cells.map((c) => c.trim());
          name = header.indexOf('name');
          kind = header.indexOf('kind');
          columns = header.length;
          if (name < 0) throw new DataFileError(`${path}: no "name" column`);
          continue;
        }
        if (cells.length !== columns) throw new DataFileError(`${path}:${i + 1}: expected ${columns} tab-separated columns, found ${cells.length}`);
        g.add(list, cells[name].trim(), kind >= 0 ? cells[kind].trim() : undefined);
      }
    }
    return g;
  }
}
