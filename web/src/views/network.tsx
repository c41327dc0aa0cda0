// Network: the most active actors (GET /api/actors/top) and the source → target pairs between them
// (GET /api/pairs/top): edge width = events, colour = mean Goldstein. Map: where events took place (the
// places of GET /api/events), on a world map drawn from world-atlas with d3-geo (bundled: no tiles fetched).
import cytoscape from 'cytoscape';
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { type TopActor, type TopPair, api } from '../api.js';
import { Section, Status, actorHref, fmt, goldsteinClass, href, useLoad } from '../util.js';

/** Red (conflict, −10) through grey (0) to green (cooperation, +10). */
export function goldsteinColor(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [140, 140, 140];
  const end = t < 0 ? [207, 34, 46] : [26, 127, 55];
  const k = Math.abs(t) ** 0.6;
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * k));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

export function NetworkView({ params }: { params: URLSearchParams }) {
  const [from, setFrom] = useState(params.get('from') ?? '');
  const [to, setTo] = useState(params.get('to') ?? '');
  const [size, setSize] = useState(Number(params.get('n') ?? 30) || 30);
  const [applied, setApplied] = useState({ from, to, size });
  const data = useLoad(
    async (signal) => {
      const [actors, pairs] = await Promise.all([api.topActors({ from: applied.from, to: applied.to, limit: applied.size }, signal), api.topPairs({ from: applied.from, to: applied.to, limit: applied.size * 4 }, signal)]);
      return { actors, pairs };
    },
    [applied],
  );
  return (
    <div class="view network-view">
      <h1>Network and map</h1>
      <form
        class="card filters"
        aria-label="Period"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied({ from, to, size });
        }}
      >
        <label class="field inline">
          From
          <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label class="field inline">
          To
          <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
        <label class="field inline">
          Actors
          <input type="number" min={5} max={200} value={size} onInput={(e) => setSize(Number(e.currentTarget.value) || 30)} />
        </label>
        <button type="submit" class="primary">
          Show
        </button>
      </form>
      <Section title="Actor network" id="network">
        <Status state={data} />
        {data.data ? <Network actors={data.data.actors} pairs={data.data.pairs} /> : null}
      </Section>
      <Section title="Where events took place" id="map">
        <EventMap from={applied.from} to={applied.to} />
      </Section>
    </div>
  );
}

// Cytoscape adds a <style> element to the page unless one with this id exists; the CSP (style-src 'self')
// would block it. Its one rule is in style.css; a placeholder with the id keeps cytoscape from adding it.
const CYTOSCAPE_STYLESHEET = '__________cytoscape_stylesheet';
function cytoscapeStylesheetPlaceholder(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = CYTOSCAPE_STYLESHEET;
  document.head.appendChild(placeholder);
}

