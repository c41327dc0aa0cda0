// Actor: one person, country or organization across the corpus (GET /api/actors/:id): names and roles over
// time, events as source and as target, quotes, and the actors it most often acts with.
import { useMemo, useState } from 'preact/hooks';
import { api } from '../api.js';
import { Pager, Section, Status, actorHref, articleHref, fmt, goldsteinClass, href, useLoad } from '../util.js';
import { EventsTable } from './dyad.js';

export function ActorView({ id }: { id: string }) {
  const profile = useLoad((signal) => api.actor(id, signal), [id]);
  const p = profile.data;
  return (
    <div class="view actor-view">
      <h1>{p ? p.name : id}</h1>
      <Status state={profile} />
      {p ? (
        <>
          <p class="meta">
            {p.kind}
            {p.country ? ` · ${p.country}` : ''} · code {p.code} · in {p.articles} article{p.articles === 1 ? '' : 's'}
            {p.firstSeen ? ` · seen ${p.firstSeen} – ${p.lastSeen ?? ''}` : ''}
            {p.country ? (
              <>
                {' · '}
                <a href={href('dyad', { a: p.kind === 'country' ? p.code : p.id, b: '' })}>dyad view</a>
              </>
            ) : null}
          </p>
          <div class="grid two">
            <Section title="Roles over time" id="actor-roles">
              {p.roles.length ? (
                <table class="data compact">
                  <thead>
                    <tr>
                      <th scope="col">Role</th>
                      <th scope="col">Code</th>
                      <th scope="col">First seen</th>
                      <th scope="col">Last seen</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.roles.map((r) => (
                      <tr key={`${r.role}/${r.code}`}>
                        <td>
                          {r.role}
                          {r.agents.length ? <span class="item-sub"> of {r.agents.join(', ')}</span> : null}
                        </td>
                        <td class="mono">{r.code}</td>
                        <td>{r.firstSeen ?? '–'}</td>
                        <td>{r.lastSeen ?? '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p class="status">No roles recorded.</p>
              )}
            </Section>
            <Section title="Names" id="actor-names">
              <ul class="plain">
                {p.aliases.map((a) => (
                  <li key={a.alias}>
                    {a.alias}{' '}
                    <span class="item-sub">
                      {a.firstSeen ?? ''} – {a.lastSeen ?? ''}
                    </span>
                  </li>
                ))}
              </ul>
            </Section>
          </div>
          <ActorEvents id={id} side="source" />
          <ActorEvents id={id} side="target" />
          <div class="grid two">
            <ActorQuotes speaker={p.kind === 'country' ? p.code : id} country={p.kind === 'country'} />
            <CoActors id={id} />
          </div>
        </>
      ) : null}
    </div>
  );
}

function ActorEvents({ id, side: role }: { id: string; side: 'source' | 'target' }) {
  const [offset, setOffset] = useState(0);
  const page = useLoad((signal) => api.events({ [role]: id, limit: 20, offset }, signal), [id, role, offset]);
  return (
    <Section title={`Events as ${role}`} id={`actor-${role}`}>
      <Status state={page} empty={page.data && !page.data.items.length ? 'No events.' : undefined} />
      {page.data?.items.length ? (
        <>
          <EventsTable rows={page.data.items} caption={`Events with this actor as ${role}`} />
          <Pager total={page.data.total} limit={page.data.limit} offset={page.data.offset} onOffset={setOffset} label={`Events as ${role}`} />
        </>
      ) : null}
    </Section>
  );
}

function ActorQuotes({ speaker, country }: { speaker: string; country: boolean }) {
  const quotes = useLoad((signal) => api.quotes({ speaker, limit: 20 }, signal), [speaker]);
  return (
    <Section title={country ? `Quotes by its officials (${speaker})` : 'Quotes'} id="actor-quotes">
      <Status state={quotes} empty={quotes.data && !quotes.data.items.length ? 'No quotes.' : undefined} />
      <ul class="plain">
        {quotes.data?.items.map((q) => (
          <li key={`${q.articleId}/${q.id}`} class="quote-row">
            <blockquote>“{q.text}”</blockquote>
            <span class="item-sub">
              {country && q.speaker ? (
                <>
                  <a href={actorHref(q.speaker.actor)}>{q.speaker.name}</a>
                  {' · '}
                </>
              ) : null}
              {q.direct ? 'direct' : 'reported'}
              {q.article.published ? ` · ${q.article.published.slice(0, 10)}` : ''} · <a href={articleHref(q.articleId, { q: q.id })}>in context</a>
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function CoActors({ id }: { id: string }) {
  const pairs = useLoad((signal) => api.topPairs({ limit: 1000 }, signal), []);
  const partners = useMemo(() => {
    const by = new Map<string, { actor: string; name: string; events: number; g: number }>();
    for (const p of pairs.data ?? []) {
      const other = p.source.actor === id ? p.target : p.target.actor === id ? p.source : null;
      if (!other) continue;
      const e = by.get(other.actor) ?? { actor: other.actor, name: other.name, events: 0, g: 0 };
      e.g += p.goldsteinMean * p.events;
      e.events += p.events;
      by.set(other.actor, e);
    }
    return [...by.values()].sort((a, b) => b.events - a.events).slice(0, 15);
  }, [pairs.data, id]);
  return (
    <Section title="Acts most with" id="actor-partners">
      <Status state={pairs} empty={pairs.data && !partners.length ? 'No partners.' : undefined} />
      <ol class="plain">
        {partners.map((p) => (
          <li key={p.actor}>
            <a href={actorHref(p.actor)}>{p.name}</a>{' '}
            <span class="item-sub">
              {p.events} events, Goldstein mean <span class={goldsteinClass(p.g / p.events)}>{fmt(p.g / p.events)}</span>
            </span>
          </li>
        ))}
      </ol>
    </Section>
  );
}
