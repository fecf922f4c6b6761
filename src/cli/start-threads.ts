// `npm start` with SIFT_WORKERS > 1 (SIFT_WORKER_MODE=threads, the default): one process whose main thread reads the
// index file once into a SharedArrayBuffer and runs the HTTP server, and N worker threads that each build their engine
// over views of those bytes (the typed-array sections, most of a large index, are in memory once) and answer the
// requests the main thread hands them (src/server/threads). Why the main thread owns the port: Node 20 cannot share a
// listening socket between threads (no SO_REUSEPORT before 22.12, no handle passing to threads), and one server keeps
// drain, signals, access control and request limits exactly as a single process has them.
import { indexPath, readSharedIndexFile } from '../pipeline/index-store';
import { startServer } from '../server/main';
import { reportMemoryOnSignal } from '../server/memory-report';
import { defaultRequestLimits } from '../server/request-limits';
import { installSignalHandlers } from '../server/signals';
import { createThreadPool } from '../server/threads/thread-pool';
import type { SiftConfig } from './config';
import { ensureFreshIndex } from './start-workers';

const BOOTSTRAP = new URL('../pipeline/worker-bootstrap.mjs', import.meta.url);
const ENTRY = new URL('./serve-thread.ts', import.meta.url).href;

/** What start-threads hands each serving thread (workerData). */
export interface ServeThreadData {
  /** The whole index file, verified. */
  index: SharedArrayBuffer;
  indexFile: string;
  thread: number;
}

export async function startThreadPrimary(config: SiftConfig, token: string | null, log: (line: string) => void): Promise<void> {
  await ensureFreshIndex(config, log);
  // From here a stop signal drains the server once it exists (before that: nothing in flight, exit at once).
  const signals = installSignalHandlers({ log, exit: (code) => process.exit(code) });
  const started = performance.now();
  const { header, bytes } = await readSharedIndexFile(config.indexDir);
  const data: Omit<ServeThreadData, 'thread'> = { index: bytes, indexFile: indexPath(config.indexDir) };
  const pool = createThreadPool({
    count: config.workers,
    entry: ENTRY,
    bootstrap: BOOTSTRAP,
    data,
    maxBodyBytes: defaultRequestLimits.maxBodyBytes,
    log,
  });
  reportMemoryOnSignal((line) => log(`${line} (main thread)`));
  process.on('SIGUSR2', () => pool.broadcast({ type: 'memory' }));
  await pool.ready;
  signals.rebuildWith(() => pool.broadcast({ type: 'rebuild' }));
  const server = await startServer({ fetch: (request: Request) => pool.fetch(request) }, {
    port: config.port,
    host: config.host,
    drainMs: config.drainMs,
    token,
    log,
  });
  signals.serve(server);
  const mb = Math.round(bytes.byteLength / 1024 / 1024);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`serving with ${config.workers} worker threads (SIFT_WORKERS) sharing one ${mb} MB index (${header.paragraphs} paragraphs), ready in ${seconds} s`);
  log(`Sift is serving ${config.corpusDir} on ${server.url}`);
}
