// The `facets` of a response: every facet counted over the match set, then its most frequent values.
import type { FacetCounts } from '../../types';
import type { EngineState } from '../index/engine-state';
import { countAllValues } from './facet-counter';
import { topValues } from './facet-table';

/** Value counts per facet name (every registry facet, and `date`). */
export type FacetCountArrays = Record<string, Uint32Array>;

/**
 * Counts over the paragraphs `ids` (with their failure codes when `codes` is given), by facet name;
 * `own` replaces a facet's counts when they are known already (a lone filter's facet while browsing).
 */
export function countFacets(s: EngineState, ids: Uint32Array, codes: Uint16Array | null, own: Partial<FacetCountArrays>): FacetCountArrays {
  const columns = countAllValues(s.counter, ids, codes);
  const out: FacetCountArrays = {};
  s.facets.forEach((f, t) => (out[f.name] = own[f.name] ?? columns[t]!));
  out.date = columns[s.facets.length]!;
  return out;
}

/** `facets.<name>` for each registry facet, then `facets.date`. */
export function facetsFromCounts(s: EngineState, counts: FacetCountArrays, size: number): FacetCounts {
  const out: Record<string, ReturnType<typeof topValues>> = {};
  for (const f of s.facets) out[f.name] = topValues(s.tables[f.name]!, counts[f.name]!, size);
  out.date = topValues(s.dateTable, counts.date!, size);
  return out as FacetCounts;
}
