// An article record drawn in the manner of displaCy: entity mentions coloured by type (with a legend), quotes
// with their speakers, event triggers with their CAMEO label and source → target, claims; beside it, the
// lists of events, quotes, claims and actors. Choosing an item highlights its span (the sentence for an
// event) and scrolls to it. Every piece of the article is rendered as text (Preact escapes it).
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { ArticleRecord } from './api.js';
import { actorHref, cameoLabel, fmt, goldsteinClass } from './util.js';

type Rec = ArticleRecord;
type Span = { start: number; end: number };

/** What is highlighted: a span, and the item it belongs to. */
export interface Selection {
  kind: 'event' | 'quote' | 'claim' | 'actor' | 'sentence';
  id: string;
  span: Span;
}

interface Tag {
  kind: 'ent' | 'event' | 'quote' | 'claim';
  text: string;
  cls: string;
}

interface Segment {
  start: number;
  end: number;
  classes: string[];
  /** Tags written right after this segment (a mention's type, an event's label, a quote's speaker). */
  tags: Tag[];
  title?: string;
  actor?: string;
}

interface Block {
  start: number;
  end: number;
  kind: string;
  segments: Segment[];
}

export function actorName(record: Rec, id: string | null | undefined): string {
  if (!id) return 'unknown';
  return record.actors.find((a) => a.id === id)?.name ?? id;
}

/** The article cut into blocks (paragraphs) and segments: each segment is covered by the same spans throughout. */
export function segment(record: Rec, highlight: Span | null): Block[] {
  const text = record.text;
  const n = text.length;
  const names = new Map(record.actors.map((a) => [a.id, a]));
  const bounds = new Set<number>([0, n]);
  const add = (s: Span) => {
    if (s.start >= 0 && s.end <= n && s.start < s.end) {
      bounds.add(s.start);
      bounds.add(s.end);
    }
  };
  const mentions = record.mentions.filter((m) => m.start < m.end && m.end <= n);
  mentions.forEach(add);
  record.quotes.forEach(add);
  record.claims.forEach(add);
  record.sentences.forEach(add);
  for (const e of record.events) add(e.trigger);
  if (highlight) add(highlight);
  // Paragraphs: runs of text between newlines.
  const blocks: Block[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const section = record.sections.find((s) => s.start <= m!.index && m!.index < s.end);
    blocks.push({ start: m.index, end: m.index + m[0].length, kind: section?.kind ?? 'body', segments: [] });
    bounds.add(m.index);
    bounds.add(m.index + m[0].length);
  }
  const points = [...bounds].sort((a, b) => a - b);
  // Events by trigger end, quotes and claims by end, mentions by end: their tags go there.
  const triggersByEnd = groupBy(record.events, (e) => e.trigger.end);
  const quotesByEnd = groupBy(record.quotes, (q) => q.end);
  const claimsByEnd = groupBy(record.claims, (c) => c.end);
  const mentionsByEnd = groupBy(mentions, (m) => m.end);
  let bi = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    while (bi < blocks.length && blocks[bi].end <= a) bi++;
    const block = blocks[bi];
    if (!block || a < block.start) continue;
    const classes: string[] = [];
    let title: string | undefined;
    let actor: string | undefined;
    // The innermost mention covering it gives the entity colour.
    let best: (typeof mentions)[number] | undefined;
    for (const m of mentions) if (m.start <= a && b <= m.end && (!best || m.end - m.start < best.end - best.start)) best = m;
    if (best) {
      classes.push('ent', `ent-${best.type}`);
      if (best.actor) {
        actor = best.actor;
        title = `${best.type}: ${names.get(best.actor)?.name ?? best.actor}`;
      } else title = best.type;
    }
    const quote = record.quotes.find((q) => q.start <= a && b <= q.end);
    if (quote) classes.push('quote', quote.direct ? 'quote-direct' : 'quote-indirect');
    if (record.events.some((e) => e.trigger.start <= a && b <= e.trigger.end)) classes.push('trigger');
    if (record.claims.some((c) => c.start <= a && b <= c.end)) classes.push('claim');
    if (highlight && highlight.start <= a && b <= highlight.end) classes.push('hl');
    const tags: Tag[] = [];
    for (const m of mentionsByEnd.get(b) ?? []) if (m.start <= a) tags.push({ kind: 'ent', text: m.type, cls: `tag-ent ent-${m.type}` });
    for (const e of triggersByEnd.get(b) ?? []) {
      if (e.trigger.start > a) continue;
      const target = e.target ? actorName(record, e.target.actor) : '—';
      tags.push({ kind: 'event', text: `${cameoLabel(e.cameo, e.rootCode)} · ${actorName(record, e.source.actor)} → ${target}`, cls: `tag-event ${goldsteinClass(e.goldstein)}` });
    }
    for (const c of claimsByEnd.get(b) ?? []) if (c.start <= a) tags.push({ kind: 'claim', text: `claim: ${c.value.toLocaleString('en')} ${c.unit}`, cls: 'tag-claim' });
    for (const q of quotesByEnd.get(b) ?? []) if (q.start <= a) tags.push({ kind: 'quote', text: `— ${q.speaker ? actorName(record, q.speaker) : 'unattributed'}`, cls: 'tag-quote' });
    block.segments.push({ start: a, end: b, classes, tags, title, actor });
  }
  return blocks;
}

