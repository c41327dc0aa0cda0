// Entity-level precision, recall and F1 (exact span and type), as conlleval counts them.
import type { TagSpan } from './conll.js';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  pred: number;
  correct: number;
}

export function scoreSpans(gold: readonly TagSpan[][], pred: readonly TagSpan[][]): { overall: Prf; byType: Record<string, Prf> } {
  const counts = new Map<string, { gold: number; pred: number; correct: number }>();
  const bump = (type: string, field: 'gold' | 'pred' | 'correct') => {
    let c = counts.get(type);
    if (!c) {
      c = { gold: 0, pred: 0, correct: 0 };
      counts.set(type, c);
    }
    c[field]++;
  };
  gold.forEach((g, i) => {
    const keys = new Set(g.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of g) bump(s.type, 'gold');
    for (const s of pred[i] ?? []) {
      bump(s.type, 'pred');
      if (keys.has(`${s.start}:${s.end}:${s.type}`)) bump(s.type, 'correct');
    }
  });
  const prf = (c: { gold: number; pred: number; correct: number }): Prf => {
    const precision = c.pred ? c.correct / c.pred : 0;
    const recall = c.gold ? c.correct / c.gold : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, ...c };
  };
  const total = { gold: 0, pred: 0, correct: 0 };
  const byType: Record<string, Prf> = {};
  for (const type of [...counts.keys()].sort()) {
    const c = counts.get(type)!;
    total.gold += c.gold;
    total.pred += c.pred;
    total.correct += c.correct;
    byType[type] = prf(c);
  }
  return { overall: prf(total), byType };
}
