// Turns search hits into CSV or JSON Lines rows for /api/export.
import { facetRegistry, facetValues } from '../facets/registry';
import type { FacetRegistry } from '../facets/registry';
import type { SearchHit } from '../types';

export type ExportFormat = 'csv' | 'jsonl';

/** One exported paragraph: fixed document columns, then one column per registry facet, then dates and text. */
export type ExportRow = Record<string, string | string[] | null>;

/** The columns of an export for a facet registry (src/facets/registry.ts), in order. */
export function exportColumns(registry: FacetRegistry = facetRegistry): string[] {
  return ['doc_id', 'title', 'source', 'published', 'anchor', 'link', ...registry.all.map((f) => f.exportColumn), 'dates', 'text'];
}

export const EXPORT_COLUMNS: readonly string[] = exportColumns();

const columnsByRegistry = new WeakMap<FacetRegistry, readonly string[]>([[facetRegistry, EXPORT_COLUMNS]]);

function exportColumnsOf(registry: FacetRegistry): readonly string[] {
  let columns = columnsByRegistry.get(registry);
  if (columns === undefined) columnsByRegistry.set(registry, (columns = exportColumns(registry)));
  return columns;
}

export function toExportRow(hit: SearchHit, origin: string, registry: FacetRegistry = facetRegistry): ExportRow {
  const row: ExportRow = {
    doc_id: hit.doc.id,
    title: hit.doc.title,
    source: hit.doc.source,
    published: hit.doc.published,
    anchor: hit.anchor,
    link: `${origin}${hit.url}`,
  };
  for (const f of registry.all) {
    const values = facetValues(f, hit, hit.doc);
    row[f.exportColumn] = f.multi ? values : (values[0] ?? null);
  }
  row.dates = hit.dates;
  row.text = hit.text;
  return row;
}

/** RFC 4180 cell; list values joined with "; ". Cells a spreadsheet would run as a formula are prefixed with '. */
export function csvCell(value: string | string[] | null): string {
  let text = Array.isArray(value) ? value.join('; ') : (value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function formatCsvHeader(registry: FacetRegistry = facetRegistry): string {
  return `${exportColumnsOf(registry).join(',')}\r\n`;
}

export function formatCsvRow(row: ExportRow, registry: FacetRegistry = facetRegistry): string {
  return `${exportColumnsOf(registry).map((c) => csvCell(row[c] ?? null)).join(',')}\r\n`;
}

export function formatJsonLine(row: ExportRow): string {
  return `${JSON.stringify(row)}\n`;
}
