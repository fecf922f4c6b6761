// Past the last match of a speaker-filtered search: paragraphs that may be the speaker's words but carry no attribution.
//
// Attribution misses a speaker's paragraph when the page reports the words with a verb or a continuation the rules do
// not read («علقت زاخاروفا», 'she went on'). An analyst filtering by that speaker would lose them, so after every
// attributed match the page continues with the query's matches that have no speaker at all, from documents where a
// selected speaker speaks or is named, ranked as the query ranks them. They stay outside `total` and the facet counts,
// like partial matches.
import type { FacetTable } from '../facets/facet-table';
import type { UrlFilter } from '../facets/url-filters';
import { filterPostings } from '../facets/url-filters';
import type { EngineState } from '../index/engine-state';
import { CandidateFilter, compactPassing } from './candidates';
import type { Scope } from './candidates';
import type { SearchContext } from './context';
import { PROBE_COST } from './partial-matches';
import { rankMatching } from './rank-page';
import { materializeUnit, probeUnit } from './unit-query';
import type { UnitQuery } from './unit-query';
import type { PageRequest, RankedHit } from './rank-page';

/** The documents in which a selected speaker value is a paragraph's speaker or one of its actors. */
function documentsOfSpeakers(s: EngineState, speaker: UrlFilter): Set<number> {
  const docs = new Set<number>();
  for (const pid of filterPostings(speaker)) docs.add(s.paragraphDoc[pid]!);
  const actors = s.entityTables.actor;
  if (actors !== undefined) {
    const selected = new Uint8Array(actors.values.length);
    for (let v = 0; v < speaker.selected.length; v++) {
      const id = speaker.selected[v] === 1 ? actors.ids.get(speaker.table.values[v]!) : undefined;
      if (id !== undefined) selected[id] = 1;
    }
    for (const pid of filterPostings({ table: actors, selected })) docs.add(s.paragraphDoc[pid]!);
  }
  return docs;
}

function hasNoValue(table: FacetTable, pid: number): boolean {
  return table.offsets[pid + 1]! === table.offsets[pid]!;
}

/**
 * The paragraphs with no speaker of documents `docs`, ascending; when the query's rarest unit has fewer paragraphs,
 * only those of its paragraphs (probing every unit for a paragraph costs about what scoring one posting does).
 */
function unattributedParagraphs(ctx: SearchContext, units: readonly UnitQuery[], speakers: FacetTable, docs: ReadonlySet<number>): Uint32Array {
  const s = ctx.s;
  const eligible = (pid: number): boolean => hasNoValue(speakers, pid) && !s.overrides.has(pid) && docs.has(s.paragraphDoc[pid]!);
  let inDocs = 0;
  for (const d of docs) inDocs += s.docStart[d + 1]! - s.docStart[d]!;
  const rarest = units.reduce((a, b) => (b.estimate < a.estimate ? b : a));
  if (rarest.estimate < inDocs * units.length * PROBE_COST) {
    const ids = materializeUnit(ctx, rarest).ids;
    const out = new Uint32Array(ids.length);
    let k = 0;
    for (let i = 0; i < ids.length; i++) if (eligible(ids[i]!)) out[k++] = ids[i]!;
    return out.subarray(0, k);
  }
  const out = new Uint32Array(inDocs);
  let k = 0;
  for (const d of [...docs].sort((a, b) => a - b)) {
    for (let pid = s.docStart[d]!; pid < s.docStart[d + 1]!; pid++) if (eligible(pid)) out[k++] = pid;
  }
  return out.subarray(0, k);
}

/** Of `within`, the paragraphs satisfying every unit, with their summed unit scores. */
function fullMatchesAmong(ctx: SearchContext, units: readonly UnitQuery[], within: Uint32Array): { ids: Uint32Array; scores: Float64Array } {
  const ids = new Uint32Array(within.length);
  const scores = new Float64Array(within.length);
  let k = 0;
  outer: for (const pid of within) {
    let score = 0;
    for (const uq of units) {
      const one = probeUnit(ctx, uq, pid);
      if (Number.isNaN(one)) continue outer;
      score += one;
    }
    ids[k] = pid;
    scores[k++] = score;
  }
  return { ids: ids.subarray(0, k), scores: scores.subarray(0, k) };
}

/**
 * Up to `page.wanted` unattributed matches (ranked) of a worded query with a speaker filter, given its resolved
 * `units`; empty when the request has no speaker filter or no words.
 */
export function unattributedMatches(ctx: SearchContext, units: readonly UnitQuery[], scope: Scope, page: PageRequest): RankedHit[] {
  const s = ctx.s;
  const speaker = scope.urlFilters.find((f) => f.name === 'speaker');
  if (speaker === undefined || units.length === 0 || page.browsing || page.sort !== 'relevance') return [];
  const docs = documentsOfSpeakers(s, speaker);
  if (docs.size === 0) return [];
  const found = fullMatchesAmong(ctx, units, unattributedParagraphs(ctx, units, speaker.table, docs));
  // the other request filters and the hard restrictions still apply
  const urlFilters = scope.urlFilters.filter((f) => f !== speaker);
  const filter = new CandidateFilter(s, { ...scope, urlFilters, filterLists: urlFilters.map(filterPostings) });
  const kept = filter.keep(found.ids, found.scores, units.length);
  return rankMatching(s, page, filter.checksFilters ? compactPassing(kept) : kept).map((h) => ({ ...h, extra: 'unattributed' as const }));
}
