// Loads the persisted index when it is sound and matches the corpus; otherwise rebuilds it from the corpus.
import { SiftError } from '../errors';
import { createSearchEngineBuilder, loadSearchEngine } from '../search/engine';
import type { EngineOptions, SearchEngineBuilder, SiftEngine } from '../search/engine';
import type { IndexedDocument, SkippedFile } from '../types';
import { buildDocuments } from './build-documents';
import type { BuildDocumentsOptions, BuildProgress } from './build-documents';
import { fingerprintCorpus } from './corpus-fingerprint';
import { createEntityResolver, engineKnowledge } from './entity-resolver';
import type { EntityResolver } from './entity-resolver';
import { readIndexFile, readIndexHeader, removeStaleTempFiles, writeIndexFile } from './index-store';
import type { IndexHeader } from './index-store';

export interface PrepareIndexOptions {
  corpusDir: string;
  indexDir: string;
  /** Rebuild even when the index is fresh. */
  force: boolean;
  onProgress?: (progress: BuildProgress) => void;
  /** One line per notable event: why a rebuild happens, each skipped file. */
  log: (line: string) => void;
  resolver?: EntityResolver;
}

export interface PreparedIndex {
  engine: SiftEngine;
  header: IndexHeader;
  rebuilt: boolean;
  skipped: SkippedFile[];
}

export async function prepareIndex(options: Partial<PrepareIndexOptions> & Pick<PrepareIndexOptions, 'corpusDir' | 'indexDir'>): Promise<PreparedIndex> {
  const opts: PrepareIndexOptions = { force: false, log: () => {}, ...options };
  const resolver = opts.resolver ?? createEntityResolver();
  for (const name of await removeStaleTempFiles(opts.indexDir)) opts.log(`removed ${name}, left by an interrupted build`);
  const corpus = await fingerprintCorpus(opts.corpusDir);
  if (!opts.force) {
    const loaded = await tryLoad(opts, corpus.fingerprint, resolver);
    if (loaded) return loaded;
  }
  return buildIndex(opts, resolver);
}

export async function buildIndex(opts: PrepareIndexOptions, resolver: EntityResolver): Promise<PreparedIndex> {
  // Fingerprint before reading, so a file changed during the build makes the next start rebuild.
  const corpus = await fingerprintCorpus(opts.corpusDir);
  const { engine, documents, skipped } = await buildEngineFromCorpus(opts.corpusDir, { onProgress: opts.onProgress, engine: engineKnowledge(resolver) });
  for (const s of skipped) opts.log(`skipped ${s.file}: ${s.reason}`);
  const { paragraphs } = engine.stats();
  const header = await writeIndexFile(
    opts.indexDir,
    { fingerprint: corpus.fingerprint, documents, paragraphs, skipped: skipped.length },
    engine.serialize(),
  );
  return { engine, header, rebuilt: true, skipped };
}

export interface BuildEngineOptions {
  onProgress?: (progress: BuildProgress) => void;
  /** Options of the engine built (resolver, cache size). */
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
  let builder: SearchEngineBuilder | null = null;
  const builderFor = (): SearchEngineBuilder => {
    builder ??= createSearchEngineBuilder({ paragraphs: 0, characters: 0 }, options.engine);
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
      builder = createSearchEngineBuilder({ paragraphs: Math.ceil(size.characters / CHARACTERS_PER_PARAGRAPH_GUESS), characters: size.characters }, options.engine);
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

/** A payload that passed its checksum but still does not load was written by an incompatible build. */
function loadEngine(payload: unknown, resolver: EntityResolver): SiftEngine {
  try {
    return loadSearchEngine(payload, engineKnowledge(resolver));
  } catch (err) {
    if (err instanceof SiftError) throw err;
    throw new SiftError('index_corrupt', `the search index could not be loaded (${err instanceof Error ? err.message : String(err)})`);
  }
}

async function tryLoad(opts: PrepareIndexOptions, fingerprint: string, resolver: EntityResolver): Promise<PreparedIndex | null> {
  try {
    const header = await readIndexHeader(opts.indexDir);
    if (!header) {
      opts.log(`no index in ${opts.indexDir}: building it`);
      return null;
    }
    if (header.fingerprint !== fingerprint) {
      opts.log(`index in ${opts.indexDir} is older than the corpus ${opts.corpusDir}: rebuilding`);
      return null;
    }
    const { payload } = await readIndexFile(opts.indexDir);
    return { engine: loadEngine(payload, resolver), header, rebuilt: false, skipped: [] };
  } catch (err) {
    if (err instanceof SiftError) {
      opts.log(`${err.message}: rebuilding from the corpus`);
      return null;
    }
    throw err;
  }
}
