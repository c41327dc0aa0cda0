// The web UI of `chancery serve`: one page, hash routes, every view over the same-origin API.
import { type JSX, render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getToken, setToken } from './api.js';
import './style.css';
import { useRoute } from './util.js';
import { ActorView } from './views/actor.js';
import { AnalyzeView } from './views/analyze.js';
import { ArticleView } from './views/article.js';
import { DyadView } from './views/dyad.js';
import { NetworkView } from './views/network.js';
import { OverviewView, SearchView } from './views/search.js';

const NAV = [
  { view: '', label: 'Overview' },
  { view: 'analyze', label: 'Analyze' },
  { view: 'dyad', label: 'Dyad' },
  { view: 'network', label: 'Network & map' },
  { view: 'search', label: 'Search' },
];

function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Moving to another view puts the focus on its content, for keyboard and screen-reader users.
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [route.view, route.arg]);
  let content: JSX.Element;
  switch (route.view) {
    case 'analyze':
      content = <AnalyzeView />;
      break;
    case 'dyad':
      content = <DyadView key={route.params.toString()} params={route.params} />;
      break;
    case 'network':
      content = <NetworkView key={route.params.toString()} params={route.params} />;
      break;
    case 'search':
      content = <SearchView key={route.params.get('q') ?? ''} params={route.params} />;
      break;
    case 'actor':
      content = <ActorView key={route.arg} id={route.arg} />;
      break;
    case 'article':
      content = <ArticleView key={route.arg} id={route.arg} params={route.params} />;
      break;
    case '':
      content = <OverviewView />;
      break;
    default:
      content = (
        <div class="view">
          <h1>Not found</h1>
          <p>
            No view “{route.view}”. <a href="#/">Back to the overview</a>.
          </p>
        </div>
      );
  }
  return (
    <>
      <button type="button" class="skip" onClick={() => main.current?.focus()}>
        Skip to content
      </button>
      <header class="top">
        <a class="brand" href="#/">
          Chancery
        </a>
        <nav aria-label="Views">
          <ul>
            {NAV.map((n) => (
              <li key={n.view}>
                <a href={`#/${n.view}`} aria-current={route.view === n.view ? 'page' : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <TokenBox />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {content}
      </main>
    </>
  );
}

/** For a server started with --token: the token, kept for this tab. */
function TokenBox() {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(getToken());
  if (!open) {
    return (
      <button type="button" class="link token-toggle" onClick={() => setOpen(true)} aria-expanded="false">
        {getToken() ? 'Token set' : 'Token'}
      </button>
    );
  }
  return (
    <form
      class="token"
      onSubmit={(e) => {
        e.preventDefault();
        setToken(value.trim());
        setOpen(false);
        location.reload();
      }}
    >
      <label>
        Bearer token <input type="password" value={value} onInput={(e) => setValue(e.currentTarget.value)} autoComplete="off" />
      </label>
      <button type="submit">Use</button>
    </form>
  );
}

render(<App />, document.getElementById('app')!);
