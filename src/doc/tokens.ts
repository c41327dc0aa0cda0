// Lookups from character offsets to the token layer, by binary search.
import type { Doc } from './doc.js';

/** The token containing character `offset`, or -1 when the offset falls between tokens or outside. */
export function tokenAt(doc: Doc, offset: number): number {
  const t = tokenFrom(doc, offset);
  return t >= 0 && doc.tokens.start[t] <= offset ? t : -1;
}

/** The first token ending after `offset` (the token at it, or the next one), or -1 past the last. */
export function tokenFrom(doc: Doc, offset: number): number {
  const { start, end } = doc.tokens;
  let lo = 0;
  let hi = start.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (end[mid] <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo < start.length ? lo : -1;
}

/** Token index → actor id for every token inside a mention linked to an actor. */
export function actorsByToken(doc: Doc): Map<number, string> {
  const map = new Map<number, string>();
  const n = doc.tokens.start.length;
  for (const m of doc.mentions) {
    if (!m.actor) continue;
    for (let t = tokenFrom(doc, m.start); t >= 0 && t < n && doc.tokens.start[t] < m.end; t++) map.set(t, m.actor);
  }
  return map;
}

/** The sentence holding character `offset` (the last sentence starting at or before it). */
export function sentenceAt(doc: Doc, offset: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
