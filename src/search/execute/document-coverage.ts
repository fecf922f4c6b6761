// Partial matches ranked by what their document covers of the query, not only by what the paragraph itself says.
//
// When no paragraph has every part of a query (or the page runs past the full matches), a paragraph's own count of
// matched parts ranks a one-word hit on another topic ("act of aggression" for "Caesar Act sanctions repeal") level
// with a paragraph of the article that is about the query and names only part of it in that sentence ("the
// legislation … sanctions"). An article covers a topic over several paragraphs, and its headline names it once:
// so a partial match first ranks by how many of the query's distinct parts its document's candidate paragraphs and
// title match together, then by its own count and score. An article with a full match covers every part, which is
// the old rule (partial matches of a fully matching article first) as a special case.
//
// Cost: bounded by a shortlist. Only the best `SHORTLIST` partial matches by the old order are reordered, each
// probed once per unit; everything past them keeps the old order behind them, so every page (any offset and limit)
// is one function of the query.
import { lookupWord } from '../index/word-postings';
import type { Candidates } from './candidates';
import type { Reorder } from './rank-page';
import type { SearchContext } from './context';
import { probeUnit } from './unit-query';
import type { UnitQuery } from './unit-query';

/** Partial matches reordered by their document's coverage; past them, the old order. */
export const SHORTLIST = 100;

/** Units past this many are not told apart by coverage (one bit each in an int32 mask). */
const MASK_UNITS = 31;

function bitCount(mask: number): number {
  let n = 0;
  for (let x = mask; x !== 0; x &= x - 1) n++;
  return n;
}

/** Per document, the units its title matches (exact spellings of the unit's words, as the title bonus). */
function titleMasks(ctx: SearchContext, units: readonly UnitQuery[]): Map<number, number> {
  const out = new Map<number, number>();
  const n = Math.min(units.length, MASK_UNITS);
  for (let u = 0; u < n; u++) {
    for (const l of units[u]!.unit.lookups) {
      const m = lookupWord(ctx.s.titles, { ...l, exactFuzzy: 0, looseFuzzy: 0 }, ctx.weights);
      for (let i = 0; i < m.ids.length; i++) out.set(m.ids[i]!, (out.get(m.ids[i]!) ?? 0) | (1 << u));
    }
  }
  return out;
}

/** The units a paragraph satisfies, as a bit mask. */
function unitMask(ctx: SearchContext, units: readonly UnitQuery[], pid: number): number {
  let mask = 0;
  const n = Math.min(units.length, MASK_UNITS);
  for (let u = 0; u < n; u++) if (!Number.isNaN(probeUnit(ctx, units[u]!, pid))) mask |= 1 << u;
  return mask;
}

/**
 * `order` (indices into `c`, best first by the old rule) with its first SHORTLIST entries reordered: most query
 * parts covered by the entry's document first (`fullDocs`: documents with a full match, covering every part), then
 * the old order. Returns a new array; `order` is left as it is.
 */
export function byDocumentCoverage(
  ctx: SearchContext,
  units: readonly UnitQuery[],
  c: Candidates,
  order: readonly number[],
  fullDocs: ReadonlySet<number>,
): number[] {
  const head = order.slice(0, SHORTLIST);
  if (head.length < 2 || units.length < 2) return order.slice();
  const doc = ctx.s.paragraphDoc;
  const all = units.length >= MASK_UNITS ? -1 : (1 << units.length) - 1;
  const covered = titleMasks(ctx, units);
  for (const d of fullDocs) covered.set(d, all);
  for (const i of head) {
    const d = doc[c.ids[i]!]!;
    if (covered.get(d) !== all) covered.set(d, (covered.get(d) ?? 0) | unitMask(ctx, units, c.ids[i]!));
  }
  const coverage = new Map<number, number>();
  for (const [d, mask] of covered) coverage.set(d, bitCount(mask));
  const rank = new Map<number, number>(head.map((i, at) => [i, at]));
  const cov = (i: number): number => coverage.get(doc[c.ids[i]!]!) ?? 0;
  head.sort((a, b) => cov(b) - cov(a) || rank.get(a)! - rank.get(b)!);
  return head.concat(order.slice(SHORTLIST));
}

/** The coverage reorder of one query's partial matches; `full`: the candidates matching in full (null: none). */
export function coverageReorder(ctx: SearchContext, units: readonly UnitQuery[], full: Candidates | null): Reorder {
  let fullDocs: Set<number> | undefined;
  return {
    depth: SHORTLIST,
    apply: (c, order) => {
      fullDocs ??= new Set(full === null ? [] : Array.from(full.ids, (pid) => ctx.s.paragraphDoc[pid]!));
      return byDocumentCoverage(ctx, units, c, order, fullDocs);
    },
  };
}
