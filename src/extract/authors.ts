// Author values as pages write them → person names. Metadata and byline elements hold more than names:
// "By Jane Doe and John Roe", "Jane Doe | Reuters", "Jane Doe, Staff Writer", "Jane Doe @janedoe",
// "Jane Doe View author archive", "Jane Doe November 20, 2019", a profile URL. A wrong author is worse
// than none, so whatever does not look like a person's name is dropped, not kept "just in case".
import type { ExtractLexicon } from './lexicon.js';

/** Longest name we accept: longer values are sentences or several fields run together. */
const MAX_NAME_LENGTH = 60;
/** Names have one to six words ("Kim", "Maria de la Cruz Pérez Gómez"). */
const MAX_NAME_WORDS = 6;

/** Values that stand where an author would and are not one. */
const NOT_A_NAME = /^(?:admin|administrator|administrador|root|user|guest|anonymous|anon|unknown|staff|editor|editors|editorial|webmaster|web desk|news desk|newsdesk|desk|team|redação|redacao|redacción|redaccion|rédaction|redaktion|redazione|none|null|undefined|n\/a|author|authors|by|posted by|written by|contributor|contributors|staff reports?|staff and wire reports|wire reports?|press release|sponsored|partner|guest author|guest post|editorial staff|editorial team|editorial board|newsroom)$/iu;

/** Phrases that sites run into the byline text. */
const TRAILING_NOISE = [
  /\s*\b(?:view|see|read|more) (?:all )?(?:author|posts|articles|stories)\b.*$/iu,
  /\s*\bauthor (?:archive|profile|page|rss|bio)\b.*$/iu,
  /\s*\b(?:e-?mail|follow|contact) (?:the )?(?:author|me|him|her|us|on)\b.*$/iu,
  /\s*\bget (?:author )?(?:rss|alerts?)\b.*$/iu,
  /\s*\b(?:updated|published|posted|modified|last updated)\b.*$/iu,
  /\s*\bmore from\b.*$/iu,
];

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const TRAILING_DATE = new RegExp(`[\\s,|•·–—-]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:${MONTH}\\s+\\d|\\d{1,2}\\s+${MONTH}|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}|\\d{1,2}:\\d\\d|\\d+\\s+(?:min|hour|day|week)s?\\s+ago).*$`, 'iu');

/** Role words after a name ("Jane Doe, Staff Writer"); compared against the journalism-roles list too. */
const ROLE_TAIL = /^(?:senior |chief |staff |deputy |associate |contributing |special |guest |freelance |political |business |foreign |national |digital |news |sports |entertainment |science |health )*(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|photographer|intern|analyst|anchor|blogger|critic)s?$/iu;

/** A credit to no one in particular ("Staff Reports", "Editorial", "admin"): not a name. */
export function isGenericCredit(value: string): boolean {
  return NOT_A_NAME.test(value.trim());
}

/**
 * A credit to the publication's own newsroom that names no one ("Staff Reports", "Editorial", "Redação"):
 * the publication is the author (an editorial is the paper's voice). Not "admin" or "guest": those are
 * accounts, which say nothing about who wrote the text.
 */
const NEWSROOM_CREDIT = /^(?:(?:by )?(?:the )?(?:staff|staff reports?|staff and wire reports|editorial|editorials|editorial staff|editorial team|editorial board|newsroom|news desk|newsdesk|web desk|redação|redacao|redacción|redaccion|rédaction|redaktion|redazione))$/iu;

export function isNewsroomCredit(value: string): boolean {
  return NEWSROOM_CREDIT.test(value.replace(/[\s\u00a0]+/g, ' ').trim());
}

/**
 * A newsroom credited as a whole ("HNN Staff", "Practical Horseman Editorial Staff", "Detroit News wire
 * services", "Metro Desk"): the words before the staff word name an organization, not a person.
 */
