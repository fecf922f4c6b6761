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
  return { starts, offsets, refs };
}

/**
 * Counts every table's values over the paragraphs `ids[i]`: a paragraph with failure mask 0 counts in
 * every table, one failing only table t's filter (mask = 1 << t) counts in table t alone (multi-select),
 * others nowhere. Returns one count array per table.
 */
export function countAllValues(counter: FacetCounter, ids: ArrayLike<number>, masks: Uint8Array | null): Uint32Array[] {
  const { starts, offsets, refs } = counter;
  const counts = new Uint32Array(starts[starts.length - 1]!);
  for (let i = 0; i < ids.length; i++) {
    const p = ids[i]!;
    const mask = masks === null ? 0 : masks[i]!;
    if (mask === 0) {
      for (let j = offsets[p]!; j < offsets[p + 1]!; j++) counts[refs[j]!]! += 1;
    } else if ((mask & (mask - 1)) === 0) {
      const t = 31 - Math.clz32(mask);
      const lo = starts[t]!;
      const hi = starts[t + 1]!;
      for (let j = offsets[p]!; j < offsets[p + 1]!; j++) {
        const r = refs[j]!;
        if (r >= lo && r < hi) counts[r]! += 1;
      }
    }
  }
  return Array.from({ length: starts.length - 1 }, (_, t) => counts.subarray(starts[t]!, starts[t + 1]!));
}
