// The extractor's word lists and line patterns, read once from data/extract/ and compiled into a few
// regular expressions and sets. Each check is then one match against one short line.
import { dataPath } from '../util/paths.js';
import { DataFileError, readTsv } from '../util/tsv.js';

export interface ExtractLexicon {
  /** Whole-line furniture: navigation, share rows, ads, newsletter prompts. */
  furniture: RegExp;
  /** Headers that start a list of related links ("Related stories", "More from World"). */
  tailHeader: RegExp;
  /** Metadata lines; the named group `when` holds the date or time. */
  published: RegExp[];
  updated: RegExp[];
  creditCue: RegExp;
  journalismRole: RegExp;
  publisherWords: Set<string>;
}

let cached: ExtractLexicon | undefined;

export function extractLexicon(): ExtractLexicon {
  if (cached) return cached;
  const furniture = readTsv(dataPath('extract', 'furniture.tsv'));
  const meta = readTsv(dataPath('extract', 'metadata-lines.tsv'));
  const cues = readTsv(dataPath('extract', 'credit-cues.tsv')).map((r) => r.cue);
  const roles = readTsv(dataPath('extract', 'journalism-roles.tsv')).map((r) => r.role);
  const publisherWords = readTsv(dataPath('extract', 'publisher-words.tsv')).map((r) => r.word.toLowerCase());
  const patterns = (kind: string) => furniture.filter((r) => r.kind === kind).map((r) => r.pattern);
  const metaOf = (kind: string) => meta.filter((r) => r.kind === kind).map((r) => wholeLine([r.pattern], `metadata-lines.tsv (${r.why})`));
  cached = {
    furniture: wholeLine(patterns('line'), 'furniture.tsv'),
    tailHeader: wholeLine(patterns('tail'), 'furniture.tsv'),
    published: metaOf('published'),
    updated: metaOf('updated'),
    creditCue: words(cues),
    journalismRole: words(roles),
    publisherWords: new Set(publisherWords),
  };
  return cached;
}

function wholeLine(patterns: string[], file: string): RegExp {
  try {
    return new RegExp(`^(?:${patterns.map((p) => `(?:${p})`).join('|')})$`, 'iu');
  } catch (error) {
    throw new DataFileError(`data/extract/${file}: bad pattern: ${(error as Error).message}`);
  }
}

function words(list: string[]): RegExp {
  const escaped = list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}
