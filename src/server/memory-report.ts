// Logs the server's memory on SIGUSR2 (after a full GC when node runs with --expose-gc): how the load test tells a leak
// from GC timing, and how much of a server is index arrays (array buffers) against JS objects (heap).

export interface MemoryReading {
  heapUsedMiB: number;
  /** Memory of ArrayBuffers and SharedArrayBuffers this isolate holds (the index's typed-array sections, I/O buffers). */
  arrayBuffersMiB: number;
  rssMiB: number;
  /** True when a full garbage collection ran first, so heapUsedMiB is live data only. */
  afterGc: boolean;
}

const MiB = 1024 * 1024;
const round = (bytes: number) => Math.round((bytes / MiB) * 10) / 10;

export function readMemory(): MemoryReading {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const { heapUsed, arrayBuffers, rss } = process.memoryUsage();
  return { heapUsedMiB: round(heapUsed), arrayBuffersMiB: round(arrayBuffers), rssMiB: round(rss), afterGc: gc !== undefined };
}

export function formatMemory(m: MemoryReading): string {
  return `memory: heap ${m.heapUsedMiB} MiB${m.afterGc ? ' after GC' : ''}, array buffers ${m.arrayBuffersMiB} MiB, rss ${m.rssMiB} MiB`;
}

/** Installs the SIGUSR2 handler; returns a function removing it. */
export function reportMemoryOnSignal(log: (line: string) => void, signal: NodeJS.Signals = 'SIGUSR2'): () => void {
  const handler = () => log(formatMemory(readMemory()));
  process.on(signal, handler);
  return () => process.off(signal, handler);
}
