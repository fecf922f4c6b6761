// Partial matches: paragraphs satisfying some of the query's units but not all (relaxed results, page backfill).
import type { CandidateFilter, Candidates } from './candidates';
import type { SearchContext } from './context';
import { materializeUnit, probeUnit } from './unit-query';
import type { UnitQuery } from './unit-query';

/** Rough cost of probing one unit for one paragraph (binary searches) against scoring one posting. */
export const PROBE_COST = 8;

/** Reusable per-engine accumulators for partial matches. */
export class PartialScratch {
  readonly score: Float64Array;
  readonly count: Uint8Array;
  readonly stamp: Uint32Array;
  readonly touched: Uint32Array;
  generation = 0;

  constructor(n: number) {
    this.score = new Float64Array(n);
    this.count = new Uint8Array(n);
    this.stamp = new Uint32Array(n);
    this.touched = new Uint32Array(n);
  }

  next(): number {
    if (++this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }
}

/** One query's partial-match search: its units, the title bonus per document, and the filter keeping candidates. */
export interface PartialSearch {
  units: UnitQuery[];
  bonus: Float64Array;
  filter: CandidateFilter;
}

/** Whether probing `size` paragraphs is cheaper than materializing every unit. */
export function probingPays(units: readonly UnitQuery[], size: number): boolean {
  let work = 0;
  for (const uq of units) work += uq.estimate;
  return size <= work / (8 * units.length);
}

/** Scores and unit counts of the paragraphs `within` (ascending) in the scratch, probing units much larger than them. */
function accumulateWithin(ctx: SearchContext, p: PartialScratch, generation: number, units: readonly UnitQuery[], within: Uint32Array): void {
  for (let i = 0; i < within.length; i++) {
    const pid = within[i]!;
    p.stamp[pid] = generation;
    p.score[pid] = 0;
    p.count[pid] = 0;
  }
  for (const uq of units) {
    if (uq.materialized === null && within.length * PROBE_COST <= uq.estimate) {
      for (let i = 0; i < within.length; i++) {
        const pid = within[i]!;
        const score = probeUnit(ctx, uq, pid);
        if (Number.isNaN(score)) continue;
        p.score[pid]! += score;
        p.count[pid]! += 1;
      }
      continue;
    }
    const r = materializeUnit(ctx, uq);
    for (let i = 0; i < r.ids.length; i++) {
      const pid = r.ids[i]!;
      if (p.stamp[pid] !== generation) continue;
      p.score[pid]! += r.scores[i]!;
      p.count[pid]! += 1;
    }
  }
}

/** Scores and unit counts of every paragraph matching some unit; returns how many were touched. */
function accumulateAll(ctx: SearchContext, p: PartialScratch, generation: number, units: readonly UnitQuery[]): number {
  let touched = 0;
  for (const uq of units) {
    const r = materializeUnit(ctx, uq);
    for (let i = 0; i < r.ids.length; i++) {
      const pid = r.ids[i]!;
      if (p.stamp[pid] !== generation) {
        p.stamp[pid] = generation;
        p.score[pid] = 0;
        p.count[pid] = 0;
        p.touched[touched++] = pid;
      }
      p.score[pid]! += r.scores[i]!;
      p.count[pid]! += 1;
    }
  }
  return touched;
}

/** The touched paragraphs matching some units but not all, ascending: a scan when they are many, a sort when few. */
function collectPartial(p: PartialScratch, generation: number, touched: number, units: number, n: number): Uint32Array {
  const ids = new Uint32Array(touched);
  let k = 0;
  if (touched > n >> 5) {
    for (let pid = 0; pid < n; pid++) if (p.stamp[pid] === generation && p.count[pid]! < units) ids[k++] = pid;
    return ids.subarray(0, k);
  }
  for (let i = 0; i < touched; i++) if (p.count[p.touched[i]!]! < units) ids[k++] = p.touched[i]!;
  return ids.subarray(0, k).sort();
}

/**
 * Paragraphs matching some units but not all, with the sum of their unit scores (in unit order) and the title bonus.
 * With `within` (ascending), only those paragraphs are looked at: a unit with many more paragraphs than it is
 * probed for them instead of materialized.
 */
export function partialMatches(ctx: SearchContext, q: PartialSearch, within?: Uint32Array): Candidates {
  const n = ctx.s.paragraphDoc.length;
  ctx.scratch ??= new PartialScratch(n);
  const p = ctx.scratch;
  const generation = p.next();
  const units = q.units.length;
  let ids: Uint32Array;
  if (within !== undefined) {
    accumulateWithin(ctx, p, generation, q.units, within);
    ids = new Uint32Array(within.length);
    let k = 0;
    for (let i = 0; i < within.length; i++) {
      const c = p.count[within[i]!]!;
      if (c > 0 && c < units) ids[k++] = within[i]!;
    }
    ids = ids.subarray(0, k);
  } else {
    ids = collectPartial(p, generation, accumulateAll(ctx, p, generation, q.units), units, n);
  }
  const scores = new Float64Array(ids.length);
  const matched = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const pid = ids[i]!;
    scores[i] = p.score[pid]! + q.bonus[ctx.s.paragraphDoc[pid]!]!;
    matched[i] = p.count[pid]!;
  }
  return q.filter.keep(ids, scores, matched);
}

/**
 * Partial matches among `universe` (ascending), found by probing each unit for each of its paragraphs,
 * then kept (with failure codes) as the materialized set would be.
 */
export function partialMatchesAmong(ctx: SearchContext, q: PartialSearch, universe: Uint32Array): Candidates {
  const units = q.units.length;
  const ids = new Uint32Array(universe.length);
  const scores = new Float64Array(universe.length);
  const matched = new Uint8Array(universe.length);
  let k = 0;
  for (const pid of universe) {
    let score = 0;
    let count = 0;
    for (const uq of q.units) {
      const s = probeUnit(ctx, uq, pid);
      if (Number.isNaN(s)) continue;
      score += s;
      count++;
    }
    if (count === 0 || count === units) continue;
    ids[k] = pid;
    scores[k] = score + q.bonus[ctx.s.paragraphDoc[pid]!]!;
    matched[k++] = count;
  }
  return q.filter.keep(ids.subarray(0, k), scores.subarray(0, k), matched.subarray(0, k));
}
