// Reads a JSON Lines file of any size as a stream, one line at a time: memory holds one line (plus what the consumer
// keeps), never the file. A line that is not UTF-8, not JSON or not a record is reported by number and skipped.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { SkippedFile } from '../types';
import { parseJsonlLine } from './parse-records';
import type { ParsedRecord, ParsedRecords } from './parse-records';

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
  /** Called with the size of every chunk read (for a build's bytes-read count). */
  onBytes?: (bytes: number) => void;
}

export const defaultReadJsonlOptions: ReadJsonlOptions = { maxLineBytes: 16 * 1024 * 1024, progressEveryBytes: 8 * 1024 * 1024 };

/** One line's outcome, in line order. */
export type JsonlItem = { record: ParsedRecord } | { skipped: SkippedFile };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Every record and every bad line of a JSON Lines file, as they are read; the consumer sets the pace. */
export async function* streamJsonlRecords(
  root: string,
  file: string,
  fileId: string,
  totalBytes: number,
  options: Partial<ReadJsonlOptions> = {},
): AsyncGenerator<JsonlItem> {
  const o: ReadJsonlOptions = { ...defaultReadJsonlOptions, ...options };
  let parts: Buffer[] = [];
  let partBytes = 0;
  let tooLong = false;
  let lineNumber = 0;
  let bytes = 0;
  let nextReport = o.progressEveryBytes;
  let found = 0;
  // Reused for each line: parseJsonlLine reports into it, and the line's outcome is yielded from it.
  const line: ParsedRecords = { records: [], skipped: [] };

  const endLine = (tail: Buffer): void => {
    lineNumber++;
    const raw = parts.length === 0 ? tail : Buffer.concat([...parts, tail]);
    parts = [];
    partBytes = 0;
    if (tooLong || raw.length > o.maxLineBytes) {
      tooLong = false;
      line.skipped.push({ file: `${file}:${lineNumber}`, reason: `line longer than ${o.maxLineBytes} bytes` });
      return;
    }
    let text: string;
    try {
      text = strictUtf8.decode(raw);
    } catch {
      line.skipped.push({ file: `${file}:${lineNumber}`, reason: 'line is not valid UTF-8' });
      return;
    }
    if (lineNumber === 1) text = text.replace(/^\uFEFF/, '');
    parseJsonlLine(text.endsWith('\r') ? text.slice(0, -1) : text, lineNumber, file, fileId, line);
  };
  function* drainLine(): Generator<JsonlItem> {
    for (const record of line.records) yield { record };
    for (const skipped of line.skipped) yield { skipped };
    found += line.records.length + line.skipped.length;
    line.records.length = 0;
    line.skipped.length = 0;
  }

  let failure: SkippedFile | null = null;
  try {
    for await (const chunk of createReadStream(join(root, file)) as AsyncIterable<Buffer>) {
      let start = 0;
      for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
        endLine(chunk.subarray(start, nl));
        start = nl + 1;
        yield* drainLine();
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
      o.onBytes?.(chunk.length);
      if (o.onProgress && bytes >= nextReport) {
        o.onProgress({ file, bytes, totalBytes, lines: lineNumber });
        nextReport += o.progressEveryBytes;
      }
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    failure = { file, reason: `unreadable after line ${lineNumber} (${e.code ?? 'error'}: ${e.message})` };
  }
  if (failure !== null) {
    yield { skipped: failure };
    return;
  }
  if (partBytes > 0 || tooLong) {
    endLine(Buffer.alloc(0));
    yield* drainLine();
  }
  if (found === 0) yield { skipped: { file, reason: 'no records' } };
}

/** The whole file's records and bad lines (for callers that keep every record anyway). */
export async function readJsonlRecords(
  root: string,
  file: string,
  fileId: string,
  totalBytes: number,
  options: Partial<ReadJsonlOptions> = {},
): Promise<ParsedRecords> {
  const result: ParsedRecords = { records: [], skipped: [] };
  for await (const item of streamJsonlRecords(root, file, fileId, totalBytes, options)) {
    if ('record' in item) result.records.push(item.record);
    else result.skipped.push(item.skipped);
  }
  return result;
}
