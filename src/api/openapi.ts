// What the HTTP API offers, described once: every route with its query parameters, built from the same
// parameter lists the parsers of src/store/query.ts check (EVENT_PARAMS, …), so the OpenAPI document served
// at /openapi.json cannot drift from what the server accepts. The server registers one handler per route
// here, and a test checks the two sets are the same.
import { z } from 'zod';
import { Modalities, RecordSchema } from '../doc/schema.js';
import { CLAIM_PARAMS, DEFAULT_QUERY_LIMIT, EVENT_PARAMS, MAX_LIMIT, QUOTE_PARAMS, TIMELINE_PARAMS, TOP_PARAMS } from '../store/query.js';

/** Parameters of the endpoints that have no parser in query.ts (checked in server.ts). */
export const DYAD_PARAMS = ['a', 'b', ...TIMELINE_PARAMS] as const;
export const FIND_ACTOR_PARAMS = ['q', 'limit'] as const;
export const SEARCH_PARAMS = ['q', 'limit'] as const;
export const ARTICLE_LIST_PARAMS = ['limit', 'offset'] as const;
export const STORY_PARAMS = ['limit', 'offset', 'min'] as const;
/** POST /api/analyze and /api/ingest: for a text/plain or text/html body (JSON bodies carry them as fields). */
export const POST_PARAMS = ['url', 'published'] as const;
/** At most this many results from /api/actors and /api/search; at most this many articles or stories a page. */
export const MAX_FIND_LIMIT = 200;
export const MAX_PAGE_LIMIT = 1000;

type ParamName =
  | (typeof EVENT_PARAMS)[number]
  | (typeof DYAD_PARAMS)[number]
  | (typeof TOP_PARAMS)[number]
  | (typeof QUOTE_PARAMS)[number]
  | (typeof CLAIM_PARAMS)[number]
  | (typeof FIND_ACTOR_PARAMS)[number]
  | (typeof SEARCH_PARAMS)[number]
  | (typeof STORY_PARAMS)[number]
  | (typeof POST_PARAMS)[number];

type JsonSchema = Record<string, unknown>;
const SIDE = 'a country code (ISR: every actor of that country), a CAMEO actor code (ISRGOV) or an actor id (person:eli-cohen)';
const day = (what: string): ParamDoc => ({ description: `${what}, a day YYYY-MM-DD (inclusive)`, schema: { type: 'string', format: 'date' } });
const bool = (description: string): ParamDoc => ({ description, schema: { type: 'boolean' } });
const words = (description: string): ParamDoc => ({ description, schema: { type: 'string', minLength: 1, maxLength: 500 } });

interface ParamDoc {
  description: string;
  schema: JsonSchema;
}

/** Every query parameter of every route; the type makes a parameter added to a list without a description a compile error. */
const PARAMS: Record<ParamName, ParamDoc> = {
  actor: { description: `Either side of the event is ${SIDE}`, schema: { type: 'string' } },
  source: { description: `The source (who acts) is ${SIDE}`, schema: { type: 'string' } },
  target: { description: `The target is ${SIDE}`, schema: { type: 'string' } },
  dyad: { description: 'Events between two sides, "A,B" (each a country code, actor code or actor id); both directions unless directed=true', schema: { type: 'string', example: 'ISR,AZE' } },
  directed: bool('With dyad: only events from the first side to the second'),
  cameo: { description: 'A CAMEO event code or a prefix of one (2 to 4 digits)', schema: { type: 'string', pattern: '^\\d{2,4}$', example: '043' } },
  root: { description: 'A CAMEO root code, 01 to 20', schema: { type: 'string', pattern: '^\\d{1,2}$' } },
  quad: { description: 'Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict', schema: { type: 'integer', minimum: 1, maximum: 4 } },
  plover: { description: 'A PLOVER event type (CONSULT, AGREE, ACCUSE, …)', schema: { type: 'string', pattern: '^[A-Za-z-]{2,20}$' } },
  from: day('From this day'),
  to: day('To this day'),
  place: words('A place id (place:AZE:baku), or a place name or country code'),
  modality: { description: 'How the event is reported', schema: { type: 'string', enum: [...Modalities] } },
  negated: bool('Only negated (true) or only affirmed (false) events'),
  text: words('Words that must all appear (stemmed) in the sentence or quote'),
  article: words('Only this article (its id)'),
  duplicates: bool('Also count what earlier articles of the same story (wire copies) already reported'),
  limit: { description: `At most this many results (default ${DEFAULT_QUERY_LIMIT}, at most ${MAX_LIMIT} for events, quotes and claims; 20 and 1000 for top lists; 100 and ${MAX_PAGE_LIMIT} for articles and stories; 20 and ${MAX_FIND_LIMIT} for actors and search)`, schema: { type: 'integer', minimum: 1 } },
  offset: { description: 'Skip this many first results (paging)', schema: { type: 'integer', minimum: 0, default: 0 } },
  a: { description: `One side of the dyad: ${SIDE}`, schema: { type: 'string', example: 'ISR' } },
  b: { description: `The other side of the dyad: ${SIDE}`, schema: { type: 'string', example: 'AZE' } },
  by: { description: 'The period events are counted by', schema: { type: 'string', enum: ['day', 'week', 'month'], default: 'month' } },
  all: bool('Also count negated and conditional events (left out of every aggregate by default)'),
  speaker: { description: `The speaker: ${SIDE}`, schema: { type: 'string' } },
  direct: bool('Only direct (true) or only indirect (false) quotes'),
  subject: { description: `Who the figure is about: ${SIDE}`, schema: { type: 'string' } },
  unit: words('The unit of the figure (percent, USD, people, …)'),
  q: words('The text to look for'),
  url: { description: 'With a text/plain or text/html body: where the article was published (its source location)', schema: { type: 'string', format: 'uri' } },
  published: { description: 'With a text/plain or text/html body: the publication date YYYY-MM-DD, anchoring relative dates', schema: { type: 'string', format: 'date' } },
  min: { description: 'Only stories with at least this many articles (default 1)', schema: { type: 'integer', minimum: 1, default: 1 } },
};

