// Worker thread: segments and extracts batches of source documents sent by extract-pool.ts.
import { parentPort } from 'node:worker_threads';
import { segmentDocument } from '../ingest';
import { createExtractor } from '../extract';
import type { IndexedDocument, SkippedFile, SourceDocument } from '../types';
import { skippedWithoutBody, toIndexedDocument } from './index-document';

export interface ExtractBatch {
  seq: number;
  sources: SourceDocument[];
}

export interface ExtractBatchResult {
  seq: number;
  results: (IndexedDocument | SkippedFile)[];
  error?: string;
}

const port = parentPort;
if (port !== null) {
  const extractor = createExtractor();
  port.on('message', (batch: ExtractBatch) => {
    try {
      const results = batch.sources.map((source): IndexedDocument | SkippedFile => {
        const segmented = segmentDocument(source);
        if (segmented.paragraphs.length === 0) return skippedWithoutBody(source);
        return toIndexedDocument(segmented, extractor);
      });
      port.postMessage({ seq: batch.seq, results } satisfies ExtractBatchResult);
    } catch (err) {
      port.postMessage({ seq: batch.seq, results: [], error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies ExtractBatchResult);
    }
  });
}
