// The engine a running server answers with, replaced whole by a background rebuild (SIGHUP) without failing a request.
import type { SearchEngine } from '../types';

export interface LiveEngine<E extends SearchEngine = SearchEngine> {
  /** The engine to answer the current request with (pass this getter to createApp). */
  current(): E;
  /** Replaces the engine; requests already running finish on the one they started with. */
  swap(next: E): void;
  /**
   * Builds a new engine in the background and swaps it in. The old engine keeps answering meanwhile;
   * a failed build is logged and changes nothing. Calls during a rebuild queue one more rebuild.
   */
  rebuild(): Promise<RebuildOutcome>;
}

export type RebuildOutcome = { ok: true } | { ok: false; reason: string };

export interface LiveEngineOptions<E extends SearchEngine> {
  build: () => Promise<E>;
  log: (line: string) => void;
}

export function createLiveEngine<E extends SearchEngine>(initial: E, options: LiveEngineOptions<E>): LiveEngine<E> {
  let engine = initial;
  let running: Promise<RebuildOutcome> | null = null;
  let queued: Promise<RebuildOutcome> | null = null;

  async function runOnce(): Promise<RebuildOutcome> {
    try {
      const next = await options.build();
      engine = next;
      const { documents, paragraphs } = next.stats();
      options.log(`rebuilt: now serving ${documents} documents, ${paragraphs} paragraphs`);
      return { ok: true };
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      options.log(`rebuild failed, still serving the previous index: ${reason}`);
      return { ok: false, reason };
    }
  }

  function rebuild(): Promise<RebuildOutcome> {
    if (running === null) {
      running = runOnce().finally(() => {
        running = null;
      });
      return running;
    }
    // A change seen during a build may have been missed by it: build once more afterwards.
    queued ??= running.then(() => {
      queued = null;
      return rebuild();
    });
    return queued;
  }

  return {
    current: () => engine,
    swap: (next) => {
      engine = next;
    },
    rebuild,
  };
}

/** Rebuilds `live` whenever the process receives `signal`; returns a function removing the handler. */
export function rebuildOnSignal(live: LiveEngine, log: (line: string) => void, signal: NodeJS.Signals = 'SIGHUP'): () => void {
  const handler = () => {
    log(`${signal}: rebuilding the index in the background`);
    void live.rebuild();
  };
  process.on(signal, handler);
  return () => process.off(signal, handler);
}
