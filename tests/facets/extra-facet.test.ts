// Adding a facet kind is one registry entry plus what fills it: a `weapon` facet with a tiny gazetteer,
// extracted, indexed, counted, filtered by parameter and by query prefix, described and exported.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract';
import { registryWithWeapon } from '../fixtures/facets/weapon';
import { buildDocuments } from '../../src/pipeline/build-documents';
import { createSearchEngine } from '../../src/search/engine';
import { createApp } from '../../src/server/app';
import type { SearchResponse } from '../../src/types';

const registry = registryWithWeapon();

const weapons = [
  { canonical: 'BM-21 Grad', kind: 'weapon', aliases: ['Grad rockets', 'Grad', 'Град'] },
  { canonical: 'TOW missile', kind: 'weapon', aliases: ['TOW', 'TOW missiles'] },
];

const corpus: Record<string, string> = {
  'grad-shelling.txt': 'Militants fired Grad rockets at the Sheikh Maqsoud district of Aleppo on Friday.\n\nThe shelling lasted two hours.',
  'tow-strike.txt': 'Rebels destroyed a tank with a TOW missile near Hama.\n\nA second strike used Grad rockets as well.',
  'grad-ru.txt': 'Боевики обстреляли район из установок «Град».',
};

let dir: string;
let app: Hono;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sift-extra-facet-'));
  for (const [name, text] of Object.entries(corpus)) writeFileSync(join(dir, name), text);
  const extractor = createExtractor({ facets: registry, facetEntities: weapons });
  const { documents } = await buildDocuments(dir, { extractor });
  app = createApp(createSearchEngine(documents, { facets: registry }), { facets: registry });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function search(query: string): Promise<SearchResponse & { hits: (SearchResponse['hits'][number] & { weapons?: string[] })[] }> {
  const res = await app.request(`/api/search?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as never;
}

describe('a facet kind declared in a registry', () => {
  it('is extracted from text in any script and counted over the matching set', async () => {
    const r = await search('q=&limit=0&facet_size=10');
    expect((r.facets as unknown as Record<string, unknown>).weapon).toEqual([
      { value: 'BM-21 Grad', count: 3 },
      { value: 'TOW missile', count: 1 },
    ]);
  });

  it('filters by its parameter, and hits carry its field', async () => {
    const r = await search('weapon=TOW%20missile');
    expect(r.total).toBe(1);
    expect(r.hits[0]!.weapons).toEqual(['TOW missile']);
    expect(r.hits[0]!.text).toContain('TOW missile near Hama');
  });

  it('filters by its query prefix, negated too', async () => {
    expect((await search(`q=${encodeURIComponent('weapon:"BM-21 Grad"')}`)).total).toBe(3);
    expect((await search(`q=${encodeURIComponent('-weapon:"BM-21 Grad"')}`)).total).toBe(2);
    expect((await search(`q=${encodeURIComponent('weapon:"bm-21 grad"')}`)).total).toBe(3);
  });

  it('is described in /api/openapi.json and refused with a 400 when a value is too long', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, { get: { parameters: { name: string }[] } }> };
    expect(doc.paths['/api/search']!.get.parameters.map((p) => p.name)).toContain('weapon');
    const res = await app.request(`/api/search?weapon=${'x'.repeat(301)}`);
    expect(res.status).toBe(400);
  });
});

describe('an export with a facet kind declared in a registry', () => {
  it('has a column for it, filled on each row', async () => {
    const res = await app.request('/api/export?format=csv&weapon=TOW%20missile');
    expect(res.status).toBe(200);
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header).toContain('weapons');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.split(',')[header.indexOf('weapons')]).toBe('TOW missile');
  });
});
