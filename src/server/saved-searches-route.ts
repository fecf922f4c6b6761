// /api/saved: save a search page's URL state under a name, list them with how many paragraphs are new since each was
// last opened (the live corpus grows), open one (resets its count), delete one.
import type { Hono } from 'hono';
import { z } from 'zod';
import type { SearchBackend } from '../backend/search-backend';
import { SiftError } from '../errors';
import type { FacetRegistry } from '../facets/registry';
import { parseSearchParams } from '../search/search-params';
import { SavedSearchStore, type SavedSearch } from './saved-searches-store';

const body = z.object({ name: z.string().trim().min(1).max(100), query: z.string().max(4000) });

async function totalOf(backend: SearchBackend, query: string, facets: FacetRegistry): Promise<number> {
  const url = new URLSearchParams(query);
  const params: Record<string, string[]> = {};
  for (const k of new Set(url.keys())) params[k] = url.getAll(k);
  const r = await backend.search({ ...parseSearchParams(params, facets), limit: 0, offset: 0, facetSize: 1 });
  return r.total;
}

function named(store: SavedSearchStore, name: string): Promise<SavedSearch> {
  return store.list().then((all) => {
    const found = all.find((s) => s.name === name);
    if (found === undefined) throw new SiftError('not_found', `no saved search ${JSON.stringify(name.slice(0, 100))}`);
    return found;
  });
}

export function mountSavedSearches(app: Hono, backend: SearchBackend, file: string, facets: FacetRegistry): void {
  const store = new SavedSearchStore(file);
  app.get('/api/saved', async (c) => {
    const all = await store.list();
    const searches = await Promise.all(
      all.map(async (s) => ({ name: s.name, query: s.query, saved_at: s.saved_at, opened_at: s.opened_at, new: Math.max(0, (await totalOf(backend, s.query, facets)) - s.total_at_open) })),
    );
    return c.json({ searches });
  });
  app.post('/api/saved', async (c) => {
    const parsed = body.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) throw new SiftError('bad_parameter', 'expected JSON {name: 1 to 100 characters, query: the search URL query string}');
    const now = new Date().toISOString();
    const query = parsed.data.query.replace(/^\?/, '');
    await store.put({ name: parsed.data.name, query, saved_at: now, opened_at: now, total_at_open: await totalOf(backend, query, facets) });
    return c.json({ name: parsed.data.name, query }, 201);
  });
  app.post('/api/saved/:name/open', async (c) => {
    const s = await named(store, c.req.param('name'));
    await store.put({ ...s, opened_at: new Date().toISOString(), total_at_open: await totalOf(backend, s.query, facets) });
    return c.json({ name: s.name, query: s.query });
  });
  app.delete('/api/saved/:name', async (c) => {
    if (!(await store.remove(c.req.param('name')))) throw new SiftError('not_found', 'no such saved search');
    return c.body(null, 204);
  });
}
