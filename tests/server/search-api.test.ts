import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import { createApp } from '../../src/server/app';
import type { SearchResponse } from '../../src/types';
import { fakeResolver, searchCorpus } from '../fixtures/search/corpus';

const app = createApp(createSearchEngine(searchCorpus, { resolveEntities: fakeResolver, synonyms: new Map() }));

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
}

describe('GET /api/search', () => {
  it('answers the contract shape', async () => {
    const { status, body } = await get('/api/search?q=Daesh&limit=2');
    expect(status).toBe(200);
    const r = body as SearchResponse;
    expect(Object.keys(r).sort()).toEqual(['facets', 'hits', 'relaxed', 'took_ms', 'total']);
    expect(r.total).toBe(3);
    expect(r.hits).toHaveLength(2);
    expect(Object.keys(r.hits[0]!).sort()).toEqual(
      ['actors', 'anchor', 'dates', 'doc', 'groups', 'id', 'locations', 'score', 'snippet', 'speaker', 'text', 'url'].sort(),
    );
    expect(Object.keys(r.facets).sort()).toEqual(['actor', 'date', 'group', 'lang', 'location', 'outlet', 'speaker']);
  });

  it('applies repeated facet parameters, dates, sort and paging', async () => {
    const { body } = await get('/api/search?location=Aleppo&location=Damascus&from=2016&to=2026-12&sort=date&limit=1&offset=1');
    const r = body as SearchResponse;
    expect(r.total).toBe(4);
    expect(r.hits.map((h) => h.id)).toEqual(['d4#p-2']);
  });

  it('returns facets and total only for limit=0', async () => {
    const r = (await get('/api/search?q=shelling&limit=0&facet_size=1')).body as SearchResponse;
    expect(r.hits).toEqual([]);
    expect(r.total).toBe(6);
    expect(r.facets.location).toHaveLength(1);
  });

  it('handles a query in every supported language form', async () => {
    const q = encodeURIComponent('speaker:"Russian Center" "Center for Reconciliation" -ceasefire');
    const r = (await get(`/api/search?q=${q}`)).body as SearchResponse;
    expect(r.hits.map((h) => h.id)).toEqual(['c3#p-1']);
  });

  it.each([
    ['limit=101', 'limit'],
    ['limit=abc', 'limit'],
    ['offset=-1', 'offset'],
    ['facet_size=0', 'facet_size'],
    ['sort=newest', 'sort'],
    ['from=2016-02-30', 'from'],
    ['to=yesterday', 'to'],
    ['from=2017&to=2016', 'from'],
  ])('answers 400 with a message for %s', async (query, name) => {
    const { status, body } = await get(`/api/search?${query}`);
    expect(status).toBe(400);
    const error = (body as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('bad_parameter');
    expect(error.message).toContain(`'${name}'`);
  });

  it('searches with the first 1000 characters of a longer query instead of refusing it', async () => {
    const { status, body } = await get(`/api/search?q=${encodeURIComponent('shelling '.repeat(250))}`);
    expect(status).toBe(200);
    expect((body as { total: number }).total).toBeGreaterThan(0);
  });

  it.each([
    '%22unbalanced',
    '-',
    '%F0%9F%94%A5',
    '%00%01%1F',
    '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    encodeURIComponent('"" -"" speaker: group:"'),
    'a'.repeat(1000),
  ])('never fails with a 500 for the garbage query %s', async (q) => {
    const { status, body } = await get(`/api/search?q=${q}`);
    expect(status).toBe(200);
    for (const hit of (body as SearchResponse).hits) {
      expect(hit.snippet.replaceAll('<mark>', '').replaceAll('</mark>', '')).not.toMatch(/[<>]/);
    }
  });

  it('ignores unknown parameters', async () => {
    expect((await get('/api/search?q=Daesh&color=blue')).status).toBe(200);
  });
});
