// The serving thread's side of the bridge: answers the main thread's requests with the app and sends the answers back,
// a body one chunk per pull so a slow client holds back the thread's reading instead of filling the main thread's memory.
import type { FromThread, RequestMessage, ToThread } from './messages';

export interface ThreadPort {
  postMessage(message: FromThread): void;
  on(event: 'message', listener: (message: ToThread) => void): unknown;
}

export interface AnswerOptions {
  /** The app's fetch (Hono's `app.fetch`). */
  fetch: (request: Request) => Response | Promise<Response>;
  onRebuild: () => void;
  onMemory: () => void;
}

type Reader = ReadableStreamDefaultReader<Uint8Array>;
type Head = { status: number; headers: [string, string][] };

/** A body being sent: its reader and the chunk read ahead (one), so the last chunk goes out marked `done`. */
interface Body {
  reader: Reader;
  ahead: Uint8Array | null;
}

/** Answers every request arriving on `port` until the thread ends. */
export function answerRequests(port: ThreadPort, options: AnswerOptions): void {
  const bodies = new Map<number, Body>();
  const fail = (id: number, err: unknown) => {
    bodies.delete(id);
    port.postMessage({ type: 'failed', id, message: err instanceof Error ? err.message : String(err) });
  };
  /** Sends the chunk read ahead (or the first) and reads the next: a whole small answer goes out in one message. */
  const send = async (id: number, body: Body, head: Head | null) => {
    try {
      let chunk = body.ahead;
      if (head !== null) {
        const first = await body.reader.read();
        chunk = first.done ? null : first.value;
      }
      const next = chunk === null ? { done: true as const, value: undefined } : await body.reader.read();
      body.ahead = next.done ? null : next.value;
      if (next.done) bodies.delete(id);
      const done = next.done;
      port.postMessage(head !== null ? { type: 'head', id, ...head, chunk, done } : { type: 'chunk', id, chunk, done });
    } catch (err) {
      fail(id, err);
    }
  };
  const answer = async (m: RequestMessage) => {
    try {
      const response = await options.fetch(toRequest(m));
      const head: Head = { status: response.status, headers: [...response.headers] };
      if (response.body === null) {
        port.postMessage({ type: 'head', id: m.id, ...head, chunk: null, done: true });
        return;
      }
      const body: Body = { reader: response.body.getReader(), ahead: null };
      bodies.set(m.id, body);
      await send(m.id, body, head);
    } catch (err) {
      fail(m.id, err);
    }
  };
  port.on('message', (m) => {
    if (m.type === 'request') void answer(m);
    else if (m.type === 'pull') {
      const body = bodies.get(m.id);
      if (body) void send(m.id, body, null);
    } else if (m.type === 'cancel') {
      const body = bodies.get(m.id);
      bodies.delete(m.id);
      void body?.reader.cancel().catch(() => {});
    } else if (m.type === 'rebuild') options.onRebuild();
    else if (m.type === 'memory') options.onMemory();
  });
}

function toRequest(m: RequestMessage): Request {
  const init: RequestInit = { method: m.method, headers: m.headers };
  if (m.body !== null && m.method !== 'GET' && m.method !== 'HEAD') init.body = m.body as Uint8Array<ArrayBuffer>; // structured-cloned: a plain ArrayBuffer
  return new Request(m.url, init);
}
