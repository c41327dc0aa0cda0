// Dyad: relations between two sides over time (GET /api/dyad), both directions, cooperation against conflict
// and the Goldstein mean per period; the events between them (filter, sort, pages), each linked to its
// sentence; quotes by each side, figures claimed about each, and each side's most active people.
import type uPlot from 'uplot';
import { useMemo, useState } from 'preact/hooks';
import { type DyadTimeline, type EventRow, api } from '../api.js';
import { Chart, periodTime } from '../chart.js';
import { Pager, QUAD_CLASSES, Section, Status, actorHref, articleHref, cameoLabel, fmt, goldsteinClass, replaceParams, useLoad } from '../util.js';

const PAGE = 25;

export function DyadView({ params }: { params: URLSearchParams }) {
  const [a, setA] = useState(params.get('a') ?? 'ISR');
  const [b, setB] = useState(params.get('b') ?? 'AZE');
  const [by, setBy] = useState(params.get('by') ?? 'month');
  const [from, setFrom] = useState(params.get('from') ?? '');
  const [to, setTo] = useState(params.get('to') ?? '');
  const [applied, setApplied] = useState({ a, b, by, from, to });
  const submit = (e: Event) => {
    e.preventDefault();
    const next = { a: a.trim().toUpperCase().includes(':') ? a.trim() : a.trim().toUpperCase(), b: b.trim().includes(':') ? b.trim() : b.trim().toUpperCase(), by, from, to };
    setA(next.a);
    setB(next.b);
    setApplied(next);
    replaceParams('dyad', next);
  };
  const q = applied;
  const timeline = useLoad(q.a && q.b ? (signal) => api.dyad({ a: q.a, b: q.b, by: q.by, from: q.from, to: q.to }, signal) : null, [q]);
  return (
    <div class="view dyad-view">
      <h1>
        Dyad: {q.a} – {q.b}
      </h1>
      <form class="card filters" onSubmit={submit} aria-label="Dyad and period">
        <label class="field inline">
          Side A
          <input id="dyad-a" value={a} onInput={(e) => setA(e.currentTarget.value)} placeholder="ISR" required />
        </label>
        <label class="field inline">
          Side B
          <input id="dyad-b" value={b} onInput={(e) => setB(e.currentTarget.value)} placeholder="AZE" required />
        </label>
        <label class="field inline">
          Per
          <select value={by} onChange={(e) => setBy(e.currentTarget.value)}>
            <option value="week">week</option>
            <option value="month">month</option>
            <option value="day">day</option>
          </select>
        </label>
        <label class="field inline">
          From
          <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label class="field inline">
          To
          <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">
          Show
        </button>
        <p class="hint">A side is a country code (ISR), an actor code (ISRGOV) or an actor id (person:eli-cohen).</p>
      </form>
      <Section title="Cooperation and conflict over time" id="dyad-timeline">
        <Status state={timeline} />
        {timeline.data ? <Timeline t={timeline.data} /> : null}
      </Section>
      <DyadEvents a={q.a} b={q.b} from={q.from} to={q.to} />
      <div class="grid two">
        <SideQuotes side={q.a} from={q.from} to={q.to} />
        <SideQuotes side={q.b} from={q.from} to={q.to} />
        <SideClaims side={q.a} from={q.from} to={q.to} />
        <SideClaims side={q.b} from={q.from} to={q.to} />
      </div>
      <KeyPeople a={q.a} b={q.b} from={q.from} to={q.to} />
    </div>
  );
}

const sideName = (s: { kind: string; value: string }) => s.value;

