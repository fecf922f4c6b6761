// One serving process: `npm start` alone, or each worker process of SIFT_WORKERS > 1. Loads (or builds) the index,
// serves the API and UI, applies corpus changes while serving. Worker threads share the embedded part (serve-embedded.ts).
import { serveFromCluster } from '../backend/sphinxql/serve';
import { prepareIndex } from '../pipeline/prepare-index';
import { startServer } from '../server/main';
import type { SignalHandlers } from '../server/signals';
import { bundleWeb, isWebDistStale } from '../web-build';
import { defaultBundleWebOptions } from '../web-build/bundle-web';
import { readConfig } from './config';
import { createProgressReporter } from './progress';
import { prepareEmbeddedServing } from './serve-embedded';

export interface ServeProcessOptions {
  /** The access policy start.ts decided (null: open). */
  token: string | null;
  /** Installed by start.ts before this module loaded. */
  signals: SignalHandlers;
  log: (line: string) => void;
}

/** Serves until a signal stops it. */
export async function serveProcess({ token, signals, log }: ServeProcessOptions): Promise<void> {
  const config = readConfig();
  if (await isWebDistStale()) {
    const { gzipBytes } = await bundleWeb();
    log(`bundled the web UI (${(gzipBytes / 1024).toFixed(1)} KB of JavaScript gzipped)`);
  }
  const distDir = defaultBundleWebOptions.outDir;
  if (config.backend === 'sphinxql') {
    return serveFromCluster({ ...config, distDir, log, signals, onExtractProgress: createProgressReporter() });
  }
  const serving = await prepareEmbeddedServing({
    config,
    distDir,
    log,
    prepare: (resolver) =>
      prepareIndex({ corpusDir: config.corpusDir, indexDir: config.indexDir, onProgress: createProgressReporter(), log, resolver }),
  });
  signals.rebuildWith(() => void serving.rebuild());
  const server = await startServer(serving.app, { port: config.port, host: config.host, drainMs: config.drainMs, token, log });
  signals.serve(server);
  log(`Sift is serving ${config.corpusDir} on ${server.url}`);
  await serving.watch();
}
