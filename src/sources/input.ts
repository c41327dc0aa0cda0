// Inputs for `analyze` and `ingest`: files, folders, stdin and batch records, each read with the
// checks every input gets (exists, not too large, not empty, not binary, decodable) and reported as one
// line naming the input and the reason when it fails.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { InputError } from '../util/errors.js';
import { decodeBytes } from './decode.js';
import { globMatcher } from './glob.js';

/** Inputs over this size are refused: no news article is this long, and it guards memory. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm']);

export type InputFormat = 'text' | 'html';

export interface ArticleInput {
  kind: 'file' | 'stdin' | 'batch' | 'text' | 'url' | 'feed';
  location: string;
  content: string;
  format: InputFormat;
  published?: string;
  url?: string;
  /** Problems met while reading (e.g. a fallback encoding), copied into the record's warnings. */
  warnings: string[];
}

/**
 * Expands folders into their article files (recursively, sorted); files and `-` pass through. With `glob`
 * ("**\/*.html", "2024-*.txt"), a folder gives the files whose path inside it matches, whatever their
 * extension.
 */
export function expandPaths(paths: string[], glob?: string): { paths: string[]; errors: InputError[] } {
  const match = glob ? globMatcher(glob) : null;
  const out: string[] = [];
  const errors: InputError[] = [];
  for (const path of paths) {
    if (path === '-') {
      out.push(path);
      continue;
    }
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      errors.push(new InputError('no such file or folder', path));
      continue;
    }
    if (stat.isDirectory()) {
      const files = articleFiles(path, match, path);
      if (!files.length) errors.push(new InputError(match ? `folder holds no files matching ${glob}` : 'folder holds no .txt, .html or .htm files', path));
      out.push(...files);
    } else out.push(path);
  }
  return { paths: out, errors };
}

function articleFiles(dir: string, match: ((path: string) => boolean) | null, root: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return articleFiles(path, match, root);
      if (!e.isFile()) return [];
      if (match) return match(relative(root, path).split(sep).join('/')) ? [path] : [];
      return ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase()) ? [path] : [];
    });
}

export function readFileInput(path: string): ArticleInput {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError('is a folder; give its files or the folder alone', path);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('no such file', path);
  }
  if (size > MAX_INPUT_BYTES) throw new InputError(`too large (${mb(size)}; the limit is ${mb(MAX_INPUT_BYTES)})`, path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(`cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, path);
  }
  return fromBytes(bytes, 'file', path, extname(path).toLowerCase());
}

export async function readStdinInput(stream: NodeJS.ReadableStream = process.stdin): Promise<ArticleInput> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += buf.length;
    if (total > MAX_INPUT_BYTES) throw new InputError(`too large (over ${mb(MAX_INPUT_BYTES)})`, 'stdin');
    chunks.push(buf);
  }
  return fromBytes(Buffer.concat(chunks), 'stdin', 'stdin', '');
}

/** An article given as a string (batch records, the API). */
export function textInput(content: string, location: string, format: InputFormat, kind: ArticleInput['kind'] = 'text'): ArticleInput {
  if (!content.trim()) throw new InputError('empty (no text)', location);
  if (content.length > MAX_INPUT_BYTES) throw new InputError(`too large (the limit is ${mb(MAX_INPUT_BYTES)})`, location);
  return { kind, location, content: content.replace(/^\ufeff/, ''), format, warnings: [] };
}

/**
 * Bytes → an input: refused when empty or binary; decoded by the HTML rules when it is markup (a <meta
 * charset> counts), else as UTF-8, UTF-16 with a BOM, or windows-1252 with a warning. `contentType` is an
 * HTTP Content-Type header, whose charset outranks the document's.
 */
export function fromBytes(bytes: Buffer, kind: ArticleInput['kind'], location: string, extension: string, contentType?: string): ArticleInput {
  if (bytes.length === 0) throw new InputError(kind === 'url' || kind === 'feed' ? 'empty response' : 'empty file', location);
  const binary = binaryKind(bytes);
  if (binary) throw new InputError(`not a text or HTML file (${binary})`, location);
  const markup =
    /html/i.test(contentType ?? '') || extension === '.html' || extension === '.htm' || HTML_START.test(bytes.subarray(0, 1024).toString('latin1').replace(/\0/g, ''));
  const { text, warnings } = markup || contentType ? decodeBytes(bytes, { contentType, markup }) : decode(bytes);
  if (!text.trim()) throw new InputError('empty (only whitespace)', location);
  const html = markup || HTML_START.test(text.slice(0, 1024));
  return { kind, location, content: text, format: html ? 'html' : 'text', warnings };
}

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;

const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP or RIFF media', [0x52, 0x49, 0x46, 0x46]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

/** Names the kind of a binary file, or returns null for text. */
export function binaryKind(bytes: Buffer): string | null {
  for (const [name, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return name;
  if (isUtf16(bytes)) return null;
  // Text has no NUL bytes and few control characters.
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return 'binary data';
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > head.length * 0.05 ? 'binary data' : null;
}

const isUtf16 = (b: Buffer) => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

function decode(bytes: Buffer): { text: string; warnings: string[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), warnings: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), warnings: [] };
  } catch {
    // Not UTF-8: the commonest other encoding of Western news text; say so in the record.
    return { text: new TextDecoder('windows-1252').decode(bytes), warnings: ['input is not valid UTF-8; read as windows-1252'] };
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
