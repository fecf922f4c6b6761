// /api/export streams page by page: a BOM for spreadsheets, the same rows however it pages, no cache filled,
// a cap on exports at once, a visible failure when the result set changes, and searches answered meanwhile.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import { ResultCache } from '../../src/search/result-cache';
import { createApp } from '../../src/server/app';
import { mountExport } from '../../src/server/export-route';
import type { IndexedDocument, SearchParams, SearchResponse } from '../../src/types';

const para = (n: number, text: string) => ({ anchor: `p-${n}`, text, speaker: null, actors: [], locations: [], groups: [], dates: [] });
const doc = (id: string, paragraphs: number, word: string): IndexedDocument => ({
  id,
  title: `Report ${id}`,
  source: 'Wire',
  url: null,
  published: '2021-05-01',
  paragraphs: Array.from({ length: paragraphs }, (_, i) => para(i + 1, `Convoy ${word} number ${i + 1} near Идлиб و حلب.`)),
});
const small = createSearchEngine([doc('one', 60, 'shelling'), doc('two', 71, 'shelling')], { synonyms: new Map() });

function exportApp(search: (p: SearchParams) => Promise<SearchResponse>, pageRows: number, maxConcurrent = 2): Hono {
  const app = new Hono();
  mountExport(app, search, { pageRows, maxConcurrent });
  return app;
}

const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());

describe('GET /api/export streaming', () => {
  it('starts a CSV with a UTF-8 byte order mark, and JSON Lines without one', async () => {
    const app = exportApp(async (p) => small.search(p), 50);
    const csv = await bytesOf(await app.request('/api/export?q=shelling&format=csv'));
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv.slice(3, 10))).toBe('doc_id,');
    const jsonl = await bytesOf(await app.request('/api/export?q=shelling&format=jsonl'));
    expect(String.fromCharCode(jsonl[0]!)).toBe('{');
  });

  it.each(['csv', 'jsonl'])('gives the same %s rows in the same order whatever the page size', async (format) => {
    const paged = await (await exportApp(async (p) => small.search(p), 7).request(`/api/export?q=shelling&format=${format}`)).text();
    const whole = await (await exportApp(async (p) => small.search(p), 10_000).request(`/api/export?q=shelling&format=${format}`)).text();
    expect(paged).toBe(whole);
    expect(paged.trimEnd().split('\n')).toHaveLength(format === 'csv' ? 132 : 131);
  });

  it('fills no result cache, even through an asynchronous search function', async () => {
    const cache = new ResultCache<SearchResponse>(1000);
    const search = async (p: SearchParams) => {
      await new Promise((resolve) => setImmediate(resolve));
      const response = small.search(p);
      cache.set(JSON.stringify(p), response);
      return response;
    };
    await (await exportApp(search, 10).request('/api/export?q=shelling')).text();
    expect(cache.size).toBe(0);
  });

  it('answers 503 with Retry-After past the concurrent exports allowed, and takes exports again once one ends', async () => {
    const app = exportApp(async (p) => small.search(p), 5, 2);
    const first = await app.request('/api/export?q=shelling');
    const second = await app.request('/api/export?q=shelling&format=jsonl');
    const third = await app.request('/api/export?q=shelling');
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('5');
    expect(((await third.json()) as { error: { code: string } }).error.code).toBe('busy');
    await first.body!.cancel();
    await second.text();
    expect((await app.request('/api/export?q=shelling')).status).toBe(200);
  });

  it('fails the stream, rather than ending it cleanly, when the result set changes during the export', async () => {
    let calls = 0;
    const shrinking = async (p: SearchParams) => {
      const response = small.search(p);
      return ++calls > 2 ? { ...response, total: response.total - 1 } : response;
    };
    const res = await exportApp(shrinking, 10).request('/api/export?q=shelling');
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow(/index changed during the export/);
  });

  it('answers a search while a 10,000-row export streams', async () => {
    const big = createSearchEngine(
      Array.from({ length: 100 }, (_, i) => doc(`d${i}`, 101, 'shelling')),
      { synonyms: new Map() },
    );
    const app = createApp(big);
    const order: string[] = [];
    const res = await app.request('/api/export?q=shelling&format=jsonl');
    expect(res.headers.get('x-sift-exported')).toBe('10000');
    const reader = res.body!.getReader();
    const firstChunk = await reader.read();
    const exportDone = (async () => {
      let lines = new TextDecoder().decode(firstChunk.value).split('\n').length - 1;
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        lines += new TextDecoder().decode(chunk.value).split('\n').length - 1;
      }
      order.push('export');
      return lines;
    })();
    const searchDone = Promise.resolve(app.request('/api/search?q=convoy&limit=5')).then(async (r) => {
      order.push('search');
      return r.json() as Promise<SearchResponse>;
    });
    const [lines, found] = await Promise.all([exportDone, searchDone]);
    expect(found.hits).toHaveLength(5);
    expect(lines).toBe(10_000);
    expect(order).toEqual(['search', 'export']);
  }, 60_000);
});
