// Lists a corpus folder recursively in a deterministic order, skipping dotfiles and dot-folders.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SkippedFile } from '../types';

export interface FileListing {
  /** Paths relative to the root, `/`-separated, sorted by code unit. */
  files: string[];
  skipped: SkippedFile[];
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e.code ? `${e.code}: ${e.message}` : String(e.message ?? err);
}

/** Every non-dot file under `root`; unreadable folders are reported, not fatal. Throws if `root` is not a folder. */
export async function listFiles(root: string): Promise<FileListing> {
  const rootStat = await stat(root).catch((err: unknown) => {
    throw new Error(`corpus folder ${JSON.stringify(root)} cannot be read (${describe(err)})`);
  });
  if (!rootStat.isDirectory()) throw new Error(`corpus path ${JSON.stringify(root)} is not a folder`);

  const listing: FileListing = { files: [], skipped: [] };
  const visited = new Set<string>();

  async function walk(relDir: string): Promise<void> {
    const absDir = relDir === '' ? root : join(root, relDir);
    let real: string;
    let entries;
    try {
      real = await realpath(absDir);
      entries = await readdir(absDir, { withFileTypes: true });
    } catch (err) {
      listing.skipped.push({ file: relDir, reason: `folder unreadable (${describe(err)})` });
      return;
    }
    // Symlinked folders may loop back on themselves.
    if (visited.has(real)) return;
    visited.add(real);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        // A dangling link is listed as a file so the reader reports it.
        isDir = await stat(join(root, rel)).then((s) => s.isDirectory(), () => false);
      }
      if (isDir) await walk(rel);
      else listing.files.push(rel);
    }
  }

  await walk('');
  listing.files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return listing;
}
