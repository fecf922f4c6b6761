// Segments and extracts documents on worker threads (one per core), returning results in corpus order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IndexedDocument, SkippedFile, SourceDocument } from '../types';
import type { ExtractBatch, ExtractBatchResult } from './extract-worker';

export interface ExtractPoolOptions {
  /** Worker threads; defaults to the number of cores. */
  workers: number;
  /** Documents per message: large enough to amortise messaging, small enough to balance the workers. */
  batchDocuments: number;
  /** Batches queued per worker so none waits for its next one. */
  inFlightPerWorker: number;
  /** Called as batches complete (documents done so far). */
  onProgress?: (done: number) => void;
}

export const defaultExtractPoolOptions: ExtractPoolOptions = {
  workers: Math.max(1, availableParallelism()),
  batchDocuments: 16,
  inFlightPerWorker: 2,
};

const BOOTSTRAP = new URL('./worker-bootstrap.mjs', import.meta.url);
const ENTRY = new URL('./extract-worker.ts', import.meta.url).href;

/**
 * Runs segmentation + extraction of every source on worker threads. Each worker loads its own
 * extractor (gazetteer, NLP) once; the main thread stays free to serve or to index meanwhile.
 * Rejects on the first worker failure, after stopping every worker.
 */
export async function extractInWorkers(
  sources: readonly SourceDocument[],
  options: Partial<ExtractPoolOptions> = {},
): Promise<(IndexedDocument | SkippedFile)[]> {
  const opts: ExtractPoolOptions = { ...defaultExtractPoolOptions, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  const batches: SourceDocument[][] = [];
  for (let i = 0; i < sources.length; i += opts.batchDocuments) batches.push(sources.slice(i, i + opts.batchDocuments));
  const results: (IndexedDocument | SkippedFile)[][] = new Array(batches.length);
  const workerCount = Math.max(1, Math.min(opts.workers, batches.length));
  const workers: Worker[] = [];
  let next = 0;
  let finished = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      if (batches.length === 0) {
        resolve();
        return;
      }
      const send = (worker: Worker): void => {
        if (next >= batches.length) return;
        const seq = next++;
        worker.postMessage({ seq, sources: batches[seq]! } satisfies ExtractBatch);
      };
      for (let w = 0; w < workerCount; w++) {
        const worker = new Worker(BOOTSTRAP, { workerData: { entry: ENTRY } });
        workers.push(worker);
        worker.on('message', (message: ExtractBatchResult) => {
          if (message.error !== undefined) {
            reject(new Error(`extraction failed in a worker: ${message.error}`));
            return;
          }
          results[message.seq] = message.results;
          done += batches[message.seq]!.length;
          finished++;
          opts.onProgress?.(done);
          if (finished === batches.length) resolve();
          else send(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (finished < batches.length) reject(new Error(`an extraction worker exited early (code ${code})`));
        });
        for (let k = 0; k < opts.inFlightPerWorker; k++) send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}
