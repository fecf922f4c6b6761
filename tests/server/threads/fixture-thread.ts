// A serving thread for the thread-pool tests: a tiny app over the real bridge (answer-requests.ts), no index.
import { parentPort, workerData } from 'node:worker_threads';
import { answerRequests } from '../../../src/server/threads/answer-requests';
import type { ThreadPort } from '../../../src/server/threads/answer-requests';

const port = parentPort as unknown as ThreadPort;
const thread = String((workerData as { thread: number }).thread);
let cancelled = 0;
let rebuilds = 0;

async function app(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const headers = { 'x-thread': thread };
  switch (url.pathname) {
    case '/wait':
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms'))));
      return new Response(`thread ${thread}`, { headers });
    case '/stream': {
      let sent = 0;
      const parts = ['alpha,', 'bravo,', 'charlie'];
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(new TextEncoder().encode(parts[sent++]));
          if (sent === parts.length && url.searchParams.get('endless') === null) controller.close();
          if (sent === parts.length) sent = 0;
        },
        cancel() {
          cancelled++;
        },
      });
      return new Response(body, { headers: { ...headers, 'content-type': 'text/plain' } });
    }
    case '/stats':
      return Response.json({ cancelled, rebuilds }, { headers });
    case '/echo':
      return new Response(`${request.method} ${request.headers.get('x-note')} ${await request.text()}`, { status: 201, headers });
    case '/empty':
      return new Response(null, { status: 204, headers });
    case '/crash':
      process.exit(3);
    default:
      throw new Error(`no route ${url.pathname}`);
  }
}

answerRequests(port, { fetch: app, onRebuild: () => rebuilds++, onMemory: () => {} });
port.postMessage({ type: 'ready' });
