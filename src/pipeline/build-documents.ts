// Corpus folder → faceted documents: ingest, segment, extract, assign anchors (on worker threads for large corpora).
import { readCorpus, segmentDocument } from '../ingest';
import { createExtractor } from '../extract';
import type { Extractor } from '../extract';
import type { IndexedDocument, SkippedFile, SourceDocument } from '../types';
import { extractInWorkers } from './extract-pool';
import { skippedWithoutBody, toIndexedDocument } from './index-document';

export interface BuildProgress {
  phase: 'read' | 'extract';
  done: number;
  total: number;
}

export interface BuildDocumentsOptions {
  onProgress?: (progress: BuildProgress) => void;
  /** Reused when given, so one gazetteer load serves several builds (extraction then stays on this thread). */
  extractor?: Extractor;
  /**
   * Corpora with at least this many documents are extracted on worker threads (one per core);
   * smaller ones in this thread, where starting workers (each loading the gazetteer) would cost more than it saves.
   */
  minDocumentsForWorkers?: number;
  /** Worker threads for large corpora (default: one per core). */
  workers?: number;
  /** Documents per message to a worker (default 16). */
  batchDocuments?: number;
  /**
   * Receives the documents in corpus order, a run at a time, as soon as they are extracted, so an index can be
   * built while extraction goes on. When set, `BuiltCorpus.documents` comes back empty: the callback holds the only
   * reference, and a consumer that copies what it needs lets the rest be collected.
   */
  onDocuments?: (documents: IndexedDocument[]) => void;
  /** Called once the corpus is read, before extraction: its size, to presize what `onDocuments` feeds. */
  onRead?: (corpus: CorpusSize) => void;
}

export interface CorpusSize {
  documents: number;
  /** Characters of the documents' texts (an upper bound of their paragraphs' characters). */
  characters: number;
}

export interface BuiltCorpus {
  documents: IndexedDocument[];
  skipped: SkippedFile[];
}

const DEFAULT_MIN_DOCUMENTS_FOR_WORKERS = 300;
const YIELD_EVERY_MS = 20;

export async function buildDocuments(corpusDir: string, options: BuildDocumentsOptions = {}): Promise<BuiltCorpus> {
  const { documents: sources, skipped } = await readCorpus(corpusDir);
  options.onProgress?.({ phase: 'read', done: sources.length, total: sources.length });
  if (options.onRead) options.onRead({ documents: sources.length, characters: sources.reduce((sum, s) => sum + s.text.length, 0) });
  const documents: IndexedDocument[] = [];
  const sink = options.onDocuments;
  const collect = (results: readonly (IndexedDocument | SkippedFile)[]): void => {
    const run: IndexedDocument[] = [];
    for (const r of results) {
      if ('paragraphs' in r) run.push(r);
      else skipped.push(r);
    }
    if (sink) {
      if (run.length > 0) sink(run);
    } else {
      for (const d of run) documents.push(d);
    }
  };
  const threshold = options.minDocumentsForWorkers ?? DEFAULT_MIN_DOCUMENTS_FOR_WORKERS;
  const useWorkers = options.extractor === undefined && sources.length >= threshold && (options.workers ?? 2) > 0;
  let pooled = false;
  const readSkipped = skipped.length;
  if (useWorkers) {
    let started = false;
    try {
      const results = await extractInWorkers(sources, {
        workers: options.workers,
        batchDocuments: options.batchDocuments,
        onProgress: (done) => options.onProgress?.({ phase: 'extract', done, total: sources.length }),
        onResults: (run) => {
          started = true;
          collect(run);
        },
      });
      collect(results);
      pooled = true;
    } catch (err) {
      // Documents already handed to the consumer cannot be taken back: a failure after that is the build's.
      if (started && sink) throw err;
      // Workers unavailable (no tsx loader, thread limits) or failing: this thread gives the same result, slower.
      skipped.length = readSkipped;
      documents.length = 0;
    }
  }
  if (!pooled) await extractInThread(sources, options, collect);
  return { documents, skipped };
}

async function extractInThread(
  sources: readonly SourceDocument[],
  options: BuildDocumentsOptions,
  collect: (results: readonly (IndexedDocument | SkippedFile)[]) => void,
): Promise<void> {
  const extractor = options.extractor ?? createExtractor();
  let pending: (IndexedDocument | SkippedFile)[] = [];
  let lastYield = performance.now();
  for (const [i, source] of sources.entries()) {
    // Extraction is CPU-bound: let a server rebuilding in the background keep answering meanwhile.
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      collect(pending);
      pending = [];
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
    const segmented = segmentDocument(source);
    pending.push(segmented.paragraphs.length === 0 ? skippedWithoutBody(source) : toIndexedDocument(segmented, extractor));
    if (i % 50 === 49 || i === sources.length - 1) {
      options.onProgress?.({ phase: 'extract', done: i + 1, total: sources.length });
    }
  }
  collect(pending);
}
