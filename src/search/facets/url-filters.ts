// Facet filters from the request (`speaker=`, `outlet=`, `lang=` …, one per registry facet): the values selected in
// the facet's table, the paragraphs carrying them, and the facet's counter column (see facet-counter.ts failure codes).
import type { SearchParams } from '../../types';
import type { EngineState } from '../index/engine-state';
import { unionIds } from '../execute/sorted-ids';
import type { FacetTable } from './facet-table';

export interface UrlFilter {
  name: string;
  table: FacetTable;
  selected: Uint8Array;
  /** The facet's column in the counter. */
  column: number;
}

const NO_IDS = new Uint32Array(0);

function selectValues(name: string, table: FacetTable, column: number, values: readonly string[]): UrlFilter {
  const selected = new Uint8Array(table.values.length);
  for (const v of values) {
    const id = table.ids.get(v);
    if (id !== undefined) selected[id] = 1;
  }
  return { name, table, selected, column };
}

/** A facet's selected values: `filters[name]`, and for `lang` also the older `lang` parameter. */
function selectedValues(params: SearchParams, name: string): string[] {
  const own = params.filters[name] ?? [];
  return name === 'lang' && params.lang !== undefined && params.lang.length > 0 ? [...own, ...params.lang] : own;
}

/** The request's facet filters that select something, in counter-column order. */
export function urlFiltersOf(s: EngineState, params: SearchParams): UrlFilter[] {
  const filters: UrlFilter[] = [];
  s.facets.forEach((f, column) => {
    const values = selectedValues(params, f.name);
    if (values.length > 0) filters.push(selectValues(f.name, s.tables[f.name]!, column, values));
  });
  return filters;
}

/** Paragraphs carrying any selected value of one facet filter, ascending. */
export function filterPostings(f: { table: FacetTable; selected: Uint8Array }): Uint32Array {
  const table = f.table;
  const lists: Uint32Array[] = [];
  for (let v = 0; v < f.selected.length; v++) {
    if (f.selected[v] === 1) lists.push(table.postings.subarray(table.postingOffsets[v]!, table.postingOffsets[v + 1]!));
  }
  return lists.length === 0 ? NO_IDS : unionIds(lists);
}

const withAnyValue = new WeakMap<FacetTable, Uint32Array>();

/** Paragraphs carrying at least one value of the facet, ascending (computed once per table). */
export function paragraphsWithAnyValue(table: FacetTable): Uint32Array {
  let ids = withAnyValue.get(table);
  if (ids === undefined) {
    const n = table.offsets.length - 1;
    const out = new Uint32Array(n);
    let k = 0;
    for (let p = 0; p < n; p++) if (table.offsets[p + 1]! > table.offsets[p]!) out[k++] = p;
    ids = out.slice(0, k);
    withAnyValue.set(table, ids);
  }
  return ids;
}
