// Loads the persisted index when it is sound and matches the corpus; otherwise rebuilds it from the corpus.
import { stat } from 'node:fs/promises';
import { SiftError } from '../errors';
import { loadSearchEngine } from '../search/engine';
import type { SiftEngine } from '../search/engine';
import type { SkippedFile } from '../types';
import type { BuildProgress } from './build-documents';
import { buildEngineFromCorpus } from './build-engine';
import { fingerprintCorpus } from './corpus-fingerprint';
import { createEntityResolver, engineKnowledge } from './entity-resolver';
import type { EntityResolver } from './entity-resolver';
import { readIndexFile, readIndexHeader, removeStaleTempFiles, unsavedHeader, writeIndexFile } from './index-store';
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
  /** Saves a built index (a seam for tests: a read-only folder cannot be simulated for root). */
  write: typeof writeIndexFile;
}

export interface PreparedIndex {
  engine: SiftEngine;
  header: IndexHeader;
  rebuilt: boolean;
  skipped: SkippedFile[];
}

export async function prepareIndex(options: Partial<PrepareIndexOptions> & Pick<PrepareIndexOptions, 'corpusDir' | 'indexDir'>): Promise<PreparedIndex> {
  const opts: PrepareIndexOptions = { force: false, log: () => {}, write: writeIndexFile, ...options };
  await checkIndexDir(opts.indexDir);
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
  const summary = { fingerprint: corpus.fingerprint, documents, paragraphs, skipped: skipped.length };
  let header: IndexHeader;
  try {
    header = await opts.write(opts.indexDir, summary, engine.serialize());
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === undefined || !UNWRITABLE.has(code)) throw err;
    // The build is not lost for a folder we may not write: serve it, and say the next start builds again.
    opts.log(`could not save the index in ${opts.indexDir} (${code}): serving it from memory; the next start will build it again`);
    header = unsavedHeader(summary);
  }
  return { engine, header, rebuilt: true, skipped };
}

/** Errors that mean the index folder cannot take the file, not that the build is wrong. */
const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT']);

/** INDEX_DIR must be a folder (or not exist yet): a file there gets one clear line, not a raw EEXIST. */
async function checkIndexDir(indexDir: string): Promise<void> {
  const found = await stat(indexDir).catch(() => null);
  if (found !== null && !found.isDirectory()) {
    throw new Error(`INDEX_DIR ${indexDir} is a file, not a folder: point INDEX_DIR at a folder (it is created when missing)`);
  }
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

/** An index whose bytes were read and checked elsewhere (a worker thread's view of the shared index) as a prepared one. */
export function loadPreparedIndex(header: IndexHeader, payload: unknown, resolver: EntityResolver): PreparedIndex {
  return { engine: loadEngine(payload, resolver), header, rebuilt: false, skipped: [] };
}

async function tryLoad(opts: PrepareIndexOptions, fingerprint: string, resolver: EntityResolver): Promise<PreparedIndex | null> {
  try {
    const header = await readIndexHeader(opts.indexDir);
    if (!header) {
      opts.log(`no index in ${opts.indexDir}: building it`);
      return null;
    }
    if (header.fingerprint !== fingerprint) {
      opts.log(`index in ${opts.indexDir} was built from another state of ${opts.corpusDir} or by another version of Sift: rebuilding`);
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