function groupBy<T>(items: readonly T[], key: (t: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const ENTITY_NAMES: Record<string, string> = {
  PER: 'person',
  ORG: 'organization',
  GPE: 'country or city',
  LOC: 'location',
  NORP: 'nationality or group',
  FAC: 'facility',
  EVENT: 'event',
  DATE: 'date',
  MONEY: 'money',
  CARDINAL: 'number',
  PERCENT: 'percent',
  QUANTITY: 'quantity',
  MISC: 'other',
};

export function Legend({ record }: { record: Rec }) {
  const types = [...new Set(record.mentions.map((m) => m.type))].sort();
  return (
    <ul class="legend" aria-label="Legend">
      {types.map((t) => (
        <li key={t}>
          <span class={`tag tag-ent ent-${t}`}>{t}</span> {ENTITY_NAMES[t] ?? t.toLowerCase()}
        </li>
      ))}
      <li>
        <span class="quote quote-direct legend-sample">“quote”</span> direct quote
      </li>
      <li>
        <span class="trigger legend-sample">trigger</span> event trigger
      </li>
      <li>
        <span class="claim legend-sample">12%</span> claim
      </li>
    </ul>
  );
}

/** The article's text, annotated; `linkActors` makes mentions of actors links to their actor view. */
export function AnnotatedText({ record, selection, linkActors }: { record: Rec; selection: Selection | null; linkActors?: boolean }) {
  const highlight = selection?.span ?? null;
  const blocks = useMemo(() => segment(record, highlight), [record, highlight?.start, highlight?.end]);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!highlight || !ref.current) return;
    const first = ref.current.querySelector<HTMLElement>('.hl');
    if (first) {
      first.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    }
  }, [highlight?.start, highlight?.end, blocks]);
  return (
    <section class="annotated" ref={ref} aria-label="Annotated article text">
      {blocks.map((block) => {
        const children = block.segments.map((s) => <Seg key={s.start} seg={s} text={record.text} linkActors={linkActors} />);
        if (block.kind === 'title') return <h2 class="article-title" key={block.start}>{children}</h2>;
        return (
          <p class={`block block-${block.kind}`} key={block.start}>
            {children}
          </p>
        );
      })}
    </section>
  );
}

function Seg({ seg, text, linkActors }: { seg: Segment; text: string; linkActors?: boolean }) {
  const body = text.slice(seg.start, seg.end);
  const tags = seg.tags.map((t, i) => (
    <span key={i} class={`tag ${t.cls}`}>
      {t.text}
    </span>
  ));
  const inner: ComponentChildren =
    linkActors && seg.actor ? (
      <a href={actorHref(seg.actor)} class="actor-link">
        {body}
      </a>
    ) : (
      body
    );
  if (!seg.classes.length && !seg.tags.length) return <span data-s={seg.start}>{inner}</span>;
  return (
    <>
      <span data-s={seg.start} class={seg.classes.join(' ') || undefined} title={seg.title}>
        {inner}
      </span>
      {tags}
    </>
  );
}

