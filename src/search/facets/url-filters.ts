// Facet filters from the request (`speaker=`, `outlet=`, `lang=` …, one per registry facet): the values selected in
// the facet's table, the paragraphs carrying them, and the facet's counter column (see facet-counter.ts failure codes).
import { FACET_NAMES } from '../../types';
import type { FacetName, SearchParams } from '../../types';
import type { EngineState } from '../index/engine-state';
import { resolveFilterValues } from '../entity-expansion';
import type { ResolveEntities } from '../entity-expansion';
import { unionIds } from '../execute/sorted-ids';
import type { FacetTable } from './facet-table';
import { nameVariants } from './name-variants';

export interface UrlFilter {
  name: string;
  table: FacetTable;
  selected: Uint8Array;
  /** The facet's column in the counter. */
  column: number;
}

const NO_IDS = new Uint32Array(0);

/** Facets of people and bodies, whose unresolved names the page spells its own way (name-variants.ts). */
const NAMED: ReadonlySet<string> = new Set<FacetName>(['speaker', 'actor']);

function isEntityFacet(name: string): name is FacetName {
  return (FACET_NAMES as readonly string[]).includes(name);
}

/**
 * The value ids one requested value selects: itself; for an entity facet, a value as an analyst types it (an alias,
 * another script, a surname) as the typed `facet:value` filter resolves it; for people and bodies, also the other
 * spellings of the same name among the facet's values.
 */
function valueIds(s: EngineState, name: string, table: FacetTable, value: string, resolve: ResolveEntities | undefined): number[] {
  const exact = table.ids.get(value);
  const ids = exact !== undefined ? [exact] : isEntityFacet(name) ? resolveFilterValues(s.catalog, s.entityTables, name, value, resolve) : [];
  return withNameVariants(name, table, ids);
}

/** `ids` with, for a facet of people and bodies, the other spellings of each name among the facet's values. */
export function withNameVariants(name: string, table: FacetTable, ids: readonly number[]): number[] {
  return NAMED.has(name) ? ids.flatMap((id) => [id, ...nameVariants(table, id)]) : [...ids];
}

function selectValues(s: EngineState, name: string, column: number, values: readonly string[], resolve: ResolveEntities | undefined): UrlFilter {
  const table = s.tables[name]!;
  const selected = new Uint8Array(table.values.length);
  for (const v of values) for (const id of valueIds(s, name, table, v, resolve)) selected[id] = 1;
  return { name, table, selected, column };
}

/** A facet's selected values: `filters[name]`, and for `lang` also the older `lang` parameter. */
function selectedValues(params: SearchParams, name: string): string[] {
  const own = params.filters[name] ?? [];
  return name === 'lang' && params.lang !== undefined && params.lang.length > 0 ? [...own, ...params.lang] : own;
}

/** The request's facet filters that select something, in counter-column order. */
export function urlFiltersOf(s: EngineState, params: SearchParams, resolve?: ResolveEntities): UrlFilter[] {
  const filters: UrlFilter[] = [];
  s.facets.forEach((f, column) => {
    const values = selectedValues(params, f.name);
    if (values.length > 0) filters.push(selectValues(s, f.name, column, values, resolve));
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
