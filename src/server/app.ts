// The HTTP API as a Hono app; binding a port is main.ts's job.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { SiftError } from '../errors';
import { parseSearchParams } from '../search/search-params';
import type { EntitySpan, IndexedDocument, SearchEngine } from '../types';
import { defaultRequestLimits, limitRequestSize, limitRequestTime } from './request-limits';
import type { RequestLimits } from './request-limits';
import { mountExport } from './export-route';
import { secureResponses } from './security-headers';

export interface AppOptions {
  /** Longest accepted `q` for `/api/suggest`. */
  maxSuggestLength: number;
  /** URL, body and time bounds per request (see request-limits.ts). */
  limits: RequestLimits;
  /** Adds the UI routes (pages and assets); the API works without it. */
  mountPages?: (app: Hono) => void;
  /** Finds entity occurrences in a text, so `/api/docs/:id` can say where each facet value stands. */
  locateEntities?: (text: string) => EntitySpan[];
}

export const defaultAppOptions: AppOptions = { maxSuggestLength: 200, limits: defaultRequestLimits };

/** The engine may be swapped while serving (rebuilds, live updates): pass a getter. */
export type EngineSource = SearchEngine | (() => SearchEngine);

export function createApp(engineSource: EngineSource, options: Partial<AppOptions> = {}): Hono {
  const opts = resolveAppOptions(options);
  const engine = typeof engineSource === 'function' ? engineSource : () => engineSource;
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

  app.get('/api/health', (c) => {
    const served = engine();
    const { documents, paragraphs } = served.stats();
    const updatedAt = served.updatedAt?.();
    return c.json({ status: 'ok', documents, paragraphs, ...(updatedAt !== undefined ? { updated_at: updatedAt } : {}) });
  });

  app.get('/api/docs/:id', (c) => {
    const id = c.req.param('id');
    const doc = engine().getDocument(id);
    if (!doc) throw new SiftError('not_found', `no document with id ${JSON.stringify(id.slice(0, 200))}`);
    return c.json(opts.locateEntities ? withEntitySpans(doc, opts.locateEntities) : doc);
  });

  app.get('/api/search', (c) => c.json(engine().search(parseSearchParams(c.req.queries()))));

  app.get('/api/suggest', (c) => {
    const q = c.req.query('q') ?? '';
    if (q.length > opts.maxSuggestLength) {
      throw new SiftError('query_too_long', `parameter 'q' is ${q.length} characters; at most ${opts.maxSuggestLength} allowed`);
    }
    return c.json(engine().suggest(q));
  });

  mountExport(app, engine);

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
