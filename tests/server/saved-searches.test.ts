import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import { createApp } from '../../src/server/app';
import { searchCorpus } from '../fixtures/search/corpus';

async function appWithFile(file?: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'sift-saved-'));
  const target = file ?? path.join(dir, 'saved-searches.json');
  return { app: createApp(createSearchEngine(searchCorpus), { savedSearchesFile: target }), file: target };
}

const post = (app: ReturnType<typeof createApp>, url: string, body?: unknown) =>
  app.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

describe('saved searches API', () => {
  it('saves a search under a name, lists it with no new paragraphs, and writes the JSON file', async () => {
    const { app, file } = await appWithFile();
    expect((await post(app, '/api/saved', { name: 'Shelling', query: '?q=shelling&sort=date' })).status).toBe(201);
    const list = (await (await app.request('/api/saved')).json()) as { searches: { name: string; query: string; new: number }[] };
    expect(list.searches).toEqual([expect.objectContaining({ name: 'Shelling', query: 'q=shelling&sort=date', new: 0 })]);
    expect(JSON.parse(await readFile(file, 'utf8')).searches[0].name).toBe('Shelling');
  });

  it('counts paragraphs matched beyond those seen when last opened, and opening resets the count', async () => {
    const { app, file } = await appWithFile();
    await post(app, '/api/saved', { name: 'All', query: '' });
    const stored = JSON.parse(await readFile(file, 'utf8'));
    stored.searches[0].total_at_open -= 3;
    await writeFile(file, JSON.stringify(stored));
    const { app: reloaded } = await appWithFile(file);
    expect(((await (await reloaded.request('/api/saved')).json()) as { searches: { new: number }[] }).searches[0]!.new).toBe(3);
    expect((await post(reloaded, '/api/saved/All/open')).status).toBe(200);
    expect(((await (await reloaded.request('/api/saved')).json()) as { searches: { new: number }[] }).searches[0]!.new).toBe(0);
  });

  it.each([
    ['no name', { query: 'q=x' }],
    ['a name too long', { name: 'x'.repeat(101), query: '' }],
    ['not JSON', undefined],
  ])('answers 400 for %s', async (_, body) => {
    const { app } = await appWithFile();
    const r = await post(app, '/api/saved', body);
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('bad_parameter');
  });

  it('answers 404 for opening or deleting an unknown name, and deletes a saved one', async () => {
    const { app } = await appWithFile();
    expect((await post(app, '/api/saved/Nope/open')).status).toBe(404);
    await post(app, '/api/saved', { name: 'Gone', query: 'q=x' });
    expect((await app.request('/api/saved/Gone', { method: 'DELETE' })).status).toBe(204);
    expect((await app.request('/api/saved/Gone', { method: 'DELETE' })).status).toBe(404);
  });
});
