// Facet values as numeric ids in CSR typed arrays: each paragraph's values, each value's paragraphs, the most frequent values.
import type { FacetValueCount } from '../../types';
import { selectTop } from '../execute/top-k';
import { GrowableArray } from '../index/growable-array';
import { foldText } from '../../text';

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

/** Builds a facet table a paragraph at a time (ids 0, 1, …); duplicate values within a paragraph count once. */
export class FacetTableBuilder {
  private readonly ids = new Map<string, number>();
  private readonly values: string[] = [];
  private readonly offsets: GrowableArray<Uint32ArrayConstructor>;
  private readonly refs = new GrowableArray(Uint32Array, 1 << 12);

  constructor(expectedParagraphs = 0) {
    this.offsets = new GrowableArray(Uint32Array, Math.max(1 << 10, expectedParagraphs + 1));
  }

  add(list: readonly string[]): void {
    const start = this.refs.length;
    this.offsets.push(start);
    for (const value of list) {
      let id = this.ids.get(value);
      if (id === undefined) {
        id = this.values.length;
        this.ids.set(value, id);
        this.values.push(value);
      }
      let seen = false;
      for (let i = start; i < this.refs.length && !seen; i++) seen = this.refs.get(i) === id;
      if (!seen) this.refs.push(id);
    }
  }

  finish(): FacetTable {
    this.offsets.push(this.refs.length);
    return facetTableFromColumns(this.values, this.offsets.toArray(), this.refs.toArray());
  }
}

/** Builds a facet table for paragraphs 0..n-1. */
export function buildFacetTable(n: number, valuesOf: (p: number) => readonly string[]): FacetTable {
  const builder = new FacetTableBuilder(n);
  for (let p = 0; p < n; p++) builder.add(valuesOf(p));
  return builder.finish();
}

/** A facet with no values on any of `n` paragraphs. */
export function emptyFacetTable(n: number): FacetTable {
  return facetTableFromColumns([], new Uint32Array(n + 1), new Uint32Array(0));
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

/** Up to this many values, the top list is kept by insertion (one comparison with the last for most values). */
const INSERTION_MAX = 64;

/** The `size` most frequent values, count descending then value ascending. */
export function topValues(table: FacetTable, counts: Uint32Array, size: number): FacetValueCount[] {
  const best = size <= INSERTION_MAX ? topByInsertion(table.valueRank, counts, size) : topBySelection(table, counts, size);
  return best.map((v) => ({ value: table.values[v]!, count: counts[v]! }));
}

/**
 * The best `size` value ids in one pass over the counts, without a closure or an array of every counted value:
 * a facet is counted on every answer, and its values run to thousands (places, people).
 */
function topByInsertion(rank: Uint32Array, counts: Uint32Array, size: number): number[] {
  const kept = new Uint32Array(size);
  let length = 0;
  for (let v = 0; v < counts.length; v++) {
    const c = counts[v]!;
    if (c === 0) continue;
    if (length === size) {
      const last = kept[size - 1]!;
      if (c < counts[last]! || (c === counts[last]! && rank[v]! > rank[last]!)) continue;
    } else length++;
    // Shift the worse ones down; v goes where the one above it ranks ahead.
    let at = length - 1;
    while (at > 0) {
      const above = kept[at - 1]!;
      if (counts[above]! > c || (counts[above] === c && rank[above]! < rank[v]!)) break;
      kept[at] = above;
      at--;
    }
    kept[at] = v;
  }
  return Array.from(kept.subarray(0, length));
}

function topBySelection(table: FacetTable, counts: Uint32Array, size: number): number[] {
  const nonZero: number[] = [];
  for (let v = 0; v < counts.length; v++) if (counts[v]! > 0) nonZero.push(v);
  return selectTop(nonZero, size, (a, b) => (counts[a] !== counts[b] ? counts[a]! > counts[b]! : table.valueRank[a]! < table.valueRank[b]!));
}

/** Value ids equal to `raw`, or else equal to it folded (case, diacritics, spacing): how a typed `facet:value` selects. */
export function matchingValues(table: FacetTable, raw: string): number[] {
  const exact = table.ids.get(raw);
  if (exact !== undefined) return [exact];
  const key = foldText(raw).replace(/\s+/g, ' ').trim();
  if (key === '') return [];
  const out: number[] = [];
  table.values.forEach((v, id) => {
    if (foldText(v).replace(/\s+/g, ' ').trim() === key) out.push(id);
  });
  return out;
}
