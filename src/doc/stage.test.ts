import { describe, expect, it } from 'vitest';
import { STAGES } from '../pipeline.js';
import { PipelineOrderError, type Stage, checkStageOrder } from './stage.js';

const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns']): Stage => ({ name, requires, assigns, run() {} });

describe('stage order', () => {
  it('accepts the pipeline as built', () => {
    expect(() => checkStageOrder(STAGES, ['sections', 'meta'])).not.toThrow();
  });

  it('refuses a stage whose layers no earlier stage assigns', () => {
    const stages = [stage('events', ['mentions', 'sentences'], ['events']), stage('language', ['sections'], ['sentences', 'tokens'])];
    expect(() => checkStageOrder(stages, ['sections'])).toThrow(PipelineOrderError);
    expect(() => checkStageOrder(stages, ['sections'])).toThrow('stage "events" needs mentions, sentences, which no earlier stage assigns');
  });
});
