// The actors stage: mentions → actors with CAMEO codes, people with roles, coreference.
import type { Stage } from '../doc/stage.js';
import type { ActorDictionary } from './dictionary.js';
import { resolveActors } from './resolve.js';

export function actorsStage(dictionary?: ActorDictionary): Stage {
  return {
    name: 'actors',
    requires: ['sections', 'meta', 'sentences', 'tokens', 'mentions'],
    assigns: ['actors', 'mentions'],
    run(doc, context) {
      resolveActors(doc, context, { dictionary });
    },
  };
}