/** The lists beside the text: events (with evidence), quotes, claims, actors. */
export function SidePanel({ record, selection, onSelect, linkActors }: { record: Rec; selection: Selection | null; onSelect: (s: Selection) => void; linkActors?: boolean }) {
  const mentionById = useMemo(() => new Map(record.mentions.map((m) => [m.id, m])), [record]);
  const direct = record.quotes.filter((q) => q.direct).length;
  const isSelected = (kind: string, id: string) => selection?.kind === kind && selection.id === id;
  return (
    <aside class="side-panel" aria-label="Extracted items">
      <details open class="panel-group">
        <summary>
          <h3>Events ({record.events.length})</h3>
        </summary>
        <ul class="items events-list">
          {record.events.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                class={`item event-item ${isSelected('event', e.id) ? 'selected' : ''}`}
                aria-pressed={isSelected('event', e.id)}
                data-event={e.id}
                onClick={() => onSelect({ kind: 'event', id: e.id, span: e.sentence })}
              >
                <span class="item-head">
                  <span class={`badge ${goldsteinClass(e.goldstein)}`}>{fmt(e.goldstein)}</span> {actorName(record, e.source.actor)} →{' '}
                  {e.target ? actorName(record, e.target.actor) : '—'}
                </span>
                <span class="item-sub">
                  {cameoLabel(e.cameo, e.rootCode)} · {e.plover.type}
                  {e.modality !== 'asserted' ? ` · ${e.modality}` : ''}
                  {e.negated ? ' · negated' : ''}
                  {e.date.value ? ` · ${e.date.value}` : ''}
                </span>
                <span class="item-evidence">{e.evidence}</span>
              </button>
            </li>
          ))}
        </ul>
      </details>
      <details open class="panel-group">
        <summary>
          <h3>
            Quotes ({record.quotes.length}, {direct} direct)
          </h3>
        </summary>
        <ul class="items quotes-list">
          {record.quotes.map((q) => (
            <li key={q.id}>
              <button
                type="button"
                class={`item quote-item ${isSelected('quote', q.id) ? 'selected' : ''}`}
                aria-pressed={isSelected('quote', q.id)}
                data-direct={String(q.direct)}
                onClick={() => onSelect({ kind: 'quote', id: q.id, span: q })}
              >
                <span class="item-head">
                  <span class="speaker">{q.speaker ? actorName(record, q.speaker) : 'unattributed'}</span>
                  <span class="badge">{q.direct ? 'direct' : 'indirect'}</span>
                </span>
                <span class="item-evidence">“{q.text}”</span>
              </button>
            </li>
          ))}
        </ul>
      </details>
      <details open class="panel-group">
        <summary>
          <h3>Claims ({record.claims.length})</h3>
        </summary>
        <ul class="items claims-list">
          {record.claims.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                class={`item claim-item ${isSelected('claim', c.id) ? 'selected' : ''}`}
                aria-pressed={isSelected('claim', c.id)}
                onClick={() => onSelect({ kind: 'claim', id: c.id, span: c })}
              >
                <span class="item-head">
                  {c.qualifier ? `${c.qualifier} ` : ''}
                  {c.value.toLocaleString('en')} {c.unit}
                </span>
                <span class="item-sub">
                  {c.about}
                  {c.subject ? ` · ${actorName(record, c.subject)}` : ''}
                  {c.period ? ` · ${c.period}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </details>
      <details open class="panel-group">
        <summary>
          <h3>Actors ({record.actors.length})</h3>
        </summary>
        <ul class="items actors-list">
          {record.actors.map((a) => {
            const first = a.mentions.map((id) => mentionById.get(id)).find(Boolean);
            return (
              <li key={a.id} class="actor-row">
                <button
                  type="button"
                  class={`item actor-item ${isSelected('actor', a.id) ? 'selected' : ''}`}
                  aria-pressed={isSelected('actor', a.id)}
                  disabled={!first}
                  onClick={() => first && onSelect({ kind: 'actor', id: a.id, span: first })}
                >
                  <span class="item-head">{a.name}</span>
                  <span class="item-sub">
                    {a.kind} · {a.code}
                    {a.role ? ` · ${a.role}` : ''} · {a.mentions.length} mention{a.mentions.length === 1 ? '' : 's'}
                  </span>
                </button>
                {linkActors ? (
                  <a class="more" href={actorHref(a.id)} aria-label={`${a.name} across the corpus`}>
                    corpus →
                  </a>
                ) : null}
              </li>
            );
          })}
        </ul>
      </details>
    </aside>
  );
}

/** The text and its panel side by side. */
export function AnnotatedRecord({ record, selection, onSelect, linkActors }: { record: Rec; selection: Selection | null; onSelect: (s: Selection) => void; linkActors?: boolean }) {
  return (
    <div class="record-view">
      <div class="record-text">
        <Legend record={record} />
        <AnnotatedText record={record} selection={selection} linkActors={linkActors} />
      </div>
      <SidePanel record={record} selection={selection} onSelect={onSelect} linkActors={linkActors} />
    </div>
  );
}

/** The sentence that contains an offset (a deep link's `s=`). */
export function sentenceAt(record: Rec, offset: number): Span | null {
  return record.sentences.find((s) => s.start <= offset && offset < s.end) ?? record.sentences.find((s) => s.start >= offset) ?? null;
}
