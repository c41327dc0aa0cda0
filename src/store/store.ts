// The storage contract. Methods are async so a PostgreSQL implementation can follow the same interface,
// even though the SQLite one is synchronous underneath.
import type { ArticleRecord, SourceKind } from '../doc/schema.js';
import type {
  ClaimQuery, ClaimRow, DyadTimeline, EventQuery, EventRow, Page, QuoteQuery, QuoteRow, Side, TimelineQuery, TopActor, TopPair,
  TopQuery,
} from './query.js';

/**
 * What `putArticle` did: `stored` (new article), `unchanged` (same id and pipeline version already stored;
 * nothing written) or `replaced` (same id, other pipeline version; its rows were rewritten).
 */
export interface PutResult {
  status: 'stored' | 'unchanged' | 'replaced';
  id: string;
  /** The story the article was linked to when written (its own id when it starts one); absent when unchanged. */
  story?: string;
}

/** One line of `listArticles`: enough to show a table of stored articles without loading records. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  publisher: string | null;
  /** `article.published.value` of the record. */
  published: string | null;
  source: { kind: SourceKind; location: string };
  pipelineVersion: string;
  counts: { events: number; quotes: number; claims: number; actors: number };
  /** When this version of the article was written, ISO 8601 UTC. */
  ingestedAt: string;
}

export interface ListOptions {
  /** At most this many (default 100). */
  limit?: number;
  /** Skip this many first (default 0). */
  offset?: number;
}

/** Where an article stands among near-duplicates: the story it belongs to and that story's articles. */
export interface StoryLink {
  story: string;
  /** Ids of the story's articles, in order of ingestion (this one included). */
  articles: string[];
  /** The most similar article already stored when this one was linked, and the similarity (0–1). */
  nearest: string | null;
  similarity: number | null;
}

/** One line of `listStories`. */
export interface StorySummary {
  id: string;
  articles: number;
  /** The title and publisher of its first article, and the earliest publication date among them. */
  title: string | null;
  publishers: string[];
  published: string | null;
}

/** One actor across the corpus: every name it was written as and every role it held, with dates seen. */
export interface ActorProfile {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  code: string;
  firstSeen: string | null;
  lastSeen: string | null;
  aliases: { alias: string; firstSeen: string | null; lastSeen: string | null }[];
  roles: { role: string; agents: string[]; code: string; firstSeen: string | null; lastSeen: string | null }[];
  /** Stored articles that mention it. */
  articles: number;
}

/** One hit of a search across the corpus. */
export interface SearchHit {
  kind: 'article' | 'event' | 'quote' | 'actor';
  /** The article it is in (null for an actor). */
  articleId: string | null;
  /** The event, quote or actor id (the article id for an article). */
  id: string;
  /** The title, evidence sentence, quote or actor name. */
  text: string;
  published: string | null;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Writes one article in one transaction: all its rows or none. */
  putArticle(record: ArticleRecord): Promise<PutResult>;
  /** Writes several articles in one transaction (a batch of an ingest): all of them or none. */
  putArticles(records: ArticleRecord[]): Promise<PutResult[]>;
  /** Which of these source locations are stored already by pipeline `version` (what a resumed ingest skips). */
  storedSources(locations: string[], version: string): Promise<Set<string>>;
  /** Every stored record, in id order. */
  records(): AsyncIterable<ArticleRecord>;
  /** The stored record, or null when no article has this id. */
  getArticle(id: string): Promise<ArticleRecord | null>;
  /** Newest first (by ingestion time, then id). */
  listArticles(options?: ListOptions): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  /** Ids of articles stored by a pipeline version other than `version`, i.e. those to re-analyze. */
  staleArticles(version: string): Promise<string[]>;
  /** The story an article belongs to (near-duplicates share one); null for an unknown article. */
  storyOf(articleId: string): Promise<StoryLink | null>;
  /** Stories with more than `minArticles` articles (default 1: all), largest first. */
  listStories(options?: ListOptions & { minArticles?: number }): Promise<StorySummary[]>;
  countStories(): Promise<number>;
  /** The actor with this id across all stored articles, or null. */
  actorProfile(id: string): Promise<ActorProfile | null>;
  /** Actors whose name, alias, id or code contains or equals `text`. */
  findActors(text: string, limit?: number): Promise<{ id: string; name: string; kind: string; country: string | null; code: string }[]>;
  /** Events matching the query, newest first. */
  events(q: EventQuery): Promise<Page<EventRow>>;
  /** Every event matching the query, in a stable order, however many (exports). */
  eachEvent(q: Omit<EventQuery, 'limit' | 'offset'>): AsyncIterable<EventRow>;
  /** Events between a and b per period, in both directions. */
  dyadTimeline(a: Side, b: Side, q: TimelineQuery): Promise<DyadTimeline>;
  topActors(q: TopQuery): Promise<TopActor[]>;
  topPairs(q: TopQuery): Promise<TopPair[]>;
  quotes(q: QuoteQuery): Promise<Page<QuoteRow>>;
  claims(q: ClaimQuery): Promise<Page<ClaimRow>>;
  /** Articles, events, quotes and actors containing all the words of `text`. */
  search(text: string, limit?: number): Promise<SearchHit[]>;
  close(): Promise<void>;
}

export const DEFAULT_LIST_LIMIT = 100;
