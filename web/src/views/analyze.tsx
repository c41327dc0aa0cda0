// Analyze: paste text, give a URL or upload a file → POST /api/analyze → the annotated article; "Save to
// corpus" sends the same input to POST /api/ingest.
import { useState } from 'preact/hooks';
import { type ArticleBody, type ArticleRecord, MAX_UPLOAD_BYTES, type PutResult, api } from '../api.js';
import { AnnotatedRecord, type Selection } from '../annotate.js';
import { articleHref, errorText } from '../util.js';

type Mode = 'text' | 'url' | 'file';

export function AnalyzeView() {
  const [mode, setMode] = useState<Mode>('text');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<{ name: string; body: ArticleBody } | null>(null);
  const [published, setPublished] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [record, setRecord] = useState<ArticleRecord | null>(null);
  const [sent, setSent] = useState<ArticleBody | null>(null);
  const [saved, setSaved] = useState<PutResult | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);

  const body = (): ArticleBody | null => {
    const pub = published ? { published } : {};
    if (mode === 'text') return text.trim() ? { text, ...pub } : null;
    if (mode === 'url') return url.trim() ? { url: url.trim(), ...pub } : null;
    return file ? { ...file.body, ...pub } : null;
  };

  const onFile = async (input: HTMLInputElement) => {
    setError('');
    setFile(null);
    const f = input.files?.[0];
    if (!f) return;
    if (f.size > MAX_UPLOAD_BYTES) {
      setError(`${f.name} is too large (${(f.size / 1024 / 1024).toFixed(1)} MB; at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB)`);
      input.value = '';
      return;
    }
    const content = await f.text();
    const html = /\.x?html?$/i.test(f.name) || f.type === 'text/html' || /^\s*<(!doctype|html)/i.test(content);
    setFile({ name: f.name, body: html ? { html: content } : { text: content } });
  };

  const analyze = async (e: Event) => {
    e.preventDefault();
    const b = body();
    if (!b) {
      setError(mode === 'text' ? 'Paste the text of an article first.' : mode === 'url' ? 'Give the URL of an article first.' : 'Choose a file first.');
      return;
    }
    setBusy(true);
    setError('');
    setSaved(null);
    setSelection(null);
    try {
      setRecord(await api.analyze(b));
      setSent(b);
    } catch (err) {
      setError(errorText(err));
      setRecord(null);
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (!sent) return;
    setBusy(true);
    setError('');
    try {
      setSaved(await api.ingest(sent));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="view analyze-view">
      <h1>Analyze an article</h1>
      <form class="card analyze-form" onSubmit={analyze} aria-label="Article to analyze">
        <fieldset class="modes">
          <legend>Input</legend>
          {(['text', 'url', 'file'] as Mode[]).map((m) => (
            <label key={m}>
              <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {m === 'text' ? 'Paste text' : m === 'url' ? 'URL' : 'Upload a file'}
            </label>
          ))}
        </fieldset>
        {mode === 'text' ? (
          <label class="field">
            Article text
            <textarea id="analyze-text" rows={10} value={text} onInput={(e) => setText(e.currentTarget.value)} placeholder="Title, then the article's paragraphs…" />
          </label>
        ) : mode === 'url' ? (
          <label class="field">
            Article URL (fetched by the server)
            <input id="analyze-url" type="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} placeholder="https://…" />
          </label>
        ) : (
          <label class="field">
            Text or HTML file (at most {MAX_UPLOAD_BYTES / 1024 / 1024} MB)
            <input id="analyze-file" type="file" accept=".txt,.text,.html,.htm,text/plain,text/html" onChange={(e) => onFile(e.currentTarget)} />
          </label>
        )}
        <label class="field inline">
          Published (optional)
          <input type="date" value={published} onInput={(e) => setPublished(e.currentTarget.value)} />
        </label>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {busy ? 'Working…' : 'Analyze'}
          </button>
          <button type="button" onClick={save} disabled={busy || !record} id="save-to-corpus">
            Save to corpus
          </button>
          {saved ? (
            <span class="status" role="status">
              {saved.status === 'unchanged' ? 'Already in the corpus' : saved.status === 'replaced' ? 'Replaced in the corpus' : 'Saved'}:{' '}
              <a href={articleHref(saved.id)}>open the stored article</a>
            </span>
          ) : null}
        </div>
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
      {record ? (
        <section class="card" aria-label="Analysis">
          <p class="meta">
            {record.article.publisher ?? 'Unknown publisher'}
            {record.article.published.value ? ` · ${record.article.published.value}` : ''} · {record.sentences.length} sentences · {record.events.length} events ·{' '}
            {record.quotes.length} quotes · {record.claims.length} claims
          </p>
          {record.warnings.length ? (
            <ul class="warnings">
              {record.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          ) : null}
          <AnnotatedRecord record={record} selection={selection} onSelect={setSelection} />
        </section>
      ) : null}
    </div>
  );
}