const STAFF_CREDIT = /^\p{Lu}[\p{L}\p{N}&.'’ -]*?\s+(?:editorial\s+|news\s+|web\s+)?(?:staff(?:\s+(?:reports?|writers?|reporters?))?|desk|bureau|newsroom|wire\s+services?|wire\s+reports?)$/iu;
/** "The Water Coolest", "The Associated Press": a name with a leading article is a title or a body, not a person. */
const LEADING_ARTICLE = /^the\s+\p{L}/iu;

export interface CleanedAuthors {
  names: string[];
  /** Organizations found in the value ("Reuters", "Associated Press"). */
  organizations: string[];
  /** The value credits a newsroom as a whole ("HNN Staff"): the page means no single person. */
  staff?: boolean;
}

/**
 * Cleans one author value (a meta tag, a JSON-LD name, a byline element's text) into person names.
 * A value naming the site itself (`publisher`) or a news agency is returned as an organization.
 */
export function cleanAuthors(raw: string, lex: ExtractLexicon, publisher?: string | null): CleanedAuthors {
  const out: CleanedAuthors = { names: [], organizations: [] };
  let value = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!value || value.length > 300) return out;
  if (/^(?:https?:|www\.)|^\/[\w/-]+$/i.test(value)) return out; // a profile URL, not a name
  value = value
    .replace(/^(?:(?:written|posted|reported|story|text|words|photos?|analysis|opinion|commentary|review|interview|compiled|edited)\s+)?(?:by|por|par|von|di|de|door|av|af)\s*:?\s+/iu, '')
    .replace(/^by:\s*/iu, '')
    .replace(/^(?:text|texto|testo|текст|autor|auteur|author|reporter|reporting|written|words)\s*:\s*/iu, '')
    .replace(/https?:\/\/\S+/giu, ' ')
    .replace(/\S+@\S+\.\w+/gu, ' ') // e-mail addresses
    .replace(/(?:^|\s)@\w{1,30}\b/gu, ' ') // Twitter/X handles
    .replace(/\b(?:twitter|x|facebook|instagram|linkedin)\s*:?\s*$/iu, '');
  for (const re of TRAILING_NOISE) value = value.replace(re, '');
  value = value.replace(TRAILING_DATE, '').replace(/\s+(?:on|at|in|am|le|el|il|em|el día)$/iu, '').replace(/\s+/g, ' ').trim();
  if (!value) return out;

  // "Jane Doe | Reuters", "Jane Doe - Staff Writer", "Jane Doe, Reuters", "Jane Doe and John Roe".
  const parts = value
    .split(/(?<=\p{Ll}{2})\.\s+(?=\p{Lu})|\s*[|•·;／]\s*|\s+[–—-]\s+|\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|und|e|et|y|&)\s+/iu)
    .map((p) => p.trim().replace(/^(?:and|&)\s+/iu, '').replace(/[.,:;]+$/u, ''))
    .filter(Boolean);
  const site = publisher ? normal(publisher) : null;
  for (const part of parts) {
    if (site && (normal(part) === site || normal(part).replace(/^the /, '') === site.replace(/^the /, ''))) {
      if (!out.organizations.includes(part)) out.organizations.push(part);
      continue;
    }
    if (CREDENTIAL.test(part)) continue;
    if (ROLE_TAIL.test(part) || lex.journalismRole.test(part) && part.split(' ').length <= 3 && !/\p{Lu}\p{Ll}+ \p{Lu}/u.test(part)) continue;
    if (NOT_A_NAME.test(part)) continue;
    if (STAFF_CREDIT.test(part)) out.staff = true;
    if (isOrganization(part, lex) || STAFF_CREDIT.test(part) || LEADING_ARTICLE.test(part)) {
      if (!out.organizations.includes(part)) out.organizations.push(part);
      continue;
    }
    // One word in capitals ("KWCHCIK", "WEBDESK") is an account or a call sign, not a byline.
    if (!part.includes(' ') && part.length > 3 && part === part.toUpperCase() && /\p{Lu}/u.test(part)) continue;
    const name = tidyCase(part);
    if (looksLikeName(name) && !out.names.some((n) => normal(n) === normal(name))) out.names.push(name);
  }
  // "PTI, Washington", "Reuters, Kyiv": after an agency, a lone word is the dateline's place, not a person.
  if (out.organizations.length) out.names = out.names.filter((n) => n.includes(' ') || /\p{Lo}/u.test(n));
  return out;
}

/** News agencies named in a dateline ("HAYWARD, Calif. (AP) —"): the story is theirs. */
const DATELINE_AGENCIES: Record<string, string> = {
  AP: 'Associated Press', Reuters: 'Reuters', AFP: 'AFP', UPI: 'UPI', PTI: 'PTI', IANS: 'IANS', dpa: 'dpa', ANI: 'ANI', Xinhua: 'Xinhua', TASS: 'TASS', EFE: 'EFE', ANSA: 'ANSA', 'CNN': 'CNN', Bloomberg: 'Bloomberg',
};
const DATELINE = /^\p{Lu}[\p{Lu}\p{Ll} .,'’-]{1,60}\((AP|Reuters|AFP|UPI|PTI|IANS|dpa|ANI|Xinhua|TASS|EFE|ANSA|CNN|Bloomberg)\)\s*[—–-]/u;

/** The agency of a wire story's dateline, or null. */
export function datelineAgency(firstParagraph: string): string | null {
  const m = DATELINE.exec(firstParagraph);
  return m ? DATELINE_AGENCIES[m[1]] ?? null : null;
}

/**
 * The site crediting the story to itself where a wire dateline names its agency: "PanARMENIAN.Net - …",
 * "MOSCOW, November 20 (Sputnik) — …", "Daily Ledger: …". The publisher's name, as the page writes it,
 * opens the first paragraph (after a place and date in a dateline), in parentheses or followed by a
 * dash or a colon. Returns the publisher's name, or null.
 */
export function leadCredit(firstParagraph: string, publisher: string | null): string | null {
  const name = publisher?.trim();
  if (!name || name.length < 2 || name.length > 40) return null;
  const place = DATELINE_PLACE.exec(firstParagraph)?.[0].length ?? 0;
  for (const start of place ? [0, place] : [0]) {
    const rest = firstParagraph.slice(start);
    const bracketed = rest.startsWith('(');
    const at = bracketed ? 1 : 0;
    if (rest.slice(at, at + name.length).toLowerCase() !== name.toLowerCase()) continue;
    const after = rest.slice(at + name.length);
    if ((bracketed ? /^\)\s*(?:[-–—:]\s*)?\p{Lu}/u : /^\s*(?:[-–—]|:)\s+\p{Lu}/u).test(after)) return name;
  }
  return null;
}

