// `npm start` with SIFT_WORKERS > 1 and SIFT_WORKER_MODE=processes: the primary bundles the UI and has a stale index
// built once (`ensureFreshIndex`), then forks the workers, which load that index and serve (src/server/workers.ts).
// The primary imports neither the engine nor the extraction code and never holds an index, so it stays a small process
// beside the workers (a build in-process would have left it at the build's peak RSS).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fingerprintCorpus } from '../pipeline/corpus-fingerprint';
import { readIndexHeader } from '../pipeline/index-store';
import { serveWithWorkers } from '../server/workers';
import { bundleWeb, isWebDistStale } from '../web-build';
import type { SiftConfig } from './config';

const INDEX_CLI = fileURLToPath(new URL('./index-corpus.ts', import.meta.url));

/**
 * Bundles the UI when stale and, when the index is missing or stale, has it built by a child process
 * (`src/cli/index-corpus.ts`), so this process never holds a build's memory. A stop signal meanwhile stops both.
 */
export async function ensureFreshIndex(config: SiftConfig, log: (line: string) => void): Promise<void> {
  let building: ReturnType<typeof spawn> | null = null;
  // Until serving starts, a stop signal has nothing to drain; index writes are atomic, so stopping mid-build is safe.
  const early = (signal: NodeJS.Signals) => {
    building?.kill(signal);
    log(`${signal}: not serving yet; stopped`);
    process.exit(0);
  };
  process.on('SIGTERM', early);
  process.on('SIGINT', early);
  try {
    if (await isWebDistStale()) await bundleWeb();
    const header = await readIndexHeader(config.indexDir).catch(() => null);
    const { fingerprint } = await fingerprintCorpus(config.corpusDir);
    if (header !== null && header.fingerprint === fingerprint) return;
    // The same node and loader flags as this process (tsx), the embedded index whatever backend the workers use.
    building = spawn(process.execPath, [...process.execArgv, INDEX_CLI], {
      env: { ...process.env, SEARCH_BACKEND: 'embedded' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const code = await new Promise<number | null>((resolve) => building!.on('exit', (c) => resolve(c)));
    building = null;
    if (code !== 0) throw new Error(`building the index failed (exit ${code}); see the lines above`);
    const built = await readIndexHeader(config.indexDir);
    log(`built index: ${built?.paragraphs ?? 0} paragraphs`);
  } finally {
    process.off('SIGTERM', early);
    process.off('SIGINT', early);
  }
}

export async function startWorkerPrimary(config: SiftConfig, log: (line: string) => void): Promise<void> {
  await ensureFreshIndex(config, log);
  serveWithWorkers({ count: config.workers, log, exit: (code) => process.exit(code) });
}