/** Parameters a route requires. */
const REQUIRED = new Set(['a', 'b', 'q']);

export interface Route {
  method: 'GET' | 'POST';
  /** In fastify's syntax (`/api/actors/:id`). */
  path: string;
  summary: string;
  params: readonly ParamName[];
  /** Path parameters (`:id`). */
  pathParams?: Record<string, string>;
  /** A request body of an article (POST). */
  articleBody?: boolean;
  /** A short description of the JSON answer. */
  returns: string;
  /** May answer 404 (an unknown id). */
  notFound?: boolean;
  /** Answers an article record (its JSON Schema is in the document, from the zod schema of src/doc/schema.ts). */
  record?: boolean;
}

export const ROUTES: readonly Route[] = [
  { method: 'GET', path: '/api/health', summary: 'Whether the server runs; its version and store', params: [], returns: '{status, version, pipelineVersion, store}' },
  { method: 'GET', path: '/api/events', summary: 'Events matching the filters, newest first', params: EVENT_PARAMS, returns: 'A page {total, limit, offset, items} of events' },
  { method: 'GET', path: '/api/dyad', summary: 'Events between a and b per period, in both directions (ab: a → b, ba: b → a)', params: DYAD_PARAMS, returns: '{a, b, by, periods: [{period, ab, ba}], total: {ab, ba}}' },
  { method: 'GET', path: '/api/actors/top', summary: 'The actors in the most events', params: TOP_PARAMS, returns: '[{actor, name, code, country, asSource, asTarget, events}]' },
  { method: 'GET', path: '/api/pairs/top', summary: 'The source → target pairs with the most events', params: TOP_PARAMS, returns: '[{source, target, events, goldsteinMean}]' },
  { method: 'GET', path: '/api/actors', summary: 'Actors whose name, alias, id or code contains or equals q', params: FIND_ACTOR_PARAMS, returns: '[{id, name, kind, country, code}]' },
  { method: 'GET', path: '/api/actors/:id', summary: 'One actor across the corpus: names, roles, dates seen', params: [], pathParams: { id: 'An actor id, e.g. person:eli-cohen or country:ISR' }, returns: '{id, name, kind, country, code, firstSeen, lastSeen, aliases, roles, articles}', notFound: true },
  { method: 'GET', path: '/api/quotes', summary: 'Quotes, newest first', params: QUOTE_PARAMS, returns: 'A page {total, limit, offset, items} of quotes' },
  { method: 'GET', path: '/api/claims', summary: 'Claimed figures, newest first', params: CLAIM_PARAMS, returns: 'A page {total, limit, offset, items} of claims' },
  { method: 'GET', path: '/api/search', summary: 'Articles, events, quotes and actors containing all the words of q', params: SEARCH_PARAMS, returns: '[{kind, articleId, id, text, published}]' },
  { method: 'GET', path: '/api/articles', summary: 'Stored articles, newest first', params: ARTICLE_LIST_PARAMS, returns: 'A page {total, limit, offset, items} of article summaries' },
  { method: 'GET', path: '/api/articles/:id', summary: 'The stored record of one article', params: [], pathParams: { id: 'An article id' }, returns: 'The article record (chancery/article@1)', notFound: true, record: true },
  { method: 'GET', path: '/api/articles/:id/story', summary: 'The story (near-duplicate articles) an article belongs to', params: [], pathParams: { id: 'An article id' }, returns: '{story, articles, nearest, similarity}', notFound: true },
  { method: 'GET', path: '/api/stories', summary: 'Stories (near-duplicate articles grouped as one), largest first', params: STORY_PARAMS, returns: 'A page {total, limit, offset, items} of stories' },
  { method: 'POST', path: '/api/analyze', summary: 'Analyze one article and return its record (nothing is stored)', params: POST_PARAMS, articleBody: true, returns: 'The article record (chancery/article@1)', record: true },
  { method: 'POST', path: '/api/ingest', summary: 'Analyze one article and store it', params: POST_PARAMS, articleBody: true, returns: '{status: stored | unchanged | replaced, id}' },
  { method: 'GET', path: '/openapi.json', summary: 'This description of the API (OpenAPI 3.1)', params: [], returns: 'An OpenAPI 3.1 document' },
];

