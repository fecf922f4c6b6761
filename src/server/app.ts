// The HTTP API as a Hono app; binding a port is main.ts's job.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { SiftError } from '../errors';
import { facetRegistry } from '../facets/registry';
import type { FacetRegistry } from '../facets/registry';
import { parseSearchParams } from '../search/search-params';
import { serializeAnswer } from '../search/serialized-answer';
import { createEmbeddedBackend, isSearchBackend } from '../backend/embedded';
import type { SearchBackend } from '../backend/search-backend';
import type { EntitySpan, IndexedDocument, SearchEngine } from '../types';
import { defaultRequestLimits, limitRequestSize, limitRequestTime } from './request-limits';
import type { RequestLimits } from './request-limits';
import { mountEntities } from './entity-route';
import { mountSavedSearches } from './saved-searches-route';
import { searchWithHints } from './search-route';
import { mountExport } from './export-route';
import { describeApi } from './openapi';
import { secureResponses } from './security-headers';

export interface AppOptions {
  /** Longest accepted `q` for `/api/suggest`. */
  maxSuggestLength: number;
  /** URL, body and time bounds per request (see request-limits.ts). */
  limits: RequestLimits;
  /** Adds the UI routes (pages and assets); the API works without it. */
  mountPages?: (app: Hono) => void;
  /** The facet kinds the API validates, counts and exports (the backend must have been built for the same registry). */
  facets: FacetRegistry;
  /** Finds entity occurrences in a text, so `/api/docs/:id` can say where each facet value stands. */
  locateEntities?: (text: string) => EntitySpan[];
  /** Where saved searches are kept (a JSON file under INDEX_DIR); without it `/api/saved` is not served. */
  savedSearchesFile?: string;
}

export const defaultAppOptions: AppOptions = { maxSuggestLength: 200, limits: defaultRequestLimits, facets: facetRegistry };

/** The engine may be swapped while serving (rebuilds, live updates): pass a getter. */
export type EngineSource = SearchEngine | (() => SearchEngine);

/** The server talks to a SearchBackend only; an embedded engine (or its getter) is wrapped as one. */
export function createApp(source: SearchBackend | EngineSource, options: Partial<AppOptions> = {}): Hono {
  const opts = resolveAppOptions(options);
  const backend = isSearchBackend(source) ? source : createEmbeddedBackend(typeof source === 'function' ? source : () => source);
  const app = new Hono();
  app.use('*', secureResponses());
  app.use('*', limitRequestSize(opts.limits));
  app.use('*', limitRequestTime(opts.limits.timeoutMs));

  app.onError((err, c) => {
    if (err instanceof SiftError) return c.json(errorBody(err.code, err.message), err.status);
    if (err instanceof HTTPException) {
      return c.json(errorBody('bad_request', err.message || 'bad request'), err.status);
    }
    console.error(`request ${c.req.method} ${c.req.path} failed: ${err instanceof Error ? err.message : String(err)}`);
    return c.json(errorBody('internal', 'the server could not answer this request'), 500);
  });

  app.get('/api/health', async (c) => {
    const health = await backend.health();
    return c.json({ status: 'ok', backend: backend.kind, ...health });
  });

  app.get('/api/openapi.json', (c) => c.json(describeApi(opts.facets)));

  app.get('/api/docs/:id', async (c) => {
    const id = c.req.param('id');
    const doc = await backend.getDocument(id);
    if (!doc) throw new SiftError('not_found', `no document with id ${JSON.stringify(id.slice(0, 200))}`);
    return c.json(opts.locateEntities ? withEntitySpans(doc, opts.locateEntities) : doc);
  });

  app.get('/api/search', async (c) => {
    const answer = await searchWithHints(backend, parseSearchParams(c.req.queries(), opts.facets));
    // the engine's own JSON text of the answer when it made one (for its cache): not serialized twice
    return c.body(serializeAnswer(answer), 200, { 'Content-Type': 'application/json' });
  });

  app.get('/api/suggest', async (c) => {
    const q = c.req.query('q') ?? '';
    if (q.length > opts.maxSuggestLength) {
      throw new SiftError('query_too_long', `parameter 'q' is ${q.length} characters; at most ${opts.maxSuggestLength} allowed`);
    }
    return c.json(await backend.suggest(q));
  });

  mountExport(app, (params) => backend.search(params), { facets: opts.facets });
  mountEntities(app, backend);
  if (opts.savedSearchesFile !== undefined) mountSavedSearches(app, backend, opts.savedSearchesFile, opts.facets);

  app.all('/api/*', (c) => c.json(errorBody('not_found', `no API route ${c.req.method} ${c.req.path}`), 404));

  opts.mountPages?.(app);
  return app;
}

/** Adds each paragraph's entity spans, keeping only values that are in its facets (the index is the authority). */
export function withEntitySpans(doc: IndexedDocument, locate: (text: string) => EntitySpan[]): IndexedDocument {
  return {
    ...doc,
    paragraphs: doc.paragraphs.map((p) => {
      const known = { actor: new Set(p.actors), location: new Set(p.locations), group: new Set(p.groups) };
      let spans: EntitySpan[];
      try {
        spans = locate(p.text).filter((e) => known[e.facet]?.has(e.value));
      } catch {
        spans = [];
      }
      return { ...p, entities: spans };
    }),
  };
}

function resolveAppOptions(options: Partial<AppOptions>): AppOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const resolved: AppOptions = { ...defaultAppOptions, ...defined };
  return { ...resolved, limits: { ...defaultRequestLimits, ...resolved.limits } };
}

function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}
