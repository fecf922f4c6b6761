// The paragraphs considered for one response: those passing the hard restrictions (document, exclusions, in-query
// filters, tombstones), each with its score, matched-unit count and a code for the request filters it fails.
import { dateColumn } from '../index/engine-state';
import type { EngineState } from '../index/engine-state';
import { hasAnyValue } from '../facets/facet-table';
import { alsoFails, FAILS_SEVERAL, PASSES_ALL } from '../facets/facet-counter';
import type { UrlFilter } from '../facets/url-filters';
import type { PlanFilter } from '../query/plan';
import type { ScoredIds } from './sorted-ids';

export interface Candidates {
  ids: Uint32Array;
  scores: Float64Array;
  matched: Uint8Array;
  /** Which request filters each candidate fails (a failure code, see facets/facet-counter.ts). */
  failed: Uint16Array;
}

/** A filter's paragraphs are walked beside the ids being checksFilters when at most this many times as many. */
export const WALK_RATIO = 16;

/** What narrows a response besides its words. */
export interface Scope {
  /** Paragraph ids [from, to) of the `doc` parameter's document (all when none). */
  docRange: [number, number];
  excluded: Uint8Array | null;
  queryFilters: PlanFilter[];
  urlFilters: UrlFilter[];
  /** Each URL filter's paragraphs, ascending. */
  filterLists: Uint32Array[];
  /** Publication day bounds (YYYYMMDD numbers) of `from`/`to`, null when neither is given. */
  days: { first: number; last: number } | null;
}

/*
 * Candidates with no filter to check all carry the same unit count and no failure code: they share read-only runs
 * of those values (nothing writes a candidate's count or code after `keep`), instead of allocating and filling two
 * arrays the size of a common word's matches on every answer.
 */
let zeros = new Uint16Array(0);
const constants = new Map<number, Uint8Array>();

function zeroCodes(length: number): Uint16Array {
  if (zeros.length < length) zeros = new Uint16Array(Math.max(length, 2 * zeros.length));
  return zeros.subarray(0, length);
}

function constantBytes(value: number, length: number): Uint8Array {
  let run = constants.get(value);
  if (run === undefined || run.length < length) {
    run = new Uint8Array(Math.max(length, 2 * (run?.length ?? 0))).fill(value);
    constants.set(value, run);
  }
  return run.subarray(0, length);
}

export class CandidateFilter {
  /** Whether candidates carry failure codes (some URL filter or date range). */
  readonly checksFilters: boolean;
  /** Whether every paragraph passes the hard restrictions (only tombstones and failure codes can drop one). */
  readonly trivialBase: boolean;

  constructor(
    private readonly s: EngineState,
    private readonly scope: Scope,
  ) {
    const n = s.paragraphDoc.length;
    const { docRange, excluded, queryFilters } = scope;
    this.checksFilters = scope.urlFilters.length > 0 || scope.days !== null;
    this.trivialBase = docRange[0] === 0 && docRange[1] === n && excluded === null && queryFilters.length === 0 && s.hidden === null;
  }

  passesBase(pid: number): boolean {
    const { docRange, excluded, queryFilters } = this.scope;
    if (pid < docRange[0] || pid >= docRange[1] || (excluded !== null && excluded[pid] === 1)) return false;
    if (this.s.hidden !== null && this.s.hidden[pid] === 1) return false;
    for (const f of queryFilters) if (hasAnyValue(f.table, pid, f.selected) === f.negated) return false;
    return true;
  }

  /** Keeps the scored paragraphs passing the hard restrictions, with their failure codes. */
  keep(ids: Uint32Array, scores: Float64Array | null, matched: number | Uint8Array): Candidates {
    if (this.trivialBase && !this.checksFilters && scores !== null) {
      return { ids, scores, matched: typeof matched === 'number' ? constantBytes(matched, ids.length) : matched, failed: zeroCodes(ids.length) };
    }
    const out: Candidates = {
      ids: new Uint32Array(ids.length),
      scores: new Float64Array(ids.length),
      matched: new Uint8Array(ids.length),
      failed: new Uint16Array(ids.length),
    };
    let k = 0;
    const failedOf = this.checksFilters ? this.failuresOf(ids.length) : null;
    // every paragraph passes the hard restrictions when there are none: no per-candidate test then
    const testsBase = !this.trivialBase;
    for (let i = 0; i < ids.length; i++) {
      const pid = ids[i]!;
      if (testsBase && !this.passesBase(pid)) continue;
      out.ids[k] = pid;
      out.scores[k] = scores === null ? 0 : scores[i]!;
      out.matched[k] = typeof matched === 'number' ? matched : matched[i]!;
      if (failedOf !== null) out.failed[k] = failedOf(pid);
      k++;
    }
    return { ids: out.ids.subarray(0, k), scores: out.scores.subarray(0, k), matched: out.matched.subarray(0, k), failed: out.failed.subarray(0, k) };
  }

