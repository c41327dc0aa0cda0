// Publication dates as metadata writes them → an ISO value. A date without an explicit year is refused
// ("Nov 20" could be any year); a time with an offset keeps its offset (converting to UTC can move the
// day); a date alone stays a date.
import * as chrono from 'chrono-node';
import { validDay } from './stamps.js';

/** Dates before this are typos or epoch zeros, not publication dates of web pages. */
const EARLIEST_YEAR = 1990;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const RFC2822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|Z|[+-]\d{4})?)?/i;
/** JavaScript's Date#toString, which some CMSs print: "Tue Nov 19 2019 03:05:46 GMT+0000 (UTC)". */
const JS_DATE = /^(?:[a-z]{3},?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:GMT|UTC)?\s*([+-]\d{4}|Z)?/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "2019-11-20T04:00:00-06:00", "20191120", "Wed, 20 Nov 2019 04:00:00 -0600", "November 20, 2019" → ISO. */
export function normalizeMetaDate(raw: string | null | undefined, now = new Date()): string | null {
  if (!raw) return null;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 120) return null;
  const iso = ISO.exec(text) ?? COMPACT.exec(text);
  if (iso) return build(+iso[1], +iso[2], +iso[3], iso[4], iso[5], iso[6], iso[7], now);
  const slashed = SLASHED.exec(text);
  if (slashed) return build(+slashed[1], +slashed[2], +slashed[3], undefined, undefined, undefined, undefined, now);
  const rfc = RFC2822.exec(text);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2].toLowerCase()) + 1;
    if (month > 0) return build(+rfc[3], month, +rfc[1], rfc[4], rfc[5], rfc[6], rfc[7], now);
  }
  const js = JS_DATE.exec(text);
  if (js) {
    const month = MONTHS.indexOf(js[1].toLowerCase()) + 1;
    const zone = js[7] ?? (/\b(?:GMT|UTC)\b/i.test(text) ? 'Z' : undefined);
    if (month > 0) return build(+js[3], month, +js[2], js[4], js[5], js[6], zone, now);
  }
  // Epoch seconds or milliseconds, as some CMSs write them.
  if (/^\d{10}(?:\d{3})?$/.test(text)) {
    const d = new Date(text.length === 13 ? +text : +text * 1000);
    return build(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), undefined, undefined, undefined, undefined, now);
  }
  const [result] = chrono.en.parse(text);
  if (!result) return null;
  const s = result.start;
  if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) return null;
  return build(s.get('year')!, s.get('month')!, s.get('day')!, undefined, undefined, undefined, undefined, now);
}

function build(y: number, mo: number, d: number, h: string | undefined, mi: string | undefined, se: string | undefined, zone: string | undefined, now: Date): string | null {
  if (y < EARLIEST_YEAR || y > now.getUTCFullYear() + 1) return null;
  const day = validDay(y, mo, d);
  if (!day) return null;
  // A time without a zone is ambiguous (UTC or local?): keep the day only.
  if (h === undefined || mi === undefined || +h > 23 || +mi > 59 || !zone) return day;
  const time = `${h.padStart(2, '0')}:${mi}:${(se ?? '00').padStart(2, '0')}`;
  return `${day}T${time}${zone ? normalizeZone(zone) : ''}`;
}

function normalizeZone(zone: string): string {
  const z = zone.toUpperCase();
  if (z === 'Z' || z === 'GMT' || z === 'UTC') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m) return '';
  return m[2] === '00' && (m[3] ?? '00') === '00' ? 'Z' : `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

/** A date in the page's URL (/2019/11/20/, /2019-11-20-, /20191120/): a last resort, marked inferred. */
export function dateFromUrl(url: string | null | undefined, now = new Date()): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_-]|$)/.exec(path) ?? /[/_-]((?:19|20)\d\d)(\d\d)(\d\d)(?:[/_.-]|$)/.exec(path);
  if (!m) return null;
  return build(+m[1], +m[2], +m[3], undefined, undefined, undefined, undefined, now);
}
