// The page: a bounded top-k of the matching candidates, continued past the last full match with partial matches.
import type { EngineState } from '../index/engine-state';
import type { Candidates } from './candidates';
import { selectTopIndices } from './top-k';

export interface RankedHit {
  pid: number;
  score: number;
  /** Why a hit past the full matches is on the page (see SearchHit.extra); absent for a full match. */
  extra?: 'partial' | 'unattributed';
}

export interface PageRequest {
  browsing: boolean;
  sort: 'relevance' | 'date' | 'oldest';
  /** Hits wanted from the top (offset + limit). */
  wanted: number;
}

/** Order of candidates: browse order when browsing, else (newest first by date) most units, best score, reading order. */
function rankBefore(s: EngineState, page: PageRequest, c: Candidates): (a: number, b: number) => boolean {
  return (a, b) => {
    const pa = c.ids[a]!;
    const pb = c.ids[b]!;
    if (page.sort === 'oldest') {
      const da = s.pubFirst[s.paragraphDoc[pa]!]!;
      const db = s.pubFirst[s.paragraphDoc[pb]!]!;
      // undated (0) last
      if (da !== db) return da !== 0 && (db === 0 || da < db);
      if (page.browsing) return pa < pb;
    }
    if (page.browsing) return s.browseRank[pa]! < s.browseRank[pb]!;
    if (page.sort === 'date') {
      const da = s.pubFirst[s.paragraphDoc[pa]!]!;
      const db = s.pubFirst[s.paragraphDoc[pb]!]!;
      if (da !== db) return da > db;
    }
    const ma = c.matched[a]!;
    const mb = c.matched[b]!;
    if (ma !== mb) return ma > mb;
    const sa = c.scores[a]!;
    const sb = c.scores[b]!;
    return sa !== sb ? sa > sb : pa < pb;
  };
}

/** Pages up to this deep are ranked by relevance with the one-pass insertion below. */
const RELEVANCE_INSERTION_MAX = 256;

/**
 * rankBefore's relevance order (most units, best score, reading order) over every candidate in one pass: each one
 * is compared with the last kept, with no call per candidate; only the few that beat it are inserted.
 */
export function topByRelevance(c: Candidates, k: number): Uint32Array {
  const kept = new Uint32Array(Math.max(0, k));
  let length = 0;
  const { ids, matched, scores } = c;
  const ahead = (i: number, j: number): boolean =>
    matched[i] !== matched[j] ? matched[i]! > matched[j]! : scores[i] !== scores[j] ? scores[i]! > scores[j]! : ids[i]! < ids[j]!;
  for (let i = 0; i < matched.length && k > 0; i++) {
    if (length === k) {
      // Most candidates lose to the last kept on units or score alone.
      const last = kept[k - 1]!;
      if (matched[i]! < matched[last]! || (matched[i] === matched[last] && scores[i]! < scores[last]!)) continue;
      if (!ahead(i, last)) continue;
    } else length++;
    let at = length - 1;
    while (at > 0 && ahead(i, kept[at - 1]!)) {
      kept[at] = kept[at - 1]!;
      at--;
    }
    kept[at] = i;
  }
  return kept.subarray(0, length);
}

/**
 * Reorders the head of a relevance order (indices into the candidates, best first) into a permutation of it that
 * depends only on the query, never on the page size (document-coverage.ts); `depth` is how deep the head goes.
 */
export interface Reorder {
  depth: number;
  apply: (c: Candidates, order: number[]) => number[];
}

function reordered(c: Candidates, order: ArrayLike<number>, wanted: number, reorder: Reorder): number[] {
  return reorder.apply(c, Array.from(order)).slice(0, wanted);
}

/** The first `page.wanted` matching candidates in rank order (by relevance, the head reordered by `reorder`). */
export function rankMatching(s: EngineState, page: PageRequest, matching: Candidates, reorder?: Reorder): RankedHit[] {
  if (reorder !== undefined && !page.browsing && page.sort === 'relevance' && page.wanted > 0) {
    const order = topByRelevance(matching, Math.max(page.wanted, reorder.depth));
    return reordered(matching, order, page.wanted, reorder).map((i) => ({ pid: matching.ids[i]!, score: matching.scores[i]! }));
  }
  if (!page.browsing && page.sort === 'relevance' && page.wanted <= RELEVANCE_INSERTION_MAX) {
    return Array.from(topByRelevance(matching, page.wanted), (i) => ({ pid: matching.ids[i]!, score: matching.scores[i]! }));
  }
  return selectTopIndices(matching.ids.length, page.wanted, rankBefore(s, page, matching)).map((i) => ({
    pid: matching.ids[i]!,
    score: matching.scores[i]!,
  }));
}

/**
 * Past the last full match, the page continues with partial matches (ranked after every full one).
 * A partial match in an article that fully matches is likelier about the same event: it ranks first.
 */
export function backfillPage(s: EngineState, page: PageRequest, matching: Candidates, backfill: Candidates, ranked: RankedHit[], reorder?: Reorder): void {
  const fullDocs = new Set(Array.from(matching.ids, (pid) => s.paragraphDoc[pid]!));
  const local = (i: number): number => (fullDocs.has(s.paragraphDoc[backfill.ids[i]!]!) ? 1 : 0);
  const before = rankBefore(s, page, backfill);
  const beforePartial = (a: number, b: number): boolean => {
    const la = local(a);
    const lb = local(b);
    return la !== lb ? la > lb : before(a, b);
  };
  const wanted = page.wanted - ranked.length;
  const byRelevance = reorder !== undefined && page.sort === 'relevance' && wanted > 0;
  const top = selectTopIndices(backfill.ids.length, byRelevance ? Math.max(wanted, reorder.depth) : wanted, beforePartial);
  for (const i of byRelevance ? reordered(backfill, top, wanted, reorder) : top) {
    ranked.push({ pid: backfill.ids[i]!, score: backfill.scores[i]!, extra: 'partial' });
  }
}
