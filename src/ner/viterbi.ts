// Viterbi decoding over a first-order tag chain. Transitions the tag set forbids (I-PER after O,
// B-ORG at the end of a sentence…) are never taken, so every path decodes to well-formed spans.
import type { TagSet } from './tags.js';

const NEG = Number.NEGATIVE_INFINITY;

/**
 * Best tag sequence for n tokens. emit[i * T + t] is token i's score for tag t; trans[(T + 1) * T] holds
 * prev→next weights, row T being the sentence start. Writes into out (length ≥ n). Linear in n.
 */
export function viterbi(emit: Float64Array, n: number, tags: TagSet, trans: ArrayLike<number>, out: Int32Array): void {
  const T = tags.size;
  if (n === 0) return;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  const allowed = tags.allowed;
  const preds = tags.predecessors;
  for (let t = 0; t < T; t++) score[t] = allowed[T * T + t] ? emit[t] + trans[T * T + t] : NEG;
  for (let i = 1; i < n; i++) {
    const base = i * T;
    const prevBase = base - T;
    for (let t = 0; t < T; t++) {
      let best = NEG;
      let arg = 0;
      const from = preds[t];
      for (let j = 0; j < from.length; j++) {
        const p = from[j];
        const s = score[prevBase + p] + trans[p * T + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + t] = best + emit[base + t];
      back[base + t] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    if (tags.canEnd[t] && score[last + t] > best) {
      best = score[last + t];
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg];
  }
}
