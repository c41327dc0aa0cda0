// Gazetteers: name lists (countries, cities, demonyms, given names, organizations, titles…) compiled
// once into a token trie. The tagger reads, for every token, which lists a phrase covering it belongs to
// and where the token sits in that phrase (B, I, L, U); the stage reads which list a found name is on.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readTsv } from '../util/tsv.js';

interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** Bit l set: the phrase ending here is on list l. */
  lists: number;
}

/** Longest phrase looked up, in tokens. */
export const MAX_PHRASE_TOKENS = 8;

/** Lower-cases and splits a phrase the way the tokenizers split text (spaces, commas, brackets). */
export function phraseTokens(phrase: string): string[] {
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
  private readonly root: TrieNode = { next: null, lists: 0 };
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
    let node = this.root;
    for (const t of tokens) {
      node.next ??= new Map();
      let child = node.next.get(t);
      if (!child) {
        child = { next: null, lists: 0 };
        node.next.set(t, child);
      }
      node = child;
    }
    node.lists |= bit;
  }

  /** The lists a whole phrase (already split into lower-cased tokens) is on, as a bit mask. */
  lookup(tokens: readonly string[]): number {
    let node: TrieNode | undefined = this.root;
    for (const t of tokens) {
      node = node.next?.get(t);
      if (!node) return 0;
    }
    return node.lists;
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
      let node: TrieNode | undefined = this.root;
      for (let j = i; j < lower.length && j - i < MAX_PHRASE_TOKENS; j++) {
        node = node.next?.get(lower[j]);
        if (!node) break;
        if (!node.lists) continue;
        for (let l = 0, bits = node.lists; bits; l++, bits >>>= 1) {
          if (!(bits & 1)) continue;
          if (i === j) out[i].push((l << 2) | 3);
          else {
            out[i].push(l << 2);
            for (let k = i + 1; k < j; k++) out[k].push((l << 2) | 1);
            out[j].push((l << 2) | 2);
          }
        }
      }
    }
    return out;
  }

  /** Loads every `*.tsv` in a folder; the file name is the list name, the `name` column the phrase. */
  static fromFolder(dir: string): Gazetteer {
    const g = new Gazetteer();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
      const list = file.replace(/\.tsv$/, '');
      for (const row of readTsv(join(dir, file))) g.add(list, row.name, row.kind);
    }
    return g;
  }
}
