// The tag set: BILOU over the entity types (B-egin, I-nside, L-ast, U-nit, O-utside). BILOU makes the
// first and last token of a name their own decisions, which beats BIO for feature-based taggers
// (Ratinov & Roth 2009). Which tag may follow which is fixed here and enforced by the decoder.
import type { TagSpan } from './conll.js';

export class TagSet {
  readonly types: readonly string[];
  /** "O", then B-, I-, L-, U- for each type. */
  readonly names: readonly string[];
  readonly size: number;
  /** allowed[prev * size + next]; prev = size stands for the sentence start. */
  readonly allowed: Uint8Array;
  /** Tags that may end a sentence. */
  readonly canEnd: Uint8Array;
  /** For each tag, the tags that may come right before it (the decoder's inner loop). */
  readonly predecessors: Int32Array[];

  constructor(types: readonly string[]) {
    this.types = types;
    const names = ['O'];
    for (const t of types) names.push(`B-${t}`, `I-${t}`, `L-${t}`, `U-${t}`);
    this.names = names;
    this.size = names.length;
    const n = this.size;
    this.allowed = new Uint8Array((n + 1) * n);
    this.canEnd = new Uint8Array(n);
    for (let prev = 0; prev <= n; prev++) {
      for (let next = 0; next < n; next++) this.allowed[prev * n + next] = this.follows(prev === n ? -1 : prev, next) ? 1 : 0;
    }
    for (let t = 0; t < n; t++) this.canEnd[t] = this.closes(t) ? 1 : 0;
    this.predecessors = Array.from({ length: n }, (_, next) => Int32Array.from(Array.from({ length: n }, (_, p) => p).filter((p) => this.allowed[p * n + next])));
  }

  /** 0 for O, else 1 + 4 * typeIndex + (0 B, 1 I, 2 L, 3 U). */
  prefix(tag: number): 'O' | 'B' | 'I' | 'L' | 'U' {
    return tag === 0 ? 'O' : (['B', 'I', 'L', 'U'] as const)[(tag - 1) % 4];
  }

  typeOf(tag: number): number {
    return tag === 0 ? -1 : Math.floor((tag - 1) / 4);
  }

  tag(prefix: 'B' | 'I' | 'L' | 'U', type: number): number {
    return 1 + 4 * type + { B: 0, I: 1, L: 2, U: 3 }[prefix];
  }

  private closes(tag: number): boolean {
    const p = this.prefix(tag);
    return p === 'O' || p === 'L' || p === 'U';
  }

  private follows(prev: number, next: number): boolean {
    const open = prev >= 0 && !this.closes(prev);
    const p = this.prefix(next);
    if (!open) return p === 'O' || p === 'B' || p === 'U';
    return (p === 'I' || p === 'L') && this.typeOf(prev) === this.typeOf(next);
  }

  /** BILOU tag numbers for spans over n tokens (types not in the set are left out). */
  encode(spans: readonly TagSpan[], n: number): Int32Array {
    const out = new Int32Array(n);
    for (const s of spans) {
      const type = this.types.indexOf(s.type);
      if (type < 0) continue;
      if (s.end - s.start === 1) out[s.start] = this.tag('U', type);
      else {
        out[s.start] = this.tag('B', type);
        for (let i = s.start + 1; i < s.end - 1; i++) out[i] = this.tag('I', type);
        out[s.end - 1] = this.tag('L', type);
      }
    }
    return out;
  }

  /** Spans from a valid BILOU tag sequence (anything the decoder returns). */
  decode(tags: ArrayLike<number>): TagSpan[] {
    const spans: TagSpan[] = [];
    let start = -1;
    for (let i = 0; i < tags.length; i++) {
      const p = this.prefix(tags[i]);
      const type = this.types[this.typeOf(tags[i])];
      if (p === 'U') spans.push({ start: i, end: i + 1, type });
      else if (p === 'B') start = i;
      else if (p === 'L' && start >= 0) {
        spans.push({ start, end: i + 1, type });
        start = -1;
      } else if (p === 'O') start = -1;
    }
    return spans;
  }
}

export const CONLL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
