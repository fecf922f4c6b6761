// Counting every facet over a match set in one pass, leaving each facet's own filter out of its counts (multi-select).
import type { FacetTable } from './facet-table';

/**
 * All facets' paragraph → value columns merged into one CSR over a shared id space (table t's value v is
 * `starts[t] + v`), so counting every facet over a match set is one pass over it instead of one per facet.
 */
export interface FacetCounter {
  starts: Uint32Array;
  offsets: Uint32Array;
  refs: Uint32Array;
  /** Each column's own paragraph → value CSR (its table's), for paragraphs counted in that column alone. */
  columns: { offsets: Uint32Array; refs: Uint32Array }[];
}

export function buildFacetCounter(tables: readonly FacetTable[], n: number): FacetCounter {
  const starts = new Uint32Array(tables.length + 1);
  let total = 0;
  tables.forEach((t, i) => {
    starts[i + 1] = starts[i]! + t.values.length;
    total += t.refs.length;
  });
  const offsets = new Uint32Array(n + 1);
  const refs = new Uint32Array(total);
  let k = 0;
  for (let p = 0; p < n; p++) {
    offsets[p] = k;
    tables.forEach((t, i) => {
      for (let j = t.offsets[p]!; j < t.offsets[p + 1]!; j++) refs[k++] = starts[i]! + t.refs[j]!;
    });
  }
  offsets[n] = k;
  return { starts, offsets, refs, columns: tables.map((t) => ({ offsets: t.offsets, refs: t.refs })) };
}

/**
 * Which filters a candidate fails, in a form that fits any number of facets: only "none" and "exactly one" matter
 * for counting (a paragraph failing two filters counts nowhere), so a candidate carries one code, not a bit per filter.
 */
export const PASSES_ALL = 0;
export const FAILS_SEVERAL = 0xffff;

/** The code of a candidate that failed `code` so far and now also fails the filter on counter column `column`. */
export function alsoFails(code: number, column: number): number {
  return code === PASSES_ALL ? column + 1 : FAILS_SEVERAL;
}

/**
 * Counts every table's values over the paragraphs `ids[i]`: a paragraph passing every filter counts in every
 * table, one failing only column t's filter (code t + 1) counts in table t alone (multi-select), others nowhere.
 * Returns one count array per table.
 */
export function countAllValues(counter: FacetCounter, ids: ArrayLike<number>, codes: Uint16Array | null): Uint32Array[] {
  const { starts, offsets, refs, columns } = counter;
  const counts = new Uint32Array(starts[starts.length - 1]!);
  if (codes === null) {
    for (let i = 0; i < ids.length; i++) {
      const p = ids[i]!;
      for (let j = offsets[p]!, end = offsets[p + 1]!; j < end; j++) counts[refs[j]!]! += 1;
    }
  } else {
    for (let i = 0; i < ids.length; i++) {
      const p = ids[i]!;
      const code = codes[i]!;
      if (code === PASSES_ALL) {
        for (let j = offsets[p]!, end = offsets[p + 1]!; j < end; j++) counts[refs[j]!]! += 1;
      } else if (code !== FAILS_SEVERAL) {
        // Failing only this column's filter: its own table's values, the same refs the merged row holds in its range.
        const own = columns[code - 1]!;
        const base = starts[code - 1]!;
        for (let j = own.offsets[p]!, end = own.offsets[p + 1]!; j < end; j++) counts[base + own.refs[j]!]! += 1;
      }
    }
  }
  return Array.from({ length: starts.length - 1 }, (_, t) => counts.subarray(starts[t]!, starts[t + 1]!));
}
