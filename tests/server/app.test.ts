import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import type { IndexedDocument, SearchEngine, SearchResponse } from '../../src/types';

const doc: IndexedDocument = {
  id: 'doc-1',
  title: 'A <b>title</b>',
  source: 'Outlet',
  url: 'https://example.org/a',
  published: '2020-05-01',
  paragraphs: [{ anchor: 'p-1', text: 'Hello', speaker: null, actors: [], locations: ['Aleppo'], groups: [], dates: [] }],
};

function fakeEngine(overrides: Partial<SearchEngine> = {}): SearchEngine {
  const empty: SearchResponse = {
    total: 0,
    took_ms: 0,
    relaxed: false,
    hits: [],
    facets: { speaker: [], actor: [], location: [], group: [], date: [] },
  };
  return {
    search: () => empty,
    suggest: () => [],
    getDocument: (id) => (id === doc.id ? doc : undefined),
    stats: () => ({ documents: 1, paragraphs: 1 }),
    ...overrides,
  };
}

describe('createApp', () => {
  it('answers /api/health with the corpus size', async () => {
    const res = await createApp(fakeEngine()).request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', backend: 'embedded', documents: 1, paragraphs: 1 });
  });

  it('serves a document by id', async () => {
    const res = await createApp(fakeEngine()).request('/api/docs/doc-1');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(doc);
  });

  it('answers 404 with a JSON error for an unknown document', async () => {
    const res = await createApp(fakeEngine()).request('/api/docs/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: expect.stringContaining('nope') } });
  });

  it('answers 404 with a JSON error for an unknown API route', async () => {
    const res = await createApp(fakeEngine()).request('/api/nothing');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('hides internal failures behind a generic 500 without a stack trace', async () => {
    const app = createApp(
      fakeEngine({
        stats: () => {
          throw new Error('secret detail at /srv/file.ts:12');
        },
      }),
    );
    const original = console.error;
    console.error = () => {};
    try {
      const res = await app.request('/api/health');
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toContain('secret');
      expect(text).not.toContain('.ts:');
    } finally {
      console.error = original;
    }
  });

  it('serves whichever engine the getter returns at request time', async () => {
    let current = fakeEngine();
    const app = createApp(() => current);
    current = fakeEngine({ stats: () => ({ documents: 5, paragraphs: 9 }) });
    expect(await (await app.request('/api/health')).json()).toMatchObject({ documents: 5, paragraphs: 9 });
  });

  it('refuses an overlong suggest query with 400', async () => {
    const res = await createApp(fakeEngine()).request(`/api/suggest?q=${'a'.repeat(500)}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('query_too_long');
  });

  it('applies the request limits it is given', async () => {
    const app = createApp(fakeEngine(), { limits: { maxUrlLength: 40, maxBodyBytes: 10, timeoutMs: 1000 } });
    expect((await app.request('/api/health')).status).toBe(200);
    const long = await app.request(`/api/search?q=${'a'.repeat(40)}`);
    expect(long.status).toBe(414);
    expect((await long.json()).error.message).toContain('at most 40');
    expect((await app.request('/api/health', { method: 'POST', body: 'x'.repeat(11), headers: { 'content-length': '11' } })).status).toBe(413);
  });

  it('puts the security headers on API answers', async () => {
    const res = await createApp(fakeEngine()).request('/api/docs/nope');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('withEntitySpans', () => {
  it('adds the spans of the paragraph facet values only', async () => {
    const { withEntitySpans } = await import('../../src/server/app');
    const annotated = withEntitySpans(doc, () => [
      { start: 0, end: 5, facet: 'location', value: 'Aleppo' },
      { start: 0, end: 5, facet: 'actor', value: 'Somebody else' },
    ]);
    expect(annotated.paragraphs[0]!.entities).toEqual([{ start: 0, end: 5, facet: 'location', value: 'Aleppo' }]);
  });

  it('serves documents with spans when the app has a locator', async () => {
    const app = createApp(fakeEngine(), { locateEntities: () => [{ start: 0, end: 5, facet: 'location', value: 'Aleppo' }] });
    const body = await (await app.request('/api/docs/doc-1')).json();
    expect(body.paragraphs[0].entities).toHaveLength(1);
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every registry facet as a repeatable search parameter', async () => {
    const res = await createApp(fakeEngine()).request('/api/openapi.json');
    const doc = (await res.json()) as { paths: Record<string, { get: { parameters: { name: string; schema: { type: string } }[] } }> };
    const params = doc.paths['/api/search']!.get.parameters;
    for (const name of ['speaker', 'actor', 'location', 'group', 'outlet', 'lang']) {
      expect(params.find((p) => p.name === name)?.schema.type).toBe('array');
    }
    expect(params.find((p) => p.name === 'limit')?.schema.type).toBe('string');
  });
});
