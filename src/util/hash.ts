import { createHash } from 'node:crypto';

/** A stable id for an article: the first 16 bytes of SHA-256 of its cleaned text, in hex. */
export function contentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32);
}
