// Logs the server's memory on SIGUSR2 (after a full GC when node runs with --expose-gc): how the load test tells a leak from GC timing.

export interface MemoryReading {
  heapUsedMiB: number;
  rssMiB: number;
  /** True when a full garbage collection ran first, so heapUsedMiB is live data only. */
  afterGc: boolean;
}

const MiB = 1024 * 1024;

export function readMemory(): MemoryReading {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsedMiB: Math.round((heapUsed / MiB) * 10) / 10, rssMiB: Math.round((rss / MiB) * 10) / 10, afterGc: gc !== undefined };
}

export function formatMemory(m: MemoryReading): string {
  return `memory: heap ${m.heapUsedMiB} MiB${m.afterGc ? ' after GC' : ''}, rss ${m.rssMiB} MiB`;
}

/** Installs the SIGUSR2 handler; returns a function removing it. */
export function reportMemoryOnSignal(log: (line: string) => void, signal: NodeJS.Signals = 'SIGUSR2'): () => void {
  const handler = () => log(formatMemory(readMemory()));
  process.on(signal, handler);
  return () => process.off(signal, handler);
}
