// Date expressions → ISO 8601 / TimeML values anchored on the publication date. chrono-node finds day
// and month expressions; bare years, year ranges and decades, which chrono leaves alone, are found
// from the tokens. Where no publication date is known, relative expressions stay unresolved.
import * as chrono from 'chrono-node';
import type { Doc } from '../doc/doc.js';
import type { DateExpression, Granularity } from '../doc/schema.js';
import type { Stage } from '../doc/stage.js';
import { validDay } from '../extract/stamps.js';

/** Years outside this window are more likely counts than dates in news text. */
const MIN_YEAR = 1000;
/** Below this, a bare number is a year only after a preposition ("from 1648"), not before a noun. */
const MODERN_YEAR = 1800;
const MAX_YEAR = 2100;

// chrono also reads phrases like "in the week" or "now" as dates; a news date expression names a
// number, a month, a weekday or a relative unit.
const DATE_WORD = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(yesterday|today|tomorrow|tonight)\b|\b(last|next|this|past|coming|previous)\s+(week|month|year|decade|spring|summer|autumn|fall|winter)\b|\bago\b/i;
// "15 days", "three years": a length of time, not a date (chrono reads them as offsets from now).
const DURATION = /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few)[\s-]+(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)$/i;
// What chrono can read that the year rules cannot: month and day names, relative words, numeric dates
// and clock times. A sentence with only "30%" or a bare year skips chrono, the costly part of this stage.
const CHRONO_CUE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(yesterday|today|tomorrow|tonight|ago|later|earlier|week|month|year|decade|noon|midnight|morning|evening|night)\b|\d{4}-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}:\d\d|\d\s*[ap]\.?m\b/i;
// A sentence about the future makes a month without a year the next such month, not the last.
const FUTURE_CUE = /\b(will|shall|going to|plans? to|planning to|scheduled|expected to|due to|set to|later this|upcoming)\b/i;
const QUANTITY_BEFORE = new Set(['about', 'some', 'nearly', 'almost', 'over', 'than', 'around', 'approximately', 'roughly', '$', '€', '£', 'least', 'up']);
const YEAR_PREPOSITION = new Set(['in', 'since', 'from', 'until', 'till', 'by', 'before', 'after', 'during', 'of', 'throughout', 'between']);

export const datesStage: Stage = {
  name: 'dates',
  requires: ['sentences', 'tokens'],
  assigns: ['dates', 'mentions'],
  run(doc, context) {
    const ref = context.published ? new Date(`${context.published}T12:00:00Z`) : null;
    const found: DateExpression[] = [];
    let unresolved = 0;
    for (const sentence of doc.sentences) {
      const text = doc.text.slice(sentence.start, sentence.end);
      // chrono is the slow part of this stage: skip sentences with no date word at all.
      if (!CHRONO_CUE.test(text)) continue;
      const forward = FUTURE_CUE.test(text);
      for (const r of chrono.en.parse(text, { instant: ref ?? new Date(0), timezone: 0 }, { forwardDate: forward })) {
        const trimmed = r.text.replace(/[\s,;.]+$/u, '');
        if (!DATE_WORD.test(trimmed) || DURATION.test(trimmed)) continue;
        const start = sentence.start + r.index;
        const expr = chronoValue(r, ref !== null, ref);
        if (expr.value === null) unresolved++;
        found.push({ start, end: start + trimmed.length, ...expr });
      }
    }
    found.push(...impossibleDates(doc, found));
    found.push(...yearExpressions(doc, found));
    found.sort((a, b) => a.start - b.start);
    doc.dates = found;
    if (unresolved && !ref) doc.warn(`${unresolved} relative date expression(s) left unresolved: no publication date known`);
    for (const d of found) {
      doc.mentions.push({ id: `m${doc.mentions.length + 1}`, type: 'DATE', start: d.start, end: d.end });
    }
  },
};

// "last month", "next week", "this year": counted from the publication date by calendar units
// (chrono counts "last month" back 30 days from the day, which lands in the wrong month at month ends).
const RELATIVE_UNIT = /^(?:(last|previous|past)|(next|coming)|(this|current))\s+(week|month|year)$/i;

function relativeValue(text: string, ref: Date): { value: string; granularity: Granularity } | null {
  const m = RELATIVE_UNIT.exec(text.trim());
  if (!m) return null;
  const step = m[1] ? -1 : m[2] ? 1 : 0;
  const unit = m[4].toLowerCase();
  const y = ref.getUTCFullYear();
  const mo = ref.getUTCMonth();
  if (unit === 'year') return { value: String(y + step), granularity: 'year' };
  if (unit === 'month') {
    const d = new Date(Date.UTC(y, mo + step, 1));
    return { value: `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`, granularity: 'month' };
  }
  return { value: isoWeek(new Date(ref.getTime() + step * 7 * 86_400_000)), granularity: 'week' };
}