function Network({ actors, pairs }: { actors: TopActor[]; pairs: TopPair[] }) {
  const box = useRef<HTMLDivElement>(null);
  const [count, setCount] = useState(0);
  const { nodes, edges } = useMemo(() => {
    const nodes = new Map<string, { id: string; label: string; events: number }>();
    for (const a of actors) nodes.set(a.actor, { id: a.actor, label: a.name, events: a.events });
    for (const p of pairs) {
      for (const s of [p.source, p.target]) if (!nodes.has(s.actor)) nodes.set(s.actor, { id: s.actor, label: s.name, events: 0 });
    }
    const edges = pairs.filter((p) => p.source.actor !== p.target.actor);
    return { nodes: [...nodes.values()], edges };
  }, [actors, pairs]);
  useEffect(() => {
    if (!box.current) return;
    const max = Math.max(1, ...edges.map((e) => e.events));
    const maxNode = Math.max(1, ...nodes.map((n) => n.events));
    cytoscapeStylesheetPlaceholder();
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...nodes.map((n) => ({ data: { id: n.id, label: n.label, size: 16 + 34 * Math.sqrt(n.events / maxNode), color: kindColor(n.id) } })),
        ...edges.map((e, i) => ({
          data: { id: `e${i}`, source: e.source.actor, target: e.target.actor, width: 1 + 7 * (e.events / max), color: goldsteinColor(e.goldsteinMean) },
        })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            width: 'data(size)',
            height: 'data(size)',
            'background-color': 'data(color)',
            'font-size': 11,
            color: '#1f2328',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.75,
            'text-background-padding': '1px',
          },
        },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.8 } },
      ],
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 90 } as cytoscape.LayoutOptions,
      wheelSensitivity: 0.3,
    });
    cy.on('tap', 'node', (e) => {
      location.hash = actorHref(e.target.id());
    });
    setCount(cy.nodes().length);
    return () => cy.destroy();
  }, [nodes, edges]);
  if (!nodes.length) return <p class="status">No events in this period.</p>;
  return (
    <>
      <div class="network" ref={box} role="img" aria-label={`Network of ${nodes.length} actors and ${edges.length} source → target pairs`} data-nodes={count} />
      <p class="hint">Blue: countries, purple: people, orange: organizations and groups. Node size: events; edge width: events between the pair; colour: mean Goldstein score (red conflict, green cooperation). Click a node to open the actor.</p>
      <details>
        <summary>The pairs as a table</summary>
        <table class="data compact">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Target</th>
              <th scope="col">Events</th>
              <th scope="col">Goldstein mean</th>
            </tr>
          </thead>
          <tbody>
            {edges.map((e) => (
              <tr key={`${e.source.actor}>${e.target.actor}`}>
                <td>
                  <a href={actorHref(e.source.actor)}>{e.source.name}</a>
                </td>
                <td>
                  <a href={actorHref(e.target.actor)}>{e.target.name}</a>
                </td>
                <td>{e.events}</td>
                <td class={goldsteinClass(e.goldsteinMean)}>{fmt(e.goldsteinMean)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

/** Node colour by the kind of actor its id names (country:…, person:…, an organization or group otherwise). */
function kindColor(id: string): string {
  if (id.startsWith('country:')) return '#0969da';
  if (id.startsWith('person:')) return '#8250df';
  return '#bc4c00';
}

const WIDTH = 960;
const HEIGHT = 470;

function countries(): { id: string; d: string }[] {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const geo = feature(topology, topology.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>;
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], geo);
  const path = geoPath(projection);
  return geo.features.map((f, i) => ({ id: `${f.id ?? i}`, d: path(f) ?? '' }));
}

let cachedCountries: { id: string; d: string }[] | null = null;

function EventMap({ from, to }: { from: string; to: string }) {
  const events = useLoad((signal) => api.events({ from, to, limit: 2000 }, signal), [from, to]);
  const shapes = useMemo(() => (cachedCountries ??= countries()), []);
  const projection = useMemo(() => {
    const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
    return geoEqualEarth().fitSize([WIDTH, HEIGHT], feature(topology, topology.objects.countries) as unknown as FeatureCollection);
  }, []);
  const places = useMemo(() => {
    const by = new Map<string, { id: string; name: string; lat: number; lon: number; events: number; g: number }>();
    for (const e of events.data?.items ?? []) {
      const p = e.place;
      if (!p || p.lat === null || p.lon === null) continue;
      const entry = by.get(p.id) ?? { id: p.id, name: p.name, lat: p.lat, lon: p.lon, events: 0, g: 0 };
      entry.events++;
      entry.g += e.goldstein;
      by.set(p.id, entry);
    }
    return [...by.values()].sort((a, b) => b.events - a.events);
  }, [events.data]);
  const max = Math.max(1, ...places.map((p) => p.events));
  return (
    <>
      <Status state={events} />
      <svg class="map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} data-places={places.length}>
        <title>World map with {places.length} places of events</title>
        <g class="countries">
          {shapes.map((c) => (
            <path key={c.id} d={c.d} />
          ))}
        </g>
        <g class="places">
          {places.map((p) => {
            const xy = projection([p.lon, p.lat]);
            if (!xy) return null;
            return (
              <a key={p.id} href={href('search', { q: p.name })} aria-label={`${p.name}: ${p.events} events`}>
                <circle cx={xy[0]} cy={xy[1]} r={3 + 12 * Math.sqrt(p.events / max)} fill={goldsteinColor(p.g / p.events)}>
                  <title>
                    {p.name}: {p.events} event{p.events === 1 ? '' : 's'}, Goldstein mean {fmt(p.g / p.events)}
                  </title>
                </circle>
              </a>
            );
          })}
        </g>
      </svg>
      {events.data && events.data.total > events.data.items.length ? <p class="hint">The {events.data.items.length} most recent of {events.data.total} events.</p> : null}
      {places.length ? (
        <ul class="plain columns">
          {places.slice(0, 20).map((p) => (
            <li key={p.id}>
              {p.name} <span class="item-sub">{p.events}</span>
            </li>
          ))}
        </ul>
      ) : events.data ? (
        <p class="status">No events with a known place.</p>
      ) : null}
    </>
  );
}
