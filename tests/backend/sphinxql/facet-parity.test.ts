// The sharded backend counts what the embedded engine counts: totals and every facet, with filters (multi-select semantics).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../src/search/engine';
import type { SiftEngine } from '../../../src/search/engine';
import type { SearchParams, SearchResponse } from '../../../src/types';
import { generateDocuments } from './generated-corpus';
import { describeWithCluster } from './use-cluster';

function params(extra: Partial<SearchParams> & { f?: Record<string, string[]> } = {}): SearchParams {
  const { f, ...rest } = extra;
  return {
    q: '',
    filters: { speaker: [], actor: [], location: [], group: [], outlet: [], lang: [], ...f },
    from: null,
    to: null,
    doc: null,
    lang: f?.lang ?? [],
    sort: 'relevance',
    limit: 10,
    offset: 0,
    facetSize: 1000,
    ...rest,
  };
}

/** The facets the embedded engine reports, as value → count maps (order among equal counts is not compared). */
function counts(r: SearchResponse): Record<string, Record<string, number>> {
  return Object.fromEntries(Object.entries(r.facets).map(([facet, list]) => [facet, Object.fromEntries((list ?? []).map((v) => [v.value, v.count]))]));
}

const CASES: [string, Partial<SearchParams> & { f?: Record<string, string[]> }][] = [
  ['browsing everything', {}],
  ['one word', { q: 'ceasefire' }],
  ['two words ANDed', { q: 'convoy hospital' }],
  ['a phrase', { q: '"humanitarian evacuation"' }],
  ['an exclusion', { q: 'siege -winter' }],
  ['the word being typed (prefix)', { q: 'negot' }],
  ['a misspelt word (typo candidates from the dictionary)', { q: 'hospitl convoy' }],
  ['a speaker filter', { q: 'statement', f: { speaker: ['Maria Zakharova'] } }],
  ['two values of one facet (OR) and another facet (AND)', { f: { location: ['Aleppo', 'Idlib'], group: ['ISIS'] } }],
  ['a date span and a language', { q: 'border', from: '2015', to: '2017-06', f: { lang: ['en', 'ru'] } }],
  ['a query-prefix filter', { q: 'location:Raqqa drone' }],
  ['a document', { doc: 'gen-0042' }],
];

describeWithCluster('sphinxql backend on a generated corpus', (cluster) => {
  const docs = generateDocuments(600, 6);
  let embedded: SiftEngine;
  beforeAll(async () => {
    embedded = createSearchEngine(docs, { cacheSize: 0 });
    await cluster().backend.upsertDocuments(docs);
  }, 120_000);

  it('holds several thousand paragraphs', async () => {
    const health = await cluster().backend.health();
    expect(health.paragraphs).toBeGreaterThan(3000);
    expect(health).toMatchObject(embedded.stats());
  });

  describe('search', () => {
    it.each(CASES)('gives the embedded total and facet counts for %s', async (_name, extra) => {
      const want = embedded.search(params(extra));
      const got = await cluster().backend.search(params(extra));
      expect(want.total).toBeGreaterThan(0);
      expect(got.total).toBe(want.total);
      const mine = counts(got);
      for (const [facet, values] of Object.entries(counts(want))) expect({ facet, values: mine[facet] }).toEqual({ facet, values });
      expect(got.partial).toBeUndefined();
    });

    it('pages through the same set the total counts', async () => {
      const p = params({ q: 'water', limit: 100 });
      const first = await cluster().backend.search(p);
      const second = await cluster().backend.search({ ...p, offset: 100 });
      const ids = new Set([...first.hits, ...second.hits].map((h) => h.id));
      expect(ids.size).toBe(Math.min(200, first.total));
    });

    it('sorts by date newest first when asked', async () => {
      const r = await cluster().backend.search(params({ q: 'bridge', sort: 'date', limit: 50 }));
      const dates = r.hits.map((h) => h.doc.published ?? '');
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it('marks query words in escaped snippets', async () => {
      const r = await cluster().backend.search(params({ q: 'tunnel', limit: 5 }));
      for (const h of r.hits) {
        expect(h.snippet).toContain('<mark>tunnel</mark>');
        expect(h.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      }
    });
  });
});
