// Answers one search request: plan, scope, match set, facet counts, ranked page, hits.
//
// How a query stays fast at a million paragraphs (MiniSearch alone scores and sorts every match):
// - words resolve to terms through MiniSearch's SearchableMap (exact, prefix, typo) and postings are typed arrays
//   (index/), scored with MiniSearch's own BM25+ so rankings are unchanged;
// - an AND of units materializes only its rarest unit and probes the others for those paragraphs; partial matches
//   (relaxed results, page backfill) are computed only when the page needs them (match-query.ts);
// - facet counts are one pass over a merged CSR column; browsing counts are precomputed; the page is a bounded
//   top-k; texts are decoded and snippets built for the page's hits only.
import type { SearchParams, SearchResponse } from '../../types';
import { countFacets, facetsFromCounts } from '../facets/facet-response';
import { filterPostings, urlFiltersOf } from '../facets/url-filters';
import type { EngineState } from '../index/engine-state';
import { buildHit } from '../present/hit';
import { parseDaySpan } from '../query/date-range';
import { subplaceNotice } from '../entity-expansion';
import { unifyFilters } from '../query/filter-model';
import { planQuery } from '../query/plan';
import type { Plan } from '../query/plan';
import { CandidateFilter, compactPassing, concatCandidates } from './candidates';
import type { Candidates, Scope } from './candidates';
import type { SearchContext } from './context';
import { excludedParagraphs } from './exclusions';
import { browseMatches, queryMatches } from './match-query';
import type { Matches } from './match-query';
import { languageOf, mergeLanguages, queryLanguages } from './language-merge';
import { backfillPage, rankMatching } from './rank-page';
import { unattributedMatches } from './unattributed';
import { coverageReorder } from './document-coverage';
import type { PageRequest } from './rank-page';

type ResponseBody = Omit<SearchResponse, 'took_ms'>;

const EMPTY: Candidates = { ids: new Uint32Array(0), scores: new Float64Array(0), matched: new Uint8Array(0), failed: new Uint16Array(0) };

/** Browsing with nothing selected: the precomputed order and counts, no match set at all. */
function isPlainBrowse(plan: Plan, params: SearchParams, scopeFilters: number): boolean {
  return (
    plan.units.length === 0 &&
    !plan.empty &&
    plan.excluded.length === 0 &&
    plan.filters.length === 0 &&
    scopeFilters === 0 &&
    params.from === null &&
    params.to === null &&
    params.doc === null &&
    params.sort !== 'oldest'
  );
}

function plainBrowse(ctx: SearchContext, params: SearchParams): ResponseBody {
  const s = ctx.s;
  const ids = Array.from(s.browseOrder.subarray(params.offset, params.offset + params.limit));
  return {
    total: s.liveParagraphs,
    relaxed: false,
    hits: ids.map((pid) => buildHit(ctx, pid, 0, [])),
    facets: facetsFromCounts(s, s.browseCounts, params.facetSize),
  };
}

function scopeOf(ctx: SearchContext, plan: Plan, params: SearchParams, urlFilters: Scope['urlFilters']): Scope {
  const s: EngineState = ctx.s;
  let docRange: [number, number] = [0, s.paragraphDoc.length];
  if (params.doc !== null) {
    const d = s.docIndex.get(params.doc);
    docRange = d === undefined ? [0, 0] : [s.docStart[d]!, s.docStart[d + 1]!];
  }
  const dated = params.from !== null || params.to !== null;
  const days = dated
    ? { first: params.from ? (parseDaySpan(params.from)?.first ?? 0) : 0, last: params.to ? (parseDaySpan(params.to)?.last ?? 99999999) : 99999999 }
    : null;
  return { docRange, excluded: excludedParagraphs(ctx, plan), queryFilters: plan.filters, urlFilters, filterLists: urlFilters.map(filterPostings), days };
}

/** The pool facets are counted over: full matches, or when none passes every filter, all partial ones (relaxed). */
function choosePool(m: Matches): { pool: Candidates; relaxed: boolean; backfill: Candidates | null } {
  if (m.full.failed.includes(0)) return { pool: m.full, relaxed: false, backfill: null };
  const backfill = m.partialZero();
  // No paragraph has every part: the partial matches become the result, most parts first.
  if (backfill.ids.length > 0) return { pool: concatCandidates(m.full, m.partialAll()), relaxed: true, backfill: null };
  return { pool: m.full, relaxed: false, backfill };
}

/** What the page ranks: by relevance, a Cyrillic or Arabic query's own language on equal terms (language-merge.ts). */
function pageCandidates(
  s: EngineState,
  page: PageRequest,
  plan: Plan,
  q: string,
  matching: Candidates,
  partial: (() => Candidates) | null,
): { ranked: Candidates; rest: Candidates | null } {
  const own = page.browsing || page.sort !== 'relevance' ? new Set<string>() : queryLanguages(q);
  if (own.size === 0 || languageOf(s) === null) return { ranked: matching, rest: null };
  const others = partial !== null && plan.units.length > 1 ? partial() : EMPTY;
  const merged = mergeLanguages(s, matching, others, plan.units.length, own);
  return merged === null ? { ranked: matching, rest: null } : { ranked: merged.ranked, rest: merged.rest };
}

export function answerSearch(ctx: SearchContext, params: SearchParams): ResponseBody {
  const s = ctx.s;
  const { plan, urlFilters } = unifyFilters(s, planQuery(ctx, params.q ?? ''), urlFiltersOf(s, params, ctx.o.resolveEntities), params);
  if (isPlainBrowse(plan, params, urlFilters.length)) return plainBrowse(ctx, params);
  const scope = scopeOf(ctx, plan, params, urlFilters);
  const filter = new CandidateFilter(s, scope);
  const browsing = plan.units.length === 0;
  const m = browsing ? browseMatches(s, plan, scope, filter) : queryMatches(ctx, plan, scope, filter);
  const { pool, relaxed, backfill } = choosePool(m);
  const counts = countFacets(s, pool.ids, filter.checksFilters ? pool.failed : null, m.ownCounts);
  const matching = filter.checksFilters ? compactPassing(pool) : pool;
  const page: PageRequest = { browsing, sort: params.sort, wanted: params.offset + params.limit };
  // The partial matches cost a pass over the query's postings: computed at most once, by whichever step needs them.
  let partialOnce: Candidates | undefined;
  const partialMatches = (): Candidates => (partialOnce ??= backfill ?? m.partialZero());
  const { ranked: order, rest } = pageCandidates(s, page, plan, params.q ?? '', matching, relaxed ? null : partialMatches);
  // Partial matches rank by what their document covers of the query; a document with a full match covers all of it.
  const coverage = coverageReorder(ctx, m.units, relaxed ? null : order);
  const ranked = rankMatching(s, page, order, relaxed ? coverage : undefined);
  if (ranked.length < page.wanted) ranked.push(...unattributedMatches(ctx, m.units, scope, { ...page, wanted: page.wanted - ranked.length }));
  if (ranked.length < page.wanted && !relaxed && plan.units.length > 1) {
    const partial = rest ?? partialMatches();
    if (partial.ids.length > 0) backfillPage(s, page, order, partial, ranked, coverage);
  }
  return {
    total: matching.ids.length,
    relaxed,
    hits: ranked.slice(params.offset).map((h) => {
      const hit = buildHit(ctx, h.pid, h.score, m.units);
      return h.extra === undefined ? hit : { ...hit, extra: h.extra };
    }),
    facets: facetsFromCounts(s, counts, params.facetSize),
    ...subplaceNotice(s, plan, params.q ?? ''),
  };
}
