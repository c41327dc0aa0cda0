// Search across articles, events, quotes and actors (GET /api/search), and the corpus overview: counts,
// articles per day, the most active pairs, the latest articles.
import uPlot from 'uplot';
import { useMemo, useState } from 'preact/hooks';
import { type SearchHit, api } from '../api.js';
import { Chart } from '../chart.js';
import { Section, Status, actorHref, articleHref, fmt, goldsteinClass, href, replaceParams, useLoad } from '../util.js';

const KINDS: { kind: SearchHit['kind']; title: string }[] = [
  { kind: 'article', title: 'Articles' },
  { kind: 'actor', title: 'Actors' },
  { kind: 'event', title: 'Events' },
  { kind: 'quote', title: 'Quotes' },
];

function hitHref(h: SearchHit): string {
  if (h.kind === 'actor') return actorHref(h.id);
  if (!h.articleId) return '#/';
  if (h.kind === 'event') return articleHref(h.articleId, { e: h.id });
  if (h.kind === 'quote') return articleHref(h.articleId, { q: h.id });
  return articleHref(h.articleId);
}

export function SearchView({ params }: { params: URLSearchParams }) {
  const initial = params.get('q') ?? '';
  const [q, setQ] = useState(initial);
  const [applied, setApplied] = useState(initial);
  const hits = useLoad(applied.trim() ? (signal) => api.search(applied.trim(), signal) : null, [applied]);
  return (
    <div class="view search-view">
      <h1>Search</h1>
      <form
        class="card filters"
        aria-label="Search the corpus"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(q);
          replaceParams('search', { q });
        }}
      >
        <label class="field inline grow">
          Words
          <input id="search-q" type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} placeholder="embassy Baku" />
        </label>
        <button type="submit" class="primary">
          Search
        </button>
      </form>
      <Status state={hits} empty={hits.data && !hits.data.length ? 'Nothing found.' : undefined} />
      {hits.data?.length ? (
        <div class="grid two">
          {KINDS.map(({ kind, title }) => {
            const list = hits.data!.filter((h) => h.kind === kind);
            if (!list.length) return null;
            return (
              <Section key={kind} title={`${title} (${list.length})`} id={`hits-${kind}`}>
                <ul class="plain hits">
                  {list.map((h) => (
                    <li key={`${h.articleId}/${h.id}`}>
                      <a href={hitHref(h)}>{kind === 'quote' ? `“${h.text}”` : h.text}</a>
                      {h.published ? <span class="item-sub"> {h.published.slice(0, 10)}</span> : null}
                    </li>
                  ))}
                </ul>
              </Section>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}

export function OverviewView() {
  const data = useLoad(
    async (signal) => {
      const [articles, stories, pairs, actors] = await Promise.all([
        api.articles({ limit: 1000 }, signal),
        api.stories({ limit: 1 }, signal),
        api.topPairs({ limit: 15 }, signal),
        api.topActors({ limit: 15 }, signal),
      ]);
      return { articles, stories, pairs, actors };
    },
    [],
  );
  const d = data.data;
  const perDay = useMemo(() => {
    const counts = new Map<string, number>();
    for (const a of d?.articles.items ?? []) {
      const day = (a.published ?? a.ingestedAt).slice(0, 10);
      counts.set(day, (counts.get(day) ?? 0) + 1);
    }
    return [...counts.entries()].sort(([x], [y]) => (x < y ? -1 : 1));
  }, [d]);
  const chart = useMemo(() => {
    const data: uPlot.AlignedData = [perDay.map(([day]) => Date.parse(`${day}T00:00:00Z`) / 1000), perDay.map(([, n]) => n)];
    const options: Omit<uPlot.Options, 'width' | 'height'> & { height?: number } = {
      height: 200,
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
      series: [{ label: 'day' }, { label: 'articles', stroke: '#0969da', fill: 'rgba(9,105,218,0.6)', width: 1, paths: uPlot.paths.bars?.({ size: [0.6, 14] }), points: { show: false } }],
    };
    return { data, options };
  }, [perDay]);
  const events = (d?.articles.items ?? []).reduce((n, a) => n + a.counts.events, 0);
  const quotes = (d?.articles.items ?? []).reduce((n, a) => n + a.counts.quotes, 0);
  return (
    <div class="view overview-view">
      <h1>Corpus overview</h1>
      <Status state={data} />
      {d ? (
        <>
          <ul class="counts" aria-label="Counts">
            <li>
              <strong>{d.articles.total}</strong> articles
            </li>
            <li>
              <strong>{d.stories.total ?? '–'}</strong> stories
            </li>
            <li>
              <strong>{events}</strong> events{d.articles.total > d.articles.items.length ? ' (latest articles)' : ''}
            </li>
            <li>
              <strong>{quotes}</strong> quotes
            </li>
          </ul>
          {d.articles.total === 0 ? (
            <p class="card">
              The corpus is empty. <a href={href('analyze')}>Analyze an article</a> and save it, or run <code>chancery ingest</code>.
            </p>
          ) : null}
          <Section title="Articles per day" id="per-day">
            {perDay.length ? <Chart options={chart.options} data={chart.data} points={perDay.length} label={`Articles per publication day, ${perDay.length} days`} /> : null}
          </Section>
          <div class="grid two">
            <Section title="Most active pairs" id="top-pairs">
              <table class="data compact">
                <thead>
                  <tr>
                    <th scope="col">Source → target</th>
                    <th scope="col">Events</th>
                    <th scope="col">Goldstein</th>
                  </tr>
                </thead>
                <tbody>
                  {d.pairs.map((p) => (
                    <tr key={`${p.source.actor}>${p.target.actor}`}>
                      <td>
                        <a href={href('dyad', { a: p.source.actor, b: p.target.actor })}>
                          {p.source.name} → {p.target.name}
                        </a>
                      </td>
                      <td>{p.events}</td>
                      <td class={goldsteinClass(p.goldsteinMean)}>{fmt(p.goldsteinMean)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Section>
            <Section title="Most active actors" id="top-actors">
              <ol class="plain">
                {d.actors.map((a) => (
                  <li key={a.actor}>
                    <a href={actorHref(a.actor)}>{a.name}</a> <span class="item-sub">{a.events} events</span>
                  </li>
                ))}
              </ol>
            </Section>
          </div>
          <Section title="Latest articles" id="latest">
            <ul class="plain">
              {d.articles.items.slice(0, 20).map((a) => (
                <li key={a.id}>
                  <a href={articleHref(a.id)}>{a.title ?? a.id}</a>{' '}
                  <span class="item-sub">
                    {a.publisher ?? ''} {a.published ? a.published.slice(0, 10) : ''} · {a.counts.events} events · {a.counts.quotes} quotes
                  </span>
                </li>
              ))}
            </ul>
          </Section>
        </>
      ) : null}
    </div>
  );
}
