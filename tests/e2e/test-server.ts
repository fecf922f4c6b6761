// Starts the real app (engine over tests/fixtures/e2e-corpus, API, built UI) on 127.0.0.1 and a free port, for the browser tests.
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { buildEngineFromCorpus } from '../../src/pipeline/build-engine';
import { createEntityLocator, createEntityResolver } from '../../src/pipeline/entity-resolver';
import { createApp } from '../../src/server/app';
import { mountPages } from '../../src/server/pages';
import { bundleWeb } from '../../src/web-build/bundle-web';

export const E2E_CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/e2e-corpus');

export interface TestServer {
  baseUrl: string;
  gzipBytes: number;
  close: () => Promise<void>;
}

/** Serves `corpusDir` (the e2e corpus by default). */
export async function startTestServer(corpusDir: string = E2E_CORPUS): Promise<TestServer> {
  const { files, gzipBytes } = await bundleWeb();
  const distDir = path.dirname(files[0] ?? '');
  const { engine } = await buildEngineFromCorpus(corpusDir);
  const savedDir = await mkdtemp(path.join(tmpdir(), 'sift-e2e-saved-'));
  const app = createApp(engine, { mountPages: (a) => void mountPages(a, { distDir }), locateEntities: createEntityLocator(createEntityResolver()), savedSearchesFile: path.join(savedDir, 'saved-searches.json') });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  if (!server.listening) await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    gzipBytes,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
