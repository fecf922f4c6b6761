import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import { parseSearchParams } from '../../src/search/search-params';
import { searchCorpus } from '../fixtures/search/corpus';

const engine = createSearchEngine(searchCorpus, { synonyms: new Map() });
const search = (query: Record<string, string>) => engine.search(parseSearchParams(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, [v]]))));

describe('sort=oldest', () => {
  it('orders matching paragraphs oldest first', () => {
    const r = search({ q: 'shelling', sort: 'oldest' });
    expect(r.hits.map((h) => h.doc.published)).toEqual(['2016', '2016', '2016-06-04', '2016-06-04', '2016-06-04', '2019-09-12']);
  });

  it('puts undated paragraphs last when browsing', () => {
    const newest = search({ sort: 'date', limit: '100' }).hits.map((h) => h.doc.published);
    const oldest = search({ sort: 'oldest', limit: '100' }).hits.map((h) => h.doc.published);
    const dated = oldest.filter((p) => p !== null);
    expect(oldest.slice(dated.length).every((p) => p === null)).toBe(true);
    expect(dated).toEqual([...dated].sort());
    expect(oldest.length).toBe(newest.length);
  });

  it('is refused with the allowed values when misspelt', () => {
    expect(() => search({ sort: 'older' })).toThrow(/oldest/);
  });
});
