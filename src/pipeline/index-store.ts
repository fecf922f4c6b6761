// Persists a built index as one binary file: a header line (format, version, checksum, corpus fingerprint, section
// table), the engine's metadata as JSON, then its typed-array sections raw and 8-byte aligned, so loading a 1M-paragraph
// index is one read and no parsing of the big parts (a JSON payload that size would not even fit in a V8 string).
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { SiftError } from '../errors';

export const INDEX_FORMAT = 'sift-index';
export const INDEX_FORMAT_VERSION = 2;
export const INDEX_FILE = 'sift-index.bin';
const ALIGN = 8;

/** What the engine hands over to be stored (see `SiftEngine.serialize`). */
export interface IndexPayload {
  meta: unknown;
  sections: Record<string, Uint8Array>;
}

export interface SectionEntry {
  name: string;
  /** Offset from the start of the payload (the byte after the header line). */
  offset: number;
  length: number;
}

export interface IndexHeader {
  format: string;
  version: number;
  builtAt: string;
  /** Identifies the corpus state the index was built from (see corpus-fingerprint.ts). */
  fingerprint: string;
  documents: number;
  paragraphs: number;
  skipped: number;
  /** CRC-32 of the layout fields and the whole payload, as 8 hex digits. */
  checksum: string;
  payloadBytes: number;
  metaBytes: number;
  sections: SectionEntry[];
}

export type IndexSummary = Pick<IndexHeader, 'fingerprint' | 'documents' | 'paragraphs' | 'skipped'>;

export function indexPath(indexDir: string): string {
  return join(indexDir, INDEX_FILE);
}

function alignUp(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}

/** The header of an index built but not saved (its folder refused the file): what the server reports about it. */
export function unsavedHeader(summary: IndexSummary): IndexHeader {
  return { format: INDEX_FORMAT, version: INDEX_FORMAT_VERSION, builtAt: new Date().toISOString(), ...summary, checksum: '', payloadBytes: 0, metaBytes: 0, sections: [] };
}

