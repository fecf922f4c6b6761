// GET /api/export: the whole result set of a search (every page, up to a cap) as CSV or JSON Lines.
import type { Hono } from 'hono';
import { badParameter } from '../errors';
import { parseSearchParams } from '../search/search-params';
import type { SearchParams, SearchResponse } from '../types';
import { formatCsvHeader, formatCsvRow, formatJsonLine, toExportRow } from './export-format';
import type { ExportFormat } from './export-format';

export interface ExportOptions {
  /** Most paragraphs one export returns; the response says when the result set was larger. */
  maxRows: number;
}

export const defaultExportOptions: ExportOptions = { maxRows: 10_000 };

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

/** `search` is the backend's: the export pages through the same answers `/api/search` gives. */
export function mountExport(app: Hono, search: (params: SearchParams) => Promise<SearchResponse>, options: Partial<ExportOptions> = {}): void {
  const maxRows = options.maxRows ?? defaultExportOptions.maxRows;
  app.get('/api/export', async (c) => {
    const query = c.req.queries();
    const format = query.format?.[0] ?? 'csv';
    if (format !== 'csv' && format !== 'jsonl') throw badParameter('format', format, "'csv' or 'jsonl'");
    // Paging parameters do not apply: the export is the whole result set, in the search's order.
    const { limit: _limit, offset: _offset, ...rest } = query;
    const params = { ...parseSearchParams(rest), limit: maxRows, offset: 0, facetSize: 1 };
    const result = await search(params);
    // Past `total` a search page may continue with partial matches; an export holds the result set only.
    const hits = result.hits.slice(0, result.total);
    const origin = new URL(c.req.url).origin;
    const rows = hits.map((h) => toExportRow(h, origin));
    const body =
      format === 'csv' ? formatCsvHeader() + rows.map(formatCsvRow).join('') : rows.map(formatJsonLine).join('');
    const stamp = new Date().toISOString().slice(0, 10);
    return c.body(body, 200, {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="sift-export-${stamp}.${format}"`,
      'X-Sift-Total': String(result.total),
      'X-Sift-Exported': String(rows.length),
      'X-Sift-Truncated': String(result.total > rows.length),
    });
  });
}
