// Persists a built index as one file: a header line (format, version, checksum, corpus fingerprint) then the payload.
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SiftError } from '../errors';

export const INDEX_FORMAT = 'sift-index';
export const INDEX_FORMAT_VERSION = 1;
export const INDEX_FILE = 'sift-index.json';

export interface IndexHeader {
  format: string;
  version: number;
  builtAt: string;
  /** Identifies the corpus state the index was built from (see corpus-fingerprint.ts). */
  fingerprint: string;
  documents: number;
  paragraphs: number;
  skipped: number;
  checksum: string;
  payloadBytes: number;
}

export type IndexSummary = Omit<IndexHeader, 'format' | 'version' | 'checksum' | 'payloadBytes' | 'builtAt'>;

export function indexPath(indexDir: string): string {
  return join(indexDir, INDEX_FILE);
}

/** Writes to a temporary file, fsyncs, then renames: a crash never leaves a half-written index in place. */
export async function writeIndexFile(indexDir: string, summary: IndexSummary, payload: unknown): Promise<IndexHeader> {
  await mkdir(indexDir, { recursive: true });
  await removeStaleTempFiles(indexDir);
  const body = Buffer.from(JSON.stringify(payload), 'utf8');
  const header: IndexHeader = {
    format: INDEX_FORMAT,
    version: INDEX_FORMAT_VERSION,
    builtAt: new Date().toISOString(),
    ...summary,
    checksum: sha256(body),
    payloadBytes: body.length,
  };
  const target = indexPath(indexDir);
  const temp = `${target}${TEMP_MARK}${process.pid}-${Date.now()}`;
  const handle = await open(temp, 'w');
  try {
    await handle.write(`${JSON.stringify(header)}\n`);
    await handle.write(body);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  await syncFolder(indexDir);
  return header;
}

const TEMP_MARK = '.tmp-';

/**
 * Deletes temporary index files left by builds that were killed (their process is gone); returns their names.
 * Files of a live process (a build running now) are left alone.
 */
export async function removeStaleTempFiles(indexDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(indexDir);
  } catch {
    return [];
  }
  const prefix = `${INDEX_FILE}${TEMP_MARK}`;
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid)) continue;
    await rm(join(indexDir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Makes the rename itself durable (best effort: not every platform can fsync a folder). */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // the rename is still atomic; only its durability across a power cut is weaker
  }
}

/** Reads only the header line: enough to decide whether the index is fresh. Null when there is no index. */
export async function readIndexHeader(indexDir: string): Promise<IndexHeader | null> {
  const file = indexPath(indexDir);
  if (!(await exists(file))) return null;
  const text = await readOrExplain(file, async () => {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  });
  const newline = text.indexOf('\n');
  if (newline < 0) throw corrupt(file, 'no header line');
  return parseHeader(file, text.slice(0, newline));
}

/** Reads and verifies the whole index; throws SiftError('index_version' | 'index_corrupt') with one clear line. */
export async function readIndexFile(indexDir: string): Promise<{ header: IndexHeader; payload: unknown }> {
  const file = indexPath(indexDir);
  const data = await readOrExplain(file, () => readFile(file));
  const newline = data.indexOf(0x0a);
  if (newline < 0) throw corrupt(file, 'no header line');
  const header = parseHeader(file, data.subarray(0, newline).toString('utf8'));
  const body = data.subarray(newline + 1);
  if (body.length !== header.payloadBytes) {
    throw corrupt(file, `payload is ${body.length} bytes, header says ${header.payloadBytes} (truncated?)`);
  }
  if (sha256(body) !== header.checksum) throw corrupt(file, 'checksum mismatch');
  try {
    return { header, payload: JSON.parse(body.toString('utf8')) };
  } catch {
    throw corrupt(file, 'payload is not valid JSON');
  }
}

function parseHeader(file: string, line: string): IndexHeader {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw corrupt(file, 'header is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw corrupt(file, 'not a Sift index');
  const header = parsed as Partial<IndexHeader>;
  if (header.format !== INDEX_FORMAT) throw corrupt(file, 'not a Sift index');
  if (header.version !== INDEX_FORMAT_VERSION) {
    throw new SiftError(
      'index_version',
      `index ${file} has format version ${String(header.version)}, this Sift reads version ${INDEX_FORMAT_VERSION}`,
    );
  }
  if (
    typeof header.checksum !== 'string' ||
    typeof header.payloadBytes !== 'number' ||
    typeof header.fingerprint !== 'string' ||
    typeof header.documents !== 'number' ||
    typeof header.paragraphs !== 'number'
  ) {
    throw corrupt(file, 'header is incomplete');
  }
  return header as IndexHeader;
}

/** I/O failures (a folder in the index's place, no permission) become one clear index_corrupt line. */
async function readOrExplain<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw corrupt(file, `cannot be read (${e.code ?? e.message ?? String(err)})`);
  }
}

function corrupt(file: string, why: string): SiftError {
  return new SiftError('index_corrupt', `index ${file} is unusable: ${why}`);
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
