// Watches CORPUS_DIR while serving and applies added, changed and deleted files to the live engine within seconds; compacts by rebuilding when the delta grows.
import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import type { Extractor } from '../extract';
import { affectedFiles, collectCorpusChanges, diffSnapshots, findDocumentOwners, scanCorpus, snapshotCorpus } from '../pipeline/apply-corpus-changes';
import type { CorpusSnapshot, DocumentOwners } from '../pipeline/apply-corpus-changes';
import type { SiftEngine } from '../search/engine';

export interface CorpusWatcherOptions {
  corpusDir: string;
  /** The engine serving now (changes are applied to it in place). */
  engine: () => SiftEngine;
  /** Rebuilds the main segment in the background and swaps it in (LiveEngine.rebuild); used for compaction. */
  compact: () => Promise<unknown>;
  createExtractor: () => Extractor;
  log: (line: string) => void;
  /** The corpus state the serving engine was built from (taken before the build started). */
  initial: CorpusSnapshot;
  /** Quiet time after the last file event before the corpus is compared (a file being written settles). */
  debounceMs: number;
  /** Compare the corpus this often even without events (0 = only on events; used when fs.watch is unavailable). */
  pollMs: number;
  /** Compaction starts when paragraphs outside the main segment (delta + tombstoned) exceed this share of those served… */
  compactRatio: number;
  /** …but never below this many paragraphs (small corpora would otherwise rebuild on every change)… */
  compactMinParagraphs: number;
  /** …and always past this many. */
  compactMaxParagraphs: number;
  /** Extraction yields to the event loop this often, so requests keep being answered during an update. */
  yieldEveryMs: number;
}

export const defaultCorpusWatcherOptions = {
  debounceMs: 400,
  pollMs: 0,
  compactRatio: 0.05,
  compactMinParagraphs: 1000,
  compactMaxParagraphs: 20_000,
  yieldEveryMs: 20,
};

export interface CorpusWatcher {
  /** Resolves when the baseline is known and the folder is watched. */
  ready: Promise<void>;
  /** The corpus as it is now, to be passed to `rebuilt` once a rebuild that starts now has been swapped in. */
  snapshot(): Promise<CorpusSnapshot>;
  /** A rebuild read the corpus as of `snapshot`: changes since then are applied again to the engine it produced. */
  rebuilt(snapshot: CorpusSnapshot): void;
  /** Compares the corpus now (without waiting for a file event) and resolves when the changes found are applied. */
  refresh(): Promise<void>;
  /** Resolves when every change noticed so far has been applied. */
  settled(): Promise<void>;
  close(): void;
}

type Options = Pick<CorpusWatcherOptions, 'corpusDir' | 'engine' | 'compact' | 'createExtractor' | 'log' | 'initial'> &
  Partial<typeof defaultCorpusWatcherOptions>;

export function watchCorpus(options: Options): CorpusWatcher {
  const o = { ...defaultCorpusWatcherOptions, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as CorpusWatcherOptions;
  let known: CorpusSnapshot = o.initial;
  let owners: DocumentOwners | null = null;
  let resetTo: CorpusSnapshot | null = null;
  let extractor: Extractor | null = null;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let compacting = false;
  let closed = false;
  let watcher: FSWatcher | null = null;
  let poller: NodeJS.Timeout | null = null;
  /** Files the walker leaves out (links leading outside the corpus, …), each reported once while it stays so. */
  let walkSkips = new Set<string>();

  const serves = (id: string): boolean => o.engine().getDocument(id) !== undefined;

  async function scan(): Promise<void> {
    if (resetTo !== null) {
      known = resetTo;
      resetTo = null;
      owners = null;
    }
    owners ??= await findDocumentOwners(o.corpusDir, known, serves);
    const { snapshot: now, skipped: outside } = await scanCorpus(o.corpusDir);
    const seen = new Set<string>();
    for (const s of outside) {
      const key = `${s.file}\t${s.reason}`;
      seen.add(key);
      if (!walkSkips.has(key)) o.log(`skipped ${s.file}: ${s.reason}`);
    }
    walkSkips = seen;
    const diff = diffSnapshots(known, now);
    const files = affectedFiles(diff, new Set([...known.keys(), ...now.keys()]));
    if (files.length === 0) {
      known = now;
      return;
    }
    extractor ??= o.createExtractor();
    const started = performance.now();
    const { changes, skipped } = await collectCorpusChanges(o.corpusDir, files, now, owners, { extractor, yieldEveryMs: o.yieldEveryMs });
    for (const s of skipped) o.log(`skipped ${s.file}: ${s.reason}`);
    if (resetTo !== null) return; // a rebuild was swapped in meanwhile: the next pass starts from its snapshot
    const engine = o.engine();
    engine.applyChanges(changes);
    known = now;
    const { documents, paragraphs } = engine.stats();
    o.log(
      `corpus changed (${diff.added.length} added, ${diff.changed.length} changed, ${diff.deleted.length} deleted): ` +
        `${changes.upsert.length} documents updated, ${changes.remove.length} removed in ${Math.round(performance.now() - started)} ms; ` +
        `now serving ${documents} documents, ${paragraphs} paragraphs`,
    );
    maybeCompact(engine);
  }

  function maybeCompact(engine: SiftEngine): void {
    const delta = engine.deltaStats();
    const outside = delta.paragraphs + delta.tombstoned;
    const threshold = Math.min(o.compactMaxParagraphs, Math.max(o.compactMinParagraphs, o.compactRatio * engine.stats().paragraphs));
    if (compacting || outside <= threshold) return;
    compacting = true;
    o.log(`${outside} paragraphs outside the main index: rebuilding it in the background`);
    void o.compact().finally(() => {
      compacting = false;
    });
  }

  function run(): Promise<void> {
    if (running !== null) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await scan();
        } catch (err) {
          o.log(`corpus update failed, still serving the previous state: ${err instanceof Error ? err.message : String(err)}`);
        }
      } while (again && !closed);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  function trigger(): void {
    if (closed) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, o.debounceMs);
  }

  function startPolling(ms: number): void {
    poller = setInterval(trigger, ms);
    poller.unref();
  }

  const ready = (async () => {
    owners = await findDocumentOwners(o.corpusDir, known, serves);
    try {
      watcher = watch(o.corpusDir, { recursive: true }, trigger);
      watcher.on('error', (err) => {
        o.log(`watching ${o.corpusDir} failed (${err.message}); checking it every 2 s instead`);
        watcher?.close();
        watcher = null;
        if (poller === null) startPolling(2000);
      });
    } catch (err) {
      o.log(`cannot watch ${o.corpusDir} (${err instanceof Error ? err.message : String(err)}); checking it every 2 s instead`);
      startPolling(2000);
    }
    if (o.pollMs > 0 && poller === null) startPolling(o.pollMs);
    // Changes made while the index was being built or loaded.
    trigger();
  })();

  return {
    ready,
    snapshot: () => snapshotCorpus(o.corpusDir),
    rebuilt(snapshot) {
      resetTo = snapshot;
      trigger();
    },
    async refresh() {
      await ready;
      if (running !== null) await running;
      await run();
    },
    async settled() {
      await ready;
      while (timer !== null || running !== null) {
        if (running !== null) await running;
        else await new Promise((resolve) => setTimeout(resolve, o.debounceMs));
      }
    },
    close() {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      if (poller !== null) clearInterval(poller);
      watcher?.close();
    },
  };
}
