// GET /api/export: the whole result set of a search (up to a cap) as CSV or JSON Lines, streamed page by page.
// Each page is one search call; between pages the event loop runs other requests, so an export of 10,000
// rows never holds up a search. Pages are not cached (nobody asks for them again), and only a few exports
// run at once. A stream that cannot finish fails visibly (the connection is cut, never a short clean file).
import type { Hono } from 'hono';
import { badParameter } from '../errors';
import { withoutCaching } from '../search/result-cache';
import { parseSearchParams } from '../search/search-params';
import type { SearchParams, SearchResponse } from '../types';
import { facetRegistry } from '../facets/registry';
import type { FacetRegistry } from '../facets/registry';
import { formatCsvHeader, formatCsvRow, formatJsonLine, toExportRow } from './export-format';
import type { ExportFormat } from './export-format';

export interface ExportOptions {
  /** Most paragraphs one export returns; the response says when the result set was larger. */
  maxRows: number;
  /** Paragraphs fetched per search call (one chunk of the stream). */
  pageRows: number;
  /** Exports streaming at once; one more is answered 503 with Retry-After. */
  maxConcurrent: number;
  /** The facet kinds a row has a column for (the same registry the app validates requests with). */
  facets: FacetRegistry;
}

export const defaultExportOptions: ExportOptions = { maxRows: 10_000, pageRows: 250, maxConcurrent: 4, facets: facetRegistry };

export type SearchFunction = (params: SearchParams) => Promise<SearchResponse>;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

/** Spreadsheet programs read a CSV without it as the local code page and garble Arabic and Cyrillic. */
const UTF8_BOM = '\uFEFF';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface ExportPlan {
  facets: FacetRegistry;
  format: ExportFormat;
  params: SearchParams;
  origin: string;
}

/** Rows `offset` … `offset + count` as one chunk of text. */
async function fetchChunk(search: SearchFunction, plan: ExportPlan, offset: number, count: number, total: number): Promise<string> {
  const page = await withoutCaching(() => search({ ...plan.params, limit: count, offset }));
  // Pages of a result set that changed under the export (a live update) would skip or repeat rows.
  if (page.total !== total || page.hits.length < count) {
    throw new Error(`the index changed during the export (${total} matches at its start, ${page.total} now); export again`);
  }
  const rows = page.hits.slice(0, count).map((h) => toExportRow(h, plan.origin, plan.facets));
  return plan.format === 'csv' ? rows.map((r) => formatCsvRow(r, plan.facets)).join('') : rows.map(formatJsonLine).join('');
}

/** `search` is the backend's: the export pages through the same answers `/api/search` gives. */
export function mountExport(app: Hono, search: SearchFunction, options: Partial<ExportOptions> = {}): void {
  const o: ExportOptions = { ...defaultExportOptions, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  let running = 0;

  app.get('/api/export', async (c) => {
    const query = c.req.queries();
    const format = query.format?.[0] ?? 'csv';
    if (format !== 'csv' && format !== 'jsonl') throw badParameter('format', format, "'csv' or 'jsonl'");
    // Paging parameters do not apply: the export is the whole result set, in the search's order.
    const { limit: _limit, offset: _offset, format: _format, ...rest } = query;
    const plan: ExportPlan = { facets: o.facets, format, params: { ...parseSearchParams(rest, o.facets), facetSize: 1 }, origin: new URL(c.req.url).origin };
    if (running >= o.maxConcurrent) {
      const message = `${running} exports are running, the most at once; try again in a few seconds`;
      return c.json({ error: { code: 'busy', message } }, 503, { 'Retry-After': '5' });
    }
    running++;
    let released = false;
    const release = () => {
      if (!released) running--;
      released = true;
    };
    try {
      const first = await withoutCaching(() => search({ ...plan.params, limit: 0, offset: 0 }));
      const total = first.total;
      const exported = Math.min(total, o.maxRows);
      let offset = 0;
      let started = false;
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          try {
            if (!started) {
              started = true;
              if (format === 'csv') {
                controller.enqueue(encoder.encode(UTF8_BOM + formatCsvHeader(plan.facets)));
                return;
              }
            }
            if (offset >= exported) {
              release();
              controller.close();
              return;
            }
            await nextTurn();
            const count = Math.min(o.pageRows, exported - offset);
            controller.enqueue(encoder.encode(await fetchChunk(search, plan, offset, count, total)));
            offset += count;
          } catch (err) {
            release();
            console.error(`export stopped after ${offset} of ${exported} rows: ${err instanceof Error ? err.message : String(err)}`);
            controller.error(err);
          }
        },
        cancel: release,
      });
      const stamp = new Date().toISOString().slice(0, 10);
      return c.body(body, 200, {
        'Content-Type': CONTENT_TYPES[format],
        'Content-Disposition': `attachment; filename="sift-export-${stamp}.${format}"`,
        'X-Sift-Total': String(total),
        'X-Sift-Exported': String(exported),
        'X-Sift-Truncated': String(total > exported),
      });
    } catch (err) {
      release();
      throw err;
    }
  });
}
