// Reads one corpus file as UTF-8 text, turning every I/O or encoding failure into a reason.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeText, type DecodeResult } from './decode-text';

function describeIoError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'file vanished before it could be read (or is a dangling link)';
    case 'EACCES':
    case 'EPERM':
      return 'unreadable (permission denied)';
    case 'ELOOP':
      return 'unreadable (symbolic link loop)';
    case 'EISDIR':
      return 'unreadable (is a folder)';
    default:
      return `unreadable (${e.code ?? 'error'}: ${e.message ?? String(err)})`;
  }
}

const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function tooLarge(size: number, limit: number): string {
  return `file too large (${size} bytes, ${mb(size)}; the limit is ${mb(limit)}: set MAX_FILE_MB to raise it, or split it into JSON Lines, which have no limit)`;
}

/** The decoded text of `root/rel`, or why it cannot be used (too large, unreadable, binary, not UTF-8, empty). */
export async function readTextFile(
  root: string,
  rel: string,
  maxFileBytes: number,
  decode: (bytes: Uint8Array) => DecodeResult = decodeText,
): Promise<DecodeResult> {
  const path = join(root, rel);
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, reason: 'not a regular file' };
    if (info.size > maxFileBytes) {
      return { ok: false, reason: tooLarge(info.size, maxFileBytes) };
    }
    const bytes = await readFile(path);
    // The file may have grown between stat and read.
    if (bytes.length > maxFileBytes) {
      return { ok: false, reason: tooLarge(bytes.length, maxFileBytes) };
    }
    return decode(bytes);
  } catch (err) {
    return { ok: false, reason: describeIoError(err) };
  }
}
