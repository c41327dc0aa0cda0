#!/usr/bin/env node
// Builds data/knowledge/people.tsv: named leaders and officials with their country and dated CAMEO
// agent codes, from the Phoenix/PETRARCH country actor dictionary (MIT, Open Event Data Alliance):
// ../shared/eval/actors/phoenix/Phoenix.Countries.actors.txt (or PHOENIX_COUNTRIES=path).
// Then data/knowledge/people-recent.tsv (ours: leaders and ministers since 2014) replaces or adds rows.
// Rerun: `node scripts/knowledge/build-people.mjs` (`--check` only compares, `--stats` prints counts).
//
// The Phoenix file is a list of groups: one or more primary lines (NAME_, consecutive ones without
// codes belong together), `+SYNONYM` lines, then TAB `[CODE date]` lines that apply to the whole group.
// A group is a person when it is not a country block (an inline [CODE] on the name line, or codes
// without an agent), its name does not read as an institution, and its codes give exactly one country
// that our countries table knows (IGO, USR, YUG… are not countries of today: skipped), or its dated codes
// do (the offices held; an undated code of another country is dropped).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const source = process.env.PHOENIX_COUNTRIES ?? join(root, '..', 'shared', 'eval', 'actors', 'phoenix', 'Phoenix.Countries.actors.txt');
const out = join(root, 'data', 'knowledge', 'people.tsv');

const stats = { groups: 0, countryBlocks: 0, notPerson: 0, noCountry: 0, ambiguous: 0, people: 0, badCode: 0, badDate: 0, handAdded: [], titles: new Set() };
/** Counts why a line or group was left out (`--stats`); returns null for the caller to return. */
function skip(reason, detail) {
  if (detail) stats[reason].add(detail);
  else stats[reason]++;
  return null;
}

/** Reads a data TSV the way src/util/tsv.ts does. */
function readTsv(path) {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  const header = lines.shift().split('\t');
  return lines.map((line) => Object.fromEntries(header.map((h, j) => [h, (line.split('\t')[j] ?? '').trim()])));
}

// ---- the countries table: CAMEO code → ISO alpha-3 --------------------------------------------
const countries = readTsv(join(root, 'data', 'knowledge', 'countries.tsv'));
const isoByCameo = new Map();
for (const c of countries) isoByCameo.set(c.iso3, c.iso3);
// A CAMEO code shared by a dependency (Mayotte is coded FRA) never hides the country whose alpha-3 it is.
for (const c of countries) if (!isoByCameo.has(c.cameo)) isoByCameo.set(c.cameo, c.iso3);

