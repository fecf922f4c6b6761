// The match set of a request: full matches found by materializing the rarest unit and probing the others (or by
// probing every unit among the few paragraphs facet filters leave), partial matches deferred until the page needs them.
//
// With facet filters, only paragraphs failing at most one filter count anywhere: full and partial matches are looked
// for among the two narrowest filters' paragraphs (one filter: the paragraphs with a value in its facet).
import type { EngineState } from '../index/engine-state';
import type { FacetTable } from '../facets/facet-table';
import { paragraphsWithAnyValue } from '../facets/url-filters';
import type { Plan } from '../query/plan';
import { keepAmong, WALK_RATIO } from './candidates';
import type { CandidateFilter, Candidates, Scope } from './candidates';
import { compactPassing } from './candidates';
import type { SearchContext } from './context';
import { partialMatches, partialMatchesAmong, PROBE_COST, probingPays } from './partial-matches';
import type { PartialSearch } from './partial-matches';
import { intersectIds, unionIds } from './sorted-ids';
import type { ScoredIds } from './sorted-ids';
import { titleBonus } from './title-bonus';
import { materializeUnit, probeUnit, resolveUnit } from './unit-query';
import type { UnitQuery } from './unit-query';

export interface Matches {
  units: UnitQuery[];
  /** Paragraphs satisfying every unit (with codes of the filters they fail). */
  full: Candidates;
  /** Partial matches that count anywhere (relaxed results). */
  partialAll: () => Candidates;
  /** Partial matches passing every filter (page backfill). */
  partialZero: () => Candidates;
  /** Counts of a facet taken as they are (a lone filter's own facet while browsing). */
  ownCounts: Partial<Record<string, Uint32Array>>;
}

const NO_IDS = new Uint32Array(0);

/** The match set of a request without words: every paragraph in scope, or only those a filter leaves. */
export function browseMatches(s: EngineState, plan: Plan, scope: Scope, filter: CandidateFilter): Matches {
  const none = (): Candidates => filter.keep(NO_IDS, null, 0);
  const { urlFilters, filterLists, docRange } = scope;
  const ownCounts: Matches['ownCounts'] = {};
  let full: Candidates;
  if (filter.trivialBase && !plan.empty && urlFilters.length > 0 && (urlFilters.length > 1 || scope.days === null)) {
    // Only paragraphs failing at most one filter count anywhere, so the two narrowest filters bound the work;
    // with a single filter, its own facet counts everything, as when nothing is selected.
    const passing = [...filterLists].sort((a, b) => a.length - b.length);
    full = filter.keep(urlFilters.length === 1 ? passing[0]! : unionIds(passing.slice(0, 2)), null, 0);
    if (urlFilters.length === 1) ownCounts[urlFilters[0]!.name] = s.browseCounts[urlFilters[0]!.name];
  } else {
    const all = new Uint32Array(plan.empty ? 0 : docRange[1] - docRange[0]);
    for (let i = 0; i < all.length; i++) all[i] = docRange[0] + i;
    full = filter.keep(all, null, 0);
  }
  return { units: [], full, partialAll: none, partialZero: none, ownCounts };
}

/** Full matches of a worded query, given the paragraphs that can count (`universe`, null: any). */
class FullMatcher {
  private readonly own: Float64Array;
  readonly order: number[];

  constructor(
    private readonly ctx: SearchContext,
    private readonly q: PartialSearch,
  ) {
    this.own = new Float64Array(q.units.length);
    this.order = q.units.map((_, u) => u).sort((x, y) => q.units[x]!.estimate - q.units[y]!.estimate);
  }

  /**
   * Materializes each other unit whose postings cost less than probing all its term expansions for `probes`
   * paragraphs (a word with many typo variants gallops through each one's postings per probe); its probes
   * then read the materialized scores, which are the same.
   */
  private materializeCheaperUnits(probes: number): void {
    for (let k = 1; k < this.order.length; k++) {
      const uq = this.q.units[this.order[k]!]!;
      if (uq.materialized !== null) continue;
      let terms = uq.entities.length;
      for (const w of uq.words) terms += w.loose.length + w.exact.length;
      if (probes * terms * PROBE_COST > uq.estimate) materializeUnit(this.ctx, uq);
    }
  }

  /** A paragraph's full score when it satisfies units order[from..] (earlier ones already in `own`), else NaN. */
  private probeFrom(pid: number, from: number): number {
    const { units, bonus } = this.q;
    for (let k = from; k < units.length; k++) {
      const score = probeUnit(this.ctx, units[this.order[k]!]!, pid);
      if (Number.isNaN(score)) return Number.NaN;
      this.own[this.order[k]!] = score;
    }
    let score = 0;
    for (let u = 0; u < units.length; u++) score += this.own[u]!;
    return score + bonus[this.ctx.s.paragraphDoc[pid]!]!;
  }

