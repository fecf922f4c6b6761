// Facet filters from the request (`speaker=`, `lang=` …): the values selected in one table, the paragraphs carrying
// them, and each filter's bit in a candidate's failure mask.
import { FACET_NAMES } from '../../types';
import type { FacetName, SearchParams } from '../../types';
import type { EngineState } from '../index/engine-state';
import { unionIds } from '../execute/sorted-ids';
import type { FacetTable } from './facet-table';

/** Failure-mask bits: one per facet filter, then the date range; bit t is column t of the facet counter. */
const FACET_BIT: Record<FacetName, number> = { speaker: 1, actor: 2, location: 4, group: 8 };
export const DATE_BIT = 1 << 4;
const LANG_BIT = 1 << 5;

export interface UrlFilter {
  name: FacetName | 'lang';
  table: FacetTable;
  selected: Uint8Array;
  bit: number;
}

const NO_IDS = new Uint32Array(0);

function selectValues(name: FacetName | 'lang', table: FacetTable, bit: number, values: readonly string[]): UrlFilter {
  const selected = new Uint8Array(table.values.length);
  for (const v of values) {
    const id = table.ids.get(v);
    if (id !== undefined) selected[id] = 1;
  }
  return { name, table, selected, bit };
}

/** The request's facet filters that select something, in counter-column order. */
export function urlFiltersOf(s: EngineState, params: SearchParams): UrlFilter[] {
  const filters = FACET_NAMES.filter((f) => params.filters[f].length > 0).map((f) => selectValues(f, s.tables[f], FACET_BIT[f], params.filters[f]));
  if (params.lang !== undefined && params.lang.length > 0) filters.push(selectValues('lang', s.langTable, LANG_BIT, params.lang));
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
