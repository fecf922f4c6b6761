// The WHERE clause of a search: full-text match, document, date span and facet filters (each facet's part kept apart for multi-select counts).
import { parseDaySpan } from '../../search/query/date-range';
import type { SearchParams } from '../../types';
import { docKey, valueId } from './ids';
import { STORED_FACETS, facetAttribute } from './schema';
import { int, intList, str } from './sql';

export interface SearchFilters {
  /** Conditions every query of the search keeps (match, document, dates, query-prefix filters). */
  base: string[];
  /** URL facet filters by facet: dropped from that facet's own counts. */
  byFacet: Map<string, string>;
}

/** URL filter values of a stored facet: `filters[facet]` (older callers give `lang` in its own field). */
export function urlFilterValues(params: SearchParams, facet: string): string[] {
  const own = (params.filters as Record<string, string[] | undefined>)[facet] ?? [];
  return own.length === 0 && facet === 'lang' ? (params.lang ?? []) : own;
}

export function searchFilters(params: SearchParams, match: string | null, prefixFilters: { facet: string; ids: number[] }[]): SearchFilters {
  const base: string[] = [];
  if (match !== null) base.push(`MATCH(${str(match)})`);
  if (params.doc !== null) base.push(`docid = ${int(docKey(params.doc))}`);
  // A typed `facet:value` ORs with the URL values of its facet, as in the embedded engine (src/search/query/filter-model.ts).
  const typed = new Map<string, number[]>();
  for (const f of prefixFilters) {
    if (STORED_FACETS.some((d) => d.name === f.facet)) typed.set(f.facet, [...(typed.get(f.facet) ?? []), ...f.ids]);
    else base.push(`${facetAttribute(f.facet)} IN ${intList(f.ids.length > 0 ? f.ids : [0])}`);
  }
  const byFacet = new Map<string, string>();
  // The date span is the `date` facet's own filter: the month histogram still shows the months outside it.
  if (params.from !== null || params.to !== null) {
    const from = params.from ? (parseDaySpan(params.from)?.first ?? 0) : 0;
    const to = params.to ? (parseDaySpan(params.to)?.last ?? 99999999) : 99999999;
    byFacet.set('date', `pub_first > 0 AND pub_first <= ${int(to)} AND pub_last >= ${int(from)}`);
  }
  for (const f of STORED_FACETS) {
    const ids = [...urlFilterValues(params, f.name).map((v) => valueId(f.name, v)), ...(typed.get(f.name) ?? [])];
    if (ids.length > 0 || typed.has(f.name)) byFacet.set(f.name, `${facetAttribute(f.name)} IN ${intList(ids.length > 0 ? ids : [0])}`);
  }
  return { base, byFacet };
}

/** The WHERE clause with every filter, or without one facet's URL filter. */
export function whereClause(filters: SearchFilters, without?: string): string {
  const parts = [...filters.base, ...[...filters.byFacet].filter(([facet]) => facet !== without).map(([, cond]) => cond)];
  return parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`;
}
