// Segments and extracts documents on worker threads (one per core), returning results in corpus order. Sources may
// come as a stream: they are pulled only as workers have room, so memory holds a bounded window of the corpus.
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
 * Rejects on the first worker failure (or a throwing `onResults`, or a failing source stream), after stopping every worker.
 */
export async function extractInWorkers(
  sources: Iterable<SourceDocument> | AsyncIterable<SourceDocument>,
  options: Partial<ExtractPoolOptions> = {},
): Promise<ExtractResult[]> {
  const opts: ExtractPoolOptions = { ...defaultExtractPoolOptions, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  const pool = new Pool(opts, sources);
  try {
    await pool.run();
  } finally {
    await pool.stop();
  }
  return pool.collected();
}

class Pool {
  private readonly iterator: AsyncIterator<SourceDocument> | Iterator<SourceDocument>;
  private readonly workers: { worker: Worker; inFlight: number }[] = [];
  /** Batches read ahead of the workers (filled by one reader at a time). */
  private readonly ready: SourceDocument[][] = [];
  /** Finished batches by sequence number, until every earlier one is done. */
  private readonly results = new Map<number, ExtractResult[]>();
  private readonly kept: ExtractResult[][] = [];
  private exhausted = false;
  private reading = false;
  private sent = 0;
  private completed = 0;
  private delivered = 0;
  private done = 0;
  private settle: { resolve: () => void; reject: (err: unknown) => void } | null = null;
  private failed = false;

  constructor(
    private readonly o: ExtractPoolOptions,
    sources: Iterable<SourceDocument> | AsyncIterable<SourceDocument>,
  ) {
    this.iterator = Symbol.asyncIterator in sources ? sources[Symbol.asyncIterator]() : (sources as Iterable<SourceDocument>)[Symbol.iterator]();
  }

  /** Batches sent but not yet handed on: bounds what waits behind a slow batch. */
  private get outstanding(): number {
    return this.sent - this.delivered;
  }

  private get maxOutstanding(): number {
    return this.o.workers * this.o.inFlightPerWorker * 2;
  }

  run(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.settle = { resolve, reject };
      this.read();
    });
  }

  private fail(err: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.settle?.reject(err);
  }

  /** Pulls the next batches from the sources while there is room; one read loop at a time. */
  private read(): void {
    if (this.reading || this.exhausted || this.failed) return;
    this.reading = true;
    void (async () => {
      while (!this.exhausted && !this.failed && this.ready.length < Math.max(2, this.o.workers) && this.outstanding + this.ready.length < this.maxOutstanding) {
        const batch: SourceDocument[] = [];
        while (batch.length < this.o.batchDocuments) {
          const step = await this.iterator.next();
          if (step.done === true) {
            this.exhausted = true;
            break;
          }
          batch.push(step.value);
        }
        if (batch.length > 0) this.ready.push(batch);
        this.startWorkers();
        this.feed();
      }
    })()
      .catch((err: unknown) => this.fail(err))
      .finally(() => {
        this.reading = false;
        this.finishIfDone();
      });
  }

  /** Workers start with the first batch, so an empty corpus starts none. */
  private startWorkers(): void {
    if (this.workers.length > 0 || this.ready.length === 0) return;
    for (let w = 0; w < this.o.workers; w++) {
      const slot = { worker: new Worker(BOOTSTRAP, { workerData: { entry: ENTRY } }), inFlight: 0 };
      this.workers.push(slot);
      slot.worker.on('message', (message: ExtractBatchResult) => this.receive(slot, message));
      slot.worker.on('error', (err) => this.fail(err));
      slot.worker.on('exit', (code) => {
        if (!this.finished()) this.fail(new Error(`an extraction worker exited early (code ${code})`));
      });
    }
  }

  /** Sends ready batches to workers with room, least loaded first. */
  private feed(): void {
    for (let round = 0; round < this.o.inFlightPerWorker; round++) {
      for (const slot of this.workers) {
        if (this.ready.length === 0 || this.outstanding >= this.maxOutstanding) return;
        if (slot.inFlight > round) continue;
        const sources = this.ready.shift()!;
        slot.inFlight++;
        slot.worker.postMessage({ seq: this.sent++, sources } satisfies ExtractBatch);
      }
    }
  }

  private receive(slot: { inFlight: number }, message: ExtractBatchResult): void {
    if (this.failed) return;
    if (message.error !== undefined) {
      this.fail(new Error(`extraction failed in a worker: ${message.error}`));
      return;
    }
    slot.inFlight--;
    this.completed++;
    this.done += message.results.length;
    this.results.set(message.seq, message.results);
    // Queue the worker's next batch before any indexing work here, so it never waits on this thread.
    this.feed();
    try {
      this.o.onProgress?.(this.done);
      this.deliver();
    } catch (err) {
      this.fail(err);
      return;
    }
    this.feed();
    this.read();
    this.finishIfDone();
  }

  /** Hands over every batch whose predecessors are all done, and lets go of it. */
  private deliver(): void {
    for (let run = this.results.get(this.delivered); run !== undefined; run = this.results.get(this.delivered)) {
      this.results.delete(this.delivered++);
      if (this.o.onResults) this.o.onResults(run);
      else this.kept.push(run);
    }
  }

  private finished(): boolean {
    return this.exhausted && !this.reading && this.ready.length === 0 && this.completed === this.sent;
  }

  private finishIfDone(): void {
    if (!this.failed && this.finished()) this.settle?.resolve();
  }

  async stop(): Promise<void> {
    const unread = !this.exhausted;
    this.exhausted = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    // After a failure, close the sources (a file stream) rather than leave them open until the process ends.
    if (unread) await Promise.resolve(this.iterator.return?.()).catch(() => {});
  }

  collected(): ExtractResult[] {
    return this.kept.flat();
  }
}
