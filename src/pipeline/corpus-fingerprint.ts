// A cheap identity of a corpus folder's state (paths, sizes, mtimes) and of the Sift that indexes it, to tell whether an index is stale.
// It lists files with the build's own walker, so both agree on what the corpus is (links included).
import { createHash } from 'node:crypto';
import { listFiles } from '../ingest/list-files';
import { extractionIdentity } from './extraction-identity';

export interface CorpusFingerprint {
  fingerprint: string;
  files: number;
  newestMtimeMs: number;
}

export async function fingerprintCorpus(dir: string): Promise<CorpusFingerprint> {
  const { entries } = await listFiles(dir);
  let newestMtimeMs = 0;
  const lines = entries.map((e) => {
    newestMtimeMs = Math.max(newestMtimeMs, e.mtimeMs);
    return `${e.path}\t${e.size}\t${Math.trunc(e.mtimeMs)}`;
  });
  const fingerprint = createHash('sha256').update(extractionIdentity()).update('\n').update(lines.join('\n')).digest('hex');
  return { fingerprint, files: entries.length, newestMtimeMs };
}
