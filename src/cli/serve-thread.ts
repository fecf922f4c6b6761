// One serving thread of SIFT_WORKERS > 1 in thread mode (start-threads.ts): builds its engine over the shared index
// bytes, answers the requests the main thread hands it, applies corpus changes like a serving process.
import { parentPort, workerData } from 'node:worker_threads';
import { parseIndexBytes } from '../pipeline/index-store';
import { loadPreparedIndex } from '../pipeline/prepare-index';
import { formatMemory, readMemory } from '../server/memory-report';
import { answerRequests } from '../server/threads/answer-requests';
import type { ThreadPort } from '../server/threads/answer-requests';
import { defaultBundleWebOptions } from '../web-build/bundle-web';
import { readConfig } from './config';
import { prepareEmbeddedServing } from './serve-embedded';
import type { ServeThreadData } from './start-threads';

async function serveThread(port: ThreadPort, data: ServeThreadData): Promise<void> {
  const log = (line: string) => console.error(line);
  const serving = await prepareEmbeddedServing({
    config: readConfig(),
    distDir: defaultBundleWebOptions.outDir,
    log: (line) => log(`thread ${data.thread}: ${line}`),
    prepare: async (resolver) => {
      // The main thread verified the checksum; the sections stay views on the shared bytes.
      const { header, payload } = parseIndexBytes(data.indexFile, new Uint8Array(data.index), { verify: false });
      return loadPreparedIndex(header, payload, resolver);
    },
  });
  answerRequests(port, {
    fetch: (request) => serving.app.fetch(request),
    onRebuild: () => {
      log(`thread ${data.thread}: rebuilding the index in the background`);
      void serving.rebuild();
    },
    onMemory: () => log(`${formatMemory(readMemory())} (thread ${data.thread})`),
  });
  port.postMessage({ type: 'ready' });
  await serving.watch();
}

if (parentPort === null) throw new Error('serve-thread.ts runs as a worker thread of `npm start` (SIFT_WORKERS > 1)');
serveThread(parentPort as unknown as ThreadPort, workerData as ServeThreadData).catch((err: unknown) => {
  console.error(`sift: thread ${(workerData as ServeThreadData).thread}: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
