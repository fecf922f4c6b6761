// The main thread's side of serving on worker threads: starts the threads, hands each request received by the main
// thread's HTTP server to the least busy one and turns its answer back into a Response (streamed, one chunk per pull).
// A thread that dies is replaced; the requests it held are answered 503.
import { Worker } from 'node:worker_threads';
import { applySecurityHeaders } from '../security-headers';
import type { FromThread, ToThread } from './messages';

export interface ThreadPoolOptions {
  count: number;
  /** The module each thread runs (through `bootstrap`, which registers the TypeScript loader). */
  entry: string;
  bootstrap: URL;
  /** Passed to every thread beside `entry` and its number (`thread`); a SharedArrayBuffer in it is shared, not copied. */
  data: Record<string, unknown>;
  /** Request bodies larger than this are not read: the app refuses them by their headers alone. */
  maxBodyBytes: number;
  log: (line: string) => void;
}

export interface ThreadPool {
  /** Resolves once every thread is ready; rejects if one fails before it is. */
  ready: Promise<void>;
  fetch(request: Request): Promise<Response>;
  /** Sends every live thread a message (rebuild, memory report). */
  broadcast(message: Extract<ToThread, { type: 'rebuild' | 'memory' }>): void;
  /** Ends every thread (after the HTTP server has drained). */
  close(): Promise<void>;
}

interface Pending {
  resolve: (response: Response) => void;
  /** Set once the body streams: delivers the next chunk, or fails the stream. */
  chunk?: (message: Extract<FromThread, { type: 'chunk' }> | Error) => void;
}

interface Slot {
  worker: Worker;
  number: number;
  ready: boolean;
  /** Answers not finished yet, by request id. */
  pending: Map<number, Pending>;
}

export function createThreadPool(options: ThreadPoolOptions): ThreadPool {
  const slots: Slot[] = [];
  let nextId = 1;
  let closing = false;
  let readyCount = 0;
  let started = false;
  let settle: { resolve: () => void; reject: (err: Error) => void };
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  /** Requests that arrived while no thread was ready (a replacement starting). */
  const waiting: Array<() => void> = [];

  const start = (number: number): Slot => {
    const worker = new Worker(options.bootstrap, { workerData: { ...options.data, entry: options.entry, thread: number } });
    const slot: Slot = { worker, number, ready: false, pending: new Map() };
    worker.on('message', (m: FromThread) => onMessage(slot, m));
    worker.on('error', (err) => options.log(`thread ${number} failed: ${err.message}`));
    worker.on('exit', (code) => onExit(slot, code));
    return slot;
  };

  const onMessage = (slot: Slot, m: FromThread) => {
    if (m.type === 'ready') {
      slot.ready = true;
      if (++readyCount === options.count) {
        started = true;
        settle.resolve();
      }
      for (const wake of waiting.splice(0)) wake();
      return;
    }
    const pending = slot.pending.get(m.id);
    if (!pending) return;
    if (m.type === 'failed') {
      slot.pending.delete(m.id);
      if (pending.chunk) pending.chunk(new Error(m.message));
      else pending.resolve(failure('the server could not answer this request; try again'));
      options.log(`thread ${slot.number}: a request failed: ${m.message}`);
    } else if (m.type === 'head') {
      if (m.done) slot.pending.delete(m.id);
      pending.resolve(toResponse(slot, m, pending));
    } else {
      if (m.done) slot.pending.delete(m.id);
      pending.chunk?.(m);
    }
  };

  const onExit = (slot: Slot, code: number) => {
    const index = slots.indexOf(slot);
    for (const pending of slot.pending.values()) {
      if (pending.chunk) pending.chunk(new Error('the serving thread stopped'));
      else pending.resolve(failure('the serving thread stopped while answering; try again'));
    }
    slot.pending.clear();
    if (closing || index < 0) return;
    if (!slot.ready) {
      // Not replaced: a thread that cannot load the index would fail again at once.
      const err = new Error(`serving thread ${slot.number} stopped (exit ${code}) before it was ready; see the lines above`);
      if (started) options.log(err.message);
      else settle.reject(err);
      return;
    }
    options.log(`thread ${slot.number} exited (${code}); starting another`);
    slots[index] = start(slot.number);
  };

  /** The ready thread with the fewest answers under way; equals take turns, so one client's requests spread too. */
  let turn = 0;
  const pick = async (): Promise<Slot> => {
    for (;;) {
      let best: Slot | null = null;
      for (let k = 0; k < slots.length; k++) {
        const s = slots[(turn + k) % slots.length]!;
        if (s.ready && (best === null || s.pending.size < best.pending.size)) best = s;
      }
      if (best) {
        turn = (slots.indexOf(best) + 1) % slots.length;
        return best;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };

  const toResponse = (slot: Slot, m: Extract<FromThread, { type: 'head' }>, pending: Pending): Response => {
    const headers = new Headers(m.headers);
    const init = { status: m.status, headers };
    if (m.done) {
      // A whole body is sent with its length, as the app's own string answers are (not chunked).
      if (m.chunk !== null && !headers.has('content-length')) headers.set('content-length', String(m.chunk.byteLength));
      // Structured-cloned chunks own plain ArrayBuffers.
      return new Response(m.chunk as Uint8Array<ArrayBuffer> | null, init);
    }
    const first = m.chunk;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        if (first !== null && first.byteLength > 0) controller.enqueue(first);
      },
      pull(controller) {
        return new Promise<void>((resolve) => {
          pending.chunk = (next) => {
            if (next instanceof Error) controller.error(next);
            else {
              if (next.chunk !== null && next.chunk.byteLength > 0) controller.enqueue(next.chunk);
              if (next.done) controller.close();
            }
            resolve();
          };
          post(slot, { type: 'pull', id: m.id });
        });
      },
      cancel() {
        slot.pending.delete(m.id);
        post(slot, { type: 'cancel', id: m.id });
      },
    });
    return new Response(body, init);
  };

  for (let i = 1; i <= options.count; i++) slots.push(start(i));

  return {
    ready,
    async fetch(request) {
      const body = await readBody(request, options.maxBodyBytes);
      const slot = await pick();
      const id = nextId++;
      const headers = [...request.headers];
      return new Promise<Response>((resolve) => {
        slot.pending.set(id, { resolve });
        post(slot, { type: 'request', id, method: request.method, url: request.url, headers, body });
      });
    },
    broadcast(message) {
      for (const s of slots) if (s.ready) post(s, message);
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

function post(slot: Slot, message: ToThread): void {
  slot.worker.postMessage(message);
}

/** The body, when the app could accept it: a declared length within the limit (a chunked or larger one it refuses). */
async function readBody(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (request.body === null) return null;
  const declared = request.headers.get('content-length');
  if (declared === null || !(Number(declared) <= maxBytes)) return null;
  return new Uint8Array(await request.arrayBuffer());
}

function failure(message: string): Response {
  const headers = new Headers({ 'content-type': 'application/json', 'retry-after': '1' });
  applySecurityHeaders(headers);
  return new Response(JSON.stringify({ error: { code: 'worker_failed', message } }), { status: 503, headers });
}
