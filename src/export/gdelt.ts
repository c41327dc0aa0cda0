// Events in GDELT 2.0's event-table layout, for tools built around GDELT: the full 61-column tab-separated
// export (`chancery export --format gdelt`), and a CSV with GDELT's column names, in GDELT's order, for
// the fields Chancery has, followed by columns of its own (`chancery events --format csv`).
import { createHash } from 'node:crypto';
import type { EventRow } from '../store/query.js';

/** GDELT 2.0 event table columns, in order (GDELT Event Codebook V2.0). */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code',
  'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code',
  'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources',
  'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat',
  'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat',
  'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat',
  'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

export type GdeltColumn = (typeof GDELT_COLUMNS)[number];

/**
 * The GDELT columns Chancery fills. Left blank: known group, ethnic and religion codes, AvgTone, actor
 * geography, and the geographic country/ADM codes (GDELT's are FIPS 10-4; ours are ISO 3166 alpha-3,
 * given in Chancery's own columns instead).
 */
export const GDELT_FILLED: readonly GdeltColumn[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2Type1Code', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass',
  'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_Lat', 'ActionGeo_Long',
  'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL',
];

/** Chancery's own columns after the GDELT ones in the CSV. */
export const CHANCERY_COLUMNS = [
  'ArticleId', 'EventId', 'PloverType', 'PloverMode', 'Modality', 'Negated', 'Duplicate', 'ActionGeo_Country', 'Evidence',
] as const;

/** A stable numeric id (below 2^53) from the article and event ids: GDELT's GLOBALEVENTID is a number. */
export function globalEventId(articleId: string, eventId: string): number {
  const hex = createHash('sha256').update(`${articleId}/${eventId}`).digest('hex').slice(0, 13);
  return Number.parseInt(hex, 16);
}

/** The agent part of a CAMEO actor code (ISRGOV → GOV; IGOUNO → ''). */
function typeCode(code: string, country: string | null): string {
  return country && code.startsWith(country) ? code.slice(country.length, country.length + 3) : '';
}

function fractionDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return (y + dayOfYear / 365).toFixed(4);
}

/** The values of one event by GDELT column (blank where Chancery has nothing). */
export function gdeltValues(e: EventRow): Record<GdeltColumn, string> {
  const out = Object.fromEntries(GDELT_COLUMNS.map((c) => [c, ''])) as Record<GdeltColumn, string>;
  const day = e.day ?? '';
  out.GLOBALEVENTID = String(globalEventId(e.articleId, e.id));
  if (day) {
    out.SQLDATE = day.replace(/-/g, '');
    out.MonthYear = day.slice(0, 7).replace('-', '');
    out.Year = day.slice(0, 4);
    out.FractionDate = fractionDate(day);
  }
  out.Actor1Code = e.source.code;
  out.Actor1Name = (e.source.name ?? '').toUpperCase();
  out.Actor1CountryCode = e.source.country ?? '';
  out.Actor1Type1Code = typeCode(e.source.code, e.source.country);
  if (e.target) {
    out.Actor2Code = e.target.code;
    out.Actor2Name = (e.target.name ?? '').toUpperCase();
    out.Actor2CountryCode = e.target.country ?? '';
    out.Actor2Type1Code = typeCode(e.target.code, e.target.country);
  }
  out.EventCode = e.cameo;
  out.EventBaseCode = e.cameo.slice(0, 3);
  out.EventRootCode = e.rootCode;
  out.QuadClass = String(e.quadClass);
  out.GoldsteinScale = String(e.goldstein);
  out.NumMentions = String(e.mentions);
  out.NumSources = '1';
  out.NumArticles = '1';
  if (e.place) {
    // 1 = country, 4 = a place below the country (GDELT's "world city"; 3 and 5 are US- and ADM1-specific).
    out.ActionGeo_Type = e.place.id.startsWith('country:') ? '1' : '4';
    out.ActionGeo_FullName = e.place.name;
    out.ActionGeo_Lat = e.place.lat === null ? '' : String(e.place.lat);
    out.ActionGeo_Long = e.place.lon === null ? '' : String(e.place.lon);
    out.ActionGeo_FeatureID = e.place.id;
  }
  out.DATEADDED = e.article.ingested.replace(/\D/g, '').slice(0, 14);
  out.SOURCEURL = e.article.url ?? e.article.source;
  return out;
}

/** GDELT's export layout: 61 tab-separated columns, no header, tabs and newlines in values made spaces. */
export function gdeltLine(e: EventRow): string {
  const values = gdeltValues(e);
  return GDELT_COLUMNS.map((c) => values[c].replace(/[\t\r\n]+/g, ' ')).join('\t');
}

/** The CSV header: the GDELT columns Chancery fills, in GDELT order, then Chancery's own. */
export function gdeltCsvHeader(): string {
  return [...GDELT_FILLED, ...CHANCERY_COLUMNS].join(',');
}

export function gdeltCsvLine(e: EventRow): string {
  const values = gdeltValues(e);
  const own: Record<(typeof CHANCERY_COLUMNS)[number], string> = {
    ArticleId: e.articleId,
    EventId: e.id,
    PloverType: e.plover.type,
    PloverMode: e.plover.mode ?? '',
    Modality: e.modality,
    Negated: e.negated ? '1' : '0',
    Duplicate: e.duplicate ? '1' : '0',
    ActionGeo_Country: e.place?.country ?? '',
    Evidence: e.evidence,
  };
  return [...GDELT_FILLED.map((c) => values[c]), ...CHANCERY_COLUMNS.map((c) => own[c])].map(csvField).join(',');
}

/** RFC 4180: quote a field holding a comma, quote or line break; double its quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
