// The bridge between the main thread's HTTP server and the serving threads, with real worker threads running a tiny app.
import { afterEach, describe, expect, it } from 'vitest';
import { createThreadPool } from '../../../src/server/threads/thread-pool';
import type { ThreadPool } from '../../../src/server/threads/thread-pool';

const BOOTSTRAP = new URL('../../../src/pipeline/worker-bootstrap.mjs', import.meta.url);
const ENTRY = new URL('./fixture-thread.ts', import.meta.url).href;

let pool: ThreadPool | null = null;
const logged: string[] = [];

async function startPool(count: number, maxBodyBytes = 1024): Promise<ThreadPool> {
  pool = createThreadPool({ count, entry: ENTRY, bootstrap: BOOTSTRAP, data: {}, maxBodyBytes, log: (line) => logged.push(line) });
  await pool.ready;
  return pool;
}

const get = (p: ThreadPool, path: string, init?: RequestInit) => p.fetch(new Request(`http://sift.test${path}`, init));

afterEach(async () => {
  await pool?.close();
  pool = null;
  logged.length = 0;
});

describe('createThreadPool', () => {
  it('answers concurrent requests on every thread', async () => {
    const p = await startPool(2);
    const answers = await Promise.all(Array.from({ length: 4 }, () => get(p, '/wait?ms=100')));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(answers.map((a) => a.headers.get('x-thread')))).toEqual(new Set(['1', '2']));
  }, 30_000);

  it('takes turns between idle threads for requests sent one after another', async () => {
    const p = await startPool(2);
    const threads: string[] = [];
    for (let i = 0; i < 4; i++) threads.push((await get(p, '/wait?ms=0')).headers.get('x-thread')!);
    expect(threads).toEqual(['1', '2', '1', '2']);
  }, 30_000);

  it('streams a body in chunks, whole', async () => {
    const p = await startPool(1);
    const answer = await get(p, '/stream');
    expect(answer.headers.get('content-type')).toBe('text/plain');
    expect(await answer.text()).toBe('alpha,bravo,charlie');
  }, 30_000);

  it('releases the thread’s body when the client stops reading an endless answer', async () => {
    const p = await startPool(1);
    const answer = await get(p, '/stream?endless');
    const reader = answer.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('alpha,');
    await reader.cancel();
    // Messages to the thread arrive in order: the cancel is handled before this request.
    const stats = (await (await get(p, '/stats')).json()) as { cancelled: number };
    expect(stats.cancelled).toBe(1);
  }, 30_000);

  it('passes the method, headers and body through, and answers a 204 without a body', async () => {
    const p = await startPool(1);
    const echo = await get(p, '/echo', { method: 'POST', headers: { 'x-note': 'kept', 'content-length': '5' }, body: 'hello' });
    expect(echo.status).toBe(201);
    expect(echo.headers.get('content-length')).toBe('15');
    expect(await echo.text()).toBe('POST kept hello');
    const empty = await get(p, '/empty');
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
  }, 30_000);

  it('does not read a body larger than the limit: the app sees none and judges by the headers', async () => {
    const p = await startPool(1, 4);
    const echo = await get(p, '/echo', { method: 'POST', headers: { 'x-note': 'big', 'content-length': '5' }, body: 'hello' });
    expect(await echo.text()).toBe('POST big ');
  }, 30_000);

  it('answers 503 worker_failed when the thread dies while answering, and serves on with a replacement', async () => {
    const p = await startPool(1);
    const failed = await get(p, '/crash');
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('1');
    expect(((await failed.json()) as { error: { code: string } }).error.code).toBe('worker_failed');
    const after = await get(p, '/wait?ms=0');
    expect(after.status).toBe(200);
    expect(logged.join('\n')).toMatch(/thread 1 exited \(3\); starting another/);
  }, 30_000);

  it('answers 503 worker_failed when the app throws, logs why (not to the client) and keeps the thread', async () => {
    const p = await startPool(1);
    const failed = await get(p, '/nowhere');
    expect(failed.status).toBe(503);
    const text = await failed.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'worker_failed', message: expect.any(String) } });
    expect(text).not.toContain('no route');
    expect(logged.join('\n')).toContain('thread 1: a request failed: no route /nowhere');
    expect((await get(p, '/wait?ms=0')).status).toBe(200);
  }, 30_000);

  it('passes a rebuild on to every thread', async () => {
    const p = await startPool(2);
    p.broadcast({ type: 'rebuild' });
    const stats = await Promise.all([get(p, '/stats'), get(p, '/stats')].map(async (a) => ((await (await a).json()) as { rebuilds: number }).rebuilds));
    expect(stats).toEqual([1, 1]);
  }, 30_000);
});
