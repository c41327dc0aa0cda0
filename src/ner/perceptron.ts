// Training: a structured averaged perceptron (Collins 2002) over BILOU tags with Viterbi decoding.
// Features arrive as dense ids; averaging uses the usual trick of keeping, beside each weight, the sum
// of its updates weighted by the step they were made at, so no per-step copy of the weights is needed.
import type { TagSet } from './tags.js';
import { viterbi } from './viterbi.js';

export interface TrainItem {
  /** Dense feature ids; token i owns ids[offsets[i]] … ids[offsets[i + 1] - 1]. */
  ids: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
}

/** A small, seeded random number generator (mulberry32): training runs are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class AveragedPerceptron {
  readonly tags: TagSet;
  readonly features: number;
  readonly w: Float32Array;
  private readonly u: Float64Array;
  readonly trans: Float64Array;
  private readonly transU: Float64Array;
  private step = 1;
  private emit = new Float64Array(0);
  private pred = new Int32Array(0);

  constructor(features: number, tags: TagSet) {
    this.tags = tags;
    this.features = features;
    const T = tags.size;
    this.w = new Float32Array(features * T);
    this.u = new Float64Array(features * T);
    this.trans = new Float64Array((T + 1) * T);
    this.transU = new Float64Array((T + 1) * T);
  }

  private buffers(n: number): void {
    const T = this.tags.size;
    if (this.emit.length < n * T) this.emit = new Float64Array(n * T * 2);
    if (this.pred.length < n) this.pred = new Int32Array(n * 2);
  }

  /** Decodes with the given weights (current, or averaged from `averaged()`). */
  decode(item: TrainItem, w: ArrayLike<number> = this.w, trans: ArrayLike<number> = this.trans): Int32Array {
    const T = this.tags.size;
    const n = item.gold.length;
    this.buffers(n);
    const emit = this.emit;
    emit.fill(0, 0, n * T);
    for (let i = 0; i < n; i++) {
      const base = i * T;
      for (let k = item.offsets[i]; k < item.offsets[i + 1]; k++) {
        const f = item.ids[k] * T;
        for (let t = 0; t < T; t++) emit[base + t] += w[f + t];
      }
    }
    viterbi(emit, n, this.tags, trans, this.pred);
    return this.pred.subarray(0, n);
  }

  /** One training step on one sentence; returns whether the prediction was wrong. */
  learn(item: TrainItem): boolean {
    const T = this.tags.size;
    const pred = this.decode(item);
    const gold = item.gold;
    const n = gold.length;
    let wrong = false;
    const c = this.step;
    for (let i = 0; i < n; i++) {
      const g = gold[i];
      const p = pred[i];
      if (g !== p) {
        wrong = true;
        for (let k = item.offsets[i]; k < item.offsets[i + 1]; k++) {
          const f = item.ids[k] * T;
          this.w[f + g] += 1;
          this.u[f + g] += c;
          this.w[f + p] -= 1;
          this.u[f + p] -= c;
        }
      }
      const gp = i === 0 ? T : gold[i - 1];
      const pp = i === 0 ? T : pred[i - 1];
      if (gp !== pp || g !== p) {
        this.trans[gp * T + g] += 1;
        this.transU[gp * T + g] += c;
        this.trans[pp * T + p] -= 1;
        this.transU[pp * T + p] -= c;
      }
    }
    this.step++;
    return wrong;
  }

  /** The averaged weights (what is evaluated and saved). */
  averaged(): { w: Float32Array; trans: Float32Array } {
    const c = this.step;
    const w = new Float32Array(this.w.length);
    for (let j = 0; j < w.length; j++) w[j] = this.w[j] - this.u[j] / c;
    const trans = new Float32Array(this.trans.length);
    for (let j = 0; j < trans.length; j++) trans[j] = this.trans[j] - this.transU[j] / c;
    return { w, trans };
  }
}
