// Publication stamps in scraped text ("Published 10:15 a.m. EST, March 3, 2024") → YYYY-MM-DD.
import * as chrono from 'chrono-node';

/** A stamp gives a publication date only when it names day, month and year; a bare time does not. */
export function parseStampDate(when: string): string | null {
  const iso = /^(\d{4})-(\d\d)-(\d\d)/.exec(when.trim());
  if (iso) return validDay(+iso[1], +iso[2], +iso[3]);
  const [result] = chrono.en.parse(when);
  if (!result) return null;
  const s = result.start;
  if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) return null;
  return validDay(s.get('year')!, s.get('month')!, s.get('day')!);
}

export function validDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
