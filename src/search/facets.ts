// Facet values as numeric ids in CSR typed arrays, and counting them over a matching set.
import type { FacetValueCount } from '../types';
import { GrowableArray } from './growable-array';
import { selectTop } from './top-k';

/** One facet: value dictionary, paragraph → values and value → paragraphs, both in CSR layout. */
export interface FacetTable {
  values: string[];
  ids: Map<string, number>;
  /** Rank of each value id in ascending string order, for the count-tie order. */
  valueRank: Uint32Array;
  /** Paragraph p's value ids are refs[offsets[p] .. offsets[p+1]). */
  offsets: Uint32Array;
  refs: Uint32Array;
  /** Value v's paragraphs (ascending) are postings[postingOffsets[v] .. postingOffsets[v+1]). */
  postingOffsets: Uint32Array;
  postings: Uint32Array;
}

/** Builds a facet table for paragraphs 0..n-1; duplicate values within a paragraph count once. */
export function buildFacetTable(n: number, valuesOf: (p: number) => readonly string[]): FacetTable {
  const ids = new Map<string, number>();
  const values: string[] = [];
  const offsets = new Uint32Array(n + 1);
  const refs = new GrowableArray(Uint32Array, 1 << 12);
  for (let p = 0; p < n; p++) {
    const start = refs.length;
    offsets[p] = start;
    for (const value of valuesOf(p)) {
      let id = ids.get(value);
      if (id === undefined) {
        id = values.length;
        ids.set(value, id);
        values.push(value);
      }
      let seen = false;
      for (let i = start; i < refs.length && !seen; i++) seen = refs.get(i) === id;
      if (!seen) refs.push(id);
    }
  }
  offsets[n] = refs.length;
  return facetTableFromColumns(values, offsets, refs.toArray());
}

/** A facet table from its value dictionary and paragraph → value ids columns (the persisted part). */
export function facetTableFromColumns(values: string[], offsets: Uint32Array, refs: Uint32Array): FacetTable {
  const ids = new Map<string, number>();
  values.forEach((v, i) => ids.set(v, i));
  const n = offsets.length - 1;
  const postingOffsets = new Uint32Array(values.length + 1);
  for (let i = 0; i < refs.length; i++) postingOffsets[refs[i]! + 1]! += 1;
  for (let v = 0; v < values.length; v++) postingOffsets[v + 1]! += postingOffsets[v]!;
  const cursor = postingOffsets.slice(0, values.length);
  const postings = new Uint32Array(refs.length);
  for (let p = 0; p < n; p++) {
    for (let i = offsets[p]!; i < offsets[p + 1]!; i++) {
      const v = refs[i]!;
      postings[cursor[v]!++] = p;
    }
  }
  const order = values.map((_, i) => i).sort((a, b) => compareStrings(values[a]!, values[b]!));
  const valueRank = new Uint32Array(values.length);
  order.forEach((id, rank) => (valueRank[id] = rank));
  return { values, ids, valueRank, offsets, refs, postingOffsets, postings };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Number of paragraphs carrying value id v. */
export function valueFrequency(table: FacetTable, v: number): number {
  return table.postingOffsets[v + 1]! - table.postingOffsets[v]!;
}

/** The paragraphs carrying value id v, ascending. */
export function valuePostings(table: FacetTable, v: number): Uint32Array {
  return table.postings.subarray(table.postingOffsets[v]!, table.postingOffsets[v + 1]!);
}

/** Whether paragraph p carries any value whose id is flagged in `selected`. */
export function hasAnyValue(table: FacetTable, p: number, selected: Uint8Array): boolean {
  for (let i = table.offsets[p]!; i < table.offsets[p + 1]!; i++) if (selected[table.refs[i]!] === 1) return true;
  return false;
}

/**
 * Counts values over the paragraphs `ids[i]` whose failure mask, ignoring `ownBit`, is zero:
 * that is how a facet's own filter is left out of its counts (multi-select).
 */
export function countValues(table: FacetTable, ids: ArrayLike<number>, masks: Uint8Array | null, ownBit: number): Uint32Array {
  const counts = new Uint32Array(table.values.length);
  const keep = ~ownBit & 0xff;
  for (let i = 0; i < ids.length; i++) {
    if (masks !== null && (masks[i]! & keep) !== 0) continue;
    const p = ids[i]!;
    for (let j = table.offsets[p]!; j < table.offsets[p + 1]!; j++) counts[table.refs[j]!]! += 1;
  }
  return counts;
}

/** The `size` most frequent values, count descending then value ascending. */
export function topValues(table: FacetTable, counts: Uint32Array, size: number): FacetValueCount[] {
  const nonZero: number[] = [];
  for (let v = 0; v < counts.length; v++) if (counts[v]! > 0) nonZero.push(v);
  const best = selectTop(nonZero, size, (a, b) =>
    counts[a] !== counts[b] ? counts[a]! > counts[b]! : table.valueRank[a]! < table.valueRank[b]!,
  );
  return best.map((v) => ({ value: table.values[v]!, count: counts[v]! }));
}

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
