import { beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { buildEngineFromCorpus } from '../../src/pipeline/build-engine';
import { createApp } from '../../src/server/app';
import { E2E_CORPUS } from '../e2e/test-server';

let app: Hono;
beforeAll(async () => {
  app = createApp((await buildEngineFromCorpus(E2E_CORPUS)).engine);
}, 60_000);

const search = async (q: string) => (await (await app.request(`/api/search?limit=0&q=${encodeURIComponent(q)}`)).json()) as { total: number; did_you_mean?: string };

describe('did_you_mean on /api/search', () => {
  it('offers the corrected query when it finds more than the misspelt one', async () => {
    const typo = await search('shellng');
    expect(typo.did_you_mean).toBe('shelling');
    expect((await search('shelling')).total).toBeGreaterThan(typo.total);
  });

  it('is absent when the query is spelt as the index spells it', async () => {
    expect((await search('shelling')).did_you_mean).toBeUndefined();
    expect((await search('Aleppo')).did_you_mean).toBeUndefined();
  });
});
