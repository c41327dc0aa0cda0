// The events stage: CAMEO/PLOVER-coded events with sides, date, place, modality and provenance.
import type { Stage } from '../doc/stage.js';
import { codeEvents } from './coder.js';

export const eventsStage: Stage = {
  name: 'events',
  requires: ['sentences', 'tokens', 'mentions', 'actors', 'dates', 'places', 'quotes'],
  assigns: ['events'],
  run(doc, context) {
    doc.events = codeEvents(doc, context);
  },
};
