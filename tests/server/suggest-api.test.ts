import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import { createApp } from '../../src/server/app';
import type { Suggestion } from '../../src/types';
import { fakeResolver, searchCorpus } from '../fixtures/search/corpus';

const app = createApp(createSearchEngine(searchCorpus, { resolveEntities: fakeResolver }));

describe('GET /api/suggest', () => {
  it('returns entity and term completions', async () => {
    const res = await app.request('/api/suggest?q=maqs');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Suggestion[];
    expect(body[0]).toEqual({ value: 'Sheikh Maqsoud', kind: 'location' });
    expect(body.some((s) => s.kind === 'term' && s.value.startsWith('maqs'))).toBe(true);
  });

  it('returns an empty list without q', async () => {
    const res = await app.request('/api/suggest');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([]);
  });

  it.each(['%F0%9F%94%A5', '%00', '%22%22', '-'])('never fails for the garbage input %s', async (q) => {
    const res = await app.request(`/api/suggest?q=${q}`);
    expect(res.status).toBe(200);
    expect(Array.isArray(await res.json())).toBe(true);
  });
});
