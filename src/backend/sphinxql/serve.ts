// `npm start` and `npm run index` with SEARCH_BACKEND=sphinxql: index CORPUS_DIR into the shards (resumably), then serve
// the usual API and UI from the cluster, re-indexing changed files while serving.
import type { Hono } from 'hono';
import { diffSnapshots, snapshotCorpus } from '../../pipeline/apply-corpus-changes';
import type { CorpusSnapshot } from '../../pipeline/apply-corpus-changes';
import type { BuildProgress } from '../../pipeline/build-documents';
import { createEntityLocator, createEntityResolver, engineKnowledge } from '../../pipeline/entity-resolver';
import { createApp } from '../../server/app';
import { startServer } from '../../server/main';
import type { SignalHandlers } from '../../server/signals';
import { mountPages } from '../../server/pages';
import type { EntityResolver } from '../../pipeline/entity-resolver';
import { indexCorpusIntoShards } from './bulk-index';
import type { BulkIndexResult } from './bulk-index';
import { createSphinxqlBackend, sphinxqlAddresses } from './index';
import type { SphinxqlBackend } from './index';

export interface SphinxqlRunOptions {
  corpusDir: string;
  indexDir: string;
  log: (line: string) => void;
  onExtractProgress?: (p: BuildProgress) => void;
  resolver?: EntityResolver;
  env?: NodeJS.ProcessEnv;
}

/** Connects to the cluster named by SPHINXQL_URL / SPHINXQL_SHARDS with Sift's gazetteer knowledge. */
export async function connectSphinxql(o: SphinxqlRunOptions): Promise<{ backend: SphinxqlBackend; shards: string[] }> {
  const { url, shards } = sphinxqlAddresses(o.env);
  const backend = await createSphinxqlBackend({ url, shards, ...engineKnowledge(o.resolver ?? createEntityResolver()), log: o.log });
  return { backend, shards };
}

export async function indexIntoCluster(o: SphinxqlRunOptions, backend: SphinxqlBackend, shards: string[]): Promise<BulkIndexResult> {
  const started = performance.now();
  const result = await indexCorpusIntoShards({
    corpusDir: o.corpusDir,
    stateDir: o.indexDir,
    backend,
    shards,
    onProgress: o.log,
    onExtractProgress: o.onExtractProgress,
  });
  o.log(
    `sphinxql: ${result.documents} documents (${result.paragraphs} paragraphs): ${result.written} written, ${result.unchanged} unchanged, ` +
      `${result.removed} removed, ${result.skipped.length} files skipped in ${((performance.now() - started) / 1000).toFixed(1)} s` +
      (result.pending > 0 ? `; ${result.pending} documents wait for a shard that is down (rerun to write them)` : ''),
  );
  return result;
}

/**
 * Polls the corpus folder and re-runs the resumable indexer when files change: only changed documents are written,
 * vanished ones removed. (The embedded backend's watcher patches its in-process index instead.)
 */
export function watchCorpusIntoCluster(o: SphinxqlRunOptions, backend: SphinxqlBackend, shards: string[], initial: CorpusSnapshot, pollMs = 3000): () => void {
  let known = initial;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void (async () => {
      const now = await snapshotCorpus(o.corpusDir);
      const diff = diffSnapshots(known, now);
      if (diff.added.length + diff.changed.length + diff.deleted.length > 0) {
        await indexIntoCluster({ ...o, onExtractProgress: undefined }, backend, shards);
        known = now;
      }
    })()
      .catch((err: unknown) => o.log(`sphinxql: corpus update failed, will retry: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => (busy = false));
  }, pollMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Everything `npm start` does for the sphinxql backend up to the app: connect, index, watch. */
export async function prepareSphinxql(o: SphinxqlRunOptions, createApp: (backend: SphinxqlBackend) => Hono): Promise<{ app: Hono; backend: SphinxqlBackend; stop: () => void }> {
  const { backend, shards } = await connectSphinxql(o);
  const initial = await snapshotCorpus(o.corpusDir);
  await indexIntoCluster(o, backend, shards);
  const stop = watchCorpusIntoCluster(o, backend, shards, initial);
  return { app: createApp(backend), backend, stop };
}

export interface ServeClusterOptions extends SphinxqlRunOptions {
  port: number;
  host: string;
  drainMs?: number;
  /** The access token requests must carry (SIFT_TOKEN), or null. */
  token?: string | null;
  distDir: string;
  signals: SignalHandlers;
}

/** `npm start` with SEARCH_BACKEND=sphinxql: index CORPUS_DIR into the shards, serve the API and UI from the cluster. */
export async function serveFromCluster(o: ServeClusterOptions): Promise<void> {
  const resolver = o.resolver ?? createEntityResolver();
  const { app, backend, stop } = await prepareSphinxql({ ...o, resolver }, (b) =>
    createApp(b, { mountPages: (a) => mountPages(a, { distDir: o.distDir }), locateEntities: createEntityLocator(resolver) }),
  );
  const server = await startServer(app, { port: o.port, host: o.host, drainMs: o.drainMs, token: o.token ?? null, log: o.log });
  o.signals.serve({
    url: server.url,
    close: async () => {
      stop();
      const report = await server.close();
      await backend.close();
      return report;
    },
  });
  o.log(`Sift is serving ${o.corpusDir} from the SphinxQL cluster on ${server.url}`);
}

/** `npm run index` with SEARCH_BACKEND=sphinxql: resumable, with progress; waits briefly for shards that refused writes. */
export async function indexCorpusWithCluster(o: SphinxqlRunOptions): Promise<BulkIndexResult> {
  const { backend, shards } = await connectSphinxql(o);
  try {
    return await indexIntoCluster(o, backend, shards);
  } finally {
    await backend.close();
  }
}
