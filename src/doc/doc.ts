// The Doc: the article text, held once, and every annotation as a stand-off layer over it.
// Stages read the layers they need and add their own; none of them rewrites `text`.
import type {
  Actor, ArticleMeta, ArticleRecord, ChanceryEvent, Claim, DateExpression, Mention, Place, Quote, Section,
  SourceKind, Span,
} from './schema.js';
import { SCHEMA_ID } from './schema.js';
import { contentId } from '../util/hash.js';

export const LayerNames = [
  'sections', 'meta', 'sentences', 'tokens', 'mentions', 'actors', 'dates', 'places', 'events', 'quotes', 'claims',
] as const;
export type LayerName = (typeof LayerNames)[number];

/**
 * Tokens as parallel arrays (like spaCy's per-token arrays): cheap to build and to scan, and a token is
 * only an index. `sentence[i]` is the index of the sentence holding token i.
 */
export interface TokenLayer {
  start: Int32Array;
  end: Int32Array;
  pos: string[];
  lemma: string[];
  sentence: Int32Array;
  /** Index of the first token of each sentence, plus a final entry equal to the token count. */
  sentenceFirstToken: Int32Array;
}

export interface SourceInfo {
  kind: SourceKind;
  location: string;
}

export class Doc {
  readonly text: string;
  readonly source: SourceInfo;
  readonly id: string;
  sections: Section[] = [];
  meta: ArticleMeta;
  sentences: Span[] = [];
  tokens: TokenLayer = emptyTokens();
  mentions: Mention[] = [];
  actors: Actor[] = [];
  dates: DateExpression[] = [];
  places: Place[] = [];
  events: ChanceryEvent[] = [];
  quotes: Quote[] = [];
  claims: Claim[] = [];
  /** What the program could not do for this article, in words. */
  warnings: string[] = [];
  /** Layers that some stage has filled (an empty layer can still be filled: "no events found"). */
  readonly layers = new Set<LayerName>();

  constructor(text: string, source: SourceInfo, meta: ArticleMeta) {
    this.text = text;
    this.source = source;
    this.meta = meta;
    this.id = contentId(text);
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  warn(message: string, span?: Span): void {
    this.warnings.push(span ? `${message} (at ${span.start}-${span.end})` : message);
  }

  /** The record of DESIGN.md "The record": plain JSON, ready to validate, print or store. */
  toRecord(pipelineVersion: string): ArticleRecord {
    return {
      schema: SCHEMA_ID,
      id: this.id,
      pipeline: { version: pipelineVersion },
      source: { ...this.source },
      text: this.text,
      sections: this.sections,
      article: this.meta,
      sentences: this.sentences,
      mentions: this.mentions,
      actors: this.actors,
      places: this.places,
      dates: this.dates,
      events: this.events,
      quotes: this.quotes,
      claims: this.claims,
      warnings: this.warnings,
    };
  }
}

function emptyTokens(): TokenLayer {
  return {
    start: new Int32Array(0),
    end: new Int32Array(0),
    pos: [],
    lemma: [],
    sentence: new Int32Array(0),
    sentenceFirstToken: new Int32Array(1),
  };
}
