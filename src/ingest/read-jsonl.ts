// Reads a JSON Lines file of any size as a stream, one line at a time: memory holds one line (plus the records
// kept), never the file. A line that is not UTF-8, not JSON or not a record is reported by number and skipped.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { parseJsonlLine } from './parse-records';
import type { ParsedRecords } from './parse-records';

export interface JsonlProgress {
  file: string;
  bytes: number;
  totalBytes: number;
  lines: number;
}

export interface ReadJsonlOptions {
  /** A single line longer than this is skipped (reported by number) rather than held in memory. */
  maxLineBytes: number;
  /** Called every `progressEveryBytes` bytes read. */
  onProgress?: (p: JsonlProgress) => void;
  progressEveryBytes: number;
}

export const defaultReadJsonlOptions: ReadJsonlOptions = { maxLineBytes: 16 * 1024 * 1024, progressEveryBytes: 8 * 1024 * 1024 };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export async function readJsonlRecords(
  root: string,
  file: string,
  fileId: string,
  totalBytes: number,
  options: Partial<ReadJsonlOptions> = {},
): Promise<ParsedRecords> {
  const o: ReadJsonlOptions = { ...defaultReadJsonlOptions, ...options };
  const result: ParsedRecords = { records: [], skipped: [] };
  let parts: Buffer[] = [];
  let partBytes = 0;
  let tooLong = false;
  let lineNumber = 0;
  let bytes = 0;
  let nextReport = o.progressEveryBytes;

  const endLine = (tail: Buffer): void => {
    lineNumber++;
    const raw = parts.length === 0 ? tail : Buffer.concat([...parts, tail]);
    parts = [];
    partBytes = 0;
    if (tooLong || raw.length > o.maxLineBytes) {
      tooLong = false;
      result.skipped.push({ file: `${file}:${lineNumber}`, reason: `line longer than ${o.maxLineBytes} bytes` });
      return;
    }
    let line: string;
    try {
      line = strictUtf8.decode(raw);
    } catch {
      result.skipped.push({ file: `${file}:${lineNumber}`, reason: 'line is not valid UTF-8' });
      return;
    }
    if (lineNumber === 1) line = line.replace(/^\uFEFF/, '');
    parseJsonlLine(line.endsWith('\r') ? line.slice(0, -1) : line, lineNumber, file, fileId, result);
  };

  try {
    for await (const chunk of createReadStream(join(root, file)) as AsyncIterable<Buffer>) {
      let start = 0;
      for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
        endLine(chunk.subarray(start, nl));
        start = nl + 1;
      }
      const rest = chunk.subarray(start);
      if (!tooLong && partBytes + rest.length > o.maxLineBytes) {
        tooLong = true;
        parts = [];
        partBytes = 0;
      }
      if (!tooLong && rest.length > 0) {
        // Copied: the stream may reuse its chunk buffers.
        parts.push(Buffer.from(rest));
        partBytes += rest.length;
      }
      bytes += chunk.length;
      if (o.onProgress && bytes >= nextReport) {
        o.onProgress({ file, bytes, totalBytes, lines: lineNumber });
        nextReport += o.progressEveryBytes;
      }
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    result.skipped.push({ file, reason: `unreadable after line ${lineNumber} (${e.code ?? 'error'}: ${e.message})` });
    return result;
  }
  if (partBytes > 0 || tooLong) endLine(Buffer.alloc(0));
  if (result.records.length === 0 && result.skipped.length === 0) result.skipped.push({ file, reason: 'no records' });
  return result;
}
