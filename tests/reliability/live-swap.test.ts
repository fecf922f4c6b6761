// Swapping the engine under a running server: no request fails, answers switch; rebuilds run in the background and failures keep the old engine.
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import { createApp } from '../../src/server/app';
import { createLiveEngine } from '../../src/server/live-engine';
import { startServer } from '../../src/server/main';
import type { SearchEngine } from '../../src/types';
import { fakeResolver, searchCorpus } from '../fixtures/search/corpus';

const engineA = createSearchEngine(searchCorpus.slice(0, 2), { resolveEntities: fakeResolver });
const engineB = createSearchEngine(searchCorpus, { resolveEntities: fakeResolver });
const noLog = () => {};

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (err: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('createLiveEngine under a running server', () => {
  it('answers every request while the engine is swapped back and forth, and the answers follow the swap', async () => {
    const live = createLiveEngine<SearchEngine>(engineA, { build: async () => engineB, log: noLog });
    const server = await startServer(createApp(live.current), { port: 0 });
    const seen = new Set<number>();
    const failures: string[] = [];
    let running = true;
    const client = async () => {
      for (let i = 0; running; i++) {
        const path = ['/api/health', '/api/search?q=shelling&limit=5', '/api/suggest?q=she', '/api/docs/a1'][i % 4]!;
        try {
          const res = await fetch(`${server.url}${path}`);
          const body = (await res.json()) as { documents?: number };
          if (res.status !== 200) failures.push(`${path} → ${res.status}`);
          if (body.documents !== undefined) seen.add(body.documents);
        } catch (err) {
          failures.push(`${path} → ${(err as Error).message}`);
        }
      }
    };
    const clients = [client(), client(), client(), client()];
    try {
      for (let swap = 0; swap < 200; swap++) {
        live.swap(swap % 2 === 0 ? engineB : engineA);
        await new Promise((resolve) => setImmediate(resolve));
      }
      await live.rebuild();
      // Let the clients see the final engine before stopping.
      while (!seen.has(engineB.stats().documents)) await new Promise((resolve) => setImmediate(resolve));
    } finally {
      running = false;
      await Promise.all(clients);
      await server.close();
    }
    expect(failures).toEqual([]);
    expect([...seen].sort()).toEqual([engineA.stats().documents, engineB.stats().documents].sort());
    expect(live.current()).toBe(engineB);
  });
});

describe('createLiveEngine.rebuild', () => {
  it('keeps serving the old engine while a rebuild runs and swaps when it is done', async () => {
    const build = deferred<SearchEngine>();
    const live = createLiveEngine<SearchEngine>(engineA, { build: () => build.promise, log: noLog });
    const outcome = live.rebuild();
    expect(live.current()).toBe(engineA);
    build.resolve(engineB);
    expect(await outcome).toEqual({ ok: true });
    expect(live.current()).toBe(engineB);
  });

  it('keeps the old engine and logs one line when the rebuild fails', async () => {
    const lines: string[] = [];
    const live = createLiveEngine<SearchEngine>(engineA, {
      build: async () => {
        throw new Error('corpus folder "/gone" cannot be read');
      },
      log: (line) => lines.push(line),
    });
    expect(await live.rebuild()).toEqual({ ok: false, reason: 'corpus folder "/gone" cannot be read' });
    expect(live.current()).toBe(engineA);
    expect(lines).toEqual(['rebuild failed, still serving the previous index: corpus folder "/gone" cannot be read']);
  });

  it('runs one more build after the current one when asked again meanwhile, never two at once', async () => {
    const builds: Array<ReturnType<typeof deferred<SearchEngine>>> = [];
    let concurrent = 0;
    let maxConcurrent = 0;
    const live = createLiveEngine<SearchEngine>(engineA, {
      build: async () => {
        concurrent++;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        const d = deferred<SearchEngine>();
        builds.push(d);
        try {
          return await d.promise;
        } finally {
          concurrent--;
        }
      },
      log: noLog,
    });
    const first = live.rebuild();
    const second = live.rebuild();
    const third = live.rebuild();
    expect(builds).toHaveLength(1);
    builds[0]!.resolve(engineA);
    await first;
    await new Promise((resolve) => setImmediate(resolve));
    expect(builds).toHaveLength(2);
    builds[1]!.resolve(engineB);
    expect(await second).toEqual({ ok: true });
    expect(await third).toEqual({ ok: true });
    expect(builds).toHaveLength(2);
    expect(maxConcurrent).toBe(1);
    expect(live.current()).toBe(engineB);
  });
});