// Leading words that are titles or nationalities, not names: "PRESIDENT_HOSNI_MUBARAK", "ISRAELI_PRIME_MINISTER_…".
const roles = readTsv(join(root, 'data', 'knowledge', 'roles.tsv')).filter((r) => r.person === 'yes');
const TITLES = new Set(roles.flatMap((r) => [r.phrase, r.plural]).filter((p) => p && p !== '-'));
for (const t of ['former', 'ex', 'then', 'acting', 'deputy', 'vice', 'interim', 'leader', 'secretary', 'chairman', 'representative', 'senator', 'sen.', 'rep.', 'gen.', 'col.', 'dr.', 'mr.', 'mrs.', 'ms.', 'party chief', 'communist', 'soviet', 'the', 'u.s.', 'us', 'american', 'elect', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'gov.', 'gov', 'pres.', 'amb.', 'prof.', 'lt.', 'maj.', 'adm.', 'sgt.', 'secretaty', 'kpa']) TITLES.add(t);
const ROLE_WORDS = new Set([...TITLES].filter((t) => !t.includes(' ') && !['the', 'us', 'u.s.', 'american', 'communist', 'soviet', 'elect', 'former', 'ex', 'then', 'sen.', 'rep.', 'gen.', 'col.', 'dr.', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame'].includes(t)));
/** Role words that are also surnames (Julie Bishop, Stephenson King). */
const SURNAMES = new Set(['bishop', 'king', 'sultan']);
const COUNTRY_WORDS = new Set(countries.flatMap((c) => [...c.names.split('|'), ...c.demonyms.split('|')]).filter((n) => n && n !== '-').map((n) => n.toLowerCase().replace(/-/g, ' ')));
const MAX_TITLE_WORDS = Math.max(...[...TITLES, ...COUNTRY_WORDS].map((t) => t.split(/[\s-]+/).length));

/** Words that make a name an institution, a place or a group rather than a person. */
const NOT_PERSON = new Set(
  'ahrar bet ghuraba jabhat jaish jaysh military reserve rifles administration army assembly agency alliance authority brigade bureau cabinet camp chamber coalition college commission committee community congress council court declaration department directorate embassy emergency force forces front government guard headquarters house intelligence islands kingdom league liberation ministry movement navy nations observatory office palace parliament party police presidency regime republic riot service society state street team tank union university yard'.split(' '),
);
/** Name particles kept lowercase inside a name ("Bashar al-Assad", "Ursula von der Leyen"). */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'dos', 'das', 'y']);

const titleWord = (w, first) =>
  w
    .toLowerCase()
    .split(/(?<=[-'])/)
    .map((part, i) => {
      const bare = part.replace(/[-']$/, '');
      if ((i > 0 || !first) && PARTICLES.has(bare)) return part;
      if (i > 0 && part === "s") return part; // "People's"
      if (/^([a-z]\.)+$/.test(part)) return part.toUpperCase(); // "A.F.M."
      const mc = /^mc(\w)(.*)$/.exec(part);
      if (mc && part.length > 3) return `Mc${mc[1].toUpperCase()}${mc[2]}`;
      return part.charAt(0).toUpperCase() + part.slice(1);
    })
    .join('');

/**
 * A Phoenix phrase as a person's name: "_" joins words, titles and nationalities before the name are
 * dropped ("PRESIDENT_OF_…,_BORIS_N._YELTSIN" → "Boris N. Yeltsin"); null when nothing name-like is left.
 */
function cleanName(phrase) {
  // ASCII only, as src/knowledge/people.ts keys it (Erdoğan → Erdogan); mojibake (U+FFFD) is dropped.
  phrase = phrase.normalize('NFD').replace(/\p{M}/gu, '');
  if (!/^[\x20-\x7e]*$/.test(phrase)) return null;
  // "WALTER_J._STOESSEL,_JR." keeps its suffix; "PRESIDENT_OF_…,_BORIS_N._YELTSIN" keeps what follows the comma.
  let words = phrase.replace(/,_(JR|SR)\b/g, '_$1').replace(/^.*,_/, '').replace(/_+$/, '').split('_').filter(Boolean);
  // A title ends where it is followed by something else; a nationality is dropped only before a title, so
  // that "ISRAELI_PRESIDENT_…" loses it and "GERMAN_VARGAS_LLERAS" (Germán) keeps it.
  const titleAt = (from, set) => {
    for (let k = Math.min(MAX_TITLE_WORDS, words.length - from - 1); k >= 1; k--) if (set.has(words.slice(from, from + k).join(' ').toLowerCase())) return k;
    // "EX-SOVIET_PRESIDENT_…", "PRESIDENT-ELECT_OBAMA"
    const w = words[from];
    if (words.length - from > 1 && w.includes('-') && w.split('-').every((x) => TITLES.has(x.toLowerCase()) || COUNTRY_WORDS.has(x.toLowerCase()))) return 1;
    return 0;
  };
  for (;;) {
    let n = titleAt(0, TITLES);
    if (!n) {
      const c = titleAt(0, COUNTRY_WORDS);
      if (c && titleAt(c, TITLES)) n = c;
    }
    if (!n) break;
    words = words.slice(n);
  }
  if (!words.length || words.some((w) => NOT_PERSON.has(w.toLowerCase())) || /^(of|in|for|and)$/i.test(words[0])) return null;
  // "KOSOVAR_PRIME_MINISTER_", "US_TRADE_REPRESENTATIVE_": a title, not a name.
  if (ROLE_WORDS.has(words.at(-1).toLowerCase()) && !SURNAMES.has(words.at(-1).toLowerCase())) return skip('titles', words.join(' '));
  if (!words.every((w) => /^[\p{L}][\p{L}.'-]*$/u.test(w))) return null;
  return words.map((w, i) => titleWord(w, i === 0)).join(' ');
}

/** The CAMEO agent codes Chancery knows (src/knowledge/roles.ts AGENT_CODES; the shape test compares). */
const AGENTS = new Set('GOV MIL JUD LEG OPP REB PTY COP SPY MED BUS NGO IGO CVL REF HLH EDU ELI LAB AGR ENV HRI DEV REL CRM UAF INS SEP IMG MNC MOD RAD SET PKO'.split(' '));

// ---- dates: YYMMDD or YYYYMMDD, limits inclusive ----------------------------------------------
/** The file was made in January 2014: a two-digit year up to 14 is 20YY, later ones 19YY. */
const PIVOT_YY = 14;
function isoDate(s) {
  let y;
  let rest;
  if (s.length === 8) [y, rest] = [Number(s.slice(0, 4)), s.slice(4)];
  else if (s.length === 6) [y, rest] = [Number(s.slice(0, 2)) + (Number(s.slice(0, 2)) <= PIVOT_YY ? 2000 : 1900), s.slice(2)];
  else return null; // typos: 7, 9, 10 digits
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2));
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2)}`;
}
/** The day after an ISO date: Phoenix ends are inclusive, ours exclusive (as in --actors files). */
function dayAfter(iso) {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

/** `[ISRGOV 670101-960618]` → { country, agents, from, to } or null when it is not usable. */
function parseCode(line) {
  const m = /^\[([A-Z]+)(?:\s+([<>])?\s*(\d+)(?:\s*-\s*(\d+))?)?\]/.exec(line.trim());
  if (!m) return skip('badCode');
  const [, code, op, d1, d2] = m;
  let country = null;
  let rest = '';
  // Dependencies have six-letter codes (FRAMTQ, USAPRI); only they match six letters in the table.
  if (code.length >= 6 && isoByCameo.has(code.slice(0, 6))) {
    country = isoByCameo.get(code.slice(0, 6));
    rest = code.slice(6);
  } else if (isoByCameo.has(code.slice(0, 3))) {
    country = isoByCameo.get(code.slice(0, 3));
    rest = code.slice(3);
  }
  if (rest.length % 3) return skip('badCode');
  // Religion codes (MUS, CHR…) are not agents here; src/knowledge/roles.ts AGENT_CODES lists the agents.
  const agents = (rest.match(/.../g) ?? []).filter((a) => AGENTS.has(a));
  let from = null;
  let to = null;
  if (d1) {
    const a = isoDate(d1);
    const b = d2 ? isoDate(d2) : null;
    if (!a || (d2 && !b)) return skip('badDate');
    if (op === '<') to = dayAfter(a);
    else if (op === '>') from = a;
    else if (b) [from, to] = [a, dayAfter(b)];
    else [from, to] = [a, dayAfter(a)];
    if (from && to && from >= to) return skip('badDate'); // typos: "121207-120802"
  }
  return { code, country, agents, from, to };
}

// ---- groups -------------------------------------------------------------------------------------
function readGroups(text) {
  const groups = [];
  let g = null;
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const line = raw.replace(/\s+#.*$/, '');
    const comment = /#\s*CountryInfo/.test(raw);
    if (/^\s+\[/.test(line) || /^\[/.test(line)) {
      g?.codes.push(line.trim());
      continue;
    }
    if (line.startsWith('+')) {
      if (g) g.synonyms.push(line.slice(1).trim());
      if (g && comment) g.countryInfo = true;
      continue;
    }
    // A primary line: it starts a group unless the current group has no codes yet.
    // A country block has its code inline ("CUBA_ [CUB]"): the next primary line is a new group (its first leader), not another name of it.
    if (!g || g.codes.length || g.inline) {
      g = { names: [], synonyms: [], codes: [], inline: false, countryInfo: false };
      groups.push(g);
    }
    const inline = /\[([^\]]+)\]/.exec(line);
    if (inline) g.inline = true;
    g.names.push(line.replace(/\[.*$/, '').trim());
    if (comment) g.countryInfo = true;
  }
  return groups;
}


function personOf(g) {
  const codes = g.codes.map((c) => parseCode(c)).filter(Boolean);
  // A country block: an inline code, codes without agents, or a country's name or demonym among its names.
  const namesCountry = [...g.names, ...g.synonyms].some((n) => COUNTRY_WORDS.has(n.replace(/_+$/, '').replace(/_/g, ' ').toLowerCase()));
  if (g.inline || !codes.length || codes.every((c) => !c.agents.length) || namesCountry) return skip('countryBlocks');
  const names = [...g.names, ...g.synonyms].map(cleanName).filter(Boolean);
  const first = cleanName(g.names[0]);
  // Not from CountryInfo (hand-added lines): a person only when the first name has two words or more.
  // Hand-added lines need two words to be a name; a one-word name alone ("ABDULLAH_", "HASSAN_") says too little.
  if (!first || (!g.countryInfo && !first.includes(' ')) || !names.some((n) => n.includes(' '))) return skip('notPerson');
  let known = codes.filter((c) => c.country);
  let found = [...new Set(known.map((c) => c.country))];
  if (!found.length) return skip('noCountry');
  // Several countries: the one of the dated codes when they agree, the offices held ("EGON_KRENZ_": [DDRGOV
  // 891024-891206] and an undated [DEUELI] after unification is East Germany's leader of 1989).
  const datedCountries = [...new Set(known.filter((c) => c.from || c.to).map((c) => c.country))];
  if (found.length > 1 && datedCountries.length === 1) {
    known = known.filter((c) => c.country === datedCountries[0]);
    found = datedCountries;
  }
  if (found.length > 1) return skip('ambiguous');
  // The display name: the first primary line with two words or more.
  const display = names.find((n) => n.includes(' ')) ?? first;
  const aliases = [...new Set(names)].filter((n) => n !== display);
  // Dated codes first, in file order; the undated one is the default when none is in force.
  const dated = known.filter((c) => c.from || c.to);
  const undated = known.filter((c) => !c.from && !c.to).at(-1);
  const role = (c) => `${c.agents.join('+') || '-'}${c.from || c.to ? `:${c.from ?? ''}..${c.to ?? ''}` : ''}`;
  const rolesCell = [...new Set([...dated, ...(undated ? [undated] : [])].map(role))].join(';');
  stats.people++;
  if (!g.countryInfo) stats.handAdded.push(display);
  return { name: display, aliases, country: found[0], roles: rolesCell };
}

const text = readFileSync(source).toString('utf8');
const groups = readGroups(text);
stats.groups = groups.length;
const people = groups.map(personOf).filter(Boolean);

// One row per person: two groups with the same name and country (Phoenix lists Gaddafi twice) merge.
const byKey = new Map();
for (const p of people) {
  const k = `${p.name.toLowerCase()}\t${p.country}`;
  const had = byKey.get(k);
  if (!had) byKey.set(k, p);
  else {
    had.aliases = [...new Set([...had.aliases, ...p.aliases])].filter((a) => a !== had.name);
    had.roles = [...new Set([...had.roles.split(';'), ...p.roles.split(';')])].sort((a, b) => Number(!a.includes(':')) - Number(!b.includes(':'))).join(';');
  }
}
// Hand-written rows (data/knowledge/people-extra.tsv): leaders the source lacks; aliases and roles join a row of the same name and country.
for (const r of readTsv(join(root, 'data', 'knowledge', 'people-extra.tsv'))) {
  const k = `${r.name.toLowerCase()}\t${r.country}`;
  const aliases = r.aliases === '-' ? [] : r.aliases.split('|');
  const had = byKey.get(k);
  if (!had) byKey.set(k, { name: r.name, aliases, country: r.country, roles: r.roles });
  else {
    had.aliases = [...new Set([...had.aliases, ...aliases])].filter((a) => a !== had.name);
    had.roles = [...new Set([...had.roles.split(';'), ...r.roles.split(';')])].sort((a, b) => Number(!a.includes(':')) - Number(!b.includes(':'))).join(';');
  }
}
// People in office since 2014, which Phoenix does not know or leaves in office for ever: our own list
// (data/knowledge/people-recent.tsv, same columns). Its row replaces the roles of the Phoenix row of the same
// person (same country, and the same name or one of its aliases), whose spellings are kept, or is added.
const recentFile = join(root, 'data', 'knowledge', 'people-recent.tsv');
const LETTERS = { ł: 'l', Ł: 'L', ı: 'i', ø: 'o', Ø: 'O', æ: 'ae', ß: 'ss', đ: 'd', Đ: 'D', '\u2018': "'", '\u2019': "'" };
const ascii = (s) => {
  const out = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x00-\x7f]/g, (c) => LETTERS[c] ?? c);
  if (!/^[\x00-\x7f]*$/.test(out)) throw new Error(`${recentFile}: not ASCII after folding: ${s}`);
  return out;
};
const recent = readTsv(recentFile).map((r) => ({ name: ascii(r.name), aliases: r.aliases === '-' ? [] : r.aliases.split('|').map(ascii), country: r.country, roles: r.roles }));
for (const r of recent) {
  if (!isoByCameo.has(r.country)) throw new Error(`${recentFile}: ${r.name}: unknown country ${r.country}`);
  if (!/^[^;:]+(:\d{4}-\d{2}-\d{2}\.\.(\d{4}-\d{2}-\d{2})?)?(;[^;:]+(:\d{4}-\d{2}-\d{2}\.\.(\d{4}-\d{2}-\d{2})?)?)*$/.test(r.roles)) throw new Error(`${recentFile}: ${r.name}: bad roles ${r.roles}`);
  const spellings = new Set([r.name, ...r.aliases].map((n) => n.toLowerCase()));
  const same = [...byKey.values()].filter((p) => p.country === r.country && [p.name, ...p.aliases].some((n) => spellings.has(n.toLowerCase())));
  for (const p of same) byKey.delete(`${p.name.toLowerCase()}\t${p.country}`);
  const aliases = [...new Set([...r.aliases, ...same.flatMap((p) => [p.name, ...p.aliases])])].filter((a) => a.toLowerCase() !== r.name.toLowerCase());
  byKey.set(`${r.name.toLowerCase()}\t${r.country}`, { name: r.name, aliases, country: r.country, roles: r.roles });
  stats.recent = (stats.recent ?? 0) + 1;
  if (same.length) stats.recentReplaced = (stats.recentReplaced ?? 0) + 1;
}

// Sorted by the key src/knowledge/people.ts looks names up with (lowercase, runs of spaces, hyphens and
// dots as one space), so that a lookup is a binary search in the file's bytes and loading costs nothing.
const sortKey = (name) => name.toLowerCase().replace(/[-.\s]+/g, ' ').trim();
const rows = [...byKey.values()].sort((a, b) => {
  const [x, y] = [sortKey(a.name), sortKey(b.name)];
  return x < y ? -1 : x > y ? 1 : a.country < b.country ? -1 : a.country > b.country ? 1 : 0;
});

const header = `# GENERATED by scripts/knowledge/build-people.mjs - do not edit; rerun the script. ASCII only.
# Source: Phoenix.Countries.actors.txt from github.com/openeventdata/petrarch2 (data/dictionaries, commit
# 676801cd), generated January 2014 from CountryInfo.140130.txt; its dates rarely go past 2014. Leaders and
# ministers since then, and the end of their predecessors' terms, from data/knowledge/people-recent.tsv (ours).
# The MIT License (MIT). Copyright (c) 2014 Open Event Data Alliance. Permission is hereby granted, free
# of charge, to any person obtaining a copy of this software and associated documentation files (the
# "Software"), to deal in the Software without restriction, including without limitation the rights to
# use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
# permit persons to whom the Software is furnished to do so, subject to the following conditions: The
# above copyright notice and this permission notice shall be included in all copies or substantial
# portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
# PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY
# CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
#
# name: display name, title-cased; aliases: "|"-separated other spellings Phoenix lists (titles dropped,
# surnames alone included), "-" when none. country: ISO 3166-1 alpha-3.
# roles: ";"-separated AGENTS[:FROM..TO]: CAMEO agent codes joined by "+" ("-" for none), then the dates
# they hold, FROM inclusive and TO exclusive (YYYY-MM-DD, either may be empty: open). Dated roles come in
# Phoenix's order; the last one without dates is the default when no dated one is in force. Phoenix's
# six-digit dates (YYMMDD) are read as 20YY up to 14 and 19YY above (the file was made in 2014). Rows are
# sorted by name key (src/knowledge/people.ts looks names up by binary search). A name or alias that
# people of several countries share gives no country.
name\taliases\tcountry\troles
`;
const body = rows.map((r) => `${r.name}\t${r.aliases.join('|') || '-'}\t${r.country}\t${r.roles}`).join('\n');
const output = `${header}${body}\n`;

if (process.argv.includes('--stats')) console.error({ ...stats, handAdded: stats.handAdded.join(', '), titles: [...stats.titles].join(', '), rows: rows.length });
if (process.argv.includes('--check')) {
  const current = readFileSync(out, 'utf8');
  if (current !== output) {
    console.error(`${out} is out of date: rerun node scripts/knowledge/build-people.mjs`);
    process.exit(1);
  }
  console.log('people.tsv is up to date');
} else {
  writeFileSync(out, output);
  console.log(`wrote ${rows.length} people to ${out}`);
}
