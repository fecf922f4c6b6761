// A cheap identity of a corpus folder's state (paths, sizes, mtimes), to tell whether an index is stale.
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface CorpusFingerprint {
  fingerprint: string;
  files: number;
  newestMtimeMs: number;
}

export async function fingerprintCorpus(dir: string): Promise<CorpusFingerprint> {
  const entries: string[] = [];
  let newestMtimeMs = 0;
  for (const file of await listFiles(dir)) {
    try {
      const info = await stat(file);
      newestMtimeMs = Math.max(newestMtimeMs, info.mtimeMs);
      entries.push(`${relative(dir, file)}\t${info.size}\t${Math.trunc(info.mtimeMs)}`);
    } catch {
      // vanished while listing: the build will report it
    }
  }
  entries.sort();
  const fingerprint = createHash('sha256').update(entries.join('\n')).digest('hex');
  return { fingerprint, files: entries.length, newestMtimeMs };
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    let names;
    try {
      names = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of names) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) out.push(path);
    }
  };
  await walk(dir);
  return out;
}
