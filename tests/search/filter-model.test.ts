import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import { parseSearchParams } from '../../src/search/search-params';
import { fakeResolver, searchCorpus } from '../fixtures/search/corpus';

const engine = createSearchEngine(searchCorpus, { resolveEntities: fakeResolver, synonyms: new Map() });

function search(query: string) {
  const url = new URLSearchParams(query);
  const r = engine.search(parseSearchParams(Object.fromEntries([...new Set(url.keys())].map((k) => [k, url.getAll(k)]))));
  return { total: r.total, ids: r.hits.map((h) => h.id).sort(), facets: r.facets };
}

describe('unifyFilters (typed and ticked filters, one model)', () => {
  it.each([
    ['two typed values of one facet', 'q=actor:Turkey actor:Zakharova'],
    ['a typed and a ticked value of one facet', 'q=actor:Turkey&actor=Maria Zakharova'],
  ])('ORs %s like two ticked values', (_, query) => {
    expect(search(query)).toEqual(search('actor=Turkey&actor=Maria Zakharova'));
  });

  it('ANDs a typed filter with a ticked value of another facet', () => {
    expect(search('q=speaker:Zakharova&actor=Maria Zakharova&actor=Turkey').ids).toEqual(['a1#p-3', 'd4#p-1']);
  });

  it('counts a typed facet ignoring its own filter, as a ticked one', () => {
    expect(search('q=actor:Turkey').facets.actor).toEqual(search('actor=Turkey').facets.actor);
  });

  it('requires every selected value with <param>_mode=all', () => {
    expect(search('actor=Turkey&actor=Maria Zakharova&actor_mode=all').total).toBe(0);
    expect(search('q=actor:Zakharova&actor_mode=all').ids).toEqual(search('actor=Maria Zakharova').ids);
  });

  it('keeps a negated typed value an exclusion', () => {
    const all = search('limit=100').total;
    expect(search('q=-actor:Zakharova&limit=100').total).toBe(all - 2);
  });

  it('refuses an unknown mode', () => {
    expect(() => search('actor_mode=some')).toThrow(/actor_mode/);
  });
});
