// The one corpus walker (build, fingerprint and watcher all list files here): recursive, deterministic order,
// dotfiles and dot-folders skipped, and every file confined to the real path of the corpus folder.
// A symbolic link whose target stays inside the folder is followed; one leading outside (to /etc/passwd, to a
// folder elsewhere) is skipped and reported, so nothing outside CORPUS_DIR is ever indexed or served.
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join, sep } from 'node:path';
import type { SkippedFile } from '../types';

export interface CorpusFile {
  /** Path relative to the root, `/`-separated. */
  path: string;
  size: number;
  mtimeMs: number;
}

export interface FileListing {
  /** Paths relative to the root, `/`-separated, sorted by code unit. */
  files: string[];
  /** The same files with their size and modification time (of the link's target for a link). */
  entries: CorpusFile[];
  /** Links leading outside, dangling links, special files, unreadable folders: each with its reason. */
  skipped: SkippedFile[];
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e.code ? `${e.code}: ${e.message}` : String(e.message ?? err);
}

function byPath(a: { path?: string; file?: string }, b: { path?: string; file?: string }): number {
  const x = a.path ?? a.file ?? '';
  const y = b.path ?? b.file ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** True when `real` (a resolved path) is `realRoot` itself or lies under it. */
export function isInside(realRoot: string, real: string): boolean {
  return real === realRoot || real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
}

/** The real path of the corpus folder; throws a clear error when it is missing or not a folder. */
export async function corpusRoot(root: string): Promise<string> {
  const info = await stat(root).catch((err: unknown) => {
    throw new Error(`corpus folder ${JSON.stringify(root)} cannot be read (${describe(err)})`);
  });
  if (!info.isDirectory()) throw new Error(`corpus path ${JSON.stringify(root)} is not a folder`);
  return realpath(root);
}

function specialKind(info: Stats): string {
  if (info.isFIFO()) return 'named pipe';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  return 'special file';
}

type Resolved = { kind: 'file'; info: Stats } | { kind: 'folder'; real: string } | { kind: 'skip'; reason: string };

/** Where an entry really is and what it is, or why it is not part of the corpus. */
async function resolveEntry(abs: string, isLink: boolean, realRoot: string): Promise<Resolved> {
  let real = abs;
  if (isLink) {
    try {
      real = await realpath(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { kind: 'skip', reason: 'dangling symbolic link (its target does not exist)' };
      if (code === 'ELOOP') return { kind: 'skip', reason: 'unreadable (symbolic link loop)' };
      return { kind: 'skip', reason: `unreadable link (${describe(err)})` };
    }
    if (!isInside(realRoot, real)) {
      return { kind: 'skip', reason: `symbolic link to ${JSON.stringify(real)}, outside the corpus folder ${JSON.stringify(realRoot)}` };
    }
  }
  let info: Stats;
  try {
    info = await stat(real);
  } catch (err) {
    return { kind: 'skip', reason: `file vanished before it could be read (${describe(err)})` };
  }
  if (info.isDirectory()) return { kind: 'folder', real };
  if (!info.isFile()) return { kind: 'skip', reason: `not a regular file (${specialKind(info)})` };
  return { kind: 'file', info };
}

/**
 * Every non-dot file under `root` that really lies inside it; the rest is reported in `skipped`, never fatal.
 * Throws only if `root` is missing or not a folder.
 */
export async function listFiles(root: string): Promise<FileListing> {
  const realRoot = await corpusRoot(root);
  const entries: CorpusFile[] = [];
  const skipped: SkippedFile[] = [];
  // Real path → listed path of each folder walked: a link back to a parent would loop forever, and a link to
  // a folder already listed would list its documents twice.
  const visited = new Map<string, string>();

  async function walk(relDir: string, realDir: string): Promise<void> {
    const listedAs = visited.get(realDir);
    if (listedAs !== undefined) {
      skipped.push({ file: relDir, reason: `symbolic link to a folder already listed (${JSON.stringify(listedAs || '.')})` });
      return;
    }
    visited.set(realDir, relDir);
    let dirents;
    try {
      dirents = await readdir(realDir, { withFileTypes: true });
    } catch (err) {
      skipped.push({ file: relDir, reason: `folder unreadable (${describe(err)})` });
      return;
    }
    // Sorted, so which of two paths to one folder is listed does not depend on the file system's order.
    dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of dirents) {
      if (entry.name.startsWith('.')) continue;
      const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      const resolved = await resolveEntry(join(realDir, entry.name), entry.isSymbolicLink(), realRoot);
      if (resolved.kind === 'skip') skipped.push({ file: rel, reason: resolved.reason });
      else if (resolved.kind === 'folder') await walk(rel, resolved.real);
      else entries.push({ path: rel, size: resolved.info.size, mtimeMs: resolved.info.mtimeMs });
    }
  }

  await walk('', realRoot);
  entries.sort(byPath);
  skipped.sort(byPath);
  return { files: entries.map((e) => e.path), entries, skipped };
}

/** Re-checks one listed file just before it is read: a link swapped since the walk must not lead outside. */
export async function stillInside(realRoot: string, root: string, rel: string): Promise<boolean> {
  try {
    return isInside(realRoot, await realpath(join(root, rel)));
  } catch {
    // Gone or dangling now: the reader reports it.
    return true;
  }
}
