import { createHash } from 'node:crypto';

/** A stable id for an article: the first 16 bytes of SHA-256 of its cleaned text, in hex. */
export function contentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32);
}

/** murmur3's 32-bit finalizer: a fast, well-mixed permutation of 32-bit values (MinHash, feature hashing). */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
