import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import type { SearchHit, SearchParams } from '../../src/types';
import { generateCorpus, POOLS, VOCABULARY } from '../fixtures/search/generate-corpus';

const engines = [41, 42].map((seed) => createSearchEngine(generateCorpus(seed)));

function params(q: string, selected: Partial<Record<'actor' | 'group', string[]>>): SearchParams {
  const filters = { speaker: [], actor: [], location: [], group: [], ...selected };
  return { q, filters, from: null, to: null, doc: null, sort: 'relevance', limit: 1000, offset: 0, facetSize: 5 };
}

const ranked = (hits: SearchHit[]) => hits.filter((h) => h.extra === undefined).map((h) => [h.id, h.score]);

describe('search with one facet filter', () => {
  // The filter only narrows: a query's full matches keep the scores and order they have unfiltered (the engine
  // scores a lone word under one filter on a path of its own, keeping and scoring in one pass).
  it.each([['actor'], ['group']] as const)('ranks the %s-filtered matches as the unfiltered search ranks them', (facet) => {
    fc.assert(
      fc.property(fc.constantFrom(...engines), fc.constantFrom(...VOCABULARY), fc.constantFrom(...POOLS[facet]), (engine, word, value) => {
        const all = engine.search(params(word, {}));
        const filtered = engine.search(params(word, { [facet]: [value] }));
        const carrying = all.hits.filter((h) => (facet === 'actor' ? h.actors : h.groups).includes(value));
        expect(filtered.total).toBe(carrying.length);
        expect(ranked(filtered.hits)).toEqual(ranked(carrying));
      }),
      { numRuns: 150 },
    );
  });
});