function Timeline({ t }: { t: DyadTimeline }) {
  const a = sideName(t.a);
  const b = sideName(t.b);
  const { data, options } = useMemo(() => {
    const xs = t.periods.map((p) => periodTime(p.period));
    const coop = (d: { quadClass: number[] }) => d.quadClass[0] + d.quadClass[1];
    const conflict = (d: { quadClass: number[] }) => d.quadClass[2] + d.quadClass[3];
    const data: uPlot.AlignedData = [
      xs,
      t.periods.map((p) => coop(p.ab)),
      t.periods.map((p) => conflict(p.ab)),
      t.periods.map((p) => coop(p.ba)),
      t.periods.map((p) => conflict(p.ba)),
      t.periods.map((p) => p.ab.goldsteinMean),
      t.periods.map((p) => p.ba.goldsteinMean),
    ];
    const pts = { show: true, size: 7 };
    const options: Omit<uPlot.Options, 'width' | 'height'> & { height?: number } = {
      height: 300,
      scales: { x: { time: true }, n: { auto: true, range: (_u, _min, max) => [0, Math.max(1, max)] }, g: { range: [-10, 10] } },
      axes: [{}, { scale: 'n', label: 'events' }, { scale: 'g', side: 1, label: 'Goldstein mean', grid: { show: false } }],
      series: [
        { label: t.by },
        { label: `${a}→${b} cooperation`, scale: 'n', stroke: '#1a7f37', width: 2, points: pts },
        { label: `${a}→${b} conflict`, scale: 'n', stroke: '#cf222e', width: 2, points: pts },
        { label: `${b}→${a} cooperation`, scale: 'n', stroke: '#4ac26b', width: 2, dash: [6, 4], points: pts },
        { label: `${b}→${a} conflict`, scale: 'n', stroke: '#ff8182', width: 2, dash: [6, 4], points: pts },
        { label: `${a}→${b} Goldstein`, scale: 'g', stroke: '#0969da', width: 1, points: pts },
        { label: `${b}→${a} Goldstein`, scale: 'g', stroke: '#8250df', width: 1, dash: [2, 3], points: pts },
      ],
    };
    return { data, options };
  }, [t]);
  if (!t.periods.length) return <p class="status">No events between {a} and {b} in this period.</p>;
  return (
    <>
      <Chart options={options} data={data} points={t.periods.length} label={`Events between ${a} and ${b} per ${t.by}: cooperation and conflict in both directions, and the Goldstein mean`} />
      <table class="data compact">
        <caption>
          Per {t.by}: events by quad class ({QUAD_CLASSES.map((c, i) => `${i + 1} ${c.toLowerCase()}`).join(', ')}) and Goldstein mean
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.by}</th>
            <th scope="col">
              {a}→{b} (1/2/3/4)
            </th>
            <th scope="col">Goldstein</th>
            <th scope="col">
              {b}→{a} (1/2/3/4)
            </th>
            <th scope="col">Goldstein</th>
          </tr>
        </thead>
        <tbody>
          {t.periods.map((p) => (
            <tr key={p.period}>
              <th scope="row">{p.period}</th>
              <td>{p.ab.quadClass.join(' / ')}</td>
              <td class={goldsteinClass(p.ab.goldsteinMean)}>{fmt(p.ab.goldsteinMean)}</td>
              <td>{p.ba.quadClass.join(' / ')}</td>
              <td class={goldsteinClass(p.ba.goldsteinMean)}>{fmt(p.ba.goldsteinMean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

type SortKey = 'day' | 'goldstein' | 'cameo' | 'source';

export function EventsTable({ rows, caption }: { rows: EventRow[]; caption: string }) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'day', desc: true });
  const sorted = useMemo(() => {
    const value = (r: EventRow): string | number => (sort.key === 'day' ? (r.day ?? '') : sort.key === 'goldstein' ? r.goldstein : sort.key === 'cameo' ? r.cameo : (r.source.name ?? r.source.actor));
    return [...rows].sort((x, y) => {
      const vx = value(x);
      const vy = value(y);
      const c = vx < vy ? -1 : vx > vy ? 1 : 0;
      return sort.desc ? -c : c;
    });
  }, [rows, sort]);
  const head = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" class="sort" onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : key !== 'cameo' && key !== 'source' })}>
        {label}
        {sort.key === key ? (sort.desc ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  return (
    <table class="data events-table">
      <caption class="sr-only">{caption}</caption>
      <thead>
        <tr>
          {head('day', 'Day')}
          {head('source', 'Source → target')}
          {head('cameo', 'Event')}
          {head('goldstein', 'Goldstein')}
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={`${r.articleId}/${r.id}`}>
            <td class="nowrap">{r.day ?? '–'}</td>
            <td>
              <a href={actorHref(r.source.actor)}>{r.source.name ?? r.source.actor}</a> →{' '}
              {r.target ? <a href={actorHref(r.target.actor)}>{r.target.name ?? r.target.actor}</a> : '—'}
            </td>
            <td>
              {cameoLabel(r.cameo, r.rootCode)}
              {r.modality !== 'asserted' ? <span class="badge">{r.modality}</span> : null}
              {r.negated ? <span class="badge">negated</span> : null}
            </td>
            <td class={goldsteinClass(r.goldstein)}>{fmt(r.goldstein)}</td>
            <td>
              <a href={articleHref(r.articleId, { s: r.sentence.start })} class="evidence-link">
                {r.evidence}
              </a>
              <span class="item-sub"> {r.article.publisher ?? r.article.title ?? ''}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DyadEvents({ a, b, from, to }: { a: string; b: string; from: string; to: string }) {
  const [offset, setOffset] = useState(0);
  const [quad, setQuad] = useState('');
  const [text, setText] = useState('');
  const [textApplied, setTextApplied] = useState('');
  const [directed, setDirected] = useState(false);
  const page = useLoad(
    (signal) => api.events({ dyad: `${a},${b}`, directed, quad: quad || undefined, text: textApplied || undefined, from, to, limit: PAGE, offset }, signal),
    [a, b, from, to, quad, textApplied, directed, offset],
  );
  return (
    <Section title="Events" id="dyad-events">
      <form
        class="filters"
        aria-label="Filter events"
        onSubmit={(e) => {
          e.preventDefault();
          setOffset(0);
          setTextApplied(text.trim());
        }}
      >
        <label class="field inline">
          Quad class
          <select
            value={quad}
            onChange={(e) => {
              setOffset(0);
              setQuad(e.currentTarget.value);
            }}
          >
            <option value="">all</option>
            {QUAD_CLASSES.map((c, i) => (
              <option key={c} value={String(i + 1)}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label class="field inline">
          <input
            type="checkbox"
            checked={directed}
            onChange={(e) => {
              setOffset(0);
              setDirected(e.currentTarget.checked);
            }}
          />{' '}
          only {a} → {b}
        </label>
        <label class="field inline">
          Words in the sentence
          <input value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <Status state={page} />
      {page.data ? (
        page.data.items.length ? (
          <>
            <EventsTable rows={page.data.items} caption={`Events between ${a} and ${b}`} />
            <Pager total={page.data.total} limit={page.data.limit} offset={page.data.offset} onOffset={setOffset} label="Events" />
          </>
        ) : (
          <p class="status">No events.</p>
        )
      ) : null}
    </Section>
  );
}

function SideQuotes({ side, from, to }: { side: string; from: string; to: string }) {
  const quotes = useLoad((signal) => api.quotes({ speaker: side, from, to, limit: 10 }, signal), [side, from, to]);
  return (
    <Section title={`Quotes by ${side}`} id={`quotes-${side}`}>
      <Status state={quotes} empty={quotes.data && !quotes.data.items.length ? 'No quotes.' : undefined} />
      <ul class="plain">
        {quotes.data?.items.map((q) => (
          <li key={`${q.articleId}/${q.id}`} class="quote-row">
            <blockquote>“{q.text}”</blockquote>
            <span class="item-sub">
              — {q.speaker ? <a href={actorHref(q.speaker.actor)}>{q.speaker.name}</a> : 'unattributed'}
              {q.article.published ? `, ${q.article.published.slice(0, 10)}` : ''} ·{' '}
              <a href={articleHref(q.articleId, { q: q.id })}>in context</a>
            </span>
          </li>
        ))}
      </ul>
      {quotes.data && quotes.data.total > quotes.data.items.length ? (
        <p class="item-sub">
          {quotes.data.items.length} of {quotes.data.total}
        </p>
      ) : null}
    </Section>
  );
}

function SideClaims({ side, from, to }: { side: string; from: string; to: string }) {
  const claims = useLoad((signal) => api.claims({ subject: side, from, to, limit: 10 }, signal), [side, from, to]);
  return (
    <Section title={`Figures claimed about ${side}`} id={`claims-${side}`}>
      <Status state={claims} empty={claims.data && !claims.data.items.length ? 'No figures.' : undefined} />
      <ul class="plain">
        {claims.data?.items.map((c) => (
          <li key={`${c.articleId}/${c.id}`}>
            <strong>
              {c.qualifier ? `${c.qualifier} ` : ''}
              {c.value.toLocaleString('en')} {c.unit}
            </strong>{' '}
            {c.about}
            {c.period ? ` (${c.period})` : ''} · <a href={articleHref(c.articleId)}>{c.article.title ?? 'article'}</a>
            <div class="item-sub">{c.text}</div>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function KeyPeople({ a, b, from, to }: { a: string; b: string; from: string; to: string }) {
  const top = useLoad((signal) => api.topActors({ from, to, limit: 200 }, signal), [from, to]);
  const people = (side: string) =>
    (top.data ?? []).filter((t) => !t.actor.startsWith('country:') && (t.country === side || t.code.startsWith(side) || t.actor === side)).slice(0, 10);
  return (
    <Section title="Key people and bodies on each side" id="dyad-people">
      <Status state={top} />
      <div class="grid two">
        {[a, b].map((side) => (
          <div key={side}>
            <h3>{side}</h3>
            <ol class="plain">
              {people(side).map((p) => (
                <li key={p.actor}>
                  <a href={actorHref(p.actor)}>{p.name}</a> <span class="item-sub">
                    {p.code} · {p.events} events ({p.asSource} as source, {p.asTarget} as target)
                  </span>
                </li>
              ))}
              {top.data && !people(side).length ? <li class="status">None found.</li> : null}
            </ol>
          </div>
        ))}
      </div>
    </Section>
  );
}
