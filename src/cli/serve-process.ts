// One serving process: `npm start` alone, or each worker of SIFT_WORKERS > 1. Loads (or builds) the index, serves the API
// and UI, applies corpus changes while serving.
import path from 'node:path';
import { createEmbeddedBackend } from '../backend/embedded';
import { serveFromCluster } from '../backend/sphinxql/serve';
import { createExtractor } from '../extract';
import { snapshotCorpus } from '../pipeline/apply-corpus-changes';
import { createEntityLocator, createEntityResolver } from '../pipeline/entity-resolver';
import { prepareIndex } from '../pipeline/prepare-index';
import { createApp } from '../server/app';
import { watchCorpus } from '../server/corpus-watcher';
import type { CorpusWatcher } from '../server/corpus-watcher';
import { createLiveEngine } from '../server/live-engine';
import { startServer } from '../server/main';
import { mountPages } from '../server/pages';
import type { SignalHandlers } from '../server/signals';
import { bundleWeb, isWebDistStale } from '../web-build';
import { defaultBundleWebOptions } from '../web-build/bundle-web';
import { readConfig } from './config';
import { createProgressReporter } from './progress';

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
  const started = performance.now();
  const resolver = createEntityResolver();
  // Taken before the index is read or built: a file changed meanwhile is applied once serving starts.
  const initial = await snapshotCorpus(config.corpusDir);
  const prepared = await prepareIndex({
    corpusDir: config.corpusDir,
    indexDir: config.indexDir,
    onProgress: createProgressReporter(),
    log,
    resolver,
  });
  const { header } = prepared;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `${prepared.rebuilt ? 'built' : 'loaded'} index: ${header.documents} documents, ${header.paragraphs} paragraphs` +
      `${prepared.rebuilt ? `, ${prepared.skipped.length} files skipped` : ''} in ${seconds} s`,
  );
  if (!prepared.rebuilt) prepared.engine.setUpdatedAt(header.builtAt);
  let watcher: CorpusWatcher | null = null;
  const live = createLiveEngine(prepared.engine, {
    build: async () => {
      const snapshot = await watcher?.snapshot();
      try {
        return (await prepareIndex({ corpusDir: config.corpusDir, indexDir: config.indexDir, force: true, log, resolver })).engine;
      } finally {
        // Changes applied to the old engine during the build, or made after the build read the corpus, go to the new one.
        if (snapshot !== undefined) watcher?.rebuilt(snapshot);
      }
    },
    log,
  });
  const app = createApp(createEmbeddedBackend(live.current), {
    savedSearchesFile: path.join(config.indexDir, 'saved-searches.json'),
    mountPages: (a) => mountPages(a, { distDir }),
    locateEntities: createEntityLocator(resolver),
  });
  signals.rebuildWith(() => void live.rebuild());
  const server = await startServer(app, { port: config.port, host: config.host, drainMs: config.drainMs, token, log });
  signals.serve(server);
  log(`Sift is serving ${config.corpusDir} on ${server.url}`);
  watcher = watchCorpus({
    corpusDir: config.corpusDir,
    engine: live.current,
    compact: () => live.rebuild(),
    createExtractor: () => createExtractor(),
    log,
    initial,
  });
  await watcher.ready;
  log(`watching ${config.corpusDir}: added, changed and deleted files are applied while serving`);
}

