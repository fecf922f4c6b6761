import { beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { buildEngineFromCorpus } from '../../src/pipeline/build-engine';
import { createApp } from '../../src/server/app';
import { E2E_CORPUS } from '../e2e/test-server';

let app: Hono;
beforeAll(async () => {
  app = createApp((await buildEngineFromCorpus(E2E_CORPUS)).engine);
}, 60_000);

async function get(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await app.request(path);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('GET /api/entities/:id', () => {
  it('profiles a person: aliases in every script, mentions, speaker count, timeline, related, recent', async () => {
    const { status, body } = await get(`/api/entities/${encodeURIComponent('Maria Zakharova')}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 'Maria Zakharova', name: 'Maria Zakharova', kind: 'person' });
    const aliases = body.aliases as string[];
    expect(aliases.some((a) => /[а-я]/i.test(a))).toBe(true);
    expect(aliases.some((a) => /[\u0600-\u06ff]/.test(a))).toBe(true);
    const speakerTotal = ((await get(`/api/search?limit=0&speaker=${encodeURIComponent('Maria Zakharova')}`)).body.total) as number;
    expect(body.as_speaker).toBe(speakerTotal);
    expect(body.as_speaker as number).toBeGreaterThan(0);
    expect(body.mentions as number).toBeGreaterThan(0);
    const timeline = body.timeline as { value: string; count: number }[];
    expect(timeline.length).toBeGreaterThan(0);
    expect(timeline.map((t) => t.value)).toEqual([...timeline.map((t) => t.value)].sort());
    expect((body.related as { value: string }[]).map((r) => r.value)).not.toContain('Maria Zakharova');
    const recent = body.recent as { doc: { published: string | null } }[];
    expect(recent.length).toBeGreaterThan(0);
  });

  it('profiles a place by its location facet', async () => {
    const { status, body } = await get('/api/entities/Aleppo');
    expect(status).toBe(200);
    expect(body.kind).toBe('place');
    const total = (await get('/api/search?limit=0&location=Aleppo')).body.total;
    expect(body.mentions).toBe(total);
  });

  it.each([['Nobody%20Atall'], ['zakharova']])('answers 404 with a JSON error for %s, which is no canonical name in the index', async (id) => {
    const { status, body } = await get(`/api/entities/${id}`);
    expect(status).toBe(404);
    expect((body.error as { code: string }).code).toBe('not_found');
  });

  it('answers 400 for an over-long id', async () => {
    const { status } = await get(`/api/entities/${'x'.repeat(400)}`);
    expect(status).toBe(400);
  });
});

describe('related entities', () => {
  it('names each related entity by its own kind', async () => {
    const { body } = await get(`/api/entities/${encodeURIComponent('Maria Zakharova')}`);
    const related = body.related as { value: string; kind: string }[];
    expect(related.find((r) => r.value === 'Russia')?.kind).toBe('state');
    expect(related.find((r) => r.value === 'Aleppo')?.kind).toBe('place');
  });
});
