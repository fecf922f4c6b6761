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
  /** Sees each run of documents once it is indexed (to tally what extraction found without keeping the documents). */
  onIndexed?: (documents: readonly IndexedDocument[]) => void;
}

export interface BuiltEngine {
  engine: SiftEngine;
  documents: number;
  skipped: SkippedFile[];
}

/** Bytes of input per paragraph, a guess only to presize the index buffers (JSON Lines with metadata: ~400). */
const BYTES_PER_PARAGRAPH_GUESS = 400;

/**
 * Corpus folder → engine, indexing each run of documents as extraction delivers it (workers extract the next
 * batches meanwhile, and the corpus is read only as they take it), so neither the input nor the extracted documents
 * are ever held whole. Same engine as `createSearchEngine(buildDocuments(dir).documents)`.
 */
export async function buildEngineFromCorpus(corpusDir: string, options: BuildEngineOptions = {}): Promise<BuiltEngine> {
  const engineOptions = options.engine ?? engineKnowledge(createEntityResolver());
  let builder: SearchEngineBuilder | null = null;
  const builderFor = (): SearchEngineBuilder => {
    builder ??= createSearchEngineBuilder({ paragraphs: 0, characters: 0 }, engineOptions);
    return builder;
  };
  let documents = 0;
  const { skipped } = await buildDocuments(corpusDir, {
    ...options.documents,
    onProgress: options.onProgress,
    onRead: (size) => {
      builder = createSearchEngineBuilder({ paragraphs: Math.ceil(size.bytes / BYTES_PER_PARAGRAPH_GUESS), characters: size.bytes }, engineOptions);
    },
    // Indexed at once, on delivery: a run is a few batches (milliseconds of work), the workers hold their next
    // batches meanwhile, and extraction cannot run ahead of indexing by more than the pool's window.
    onDocuments: (run) => {
      documents += run.length;
      builderFor().add(run);
      options.onIndexed?.(run);
    },
  });
  return { engine: builderFor().finish(), documents, skipped };
}
