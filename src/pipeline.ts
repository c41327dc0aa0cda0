// The ordered stages: analyze(input, options) → Doc. Extraction makes the text; every later stage adds
// stand-off layers over it and never changes it.
import { Doc } from './doc/doc.js';
import { type Stage, type StageContext, checkStageOrder, runStages } from './doc/stage.js';
import { extractHtml } from './extract/html.js';
import { type ExtractedArticle, extractPlainText } from './extract/plaintext.js';
import { languageStage } from './language/language.js';
import { nerStage } from './ner/stage.js';
import type { ActorDictionary } from './actors/dictionary.js';
import { actorsStage } from './actors/stage.js';
import { claimsStage } from './claims/claims.js';
import { eventsStage } from './events/stage.js';
import { placesStage } from './places/stage.js';
import { quotesStage } from './quotes/quotes.js';
import type { ArticleInput } from './sources/input.js';
import { datesStage } from './time/dates.js';
import { publishedStage } from './time/published.js';
import { InputError } from './util/errors.js';
import { pipelineVersion } from './version.js';
import type { ArticleMeta, ArticleRecord, Section } from './doc/schema.js';
import { validDay } from './extract/stamps.js';

export interface AnalyzeOptions {
  /** The publication date (YYYY-MM-DD); outranks any date found in the article. */
  published?: string;
  /** The user's actor dictionary (`--actors FILE`). */
  actors?: ActorDictionary;
}

/** The stages after extraction, in order. Later capabilities add their stage here. */
export function pipelineStages(options: AnalyzeOptions = {}): Stage[] {
  return [languageStage, publishedStage, datesStage, nerStage, actorsStage(options.actors), placesStage, quotesStage, claimsStage, eventsStage];
}
export const STAGES: readonly Stage[] = pipelineStages();
checkStageOrder(STAGES, ['sections', 'meta']);

export function analyze(input: ArticleInput, options: AnalyzeOptions = {}): Doc {
  const { doc, context } = prepare(input, options);
  return runStages(doc, options.actors ? pipelineStages(options) : STAGES, context);
}

/** Extraction and the Doc before any stage runs, with the context the stages are anchored on. */
export function prepare(input: ArticleInput, options: AnalyzeOptions = {}): { doc: Doc; context: StageContext } {
  const extracted = extractArticle(input);
  if (!extracted.sections.some((s) => s.kind === 'body')) {
    throw new InputError('no article text found (no body paragraphs)', input.location);
  }
  const published = options.published ?? input.published;
  const meta = { ...extracted.meta };
  if (published) meta.published = { value: published, origin: 'given' };
  return docOf(extracted.text, { kind: input.kind, location: input.location }, meta, extracted.sections, [...input.warnings, ...extracted.warnings]);
}

function docOf(text: string, source: ArticleRecord['source'], meta: ArticleMeta, sections: Section[], warnings: string[]): { doc: Doc; context: StageContext } {
  const doc = new Doc(text, source, meta);
  doc.sections = sections;
  doc.layers.add('sections');
  doc.layers.add('meta');
  doc.warnings.push(...warnings);
  if (meta.language !== 'en') doc.warn(`language ${meta.language ?? 'unknown'}: the analysis models are English`);
  const anchor = meta.published.value?.slice(0, 10);
  return { doc, context: { published: anchor && validDate(anchor) ? anchor : undefined } };
}

/**
 * Runs the analysis stages again over a stored record's text, sections and article metadata, without
 * extracting again (the page may be gone): what `chancery reanalyze` does after the pipeline changed.
 * A publication date the previous run inferred is inferred afresh.
 */
export function reanalyzeRecord(record: ArticleRecord, options: AnalyzeOptions = {}): ArticleRecord {
  const meta: ArticleMeta = { ...record.article };
  if (meta.published.origin === 'inferred') meta.published = { value: null, origin: null };
  if (options.published) meta.published = { value: options.published, origin: 'given' };
  const { doc, context } = docOf(record.text, record.source, meta, record.sections, []);
  return runStages(doc, options.actors ? pipelineStages(options) : STAGES, context).toRecord(pipelineVersion());
}

/** The extraction step: an input's HTML or text → sections and metadata; a page without an article throws. */
export function extractArticle(input: ArticleInput): ExtractedArticle {
  if (input.format !== 'html') return extractPlainText(input.content, { url: input.url });
  const html = extractHtml(input.content, input.url);
  if (html.noArticle) throw new InputError(html.noArticle, input.location);
  return html;
}

export function analyzeToRecord(input: ArticleInput, options: AnalyzeOptions = {}): ArticleRecord {
  return analyze(input, options).toRecord(pipelineVersion());
}

/** Checks a user-given date (YYYY-MM-DD, a real day); throws an InputError naming the option. */
export function parsePublished(value: string, name = '--published'): string {
  if (!validDate(value)) throw new InputError(`invalid date "${value}": expected YYYY-MM-DD, a real calendar day`, name);
  return value;
}

function validDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return Boolean(m && validDay(+m[1], +m[2], +m[3]));
}