  /**
   * Failure codes of ascending ids, in order: a filter's paragraphs are walked with a cursor beside them
   * (sequential reads) unless they far outnumber the ids, then each id looks its values up.
   */
  private failuresOf(count: number): (pid: number) => number {
    const { urlFilters, filterLists } = this.scope;
    const walk = filterLists.map((list) => list.length <= WALK_RATIO * count);
    const cursors = new Uint32Array(filterLists.length);
    let last = -1;
    return (pid) => {
      if (pid < last) cursors.fill(0);
      last = pid;
      let code = PASSES_ALL;
      for (let t = 0; t < urlFilters.length; t++) {
        const f = urlFilters[t]!;
        let passes: boolean;
        if (walk[t]) {
          const list = filterLists[t]!;
          let c = cursors[t]!;
          while (c < list.length && list[c]! < pid) c++;
          cursors[t] = c;
          passes = c < list.length && list[c] === pid;
        } else passes = hasAnyValue(f.table, pid, f.selected);
        // Every cursor must advance to pid, so the loop goes on past a second failure.
        if (!passes && code !== FAILS_SEVERAL) code = alsoFails(code, f.column);
      }
      return this.failsDate(pid) ? (code === FAILS_SEVERAL ? code : alsoFails(code, dateColumn(this.s))) : code;
    };
  }

  private failsDate(pid: number): boolean {
    const days = this.scope.days;
    if (days === null) return false;
    const s = this.s;
    const d = s.paragraphDoc[pid]!;
    return s.pubFirst[d] === 0 || s.pubFirst[d]! > days.last || s.pubLast[d]! < days.first;
  }
}

export function concatCandidates(a: Candidates, b: Candidates): Candidates {
  const join = <T extends Uint32Array | Float64Array | Uint8Array | Uint16Array>(x: T, y: T, make: (n: number) => T): T => {
    const out = make(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return out;
  };
  return {
    ids: join(a.ids, b.ids, (n) => new Uint32Array(n)),
    scores: join(a.scores, b.scores, (n) => new Float64Array(n)),
    matched: join(a.matched, b.matched, (n) => new Uint8Array(n)),
    failed: join(a.failed, b.failed, (n) => new Uint16Array(n)),
  };
}

/** The candidates passing every filter. */
export function compactPassing(c: Candidates): Candidates {
  let count = 0;
  for (let i = 0; i < c.failed.length; i++) if (c.failed[i] === PASSES_ALL) count++;
  if (count === c.failed.length) return c;
  const out: Candidates = { ids: new Uint32Array(count), scores: new Float64Array(count), matched: new Uint8Array(count), failed: new Uint16Array(count) };
  let k = 0;
  for (let i = 0; i < c.failed.length; i++) {
    if (c.failed[i] !== PASSES_ALL) continue;
    out.ids[k] = c.ids[i]!;
    out.scores[k] = c.scores[i]!;
    out.matched[k++] = c.matched[i]!;
  }
  return out;
}

/** The scored ids (ascending) that are also in `among` (ascending), walking both. */
export function keepAmong(list: ScoredIds, among: Uint32Array): ScoredIds {
  const ids = new Uint32Array(Math.min(list.ids.length, among.length));
  const scores = new Float64Array(ids.length);
  let k = 0;
  let j = 0;
  for (let i = 0; i < list.ids.length && j < among.length; i++) {
    const pid = list.ids[i]!;
    while (j < among.length && among[j]! < pid) j++;
    if (j < among.length && among[j] === pid) {
      ids[k] = pid;
      scores[k++] = list.scores[i]!;
    }
  }
  return { ids: ids.subarray(0, k), scores: scores.subarray(0, k) };
}
