// Segments and extracts documents on worker threads (one per core), returning results in corpus order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IndexedDocument, SkippedFile, SourceDocument } from '../types';
import type { ExtractBatch, ExtractBatchResult } from './extract-worker';

export type ExtractResult = IndexedDocument | SkippedFile;

export interface ExtractPoolOptions {
  /** Worker threads; defaults to the number of cores. */
  workers: number;
  /** Documents per message: large enough to amortise messaging, small enough to balance the workers. */
  batchDocuments: number;
  /** Batches queued per worker so none waits for its next one. */
  inFlightPerWorker: number;
  /** Called as batches complete (documents done so far). */
  onProgress?: (done: number) => void;
  /**
   * Receives the results in corpus order, a run at a time, as soon as every earlier batch is done (to index
   * while extraction goes on). When set, results are handed over only here and the returned array is empty,
   * so the consumer holds the only reference.
   */
  onResults?: (results: ExtractResult[]) => void;
}

export const defaultExtractPoolOptions: ExtractPoolOptions = {
  workers: Math.max(1, availableParallelism()),
  batchDocuments: 16,
  inFlightPerWorker: 4,
};

const BOOTSTRAP = new URL('./worker-bootstrap.mjs', import.meta.url);
const ENTRY = new URL('./extract-worker.ts', import.meta.url).href;

/**
 * Runs segmentation + extraction of every source on worker threads. Each worker loads its own
 * extractor (gazetteer, NLP) once; the main thread stays free to serve or to index meanwhile.
 * Rejects on the first worker failure (or a throwing `onResults`), after stopping every worker.
 */
export async function extractInWorkers(sources: readonly SourceDocument[], options: Partial<ExtractPoolOptions> = {}): Promise<ExtractResult[]> {
  const opts: ExtractPoolOptions = { ...defaultExtractPoolOptions, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  const batchCount = Math.ceil(sources.length / opts.batchDocuments);
  const results: (ExtractResult[] | undefined)[] = new Array(batchCount);
  const workerCount = Math.max(1, Math.min(opts.workers, batchCount));
  const workers: Worker[] = [];
  let next = 0;
  let finished = 0;
  let delivered = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, rejectOnce) => {
      let failed = false;
      const reject = (err: unknown): void => {
        failed = true;
        rejectOnce(err);
      };
      if (batchCount === 0) {
        resolve();
        return;
      }
      const send = (worker: Worker): void => {
        if (next >= batchCount) return;
        const seq = next++;
        const start = seq * opts.batchDocuments;
        worker.postMessage({ seq, sources: sources.slice(start, start + opts.batchDocuments) } satisfies ExtractBatch);
      };
      // Hands over every batch whose predecessors are all done, and lets go of it.
      const deliver = (): void => {
        while (delivered < batchCount && results[delivered] !== undefined) {
          opts.onResults!(results[delivered]!);
          results[delivered++] = undefined;
        }
      };
      for (let w = 0; w < workerCount; w++) {
        const worker = new Worker(BOOTSTRAP, { workerData: { entry: ENTRY } });
        workers.push(worker);
        worker.on('message', (message: ExtractBatchResult) => {
          if (failed) return;
          if (message.error !== undefined) {
            reject(new Error(`extraction failed in a worker: ${message.error}`));
            return;
          }
          results[message.seq] = message.results;
          done += message.results.length;
          finished++;
          // Queue the worker's next batch before any indexing work here, so it never waits on this thread.
          if (finished < batchCount) send(worker);
          try {
            opts.onProgress?.(done);
            if (opts.onResults) deliver();
          } catch (err) {
            reject(err);
            return;
          }
          if (finished === batchCount) resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (finished < batchCount) reject(new Error(`an extraction worker exited early (code ${code})`));
        });
        for (let k = 0; k < opts.inFlightPerWorker; k++) send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return opts.onResults ? [] : (results as ExtractResult[][]).flat();
}