  /** Probes every unit for each paragraph of `ids` from unit order[from] on (`first` gives order[0]'s score when from = 1). */
  private probeAll(ids: Uint32Array, from: number, first?: Float64Array): Candidates {
    const out = new Uint32Array(ids.length);
    const scores = new Float64Array(ids.length);
    let count = 0;
    for (let i = 0; i < ids.length; i++) {
      const pid = ids[i]!;
      if (first !== undefined) this.own[this.order[0]!] = first[i]!;
      const score = this.probeFrom(pid, from);
      if (Number.isNaN(score)) continue;
      out[count] = pid;
      scores[count++] = score;
    }
    return this.q.filter.keep(out.subarray(0, count), scores.subarray(0, count), this.q.units.length);
  }

  /** `universe` null: any paragraph counts; `anyValue`: the universe is the paragraphs with a value in that table. */
  find(universe: Uint32Array | null, anyValue: FacetTable | null): Candidates {
    const { units, bonus } = this.q;
    const rarest = units[this.order[0]!]!;
    if (universe !== null && universe.length * units.length * PROBE_COST <= rarest.estimate) return this.probeAll(universe, 0);
    // Materialize the rarest unit, probe the others for its paragraphs only (rarest first).
    // A lone unit is never probed or materialized again, so its phrase is checked only where it can count.
    const materialized = materializeUnit(this.ctx, rarest, units.length === 1 && universe !== null ? universe : undefined);
    // A lone unit's scores take the title bonus in the same pass that keeps the paragraphs with a value.
    if (units.length === 1 && anyValue !== null) {
      const kept = keepWithAnyValue(materialized, anyValue, { bonus, paragraphDoc: this.ctx.s.paragraphDoc });
      return this.q.filter.keep(kept.ids, kept.scores, 1);
    }
    let driver = materialized;
    // A facet's "has a value" needs no walk over its (often most) paragraphs: the table's row says it.
    if (anyValue !== null) driver = keepWithAnyValue(materialized, anyValue);
    else if (universe !== null && universe.length <= WALK_RATIO * materialized.ids.length) driver = keepAmong(materialized, universe);
    if (units.length > 1) {
      this.materializeCheaperUnits(driver.ids.length);
      return this.probeAll(driver.ids, 1, driver.scores);
    }
    const paragraphDoc = this.ctx.s.paragraphDoc;
    const scores = new Float64Array(driver.ids.length);
    for (let i = 0; i < scores.length; i++) scores[i] = 0 + driver.scores[i]! + bonus[paragraphDoc[driver.ids[i]!]!]!;
    return this.q.filter.keep(driver.ids, scores, 1);
  }
}

/**
 * The scored ids (ascending) of paragraphs carrying some value of `table`: `keepAmong` its paragraphs, without walking
 * them; with `titleBonus`, each kept score plus its document's title bonus (a lone unit's full score), in the same pass.
 */
function keepWithAnyValue(list: ScoredIds, table: FacetTable, titleBonus?: { bonus: Float64Array; paragraphDoc: Uint32Array }): ScoredIds {
  const ids = new Uint32Array(list.ids.length);
  const scores = new Float64Array(list.ids.length);
  const offsets = table.offsets;
  let k = 0;
  for (let i = 0; i < list.ids.length; i++) {
    const pid = list.ids[i]!;
    if (offsets[pid + 1]! === offsets[pid]!) continue;
    ids[k] = pid;
    scores[k++] = titleBonus === undefined ? list.scores[i]! : 0 + list.scores[i]! + titleBonus.bonus[titleBonus.paragraphDoc[pid]!]!;
  }
  return { ids: ids.subarray(0, k), scores: scores.subarray(0, k) };
}

/** The match set of a query with words. */
export function queryMatches(ctx: SearchContext, plan: Plan, scope: Scope, filter: CandidateFilter): Matches {
  const units = plan.units.map((u) => resolveUnit(ctx, u));
  const q: PartialSearch = { units, bonus: titleBonus(ctx, plan.units), filter };
  const { urlFilters, filterLists } = scope;
  // With two filters or more, every paragraph that counts passes one of the two narrowest, so when those are few,
  // probing each unit for them beats materializing; with one filter, only paragraphs with a value in its facet count.
  const passing = [...filterLists].sort((a, b) => a.length - b.length);
  const anyValue = passing.length < 2 && urlFilters.length === 1 ? urlFilters[0]!.table : null;
  const universe = passing.length >= 2 ? unionIds(passing.slice(0, 2)) : anyValue !== null ? paragraphsWithAnyValue(anyValue) : null;
  const full = new FullMatcher(ctx, q).find(universe, anyValue);
  const none = (): Candidates => filter.keep(NO_IDS, null, 0);
  if (units.length <= 1) return { units, full, partialAll: none, partialZero: none, ownCounts: {} };
  // Facet filters bound the partial matches that matter: those passing every filter (the page), and,
  // for the counts of a relaxed result, those failing at most one, i.e. passing one of the two narrowest.
  const partialAll = (): Candidates => {
    if (universe === null) return partialMatches(ctx, q);
    if (probingPays(units, universe.length)) return partialMatchesAmong(ctx, q, universe);
    return partialMatches(ctx, q, universe);
  };
  const partialZero = (): Candidates => {
    if (passing.length >= 1 && probingPays(units, passing[0]!.length)) return compactPassing(partialMatchesAmong(ctx, q, intersectIds(passing).ids));
    return compactPassing(partialAll());
  };
  return { units, full, partialAll, partialZero, ownCounts: {} };
}
