// Bylines ("By Jane Doe and John Roe, Reuters") and author bios ("Jane Doe is The Daily Ledger's
// diplomatic reporter") → author names and a publisher.
import { isGenericCredit } from './authors.js';
import type { ExtractLexicon } from './lexicon.js';

export interface Byline {
  authors: string[];
  publisher: string | null;
  /** True for a bio sentence, which may also close the article. */
  bio: boolean;
}

/** Longest byline line we accept; longer lines beginning "By" are sentences. */
const MAX_BYLINE_LENGTH = 160;
/** A bio is one or two short sentences. */
const MAX_BIO_LENGTH = 260;
/** The role word comes early in a bio: "… is a senior diplomatic correspondent …". */
const MAX_BIO_ROLE_OFFSET = 9;

const TERMINAL_PUNCTUATION = /[.!?:;]["'”’]?$/u;
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'abu', 'dos', 'du', 'st.']);
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)$/u;
const BIO = /^(?<name>[\p{Lu}][\p{L}'’.-]+(?: [\p{L}'’.-]+){1,4}?) (?:is|was|has been|serves as) (?<rest>.+)$/u;

export function isPersonName(text: string): boolean {
  if (isGenericCredit(text)) return false; // "Staff Reports", "Editorial Staff"
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!NAME_WORD.test(words[0]) || !NAME_WORD.test(words.at(-1)!)) return false;
  return words.every((w) => NAME_WORD.test(w) || NAME_PARTICLES.has(w.toLowerCase()));
}

/** "JANE DOE" → "Jane Doe"; mixed-case names are kept as written. */
export function tidyName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim().replace(/[,;:]$/, '');
  if (clean !== clean.toUpperCase()) return clean;
  return clean.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, pre: string, ch: string) => pre + ch.toUpperCase());
}

function isPublisher(text: string, lex: ExtractLexicon): boolean {
  return text.split(/[\s-]+/).some((w) => lex.publisherWords.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
}

export function parseByline(line: string, lex: ExtractLexicon): Byline | null {
  if (line.length > MAX_BYLINE_LENGTH) return null;
  const m = /^by:?\s+(.+)$/iu.exec(line.trim());
  if (!m) return null;
  // Drop what follows the names: a stamp after a separator, "in Kyiv", "Updated …".
  const names = m[1]
    .split(/\s+[|•·—–]\s+|\s+-\s+/u)[0]
    .replace(/\s+(?:in|from)\s+\p{Lu}[\p{L}.' -]*$/u, '')
    .replace(/,?\s+(?:updated|published|posted)\b.*$/iu, '');
  const parts = names.split(/\s*,\s*|\s+and\s+|\s*&\s*/iu).map((p) => p.trim()).filter(Boolean);
  const authors: string[] = [];
  let publisher: string | null = null;
  // "By Staff Reports": a byline all the same (not body text), naming no one.
  let generic = false;
  for (const part of parts) {
    const cased = tidyName(part);
    if (isGenericCredit(part)) generic = true;
    else if (isPublisher(part, lex)) publisher ??= part === part.toUpperCase() && part.length > 4 ? cased : part;
    else if (isPersonName(cased)) authors.push(cased);
    // Anything else is a job title ("Staff Writer") or a place: not a name.
  }
  return authors.length || publisher || generic ? { authors, publisher, bio: false } : null;
}

/** "Jane Doe", "Jane Doe and John Roe", "Jane Doe in Brussels": a byline without "By". */
export function parseNameLine(line: string, lex: ExtractLexicon): Byline | null {
  if (line.length > MAX_BYLINE_LENGTH || TERMINAL_PUNCTUATION.test(line)) return null;
  const names = line.replace(/\s+in\s+\p{Lu}[\p{L}.' -]*$/u, '');
  const parts = names.split(/\s*,\s*|\s+and\s+|\s*&\s*/u).map((p) => tidyName(p));
  if (!parts.length || !parts.every(isPersonName) || parts.some((p) => isPublisher(p, lex))) return null;
  return { authors: parts, publisher: null, bio: false };
}

export function parseBio(line: string, lex: ExtractLexicon): Byline | null {
  if (line.length > MAX_BIO_LENGTH) return null;
  const m = BIO.exec(line.trim());
  if (!m?.groups) return null;
  const name = tidyName(m.groups.name);
  if (!isPersonName(name)) return null;
  const rest = m.groups.rest;
  const role = lex.journalismRole.exec(rest);
  if (!role || rest.slice(0, role.index).split(/\s+/).length > MAX_BIO_ROLE_OFFSET) return null;
  return { authors: [name], publisher: publisherOfBio(rest, role.index), bio: true };
}

// "The Times of Israel's diplomatic reporter" → The Times of Israel (a possessive before the role);
// "a correspondent for The Global Ledger in Nairobi" → The Global Ledger (a capitalized run after for/at/with).
function publisherOfBio(rest: string, roleAt: number): string | null {
  const possessive = /^(?:the |a |an )?(?<pub>(?:The )?\p{Lu}[\p{L}&.'’-]*(?: (?:of|the|and|&|on|for|de|du|al)? ?\p{Lu}[\p{L}&.'’-]*)*)['’]s?\s/u.exec(rest.slice(0, roleAt + 1));
  if (possessive?.groups) return possessive.groups.pub.replace(/['’]$/, '');
  const after = /\b(?:for|at|with|of)\s+(?<pub>(?:the |The )?\p{Lu}[\p{L}&.'’-]*(?: (?:of |the |and |& |on )?\p{Lu}[\p{L}&.'’-]*)*)/u.exec(rest.slice(roleAt));
  if (!after?.groups) return null;
  return after.groups.pub.replace(/^the /, 'The ');
}