/** ISO 8601 week of a date: 2019-W46. */
export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function chronoValue(r: chrono.ParsedResult, anchored: boolean, ref: Date | null): { value: string | null; granularity: Granularity } {
  const relative = ref ? relativeValue(r.text.replace(/[\s,;.]+$/u, ''), ref) : null;
  if (relative) return relative;
  if (!ref && RELATIVE_UNIT.test(r.text.replace(/[\s,;.]+$/u, '').trim())) return { value: null, granularity: /week/i.test(r.text) ? 'week' : /month/i.test(r.text) ? 'month' : 'year' };
  const s = r.start;
  const known = (c: chrono.Component) => s.isCertain(c);
  // chrono marks the year of "next month" as known too; only a year written out is absolute.
  const absolute = known('year') && /\d{4}|['’]\d\d\b/.test(r.text);
  if (r.end && known('year') && r.end.isCertain('year') && r.end.get('year') !== s.get('year') && !known('month')) {
    return { value: `${s.get('year')}/${r.end.get('year')}`, granularity: 'range' };
  }
  const dateKnown = known('day') || known('weekday') || known('month') || known('year');
  const granularity: Granularity = !dateKnown && known('hour') ? 'time'
    : known('day') || known('weekday') ? 'day' : known('month') ? 'month' : 'year';
  if (!absolute && !anchored) return { value: null, granularity };
  const y = s.get('year')!;
  const m = s.get('month')!;
  const d = s.get('day')!;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (granularity === 'time') return { value: `${validDay(y, m, d)}T${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}`, granularity };
  if (granularity === 'day') return { value: validDay(y, m, d), granularity };
  if (granularity === 'month') return { value: `${y}-${String(m).padStart(2, '0')}`, granularity };
  return { value: String(y), granularity };
}

// Bare years ("in 1991", "the 2020 war"), year ranges ("2016-2020", "between 2016 and 2020") and
// decades ("the 1990s") that no chrono result covers.
function yearExpressions(doc: Doc, taken: DateExpression[]): DateExpression[] {
  const out: DateExpression[] = [];
  const { start, end } = doc.tokens;
  const covered = (a: number, b: number) => taken.some((d) => d.start < b && a < d.end) || out.some((d) => d.start < b && a < d.end);
  const word = (i: number) => (i >= 0 && i < start.length ? doc.text.slice(start[i], end[i]) : '');
  for (let i = 0; i < start.length; i++) {
    const w = word(i);
    const range = /^(\d{4})[-–—](\d{2}|\d{4})$/.exec(w);
    const decade = /^(\d{3})0['’]?s$/.exec(w);
    if (range && isYear(+range[1])) {
      const to = range[2].length === 2 ? +`${range[1].slice(0, 2)}${range[2]}` : +range[2];
      if (to > +range[1] && isYear(to) && !covered(start[i], end[i])) {
        out.push({ start: start[i], end: end[i], value: `${range[1]}/${to}`, granularity: 'range' });
      }
    } else if (decade && isYear(+`${decade[1]}0`) && !covered(start[i], end[i])) {
      out.push({ start: start[i], end: end[i], value: `${decade[1]}X`, granularity: 'decade' });
    } else if (/^\d{4}$/.test(w) && isYear(+w) && !covered(start[i], end[i])) {
      const before = word(i - 1).toLowerCase();
      if (QUANTITY_BEFORE.has(before)) continue;
      if (+w < MODERN_YEAR && !YEAR_PREPOSITION.has(before)) continue;
      // "2016-2020" split into three tokens, and "between 2016 and 2020".
      const dash = word(i + 1);
      const other = word(i + 2);
      if (/^[-–—]$/.test(dash) || (before === 'between' && dash.toLowerCase() === 'and')) {
        if (/^\d{4}$/.test(other) && +other > +w && isYear(+other)) {
          out.push({ start: start[i], end: end[i + 2], value: `${w}/${other}`, granularity: 'range' });
          i += 2;
          continue;
        }
      }
      // A year names a time when a preposition leads it or it modifies a noun ("the 2020 war");
      // "2000 soldiers" is a count.
      const next = i + 1 < start.length ? doc.tokens.pos[i + 1] : '';
      const plural = next === 'NOUN' && doc.tokens.lemma[i + 1] !== word(i + 1).toLowerCase();
      if (!YEAR_PREPOSITION.has(before) && plural) continue;
      out.push({ start: start[i], end: end[i], value: w, granularity: 'year' });
    }
  }
  return out;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_DAY = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b/gi;

// "February 30, 2023": chrono skips it silently; the record keeps it unnormalized, with a warning,
// rather than guessing what was meant.
function impossibleDates(doc: Doc, taken: DateExpression[]): DateExpression[] {
  const out: DateExpression[] = [];
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    if (!/\d/.test(text)) continue;
    for (const m of text.matchAll(MONTH_DAY)) {
      const month = MONTHS.indexOf(m[1].toLowerCase().slice(0, 3)) + 1;
      const day = Number(m[2]);
      const year = m[3] ? Number(m[3]) : 2000; // a leap year, so "February 29" alone stays possible
      if (validDay(year, month, day)) continue;
      const start = s.start + m.index!;
      const end = start + m[0].length;
      if (taken.some((d) => d.start < end && start < d.end)) continue;
      out.push({ start, end, value: null, granularity: 'day' });
      doc.warn(`impossible date "${m[0]}" left unnormalized`, { start, end });
    }
  }
  return out;
}

const isYear = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;
