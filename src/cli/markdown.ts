// `--format markdown`: a readable report of one record. Each layer gets its section when it has items,
// so later stages show up here without touching this file's structure.
import type { ArticleRecord, Span } from '../doc/schema.js';

export function toMarkdown(r: ArticleRecord): string {
  const out: string[] = [];
  const slice = (s: Span) => r.text.slice(s.start, s.end);
  const a = r.article;
  out.push(`# ${a.title ?? '(untitled)'}`, '');
  if (a.dek) out.push(`*${a.dek}*`, '');
  const by = [a.authors.length ? `By ${a.authors.join(', ')}` : null, a.publisher].filter(Boolean).join(' — ');
  const when = a.published.value ? `Published ${a.published.value} (${a.published.origin})` : 'Publication date unknown';
  out.push([by, when].filter(Boolean).join(' · '), '');
  out.push(`Source: ${r.source.kind} ${r.source.location} · ${r.sentences.length} sentences · id ${r.id} · pipeline ${r.pipeline.version}`, '');

  out.push('## Text', '');
  for (const s of r.sections) {
    if (s.kind === 'title' || s.kind === 'dek') continue;
    const text = escapeMarkdown(slice(s));
    if (s.kind === 'caption') {
      const credit = s.credit === undefined ? '' : typeof s.credit === 'string' ? s.credit : slice(s.credit);
      out.push(`> 📷 *${text}*${credit ? ` — credit: ${escapeMarkdown(credit)}` : ''}`, '');
    } else if (s.kind === 'byline') out.push(`*${text}*`, '');
    else out.push(text, '');
  }

  table(out, 'Dates', ['expression', 'value', 'granularity'], r.dates.map((d) => [slice(d), d.value ?? '?', d.granularity]));
  table(out, 'Actors', ['actor', 'kind', 'code', 'role', 'mentions'], r.actors.map((x) => [x.name, x.kind, x.code, x.role ?? '', String(x.mentions.length)]));
  const actorName = (id: string | null | undefined) => (id ? r.actors.find((x) => x.id === id)?.name ?? id : '?');
  table(out, 'Events', ['source', 'event', 'target', 'CAMEO', 'Goldstein', 'date', 'modality', 'evidence'], r.events.map((e) => [
    actorName(e.source.actor), e.plover.type, e.target ? actorName(e.target.actor) : '', e.cameo, String(e.goldstein),
    e.date.value ?? '', e.negated ? `${e.modality}, negated` : e.modality, e.evidence,
  ]));
  table(out, 'Quotes', ['speaker', 'quote', 'kind'], r.quotes.map((q) => [actorName(q.speaker), q.text, q.direct ? 'direct' : 'reported']));
  table(out, 'Claims', ['value', 'unit', 'about', 'source'], r.claims.map((c) => [`${c.qualifier ? `${c.qualifier} ` : ''}${c.value}`, c.unit, c.about, actorName(c.source)]));
  table(out, 'Places', ['place', 'country', 'lat', 'lon'], r.places.map((p) => [p.name, p.country ?? '', String(p.lat ?? ''), String(p.lon ?? '')]));
  if (r.warnings.length) out.push('## Warnings', '', ...r.warnings.map((w) => `- ${escapeMarkdown(w)}`), '');
  return out.join('\n');
}

function table(out: string[], title: string, head: string[], rows: string[][]): void {
  if (!rows.length) return;
  out.push(`## ${title}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
  for (const row of rows) out.push(`| ${row.map((c) => escapeMarkdown(c).replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`);
  out.push('');
}

// Article text is data: keep it from being read as Markdown markup at the start of a line.
const escapeMarkdown = (s: string) => s.replace(/^([#>*+-]|\d+\.)(\s)/gm, '\\$1$2');