/** Writes to a temporary file, fsyncs, then renames: a crash never leaves a half-written index in place. */
export async function writeIndexFile(indexDir: string, summary: IndexSummary, payload: IndexPayload): Promise<IndexHeader> {
  await mkdir(indexDir, { recursive: true });
  await removeStaleTempFiles(indexDir);
  const meta = Buffer.from(JSON.stringify(payload.meta ?? null), 'utf8');
  const sections: SectionEntry[] = [];
  const parts: Uint8Array[] = [meta];
  let at = meta.length;
  for (const [name, bytes] of Object.entries(payload.sections)) {
    const offset = alignUp(at);
    if (offset > at) parts.push(new Uint8Array(offset - at));
    sections.push({ name, offset, length: bytes.byteLength });
    parts.push(bytes);
    at = offset + bytes.byteLength;
  }
  let checksum = crc32(describeLayout({ ...summary, payloadBytes: at, metaBytes: meta.length, sections }));
  // Empty parts are skipped: Node 20's zlib.crc32 answers 0 for an empty typed array instead of the running value.
  for (const part of parts) if (part.byteLength > 0) checksum = crc32(part, checksum);
  const header: IndexHeader = {
    format: INDEX_FORMAT,
    version: INDEX_FORMAT_VERSION,
    builtAt: new Date().toISOString(),
    ...summary,
    checksum: checksum.toString(16).padStart(8, '0'),
    payloadBytes: at,
    metaBytes: meta.length,
    sections,
  };
  // The header line is padded so the payload, and with it every section, starts 8-byte aligned in the file.
  const line = JSON.stringify(header);
  const headerText = `${line.padEnd(alignUp(Buffer.byteLength(line) + 1) - 1, ' ')}\n`;
  const target = indexPath(indexDir);
  const temp = `${target}${TEMP_MARK}${process.pid}-${Date.now()}`;
  const handle = await open(temp, 'w');
  try {
    await handle.write(headerText);
    for (const part of parts) await handle.write(part);
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
export async function readIndexFile(indexDir: string): Promise<{ header: IndexHeader; payload: IndexPayload }> {
  const file = indexPath(indexDir);
  const data = await readOrExplain(file, () => readFile(file));
  return parseIndexBytes(file, data, { verify: true });
}

/**
 * The whole index file read into one SharedArrayBuffer and verified: worker threads build their engines over views of
 * these bytes (`parseIndexBytes` with `verify: false`), so the typed-array sections are in memory once per process.
 */
export async function readSharedIndexFile(indexDir: string): Promise<{ header: IndexHeader; bytes: SharedArrayBuffer }> {
  const file = indexPath(indexDir);
  const bytes = await readOrExplain(file, async () => {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const shared = new SharedArrayBuffer(size);
      const view = new Uint8Array(shared);
      for (let at = 0; at < size; ) {
        const { bytesRead } = await handle.read(view, at, size - at, at);
        if (bytesRead === 0) throw new Error(`the file shrank to ${at} bytes while being read`);
        at += bytesRead;
      }
      return shared;
    } finally {
      await handle.close();
    }
  });
  const { header } = parseIndexBytes(file, new Uint8Array(bytes), { verify: true });
  return { header, bytes };
}

/**
 * Header, metadata and section views of an index file's bytes. `verify: false` skips the checksum over the payload,
 * for bytes another thread of this process has verified already.
 */
export function parseIndexBytes(file: string, data: Uint8Array, options: { verify: boolean }): { header: IndexHeader; payload: IndexPayload } {
  const newline = data.indexOf(0x0a);
  if (newline < 0) throw corrupt(file, 'no header line');
  const header = parseHeader(file, utf8(data.subarray(0, newline)));
  const body = data.subarray(newline + 1);
  if (body.length !== header.payloadBytes) {
    throw corrupt(file, `payload is ${body.length} bytes, header says ${header.payloadBytes} (truncated?)`);
  }
  if (options.verify && crc32(body, crc32(describeLayout(header))).toString(16).padStart(8, '0') !== header.checksum) {
    throw corrupt(file, 'checksum mismatch');
  }
  let meta: unknown;
  try {
    meta = JSON.parse(utf8(body.subarray(0, header.metaBytes)));
  } catch {
    throw corrupt(file, 'metadata is not valid JSON');
  }
  // Sections stay views on the file's buffer: aligned, so the engine can read them as typed arrays without copying.
  const sections: Record<string, Uint8Array> = {};
  for (const s of header.sections) {
    if (s.offset < header.metaBytes || s.offset + s.length > body.length) throw corrupt(file, `section ${s.name} is out of bounds`);
    sections[s.name] = body.subarray(s.offset, s.offset + s.length);
  }
  return { header, payload: { meta, sections } };
}

/** UTF-8 text of bytes that may live in a SharedArrayBuffer (which TextDecoder refuses). */
function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
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
    typeof header.metaBytes !== 'number' ||
    !Array.isArray(header.sections) ||
    !header.sections.every(isSectionEntry) ||
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

/** The header fields the checksum also covers, so a damaged section table or count is caught like damaged data. */
function describeLayout(h: IndexSummary & Pick<IndexHeader, 'payloadBytes' | 'metaBytes' | 'sections'>): string {
  return JSON.stringify([h.fingerprint, h.documents, h.paragraphs, h.skipped, h.payloadBytes, h.metaBytes, h.sections.map((s) => [s.name, s.offset, s.length])]);
}

function isSectionEntry(value: unknown): value is SectionEntry {
  const s = value as Partial<SectionEntry> | null;
  return (
    typeof s === 'object' && s !== null && typeof s.name === 'string' && Number.isInteger(s.offset) && Number.isInteger(s.length) &&
    s.offset! >= 0 && s.length! >= 0
  );
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