/** A dateline's place and date in capitals: "MOSCOW, ", "HAYWARD, Calif. ", "MOSCOW, November 20 ". */
const DATELINE_PLACE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L}.]*)?(?:\s+\d{1,2}(?:,\s*\d{4})?)?,?\s+/u;

/** Korean news sites sign articles "정덕현 칼럼니스트 email" or "홍길동 기자". */
const KOREAN_BYLINE = /(?:^|[\s[=])(\p{Script=Hangul}{2,4})\s?(?:기자|칼럼니스트|특파원|객원기자|논설위원)(?=[\s\]·,]|$)/u;
/** …or "칼럼니스트 박생강 email": the role first, the name, then an e-mail address. */
const KOREAN_BYLINE_ROLE_FIRST = /(?:^|\s)(?:기자|칼럼니스트|특파원|객원기자|논설위원)\s+(\p{Script=Hangul}{2,4})\s+\S+@\S+/u;

export function koreanByline(text: string): string | null {
  return KOREAN_BYLINE.exec(text)?.[1] ?? KOREAN_BYLINE_ROLE_FIRST.exec(text)?.[1] ?? null;
}

/** A pen name that JSON-LD types as a Person ("kei_eno"): kept when it is not a generic account. */
export function penName(value: string): string | null {
  const v = value.trim();
  if (!/^[\p{L}\p{N}][\p{L}\p{N}_.-]{2,29}$/u.test(v) || NOT_A_NAME.test(v) || /admin|user|guest|staff|editor|team|desk/i.test(v) || /^\d+$/.test(v)) return null;
  return v;
}

/** A person's name: letters, spaces, apostrophes, hyphens and initials; one to six words. */
export function looksLikeName(name: string): boolean {
  if (name.length < 2 || name.length > MAX_NAME_LENGTH || NOT_A_NAME.test(name) || /admin/i.test(name) || LEADING_ARTICLE.test(name)) return false;
  if (/[\d@#/\\<>{}[\]=_*+"“”?!]|https?:|\.(?:com|org|net)\b/iu.test(name)) return false;
  const words = name.split(' ');
  if (words.length > MAX_NAME_WORDS) return false;
  if (!/\p{L}/u.test(name)) return false;
  // A single lower-case word is a user name ("jsmith"), not a byline.
  if (words.length === 1 && ((!/^\p{Lu}/u.test(name) && !/\p{Lo}/u.test(name)) || (name.length < 3 && !/\p{Lo}/u.test(name)))) return false;
  // Most words of a name are capitalized (particles aside) in scripts that have case.
  const cased = words.filter((w) => /\p{L}/u.test(w) && /^[\p{Ll}]/u.test(w) && !PARTICLES.has(w.toLowerCase()));
  return cased.length === 0;
}

/** Degrees and credentials after a name ("Rachael Link, MS, RD"). */
const CREDENTIAL = /^(?:ms|ma|msc|md|phd|ph\.d\.?|mba|mph|rd|rdn|ld|rn|bsn|cscs|cpt|do|dds|jd|esq|cfa|cpa|llm|ba|bs|bsc|jr|sr|ii|iii|iv|mrcp|frcp|frcs)\.?$/iu;

const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'dos', 'das', 'du', 'do', 'e', 'y', 'zu', 'ter', 'ten', 'st.']);

function isOrganization(part: string, lex: ExtractLexicon): boolean {
  if (/^(?:the )?(?:associated press|ap|reuters|afp|agence france-presse|bloomberg|upi|dpa|xinhua|tass|ians|pti|ani|cnn|bbc|press association|pa media|efe|ansa|kyodo|yonhap|anadolu)(?: news)?(?: wire| staff)?$/iu.test(part)) return true;
  return part.split(/[\s-]+/).some((w) => lex.publisherWords.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
}

/** "JANE DOE" → "Jane Doe"; "jane doe" → "Jane Doe"; mixed case is kept as written. */
function tidyCase(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  const upper = clean === clean.toUpperCase();
  if (!upper) return clean;
  if (!/\p{Lu}|\p{Ll}/u.test(clean)) return clean;
  return clean.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, pre: string, ch: string) => pre + ch.toUpperCase());
}

const normal = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
