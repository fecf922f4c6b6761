// Parses .json (one record or an array) and .jsonl (one record per line) files into document records.
import type { SkippedFile } from '../types';
import { pickMeta, type ExplicitMeta } from './pick-meta';

export interface ParsedRecord {
  id: string;
  /** Where the record came from: the file, or `file:line` for JSONL. */
  origin: string;
  text: string;
  meta: ExplicitMeta;
}

export interface ParsedRecords {
  records: ParsedRecord[];
  skipped: SkippedFile[];
}

function readId(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const id = value.trim();
  return id === '' ? null : id;
}

/** A record object as a ParsedRecord, or the reason it cannot be one. */
export function toRecord(value: unknown, defaultId: string, origin: string): ParsedRecord | { reason: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { reason: `record is ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}, expected an object with a string "text"` };
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj['text'] !== 'string') {
    return { reason: obj['text'] === undefined ? 'record has no "text" field' : `record "text" is a ${obj['text'] === null ? 'null' : typeof obj['text']}, expected a string` };
  }
  const text = obj['text'].replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { reason: 'record "text" is empty' };
  return { id: readId(obj['id']) ?? defaultId, origin, text, meta: pickMeta(obj) };
}

/**
 * Records of a .json file. A single object gets the file's id; array items without an id get
 * `<fileId>-<n>` (n counted from 1), which stays URL-safe.
 */
export function parseJsonRecords(text: string, file: string, fileId: string): ParsedRecords {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { records: [], skipped: [{ file, reason: `malformed JSON: ${(err as Error).message}` }] };
  }
  const items = Array.isArray(data) ? data : [data];
  const result: ParsedRecords = { records: [], skipped: [] };
  if (items.length === 0) result.skipped.push({ file, reason: 'JSON array has no records' });
  items.forEach((item, i) => {
    const defaultId = Array.isArray(data) ? `${fileId}-${i + 1}` : fileId;
    const record = toRecord(item, defaultId, file);
    if ('reason' in record) {
      result.skipped.push({ file, reason: Array.isArray(data) ? `record ${i + 1}: ${record.reason}` : record.reason });
    } else {
      result.records.push(record);
    }
  });
  return result;
}

/** One line of a .jsonl file into `result`: a record, or a skip reported as `file:line`. Blank lines are ignored. */
export function parseJsonlLine(line: string, lineNumber: number, file: string, fileId: string, result: ParsedRecords): void {
  if (line.trim() === '') return;
  const origin = `${file}:${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    result.skipped.push({ file: origin, reason: `malformed JSON line: ${(err as Error).message}` });
    return;
  }
  const record = toRecord(value, `${fileId}-${lineNumber}`, origin);
  if ('reason' in record) result.skipped.push({ file: origin, reason: record.reason });
  else result.records.push(record);
}

/** Records of a .jsonl file; a bad line is skipped alone, reported as `file:line`. Ids default to `<fileId>-<line>`. */
export function parseJsonlRecords(text: string, file: string, fileId: string): ParsedRecords {
  const result: ParsedRecords = { records: [], skipped: [] };
  text.split('\n').forEach((line, i) => parseJsonlLine(line, i + 1, file, fileId, result));
  if (result.records.length === 0 && result.skipped.length === 0) {
    result.skipped.push({ file, reason: 'no records' });
  }
  return result;
}
