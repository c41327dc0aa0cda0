// One stored article (GET /api/articles/:id), annotated like the Analyze view. Deep links: `?s=<offset>`
// highlights the sentence there, `?e=<event id>` an event's sentence, `?q=<quote id>` a quote.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { AnnotatedRecord, type Selection, sentenceAt } from '../annotate.js';
import { Status, href, safeUrl, useLoad } from '../util.js';

export function ArticleView({ id, params }: { id: string; params: URLSearchParams }) {
  const state = useLoad((signal) => api.article(id, signal), [id]);
  const [selection, setSelection] = useState<Selection | null>(null);
  const s = params.get('s');
  const e = params.get('e');
  const q = params.get('q');
  useEffect(() => {
    const record = state.data;
    if (!record) return;
    if (e) {
      const event = record.events.find((x) => x.id === e);
      if (event) return setSelection({ kind: 'event', id: event.id, span: event.sentence });
    }
    if (q) {
      const quote = record.quotes.find((x) => x.id === q);
      if (quote) return setSelection({ kind: 'quote', id: quote.id, span: quote });
    }
    if (s !== null && /^\d+$/.test(s)) {
      const sentence = sentenceAt(record, Number(s));
      if (sentence) {
        const event = record.events.find((x) => x.sentence.start === sentence.start);
        return setSelection({ kind: event ? 'event' : 'sentence', id: event?.id ?? `s${sentence.start}`, span: sentence });
      }
    }
    setSelection(null);
  }, [state.data, s, e, q]);

  const record = state.data;
  if (!record) {
    return (
      <div class="view">
        <h1>Article</h1>
        <Status state={state} />
      </div>
    );
  }
  const url = safeUrl(record.article.url);
  const select = (next: Selection) => {
    setSelection(next);
    history.replaceState(null, '', href(`article/${encodeURIComponent(id)}`, { s: next.span.start }));
  };
  return (
    <div class="view article-view">
      <h1>{record.article.title ?? 'Untitled article'}</h1>
      <p class="meta">
        {record.article.publisher ?? 'Unknown publisher'}
        {record.article.authors.length ? ` · ${record.article.authors.join(', ')}` : ''}
        {record.article.published.value ? ` · ${record.article.published.value}` : ''}
        {url ? (
          <>
            {' · '}
            <a href={url} rel="noopener noreferrer nofollow" target="_blank">
              original
            </a>
          </>
        ) : null}
        {' · '}
        <span class="mono">{record.id}</span>
      </p>
      <section class="card" aria-label="Article">
        <AnnotatedRecord record={record} selection={selection} onSelect={select} linkActors />
      </section>
    </div>
  );
}
