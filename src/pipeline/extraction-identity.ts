// What decides an index's contents besides the corpus: the code and data files of ingest, extraction and indexing.
// An index built by another version of them is stale even when the corpus has not changed (an upgrade rebuilds).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The folders under src/ whose files shape an index: reading, segmenting, extracting, facets, analysis, index build. */
const PARTS = ['ingest', 'extract', 'text', 'facets', 'pipeline', 'search/index', 'entities'];

let cached: string | null = null;

function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.(ts|json|mjs)$/.test(e.name) ? [join(dir, e.name)] : []))
    .sort();
}

/** A hash of those files' paths and contents (computed once per process: a few hundred small files). */
export function extractionIdentity(): string {
  if (cached !== null) return cached;
  const hash = createHash('sha256');
  for (const part of PARTS) {
    for (const file of filesUnder(join(SRC, part))) {
      hash.update(file.slice(SRC.length)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  cached = hash.digest('hex');
  return cached;
}
