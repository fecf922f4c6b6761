// startServer's close(): every request received gets a whole answer, a 503 with Retry-After past the deadline, or a visibly cut stream.
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/main';
import type { RunningServer } from '../../src/server/main';

/** A request handler the test releases by hand, so "in flight" is a state, not a race. */
function createGates() {
  const waiting = new Map<string, () => void>();
  let arrived = 0;
  const arrivals: Array<() => void> = [];
  return {
    async wait(id: string): Promise<void> {
      arrived++;
      for (const a of arrivals.splice(0)) a();
      await new Promise<void>((resolve) => waiting.set(id, resolve));
    },
    release(id: string): void {
      waiting.get(id)?.();
    },
    async arrivedAtLeast(n: number): Promise<void> {
      while (arrived < n) await new Promise<void>((resolve) => arrivals.push(resolve));
    },
  };
}

function createTestApp(gates: ReturnType<typeof createGates>) {
  const app = new Hono();
  app.get('/slow/:id', async (c) => {
    await gates.wait(c.req.param('id'));
    return c.json({ id: c.req.param('id'), done: true });
  });
  app.get('/fast', (c) => c.json({ ok: true }));
  // Sends one chunk, then the rest once released: a streamed export caught mid-body.
  app.get('/stream/:id', (c) => {
    const encoder = new TextEncoder();
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent === 0) controller.enqueue(encoder.encode('doc_id,text\r\n'));
        else if (sent === 1) {
          await gates.wait(c.req.param('id'));
          controller.enqueue(encoder.encode('a,last row\r\n'));
        } else controller.close();
        sent++;
      },
    });
    return c.body(body, 200, { 'content-type': 'text/csv' });
  });
  return app;
}

let server: RunningServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

describe('startServer close()', () => {
  it('answers every request in flight when they finish before the deadline, then refuses connections', async () => {
    const gates = createGates();
    server = await startServer(createTestApp(gates), { port: 0, drainMs: 30_000 });
    const url = server.url;
    const pending = ['a', 'b', 'c', 'd', 'e'].map((id) => fetch(`${url}/slow/${id}`).then(async (r) => [r.status, await r.json()] as const));
    await gates.arrivedAtLeast(5);
    const closed = server.close();
    for (const id of ['a', 'b', 'c', 'd', 'e']) gates.release(id);
    const answers = await Promise.all(pending);
    expect(answers.map(([status]) => status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.map(([, body]) => (body as { id: string }).id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const report = await closed;
    expect(report).toEqual({ answered: 5, refused: 0, cut: 0 });
    await expect(fetch(`${url}/fast`)).rejects.toThrow();
    server = null;
  });

  it('finishes a streamed answer that completes before the deadline', async () => {
    const gates = createGates();
    server = await startServer(createTestApp(gates), { port: 0, drainMs: 30_000 });
    const res = await fetch(`${server.url}/stream/s`);
    await gates.arrivedAtLeast(1);
    const closed = server.close();
    gates.release('s');
    expect(await res.text()).toBe('doc_id,text\r\na,last row\r\n');
    expect((await closed).cut).toBe(0);
    server = null;
  });

  it('answers 503 with Retry-After and a JSON error to a request still waiting at the deadline', async () => {
    const gates = createGates();
    server = await startServer(createTestApp(gates), { port: 0, drainMs: 200 });
    const pending = fetch(`${server.url}/slow/never`);
    await gates.arrivedAtLeast(1);
    const closed = server.close();
    const res = await pending;
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('shutting_down');
    expect(await closed).toEqual({ answered: 1, refused: 1, cut: 0 });
    server = null;
  });

  it('cuts a streamed answer still running at the deadline so that reading it fails', async () => {
    const gates = createGates();
    server = await startServer(createTestApp(gates), { port: 0, drainMs: 200 });
    const res = await fetch(`${server.url}/stream/never`);
    await gates.arrivedAtLeast(1);
    const closed = server.close();
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
    expect((await closed).cut).toBe(1);
    server = null;
  });

  it('closes idle keep-alive connections without waiting for the deadline', async () => {
    server = await startServer(createTestApp(createGates()), { port: 0, drainMs: 60_000 });
    const res = await fetch(`${server.url}/fast`);
    expect(await res.json()).toEqual({ ok: true });
    expect(await server.close()).toEqual({ answered: 0, refused: 0, cut: 0 });
    server = null;
  });
});
