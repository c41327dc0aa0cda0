// 32-bit hashing for feature strings. A feature is a template number mixed with the hashes of its parts,
// so "previous word + this word" costs two integer mixes, not a string concatenation per token.
import { fmix } from '../util/hash.js';

/** FNV-1a over UTF-16 code units, finished with murmur3's avalanche. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

export { fmix };


/** Combines a running hash with one more 32-bit value (order matters). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0xcc9e2d51);
  h = (h << 15) | (h >>> 17);
  h = Math.imul(h, 0x1b873593) ^ b;
  h = (h << 13) | (h >>> 19);
  h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  return fmix(h);
}

/** A feature key: never 0, which the model's table keeps for "empty". */
export function featureKey(template: number, value: number): number {
  const h = mix(template, value);
  return h === 0 ? 1 : h;
}

/** A feature key over two values. */
export function featureKey2(template: number, a: number, b: number): number {
  const h = mix(mix(template, a), b);
  return h === 0 ? 1 : h;
}

/** A feature key over three values. */
export function featureKey3(template: number, a: number, b: number, c: number): number {
  const h = mix(mix(mix(template, a), b), c);
  return h === 0 ? 1 : h;
}
