// Plain text → Article. The input is a web page saved as text: a title, perhaps a dek (standfirst),
// bylines or an author bio, metadata stamps, photo captions with credits (sometimes repeated by the
// scraper), body paragraphs, and site furniture. Each line-level heuristic below is named and says why.
import type { ArticleMeta, Section, SectionKind } from '../doc/schema.js';
import { type ExtractLexicon, extractLexicon } from './lexicon.js';
import { parseBio, parseByline, parseNameLine } from './bylines.js';
import { parseStampDate } from './stamps.js';

export interface ExtractedArticle {
  text: string;
  sections: Section[];
  meta: ArticleMeta;
  warnings: string[];
}

/** Hints from outside the text (HTML metadata, a batch record) that outrank what the text suggests. */
export interface ExtractHints {
  title?: string | null;
  authors?: string[];
  publisher?: string | null;
  published?: string | null;
  url?: string | null;
  language?: string | null;
  /** The page's description: a header block with this text is the dek. */
  dek?: string | null;
  /**
   * The paragraphs come from a page's markup (the HTML path): a dek is then only a line without a closing
   * full stop, since a web page's first paragraph is often followed by stamps and widgets.
   */
  markup?: boolean;
}

/**
 * A paragraph with what its markup already says about it (the HTML path): a caption (with its credit's
 * offsets in `text`), furniture, or a heading, which belongs to the body but is never a dek or a byline.
 */
export interface Paragraph {
  text: string;
  role?: 'caption' | 'furniture' | 'heading' | 'dek';
  credit?: { start: number; end: number };
}

// ---- named thresholds ----
/** Header material (title, dek, bylines, stamps) sits within the first few paragraphs. */
const HEADER_WINDOW = 6;
/** An author bio or closing byline sits within the last few paragraphs. */
const FOOTER_WINDOW = 4;
/** Titles are short; a longer first paragraph is body text and the article has no title line. */
const MAX_TITLE_LENGTH = 300;
/** Deks are one or two sentences. */
const MAX_DEK_LENGTH = 450;
/** A dek says something: a line of a word or two ("By", "Updated") is not one. */
const MIN_DEK_LENGTH = 20;
/** A line in a related-links list is a headline, not a paragraph. */
const MAX_HEADLINE_LENGTH = 160;
/** Hard-wrapped text: most lines inside a paragraph are cut near a fixed width. */
const WRAP_MIN_MEDIAN = 40;
const WRAP_MAX_LINE = 100;

type BlockRole = SectionKind | 'furniture' | 'stamp';

interface Block {
  text: string;
  role: BlockRole | null;
  /** For captions: the credit's offsets within `text`. */
  credit?: { start: number; end: number };
  /** A heading in the page's markup. */
  heading?: boolean;
  /** Marked as a standfirst in the page's markup. */
  dek?: boolean;
}

const TERMINAL = /[.!?…:;。！？]["'”’»)\]」』]*$/u;
const CREDIT_IN_PARENS = /\(([^()]{2,140})\)\s*$/u;
const CREDIT_AFTER_LABEL = /(?:^|\s)(?:Photograph|Photo|Picture|Image|Credit|Illustration|Photo credit):\s*([^.()]{2,120}?)\s*$/u;

export function extractPlainText(raw: string, hints: ExtractHints = {}): ExtractedArticle {
  return extractFromParagraphs(paragraphsOf(raw), hints);
}

/** Splits raw text into paragraphs: lines, or runs of lines when the text is hard-wrapped. */
export function paragraphsOf(raw: string): string[] {
  const lines = raw.replace(/\r\n?/g, '\n').replace(/\u2028|\u2029/g, '\n').split('\n').map(cleanLine);
  if (!looksHardWrapped(lines)) return lines.filter((l) => l.length > 0);
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push(run.join(' '));
    run = [];
  };
  for (const line of lines) {
    if (!line) flush();
    else run.push(line);
  }
  flush();
  return out;
}

function cleanLine(line: string): string {
  // Non-breaking and zero-width spaces are page artefacts; collapse inner runs of spaces and tabs.
  return line.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/\u200b|\u200c|\u200d|\ufeff/g, '').replace(/[ \t]+/g, ' ').trim();
}

// Wrapped text has blank lines between paragraphs and lines of similar, moderate length inside them;
// scraped web text has one paragraph a line, many far longer than any wrap width.
function looksHardWrapped(lines: string[]): boolean {
  const nonEmpty = lines.filter(Boolean);
  if (nonEmpty.length < 6 || nonEmpty.length === lines.length) return false;
  if (nonEmpty.some((l) => l.length > WRAP_MAX_LINE)) return false;
  const inner: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) if (lines[i] && lines[i + 1]) inner.push(lines[i].length);
  if (inner.length < nonEmpty.length / 3) return false;
  inner.sort((a, b) => a - b);
  return inner[Math.floor(inner.length / 2)] >= WRAP_MIN_MEDIAN;
}

