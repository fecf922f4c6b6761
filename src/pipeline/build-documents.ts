// Corpus folder → faceted documents: ingest, segment, extract, assign anchors (on worker threads for large corpora).
// The corpus is streamed: records are read only as extraction has room for them, so a build holds a bounded window of
// the input, and with `onDocuments` nothing of the output either.
import { segmentDocument } from '../ingest';
import { resolveReadCorpusOptions } from '../ingest/read-corpus';
import { openCorpusStream } from '../ingest/stream-corpus';
import type { CorpusStream } from '../ingest/stream-corpus';
import { createExtractor } from '../extract';
import type { Extractor } from '../extract';
import type { IndexedDocument, SkippedFile, SourceDocument } from '../types';
import { extractInWorkers } from './extract-pool';
import { skippedWithoutBody, toIndexedDocument } from './index-document';

export interface BuildProgress {
  /** Documents read from the corpus so far (records, for JSON and JSON Lines). */
  records: number;
  /** Documents segmented and extracted so far (those found without a body included). */
  extracted: number;
  /** Paragraphs of the documents extracted so far. */
  paragraphs: number;
  /** Bytes of the corpus files read so far, and in all (metadata files not counted). */
  bytesRead: number;
  totalBytes: number;
  /** True on the last report: everything is read and extracted. */
  finished: boolean;
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
  /** Called once the corpus is listed, before anything is extracted: its size, to presize what `onDocuments` feeds. */
  onRead?: (corpus: CorpusSize) => void;
}

export interface CorpusSize {
  /** Bytes of the corpus files (an upper bound of their texts' characters for the text formats). */
  bytes: number;
}

export interface BuiltCorpus {
  documents: IndexedDocument[];
  skipped: SkippedFile[];
}

const DEFAULT_MIN_DOCUMENTS_FOR_WORKERS = 300;
const YIELD_EVERY_MS = 20;

type Collect = (results: readonly (IndexedDocument | SkippedFile)[]) => void;

export async function buildDocuments(corpusDir: string, options: BuildDocumentsOptions = {}): Promise<BuiltCorpus> {
  const readOptions = resolveReadCorpusOptions();
  let stream = await openCorpusStream(corpusDir, readOptions);
  options.onRead?.({ bytes: stream.totalBytes });
  const documents: IndexedDocument[] = [];
  // Reported as before streaming: the files' problems first, then the documents extraction found no body in.
  const readSkipped: SkippedFile[] = [];
  const skipped: SkippedFile[] = [];
  const counts = { records: 0, extracted: 0, paragraphs: 0 };
  const report = (finished: boolean): void =>
    options.onProgress?.({ ...counts, bytesRead: stream.bytesRead, totalBytes: stream.totalBytes, finished });
  const sink = options.onDocuments;
  const collect: Collect = (results) => {
    const run: IndexedDocument[] = [];
    for (const r of results) {
      counts.extracted++;
      if ('paragraphs' in r) {
        run.push(r);
        counts.paragraphs += r.paragraphs.length;
      } else skipped.push(r);
    }
    if (sink) {
      if (run.length > 0) sink(run);
    } else {
      for (const d of run) documents.push(d);
    }
  };
  // Skips found while reading go straight to the report; documents go on to extraction.
  const sourcesOf = (s: CorpusStream): AsyncIterable<SourceDocument> => ({
    async *[Symbol.asyncIterator]() {
      for await (const item of s.items) {
        if ('skipped' in item) readSkipped.push(item.skipped);
        else {
          counts.records++;
          yield item.document;
        }
      }
    },
  });

  const threshold = options.minDocumentsForWorkers ?? DEFAULT_MIN_DOCUMENTS_FOR_WORKERS;
  const poolable = options.extractor === undefined && (options.workers ?? 2) > 0;
  const sources = sourcesOf(stream)[Symbol.asyncIterator]();
  // The first documents decide: a corpus that ends before the threshold is extracted here.
  const head: SourceDocument[] = [];
  while (poolable && head.length < threshold) {
    const step = await sources.next();
    if (step.done === true) break;
    head.push(step.value);
  }
  if (poolable && head.length >= threshold) {
    let started = false;
    try {
      await extractInWorkers(prepend(head, sources), {
        workers: options.workers,
        batchDocuments: options.batchDocuments,
        onProgress: () => report(false),
        onResults: (run) => {
          started = true;
          collect(run);
        },
      });
    } catch (err) {
      // Documents already handed to the consumer cannot be taken back: a failure after that is the build's.
      if (started && sink) throw err;
      // Workers unavailable (no tsx loader, thread limits) or failing: this thread gives the same result, slower.
      readSkipped.length = 0;
      skipped.length = 0;
      documents.length = 0;
      Object.assign(counts, { records: 0, extracted: 0, paragraphs: 0 });
      stream = await openCorpusStream(corpusDir, readOptions);
      await extractInThread(sourcesOf(stream), options.extractor, collect, () => report(false));
    }
  } else {
    await extractInThread(prepend(head, sources), options.extractor, collect, () => report(false));
  }
  report(true);
  return { documents, skipped: [...readSkipped, ...skipped] };
}

/** `head`, then whatever `rest` still has. */
async function* prepend<T>(head: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  try {
    while (head.length > 0) yield head.shift()!;
    for (let step = await rest.next(); step.done !== true; step = await rest.next()) yield step.value;
  } finally {
    // A build that stops early closes what `rest` reads (a file stream).
    await rest.return?.();
  }
}

async function extractInThread(sources: AsyncIterable<SourceDocument>, given: Extractor | undefined, collect: Collect, progress: () => void): Promise<void> {
  const extractor = given ?? createExtractor();
  let pending: (IndexedDocument | SkippedFile)[] = [];
  let lastYield = performance.now();
  for await (const source of sources) {
    // Extraction is CPU-bound: let a server rebuilding in the background keep answering meanwhile.
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      collect(pending);
      pending = [];
      progress();
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
    const segmented = segmentDocument(source);
    pending.push(segmented.paragraphs.length === 0 ? skippedWithoutBody(source) : toIndexedDocument(segmented, extractor));
  }
  collect(pending);
}
