// Serving on every core as processes (SIFT_WORKER_MODE=processes): the primary process prepares the index once, then
// forks workers (node:cluster) that each load it and listen on the same port; the primary only hands connections out
// and passes signals on. Each worker holds its own copy of the index; the default, worker threads sharing one copy,
// is src/server/threads (README, Throughput, uncached, has both measured).
import cluster from 'node:cluster';
import type { Worker } from 'node:cluster';

export interface WorkerPoolOptions {
  count: number;
  log: (line: string) => void;
  exit: (code: number) => void;
}

/** True in a process forked by `serveWithWorkers` (it serves like a single-process `npm start`). */
export function isServingWorker(): boolean {
  return cluster.isWorker;
}

/**
 * Signals the primary passes on to every worker: stop (each drains its own requests), rebuild, memory report.
 * SIGINT is not passed on: Ctrl-C reaches the whole process group already, and a second one makes a worker quit at once.
 */
const FORWARDED: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGUSR2'];

/**
 * Forks `count` workers running this same entry point; a worker that dies while serving is replaced. On SIGTERM or
 * SIGINT the workers drain and the primary exits once they all have (with 1 if any failed to stop cleanly).
 */
export function serveWithWorkers(options: WorkerPoolOptions): void {
  const { count, log, exit } = options;
  let stopping = false;
  let failed = false;
  const fork = (): Worker => cluster.fork();
  for (let i = 0; i < count; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (!stopping) {
      log(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
      fork();
      return;
    }
    if (code !== 0 && signal === null) failed = true;
    if (Object.keys(cluster.workers ?? {}).length === 0) exit(failed ? 1 : 0);
  });
  const stop = (signal: NodeJS.Signals): boolean => {
    if (stopping) return false;
    stopping = true;
    log(`${signal}: stopping ${Object.keys(cluster.workers ?? {}).length} workers`);
    return true;
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  for (const signal of FORWARDED) {
    process.on(signal, () => {
      if (signal === 'SIGTERM' && !stop(signal)) return;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
  }
  log(`serving with ${count} worker processes (SIFT_WORKERS)`);
}
