// The record: one article's analysis, as printed by `chancery analyze --format json`, returned by the
// API and mapped by the store. This zod schema is its one definition; the TypeScript types below are
// inferred from it, so code, output and validation cannot drift apart.
import { z } from 'zod';

export const SCHEMA_ID = 'chancery/article@1';

const offset = z.number().int().nonnegative();
/** A stand-off span: [start, end) in JavaScript string offsets into the record's `text`. */
export const SpanSchema = z.object({ start: offset, end: offset });

export const SectionKinds = ['title', 'dek', 'byline', 'body', 'caption'] as const;
export const SectionSchema = SpanSchema.extend({
  kind: z.enum(SectionKinds),
  /** A caption's credit line ("AP Photo/Mikhail Metzel, File"), as a span into `text`. */
  credit: z.union([z.string(), SpanSchema]).optional(),
});

export const PublishedOrigins = ['metadata', 'given', 'inferred'] as const;
export const ArticleMetaSchema = z.object({
  title: z.string().nullable(),
  dek: z.string().nullable(),
  authors: z.array(z.string()),
  publisher: z.string().nullable(),
  published: z.object({
    value: z.string().nullable(),
    origin: z.enum(PublishedOrigins).nullable(),
  }),
  url: z.string().nullable(),
  language: z.string().nullable(),
});

export const MentionTypes = [
  'PER', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'PRODUCT', 'LAW', 'WORK_OF_ART', 'LANGUAGE', 'MISC',
  'DATE', 'TIME', 'PERCENT', 'MONEY', 'QUANTITY', 'CARDINAL', 'ORDINAL',
] as const;
export const MentionSchema = SpanSchema.extend({
  id: z.string(),
  type: z.enum(MentionTypes),
  actor: z.string().optional(),
});

export const ActorKinds = ['country', 'person', 'organization', 'group'] as const;
export const ActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ActorKinds),
  /** ISO 3166-1 alpha-3. */
  country: z.string().length(3).optional(),
  role: z.string().optional(),
  agents: z.array(z.string()),
  /** CAMEO-style actor code: ISR, ISRGOV, AZEMIL, IGOUNO… */
  code: z.string(),
  mentions: z.array(z.string()),
});

export const PlaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  mentions: z.array(z.string()),
});

export const Granularities = ['day', 'week', 'month', 'quarter', 'year', 'decade', 'century', 'range', 'time'] as const;
export const DateSchema = SpanSchema.extend({
  /** ISO 8601 / TimeML value: 2023-03-29, 2023-04, 2022, 2019-W46, 2016/2020, 199X; null when unresolvable. */
  value: z.string().nullable(),
  granularity: z.enum(Granularities),
});

export const Modalities = ['asserted', 'future', 'intent', 'reported', 'hedged', 'conditional'] as const;
export const DateOrigins = ['sentence', 'context', 'published'] as const;
const EventSide = z.object({ actor: z.string(), code: z.string() });
export const EventSchema = z.object({
  id: z.string(),
  source: EventSide,
  target: EventSide.nullable(),
  cameo: z.string(),
  rootCode: z.string(),
  quadClass: z.number().int().min(1).max(4),
  goldstein: z.number(),
  plover: z.object({ type: z.string(), mode: z.string().optional() }),
  date: z.object({ value: z.string().nullable(), granularity: z.enum(Granularities).nullable(), origin: z.enum(DateOrigins) }),
  place: z.string().optional(),
  modality: z.enum(Modalities),
  negated: z.boolean(),
  sentence: SpanSchema,
  trigger: SpanSchema,
  evidence: z.string(),
  confidence: z.number().min(0).max(1),
  rule: z.string(),
  mentions: z.array(z.object({ sentence: SpanSchema, trigger: SpanSchema })),
});

export const QuoteSchema = SpanSchema.extend({
  id: z.string(),
  text: z.string(),
  direct: z.boolean(),
  speaker: z.string().nullable(),
  /** The words that name the speaker ("a spokesman", "they", "Rep. Jane Roe"), whether or not they resolve to an actor. */
  speakerSpan: SpanSchema.optional(),
  cue: SpanSchema.nullable(),
  addressee: z.string().optional(),
});

export const ClaimSchema = SpanSchema.extend({
  id: z.string(),
  value: z.number(),
  unit: z.string(),
  qualifier: z.string().optional(),
  subject: z.string().optional(),
  object: z.string().optional(),
  about: z.string(),
  period: z.string().optional(),
  source: z.string().optional(),
});

export const SourceKinds = ['file', 'stdin', 'batch', 'url', 'feed', 'text'] as const;
export const RecordSchema = z.object({
  schema: z.literal(SCHEMA_ID),
  /** Stable hash of the cleaned text. */
  id: z.string(),
  pipeline: z.object({ version: z.string() }),
  source: z.object({ kind: z.enum(SourceKinds), location: z.string() }),
  text: z.string(),
  sections: z.array(SectionSchema),
  article: ArticleMetaSchema,
  sentences: z.array(SpanSchema),
  mentions: z.array(MentionSchema),
  actors: z.array(ActorSchema),
  places: z.array(PlaceSchema),
  dates: z.array(DateSchema),
  events: z.array(EventSchema),
  quotes: z.array(QuoteSchema),
  claims: z.array(ClaimSchema),
  warnings: z.array(z.string()),
});

export type Span = z.infer<typeof SpanSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type SectionKind = (typeof SectionKinds)[number];
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type MentionType = (typeof MentionTypes)[number];
export type Actor = z.infer<typeof ActorSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type DateExpression = z.infer<typeof DateSchema>;
export type Granularity = (typeof Granularities)[number];
export type ChanceryEvent = z.infer<typeof EventSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type SourceKind = (typeof SourceKinds)[number];
export type ArticleRecord = z.infer<typeof RecordSchema>;

/** Checks a record against the schema; returns the list of problems (empty when valid). */
export function recordProblems(value: unknown): string[] {
  const result = RecordSchema.safeParse(value);
  if (result.success) return spanProblems(result.data);
  return result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

// Offsets must index into the text; zod cannot see across fields, so this checks it.
function spanProblems(r: ArticleRecord): string[] {
  const n = r.text.length;
  const out: string[] = [];
  const check = (where: string, s: Span) => {
    if (s.start > s.end || s.end > n) out.push(`${where}: span [${s.start}, ${s.end}) is outside the text (length ${n})`);
  };
  r.sections.forEach((s, i) => {
    check(`sections.${i}`, s);
    if (s.credit && typeof s.credit === 'object') check(`sections.${i}.credit`, s.credit);
  });
  for (const [i, s] of r.sentences.entries()) check(`sentences.${i}`, s);
  for (const [i, s] of r.mentions.entries()) check(`mentions.${i}`, s);
  for (const [i, s] of r.dates.entries()) check(`dates.${i}`, s);
  r.quotes.forEach((q, i) => {
    check(`quotes.${i}`, q);
    if (q.speakerSpan) check(`quotes.${i}.speakerSpan`, q.speakerSpan);
  });
  for (const [i, s] of r.claims.entries()) check(`claims.${i}`, s);
  r.events.forEach((e, i) => {
    check(`events.${i}.sentence`, e.sentence);
    check(`events.${i}.trigger`, e.trigger);
  });
  return out;
}