export function extractFromParagraphs(paragraphs: (string | Paragraph)[], hints: ExtractHints = {}): ExtractedArticle {
  const lex = extractLexicon();
  const blocks: Block[] = paragraphs.map((p) => {
    if (typeof p === 'string') return { text: p, role: null };
    if (p.role === 'heading') return { text: p.text, role: null, heading: true };
    if (p.role === 'dek') return { text: p.text, role: null, dek: true };
    return { text: p.text, role: p.role ?? null, credit: p.credit };
  });
  const warnings: string[] = [];
  const authors: string[] = [];
  let publisher: string | null = null;
  let stampPublished: string | null = null;
  let stampUpdated: string | null = null;

  markFurniture(blocks, lex);
  markRepeatedCaptions(blocks, lex);

  // Stamps and bylines: in the header window, or (bylines and bios) in the footer window.
  const live = () => blocks.filter((b) => b.role !== 'furniture');
  const header = live().slice(0, HEADER_WINDOW);
  const footer = live().slice(-FOOTER_WINDOW);
  for (const block of [...header, ...footer]) {
    if (block.role || block.heading) continue;
    const stamp = stampOf(block.text, lex);
    if (stamp) {
      block.role = 'stamp';
      if (stamp.kind === 'published') stampPublished ??= parseStampDate(stamp.when);
      else stampUpdated ??= parseStampDate(stamp.when);
      continue;
    }
    const byline = parseByline(block.text, lex) ?? parseBio(block.text, lex);
    if (byline && (header.includes(block) || byline.bio)) {
      block.role = 'byline';
      for (const a of byline.authors) if (!authors.includes(a)) authors.push(a);
      publisher ??= byline.publisher;
    }
  }

  // Title, then dek: the first free blocks of the header.
  const free = live().filter((b) => !b.role);
  const [first, second] = free;
  let title: string | null = null;
  if (first && looksLikeTitle(first.text, hints.title)) {
    first.role = 'title';
    title = first.text;
    if (second && (second.dek || (!second.heading && looksLikeDek(second, blocks, hints.markup === true)))) second.role = 'dek';
    else if (second && hints.markup && hints.dek && sameText(second.text, hints.dek) && !TERMINAL.test(second.text)) second.role = 'dek';
  } else if (hints.title) {
    title = hints.title;
  } else {
    warnings.push('no title line found');
  }
  markNameOnlyBylines(blocks, lex, authors, hints.authors);
  for (const b of blocks) if (!b.role) b.role = 'body';
  // A text of a sentence or two (a batch record, a pasted paragraph) is all body, not a headline.
  if (!blocks.some((b) => b.role === 'body')) {
    for (const b of blocks) if (b.role === 'title' || b.role === 'dek') b.role = 'body';
    title = null;
  }
  if (!blocks.some((b) => b.role === 'body')) warnings.push('no body paragraphs found');

  const assembled = assemble(blocks);
  return {
    ...assembled,
    meta: {
      title: hints.title ?? title,
      dek: blocks.find((b) => b.role === 'dek')?.text ?? null,
      authors: hints.authors?.length ? hints.authors : authors,
      publisher: hints.publisher ?? publisher,
      // An update stamp stands in for the publication date when it is the only stamp: the article
      // was published on or before it, and it anchors relative dates far better than nothing.
      published: (hints.published ?? stampPublished ?? stampUpdated)
        ? { value: (hints.published ?? stampPublished ?? stampUpdated) as string, origin: 'metadata' }
        : { value: null, origin: null },
      url: hints.url ?? null,
      language: hints.language ?? guessLanguage(assembled.text),
    },
    warnings,
  };
}

// ---- furniture ----

// Whole-line furniture anywhere; after a related-links header, the headline-like lines that follow.
function markFurniture(blocks: Block[], lex: ExtractLexicon): void {
  let inTail = false;
  for (const block of blocks) {
    const text = block.text.replace(/[\s:|>»→-]+$/u, '');
    if (lex.tailHeader.test(text)) {
      block.role = 'furniture';
      inTail = true;
    } else if (lex.furniture.test(text) || lex.furniture.test(block.text)) {
      block.role = 'furniture';
    } else if (inTail && looksLikeHeadline(block.text, lex)) {
      block.role = 'furniture';
    } else {
      inTail = false;
    }
  }
}

function looksLikeHeadline(text: string, lex: ExtractLexicon): boolean {
  if (text.length > MAX_HEADLINE_LENGTH) return false;
  if (parseBio(text, lex)) return false;
  return !/[.!;:]["'”’]?$/u.test(text) || /\?["'”’]?$/u.test(text);
}

// A scraper often writes a caption twice in a row (the image's alt text and its figcaption). The
// record holds each caption once; a repeated caption anywhere in the article is the same caption.
function markRepeatedCaptions(blocks: Block[], lex: ExtractLexicon): void {
  const seen = new Set<string>();
  for (const block of blocks) {
    if (block.role === 'caption') {
      const key = block.text.toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(key)) block.role = 'furniture';
      seen.add(key);
      continue;
    }
    if (block.role || block.heading) continue;
    const credit = creditOf(block.text, lex);
    if (!credit) continue;
    const key = block.text.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) {
      block.role = 'furniture';
      continue;
    }
    seen.add(key);
    block.role = 'caption';
    block.credit = credit;
  }
}

