// Corpus folder → in-memory engine, nothing persisted: extraction in workers overlapped with indexing.
import { createSearchEngineBuilder } from '../search/engine';
import type { EngineOptions, SearchEngineBuilder, SiftEngine } from '../search/engine';
import type { IndexedDocument, SkippedFile } from '../types';
import { buildDocuments } from './build-documents';
import type { BuildDocumentsOptions, BuildProgress } from './build-documents';
import { createEntityResolver, engineKnowledge } from './entity-resolver';

export interface BuildEngineOptions {
  onProgress?: (progress: BuildProgress) => void;
  /** Options of the engine built (resolver, cache size); the gazetteer's knowledge by default. */
  engine?: Partial<EngineOptions>;
  /** Passed on to `buildDocuments` (worker count, batch size, threshold). */
  documents?: Pick<BuildDocumentsOptions, 'workers' | 'batchDocuments' | 'minDocumentsForWorkers' | 'extractor'>;
}

export interface BuiltEngine {
  engine: SiftEngine;
  documents: number;
  skipped: SkippedFile[];
}

/** Longest stretch of indexing on this thread before it lets extraction results (and workers' next batches) through. */
const INDEX_SLICE_MS = 4;
/** Paragraph count guess from the corpus characters, only to presize the index buffers. */
const CHARACTERS_PER_PARAGRAPH_GUESS = 200;

/**
 * Corpus folder → engine, indexing each run of documents as extraction delivers it (workers extract the next
 * batches meanwhile), in short slices so this thread keeps queueing work for the workers. Same engine as
 * `createSearchEngine(buildDocuments(dir).documents)`.
 */
export async function buildEngineFromCorpus(corpusDir: string, options: BuildEngineOptions = {}): Promise<BuiltEngine> {
  const engineOptions = options.engine ?? engineKnowledge(createEntityResolver());
  let builder: SearchEngineBuilder | null = null;
  const builderFor = (): SearchEngineBuilder => {
    builder ??= createSearchEngineBuilder({ paragraphs: 0, characters: 0 }, engineOptions);
    return builder;
  };
  const queue: IndexedDocument[] = [];
  let head = 0;
  let documents = 0;
  let draining: Promise<void> | null = null;
  const indexFor = (ms: number): void => {
    const until = performance.now() + ms;
    const b = builderFor();
    while (head < queue.length) {
      b.add([queue[head]!]);
      queue[head++] = undefined as unknown as IndexedDocument; // let the document go once indexed
      if (performance.now() >= until) break;
    }
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    }
  };
  const drain = async (): Promise<void> => {
    while (head < queue.length) {
      await new Promise((resolve) => setImmediate(resolve));
      indexFor(INDEX_SLICE_MS);
    }
    draining = null;
  };
  const { skipped } = await buildDocuments(corpusDir, {
    ...options.documents,
    onProgress: options.onProgress,
    onRead: (size) => {
      builder = createSearchEngineBuilder({ paragraphs: Math.ceil(size.characters / CHARACTERS_PER_PARAGRAPH_GUESS), characters: size.characters }, engineOptions);
    },
    onDocuments: (run) => {
      documents += run.length;
      for (const d of run) queue.push(d);
      draining ??= drain();
    },
  });
  while (draining) await draining;
  indexFor(Infinity);
  return { engine: builderFor().finish(), documents, skipped };
}

