import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import { serializeAnswer } from '../../src/search/serialized-answer';
import { createApp } from '../../src/server/app';
import type { SearchParams, SearchResponse } from '../../src/types';
import { fakeResolver, searchCorpus } from '../fixtures/search/corpus';

const params = (q: string): SearchParams => ({
  q,
  filters: { speaker: [], actor: [], location: [], group: [] },
  from: null,
  to: null,
  doc: null,
  sort: 'relevance',
  limit: 5,
  offset: 0,
  facetSize: 10,
});

const options = { resolveEntities: fakeResolver, synonyms: new Map() };

describe('serializeAnswer', () => {
  it.each([
    ['with the result cache (the engine keeps its text)', 8],
    ['without it (serialized afresh)', 0],
  ])('gives JSON.stringify of the answer %s', (_, cacheSize) => {
    const engine = createSearchEngine(searchCorpus, { ...options, cacheSize });
    for (const q of ['shelling', 'aleppo shelling', '"sheikh maqsoud"', '']) {
      const answer = engine.search(params(q));
      expect(serializeAnswer(answer)).toBe(JSON.stringify(answer));
    }
  });

  it('places did_you_mean last, as JSON.stringify does for the property added after the engine answered', () => {
    const engine = createSearchEngine(searchCorpus, { ...options, cacheSize: 8 });
    const answer: SearchResponse = engine.search(params('shelling'));
    answer.did_you_mean = 'shelled "quoted"';
    expect(serializeAnswer(answer)).toBe(JSON.stringify(answer));
    expect(JSON.parse(serializeAnswer(answer)).did_you_mean).toBe('shelled "quoted"');
  });
});

describe('GET /api/search', () => {
  it('answers the JSON of the engine answer with a JSON content type', async () => {
    const engine = createSearchEngine(searchCorpus, { ...options, cacheSize: 8 });
    const res = await createApp(engine).request('/api/search?q=shelling&limit=3');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const body = (await res.json()) as SearchResponse;
    const direct = createSearchEngine(searchCorpus, { ...options, cacheSize: 0 }).search({ ...params('shelling'), limit: 3 });
    expect({ ...body, took_ms: 0 }).toEqual({ ...JSON.parse(JSON.stringify(direct)), took_ms: 0 });
  });
});
