// Turns search hits into CSV or JSON Lines rows for /api/export.
import type { SearchHit } from '../types';

export type ExportFormat = 'csv' | 'jsonl';

export interface ExportRow {
  doc_id: string;
  title: string | null;
  source: string | null;
  published: string | null;
  anchor: string;
  /** Absolute link to the paragraph in Sift's document view. */
  link: string;
  speaker: string | null;
  actors: string[];
  locations: string[];
  groups: string[];
  dates: string[];
  text: string;
}

export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'doc_id',
  'title',
  'source',
  'published',
  'anchor',
  'link',
  'speaker',
  'actors',
  'locations',
  'groups',
  'dates',
  'text',
];

export function toExportRow(hit: SearchHit, origin: string): ExportRow {
  return {
    doc_id: hit.doc.id,
    title: hit.doc.title,
    source: hit.doc.source,
    published: hit.doc.published,
    anchor: hit.anchor,
    link: `${origin}${hit.url}`,
    speaker: hit.speaker,
    actors: hit.actors,
    locations: hit.locations,
    groups: hit.groups,
    dates: hit.dates,
    text: hit.text,
  };
}

/** RFC 4180 cell; list values joined with "; ". Cells a spreadsheet would run as a formula are prefixed with '. */
export function csvCell(value: string | string[] | null): string {
  let text = Array.isArray(value) ? value.join('; ') : (value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function formatCsvHeader(): string {
  return `${EXPORT_COLUMNS.join(',')}\r\n`;
}

export function formatCsvRow(row: ExportRow): string {
  return `${EXPORT_COLUMNS.map((c) => csvCell(row[c])).join(',')}\r\n`;
}

export function formatJsonLine(row: ExportRow): string {
  return `${JSON.stringify(row)}\n`;
}
