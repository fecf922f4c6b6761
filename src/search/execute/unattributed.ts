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
import type { Plan } from '../query/plan';
import { CandidateFilter, compactPassing } from './candidates';
import type { Candidates, Scope } from './candidates';
import type { SearchContext } from './context';
import { queryMatches } from './match-query';
import { rankMatching } from './rank-page';
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

/** Of `c`, the candidates whose paragraph has no speaker and lies in one of `docs`. */
function keepUnattributed(s: EngineState, c: Candidates, speakers: FacetTable, docs: ReadonlySet<number>): Candidates {
  const keep: number[] = [];
  for (let i = 0; i < c.ids.length; i++) {
    const pid = c.ids[i]!;
    if (hasNoValue(speakers, pid) && !s.overrides.has(pid) && docs.has(s.paragraphDoc[pid]!)) keep.push(i);
  }
  const pick = <T extends Uint32Array | Float64Array | Uint8Array | Uint16Array>(a: T, make: (n: number) => T): T => {
    const out = make(keep.length);
    keep.forEach((i, k) => (out[k] = a[i]!));
    return out;
  };
  return {
    ids: pick(c.ids, (n) => new Uint32Array(n)),
    scores: pick(c.scores, (n) => new Float64Array(n)),
    matched: pick(c.matched, (n) => new Uint8Array(n)),
    failed: new Uint16Array(keep.length),
  };
}

/**
 * Up to `page.wanted` unattributed matches (ranked) for a worded query with a speaker filter, none of `taken`;
 * empty when the request has no speaker filter or no words.
 */
export function unattributedMatches(ctx: SearchContext, plan: Plan, scope: Scope, page: PageRequest, taken: ReadonlySet<number>): RankedHit[] {
  const s = ctx.s;
  const speaker = scope.urlFilters.find((f) => f.name === 'speaker');
  if (speaker === undefined || plan.units.length === 0 || page.browsing || page.sort !== 'relevance') return [];
  const urlFilters = scope.urlFilters.filter((f) => f !== speaker);
  const rest: Scope = { ...scope, urlFilters, filterLists: urlFilters.map(filterPostings) };
  const filter = new CandidateFilter(s, rest);
  const m = queryMatches(ctx, plan, rest, filter);
  const matching = filter.checksFilters ? compactPassing(m.full) : m.full;
  const kept = keepUnattributed(s, matching, speaker.table, documentsOfSpeakers(s, speaker));
  return rankMatching(s, page, kept).filter((h) => !taken.has(h.pid));
}
