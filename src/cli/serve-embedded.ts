// The embedded engine behind one server's app: the index loaded (or built), the app over it, background rebuilds and
// the live corpus watcher. Shared by a serving process (serve-process.ts) and each serving thread (serve-thread.ts).
import path from 'node:path';
import type { Hono } from 'hono';
import { createEmbeddedBackend } from '../backend/embedded';
import { createExtractor } from '../extract';
import { snapshotCorpus } from '../pipeline/apply-corpus-changes';
import { createEntityLocator, createEntityResolver } from '../pipeline/entity-resolver';
import type { EntityResolver } from '../pipeline/entity-resolver';
import { prepareIndex } from '../pipeline/prepare-index';
import type { PreparedIndex } from '../pipeline/prepare-index';
import { createApp } from '../server/app';
import { watchCorpus } from '../server/corpus-watcher';
import type { CorpusWatcher } from '../server/corpus-watcher';
import { createLiveEngine } from '../server/live-engine';
import type { RebuildOutcome } from '../server/live-engine';
import { mountPages } from '../server/pages';
import type { SiftConfig } from './config';

export interface EmbeddedServingOptions {
  config: SiftConfig;
  distDir: string;
  log: (line: string) => void;
  /** Loads or builds the index the server starts with. */
  prepare: (resolver: EntityResolver) => Promise<PreparedIndex>;
}

export interface EmbeddedServing {
  app: Hono;
  /** Builds the index again in the background (SIGHUP) and swaps it in. */
  rebuild(): Promise<RebuildOutcome>;
  /** Starts applying corpus changes; resolves once the watcher has scanned the corpus. */
  watch(): Promise<void>;
}

export async function prepareEmbeddedServing(options: EmbeddedServingOptions): Promise<EmbeddedServing> {
  const { config, distDir, log } = options;
  const started = performance.now();
  const resolver = createEntityResolver();
  // Taken before the index is read or built: a file changed meanwhile is applied once serving starts.
  const initial = await snapshotCorpus(config.corpusDir);
  const prepared = await options.prepare(resolver);
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
  const watch = async () => {
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
  };
  return { app, rebuild: () => live.rebuild(), watch };
}
