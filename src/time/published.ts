// When neither the user nor the page's metadata gives a publication date, infer one from the text's
// strongest cue: a dated dateline ("KYIV, March 3 (Reuters) —", "March 3, 2024 —"), or a caption's
// full date that falls on a weekday the body names ("on Wednesday") — a news photo is usually taken
// the day of the story. Marked origin "inferred"; no cue, no date.
import * as chrono from 'chrono-node';
import type { Doc } from '../doc/doc.js';
import type { Stage } from '../doc/stage.js';
import { validDay } from '../extract/stamps.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A dateline: up to ~60 characters of place, then a date, then a dash or the agency in parentheses. */
const DATELINE = /^[^—–\n]{0,60}?,?\s*((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*(?:\([^)]{1,40}\)\s*)?[-—–]/i;

export const publishedStage: Stage = {
  name: 'published',
  requires: ['sections', 'meta', 'sentences'],
  assigns: ['meta'],
  run(doc, context) {
    if (doc.meta.published.value) return;
    const inferred = fromDateline(doc) ?? fromCaptionAndWeekday(doc);
    if (!inferred) return;
    doc.meta.published = { value: inferred, origin: 'inferred' };
    context.published = inferred;
  },
};

function fromDateline(doc: Doc): string | null {
  const body = doc.sections.find((s) => s.kind === 'body');
  if (!body) return null;
  const m = DATELINE.exec(doc.text.slice(body.start, Math.min(body.end, body.start + 120)));
  if (!m) return null;
  const [r] = chrono.en.parse(m[1]);
  // A dateline without a year takes the year from the latest full date in the article.
  const year = r?.start.isCertain('year') ? r.start.get('year') : latestYear(doc);
  return r && year ? validDay(year, r.start.get('month')!, r.start.get('day')!) : null;
}

function fromCaptionAndWeekday(doc: Doc): string | null {
  const weekdays = new Set<number>();
  for (const s of doc.sections) {
    if (s.kind !== 'body' && s.kind !== 'dek') continue;
    for (const m of doc.text.slice(s.start, s.end).toLowerCase().matchAll(/\b(?:on|last|this|late|early)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/g)) {
      weekdays.add(WEEKDAYS.indexOf(m[1]));
    }
  }
  if (!weekdays.size) return null;
  const candidates: string[] = [];
  for (const s of doc.sections) {
    if (s.kind !== 'caption') continue;
    for (const day of fullDates(doc.text.slice(s.start, s.end))) {
      if (weekdays.has(new Date(`${day}T12:00:00Z`).getUTCDay())) candidates.push(day);
    }
  }
  return candidates.sort().at(-1) ?? null;
}

function fullDates(text: string): string[] {
  return chrono.en
    .parse(text)
    .filter((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'))
    .map((r) => validDay(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!))
    .filter((d): d is string => d !== null);
}

function latestYear(doc: Doc): number | null {
  const years = fullDates(doc.text).map((d) => Number(d.slice(0, 4)));
  return years.length ? Math.max(...years) : null;
}
