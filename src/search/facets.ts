// Facet values as numeric ids in CSR typed arrays, and counting them over a matching set.
import type { FacetValueCount } from '../types';
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
  const refList: number[] = [];
  for (let p = 0; p < n; p++) {
    offsets[p] = refList.length;
    const seen = new Set<number>();
    for (const value of valuesOf(p)) {
      let id = ids.get(value);
      if (id === undefined) {
        id = values.length;
        ids.set(value, id);
        values.push(value);
      }
      if (!seen.has(id)) {
        seen.add(id);
        refList.push(id);
      }
    }
  }
  offsets[n] = refList.length;
  const refs = Uint32Array.from(refList);
  const postingOffsets = new Uint32Array(values.length + 1);
  for (const id of refs) postingOffsets[id + 1]! += 1;
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