/** The credit of a caption line: a parenthesized or "Photograph: …" tail that names a photo source. */
export function creditOf(text: string, lex: ExtractLexicon): { start: number; end: number } | null {
  const paren = CREDIT_IN_PARENS.exec(text);
  if (paren && paren.index > 0) {
    const inner = paren[1].trim();
    const before = text.slice(0, paren.index).trim();
    if (before.length >= 10 && isCredit(inner, lex)) {
      const start = paren.index + 1 + paren[1].indexOf(inner);
      return { start, end: start + inner.length };
    }
  }
  const label = CREDIT_AFTER_LABEL.exec(text);
  if (label && label.index > 10) {
    const inner = label[1];
    const start = label.index + label[0].lastIndexOf(inner);
    return { start, end: start + inner.length };
  }
  return null;
}

function isCredit(inner: string, lex: ExtractLexicon): boolean {
  if (inner.split(/\s+/).length > 14) return false;
  // A name and an agency joined by a slash ("Miri Shimonovich/ Foreign Ministry"); not a fraction.
  if (/\p{L}\s*\/\s*\p{L}/u.test(inner)) return true;
  return lex.creditCue.test(inner);
}

// ---- header ----

function stampOf(text: string, lex: ExtractLexicon): { kind: 'published' | 'updated'; when: string } | null {
  if (text.length > 120) return null;
  const line = text.replace(/^[\s|•·]+|[\s|•·]+$/gu, '');
  for (const re of lex.published) {
    const m = re.exec(line);
    if (m?.groups?.when) return { kind: 'published', when: m.groups.when };
  }
  for (const re of lex.updated) {
    const m = re.exec(line);
    if (m?.groups?.when) return { kind: 'updated', when: m.groups.when };
  }
  return null;
}

// Some sites print the byline as the name alone, or "Name in City" (Guardian style). Such a line is
// only a byline between the title and the first body paragraph, where no body text looks like it.
function markNameOnlyBylines(blocks: Block[], lex: ExtractLexicon, authors: string[], known?: string[]): void {
  const firstBody = blocks.findIndex((b) => !b.role);
  for (const block of blocks.slice(0, firstBody < 0 ? 0 : firstBody + 1)) {
    if (block.role || block.heading) continue;
    const byline = parseNameLine(block.text, lex);
    if (!byline) continue;
    // When the page's metadata names the authors, a name line is a byline only if it names one of them.
    if (known?.length && !byline.authors.some((a) => known.some((k) => k.toLowerCase() === a.toLowerCase()))) continue;
    block.role = 'byline';
    for (const a of byline.authors) if (!authors.includes(a)) authors.push(a);
  }
}

function looksLikeTitle(text: string, hinted: string | null | undefined): boolean {
  if (hinted) return sameText(text, hinted);
  if (text.length > MAX_TITLE_LENGTH) return false;
  // A title rarely ends in a full stop; a long line that does is the first body paragraph.
  return !/[.]["'”’]?$/u.test(text) || text.length < 90;
}

// A dek follows the title and precedes the body: it has no closing full stop, or header material
// (a byline, a stamp) comes right after it, which the first body paragraph never has before it.
function looksLikeDek(block: Block, blocks: Block[], markup: boolean): boolean {
  if (block.text.length > MAX_DEK_LENGTH || block.text.length < MIN_DEK_LENGTH) return false;
  if (!TERMINAL.test(block.text)) return true;
  if (markup) return false;
  const i = blocks.indexOf(block);
  const next = blocks.slice(i + 1).find((b) => b.role !== 'furniture' && b.role !== 'caption');
  return next?.role === 'byline' || next?.role === 'stamp';
}

const sameText = (a: string, b: string) =>
  a.toLowerCase().replace(/\W+/gu, ' ').trim() === b.toLowerCase().replace(/\W+/gu, ' ').trim();

// ---- output ----

// The cleaned text: kept blocks in their order, one paragraph each, separated by blank lines.
function assemble(blocks: Block[]): { text: string; sections: Section[] } {
  let text = '';
  const sections: Section[] = [];
  for (const block of blocks) {
    if (block.role === 'furniture' || block.role === 'stamp' || !block.role) continue;
    if (text) text += '\n\n';
    const start = text.length;
    text += block.text;
    const section: Section = { kind: block.role, start, end: text.length };
    if (block.credit) section.credit = { start: start + block.credit.start, end: start + block.credit.end };
    sections.push(section);
  }
  return { text, sections };
}

// Chancery's models are English; other scripts are flagged rather than analyzed as if English.
function guessLanguage(text: string): string | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (!letters) return null;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return latin / letters > 0.8 ? 'en' : null;
}