const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: { type: 'string', description: 'What went wrong, in one line' },
    field: { type: 'string', description: 'The parameter, path segment or body field at fault' },
  },
};

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

const ARTICLE_BODY = {
  required: true,
  description: 'The article: plain text, an HTML page, or JSON with exactly one of text or html. At most the server body limit (5 MB by default).',
  content: {
    'text/plain': { schema: { type: 'string' } },
    'text/html': { schema: { type: 'string' } },
    'application/json': {
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          text: { type: 'string', description: 'The article as plain text' },
          html: { type: 'string', description: 'The article as an HTML page' },
          url: { type: 'string', format: 'uri', description: 'Where the article was published (used as its source location)' },
          published: { type: 'string', format: 'date', description: 'Publication date YYYY-MM-DD, anchoring relative dates' },
        },
      },
    },
  },
};

/** The OpenAPI 3.1 document of the API. */
export function openApiDocument(version: string, options: { token: boolean }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters = [
      ...Object.entries(route.pathParams ?? {}).map(([name, description]) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } })),
      ...route.params.map((name) => ({ name, in: 'query', required: REQUIRED.has(name), description: PARAMS[name].description, schema: PARAMS[name].schema })),
    ];
    const responses: Record<string, unknown> = {
      '200': {
        description: route.returns,
        content: { 'application/json': { schema: route.record ? { $ref: '#/components/schemas/ArticleRecord' } : { type: ['object', 'array'] } } },
      },
    };
    if (route.path === '/api/ingest') responses['201'] = { description: 'Stored as a new article: {status: "stored", id}', content: { 'application/json': { schema: { type: 'object' } } } };
    if (parameters.length || route.articleBody) responses['400'] = errorResponse('A bad parameter or body; field names it');
    if (options.token) responses['401'] = errorResponse('Missing or wrong bearer token');
    responses['403'] = errorResponse(
      options.token ? 'A cross-site browser request (POST from another origin)' : 'A Host header that is not a loopback name, or a cross-site browser request',
    );
    if (route.notFound) responses['404'] = errorResponse('No such id');
    if (route.articleBody) {
      responses['413'] = errorResponse('The body is over the size limit');
      responses['415'] = errorResponse('The body is not text/plain, text/html or application/json');
    }
    responses['500'] = errorResponse('A bug in the server (details in its log, not in the answer)');
    paths[path] = {
      ...paths[path],
      [route.method.toLowerCase()]: {
        summary: route.summary,
        operationId: operationId(route),
        ...(parameters.length ? { parameters } : {}),
        ...(route.articleBody ? { requestBody: ARTICLE_BODY } : {}),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Chancery API',
      version,
      description:
        'News articles in; actors, CAMEO/PLOVER events, quotes and claims out, each pointing to its sentence. Unknown query parameters are refused (400), so a typo is never silently ignored.',
    },
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA, ArticleRecord: recordSchema() },
      ...(options.token ? { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } : {}),
    },
    ...(options.token ? { security: [{ bearer: [] }] } : {}),
  };
}

let recordJsonSchema: Record<string, unknown> | null = null;

/** The JSON Schema of an article record, from its zod schema (without the $schema line: OpenAPI 3.1 implies it). */
function recordSchema(): Record<string, unknown> {
  if (!recordJsonSchema) {
    const { $schema: _, ...schema } = z.toJSONSchema(RecordSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
    recordJsonSchema = schema;
  }
  return recordJsonSchema;
}

function operationId(route: Route): string {
  const words = route.path
    .replace(/^\/(api\/)?/, '')
    .split(/[/.]/)
    .filter(Boolean)
    .map((w) => (w.startsWith(':') ? `by-${w.slice(1)}` : w));
  return [route.method.toLowerCase(), ...words].join('-').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}
