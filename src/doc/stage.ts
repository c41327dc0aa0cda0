// A stage is a small named step that declares which layers it needs and which it adds, like a spaCy
// pipeline component. The pipeline checks the order once, when it is built, not on every document.
import type { Doc, LayerName } from './doc.js';

export interface StageContext {
  /** The publication date the analysis is anchored on (YYYY-MM-DD), when known. */
  published?: string;
}

export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(doc: Doc, context: StageContext): void;
}

export class PipelineOrderError extends Error {}

/** Checks that each stage's required layers are assigned by an earlier stage (or present at start). */
export function checkStageOrder(stages: readonly Stage[], initial: readonly LayerName[]): void {
  const have = new Set<LayerName>(initial);
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => !have.has(layer));
    if (missing.length) {
      throw new PipelineOrderError(`stage "${stage.name}" needs ${missing.join(', ')}, which no earlier stage assigns`);
    }
    for (const layer of stage.assigns) have.add(layer);
  }
}

export function runStages(doc: Doc, stages: readonly Stage[], context: StageContext): Doc {
  for (const stage of stages) {
    stage.run(doc, context);
    for (const layer of stage.assigns) doc.layers.add(layer);
  }
  return doc;
}
