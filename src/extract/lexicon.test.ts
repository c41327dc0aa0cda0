import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { extractLexicon } from './lexicon.js';

describe('data/extract', () => {
  it('every file reads as TSV with its header', () => {
    for (const file of readdirSync(dataPath('extract'))) {
      const rows = readTsv(dataPath('extract', file));
      expect(rows.length, file).toBeGreaterThan(0);
      for (const row of rows) for (const [column, cell] of Object.entries(row)) expect(cell, `${file} ${column}`).not.toBe('');
    }
  });

  it('furniture and metadata patterns compile and each says why', () => {
    for (const file of ['furniture.tsv', 'metadata-lines.tsv']) {
      for (const row of readTsv(dataPath('extract', file))) {
        expect(['line', 'tail', 'published', 'updated']).toContain(row.kind);
        expect(() => new RegExp(row.pattern, 'iu')).not.toThrow();
        expect(row.why.length).toBeGreaterThan(3);
      }
    }
  });

  it('matches the furniture it is meant for, and not article sentences', () => {
    const lex = extractLexicon();
    for (const line of ['Most Popular', 'read more:', 'Advertisement', 'Share this article', 'Sign up for our newsletter', 'READ MORE: Why talks failed']) {
      expect(lex.furniture.test(line) || lex.tailHeader.test(line), line).toBe(true);
    }
    for (const line of ['Read the full statement here, the ministry said.', 'The minister shared a photo of the meeting.', 'Related talks will follow in May.']) {
      expect(lex.furniture.test(line) || lex.tailHeader.test(line), line).toBe(false);
    }
  });

  it('word lists hold single lowercase entries without duplicates', () => {
    for (const [file, column] of [['credit-cues.tsv', 'cue'], ['journalism-roles.tsv', 'role'], ['publisher-words.tsv', 'word']]) {
      const words = readTsv(dataPath('extract', file)).map((r) => r[column]);
      expect(new Set(words).size, file).toBe(words.length);
      for (const w of words) expect(w, file).toBe(w.toLowerCase());
    }
  });
});
