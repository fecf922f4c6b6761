// `npm start` with SIFT_WORKERS > 1: the primary bundles the UI and builds the index when stale, once, then forks the
// workers, which load that index and serve (src/server/workers.ts).
import { fingerprintCorpus } from '../pipeline/corpus-fingerprint';
import { readIndexHeader } from '../pipeline/index-store';
import { prepareIndex } from '../pipeline/prepare-index';
import { serveWithWorkers } from '../server/workers';
import { bundleWeb, isWebDistStale } from '../web-build';
import type { SiftConfig } from './config';
import { createProgressReporter } from './progress';

export async function startWorkerPrimary(config: SiftConfig, log: (line: string) => void): Promise<void> {
  // Until the workers exist, a stop signal has nothing to drain; index writes are atomic, so stopping mid-build is safe.
  const early = (signal: NodeJS.Signals) => {
    log(`${signal}: not serving yet; stopped`);
    process.exit(0);
  };
  process.on('SIGTERM', early);
  process.on('SIGINT', early);
  if (await isWebDistStale()) await bundleWeb();
  // The primary never loads the index (the workers do): it only checks the header, or builds and writes a fresh one.
  const header = await readIndexHeader(config.indexDir).catch(() => null);
  const { fingerprint } = await fingerprintCorpus(config.corpusDir);
  if (header === null || header.fingerprint !== fingerprint) {
    const built = await prepareIndex({ corpusDir: config.corpusDir, indexDir: config.indexDir, force: true, onProgress: createProgressReporter(), log });
    log(`built index: ${built.header.paragraphs} paragraphs; each worker loads it`);
  }
  process.off('SIGTERM', early);
  process.off('SIGINT', early);
  serveWithWorkers({ count: config.workers, log, exit: (code) => process.exit(code) });
}
