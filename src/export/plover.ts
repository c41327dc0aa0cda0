// Events as PLOVER JSON records (PLOVER manual, "Data Fields"): one object per event, named fields, with
// the entity, location, text and citation objects the manual defines, plus Chancery's own fields
// (modality, negated, CAMEO code) under names the manual does not use.
import type { EventRow } from '../store/query.js';
import { packageVersion } from '../version.js';

export interface PloverEntity {
  code: string;
  sector?: string;
  entity_text?: string;
  identifier_text?: string;
}

export interface PloverRecord {
  id: string;
  date: string | null;
  actor: PloverEntity[];
  recipient: PloverEntity[];
  event: string[];
  mode: string[];
  quad_code: number;
  event_scale: number;
  event_loc?: { placename: string; country: string | null; lat: number | null; lon: number | null };
  event_text: string[];
  text_info: { start: number; end: number };
  cite_info: { url: string | null; title: string | null; publication: string | null; language: string | null; coder: string; codebook: string };
  coded_date: string;
  cameo: string;
  modality: string;
  negated: boolean;
}

function entity(side: { actor: string; code: string; name: string | null; country: string | null }): PloverEntity {
  const country = side.country ?? side.code.slice(0, 3);
  const sector = side.country && side.code.startsWith(side.country) ? side.code.slice(side.country.length) : '';
  return { code: country, ...(sector ? { sector } : {}), ...(side.name ? { entity_text: side.name } : {}), identifier_text: side.actor };
}

export function ploverRecord(e: EventRow): PloverRecord {
  return {
    id: `${e.articleId}/${e.id}`,
    date: e.day,
    actor: [entity(e.source)],
    recipient: e.target ? [entity(e.target)] : [],
    event: [e.plover.type],
    mode: e.plover.mode ? [e.plover.mode] : [],
    quad_code: e.quadClass,
    event_scale: e.goldstein,
    ...(e.place ? { event_loc: { placename: e.place.name, country: e.place.country, lat: e.place.lat, lon: e.place.lon } } : {}),
    event_text: [e.evidence],
    text_info: { start: e.sentence.start, end: e.sentence.end },
    cite_info: {
      url: e.article.url,
      title: e.article.title,
      publication: e.article.publisher,
      language: e.article.language,
      coder: `chancery ${packageVersion()}`,
      codebook: 'PLOVER via CAMEO (data/events/cameo-plover.tsv)',
    },
    coded_date: e.article.ingested.slice(0, 10),
    cameo: e.cameo,
    modality: e.modality,
    negated: e.negated,
  };
}
