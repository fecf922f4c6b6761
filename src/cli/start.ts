// `npm start`: decides the access policy, then either serves in this process or, with SIFT_WORKERS > 1, serves from
// worker threads sharing one index (start-threads.ts) or becomes the primary that prepares the index and forks worker
// processes (start-workers.ts). Each role imports only its own modules: the main thread and the primary hold neither
// the engine nor the extraction code.
import { accessPolicy, isLoopback } from '../server/auth';
import { reportMemoryOnSignal } from '../server/memory-report';
import { installSignalHandlers } from '../server/signals';
import { isServingWorker } from '../server/workers';
import { readConfig } from './config';

async function main(): Promise<void> {
  const log = (line: string) => console.error(line);
  // Decided before anything is built: a server that must not start says so at once.
  const { host, token: given, allowOpen } = readConfig();
  const token = accessPolicy(host, given ?? undefined, allowOpen);
  if (token === null && !isLoopback(host) && !isServingWorker()) log(`warning: serving ${host} to anyone who can connect (SIFT_ALLOW_OPEN)`);
  const config = readConfig();
  if (!isServingWorker() && config.workers > 1 && config.workerMode === 'threads') {
    const { startThreadPrimary } = await import('./start-threads');
    return startThreadPrimary(config, token, log);
  }
  if (!isServingWorker() && config.workers > 1) {
    const { startWorkerPrimary } = await import('./start-workers');
    return startWorkerPrimary(config, log);
  }
  // Before the serving code loads (a second or two): a signal during start must find Sift's handler, not the default one.
  const signals = installSignalHandlers({ log, exit: (code) => process.exit(code) });
  reportMemoryOnSignal(log);
  const { serveProcess } = await import('./serve-process');
  return serveProcess({ token, signals, log });
}

main().catch((err: unknown) => {
  console.error(`sift: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
