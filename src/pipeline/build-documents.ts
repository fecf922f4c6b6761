// Corpus folder → faceted documents: ingest, segment, extract, assign anchors.
import { readCorpus, segmentDocument } from '../ingest';
import { createExtractor } from '../extract';
import type { Extractor } from '../extract';
import type { IndexedDocument, SegmentedDocument, SkippedFile } from '../types';

export interface BuildProgress {
  phase: 'read' | 'extract';
  done: number;
  total: number;
}

export interface BuildDocumentsOptions {
  onProgress?: (progress: BuildProgress) => void;
  /** Reused when given, so one gazetteer load serves several builds. */
  extractor?: Extractor;
}

export interface BuiltCorpus {
  documents: IndexedDocument[];
  skipped: SkippedFile[];
}

const YIELD_EVERY_MS = 20;

export async function buildDocuments(corpusDir: string, options: BuildDocumentsOptions = {}): Promise<BuiltCorpus> {
  const { documents: sources, skipped } = await readCorpus(corpusDir);
  options.onProgress?.({ phase: 'read', done: sources.length, total: sources.length });
  const extractor = options.extractor ?? createExtractor();
  const documents: IndexedDocument[] = [];
  let lastYield = performance.now();
  for (const [i, source] of sources.entries()) {
    // Extraction is CPU-bound: let a server rebuilding in the background keep answering meanwhile.
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
    const segmented = segmentDocument(source);
    if (segmented.paragraphs.length === 0) {
      skipped.push({ file: source.file, reason: 'no article body found (only chrome or metadata lines)' });
    } else {
      documents.push(toIndexedDocument(segmented, extractor));
    }
    if (i % 50 === 49 || i === sources.length - 1) {
      options.onProgress?.({ phase: 'extract', done: i + 1, total: sources.length });
    }
  }
  return { documents, skipped };
}

export function toIndexedDocument(segmented: SegmentedDocument, extractor: Extractor): IndexedDocument {
  const facets = extractor.extractDocument(segmented.meta, segmented.paragraphs);
  return {
    ...segmented.meta,
    paragraphs: segmented.paragraphs.map((text, i) => {
      const f = facets[i] ?? { speaker: null, actors: [], locations: [], groups: [], dates: [] };
      return { anchor: `p-${i + 1}`, text, ...f };
    }),
  };
}
