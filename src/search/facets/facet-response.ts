// The `facets` of a response: every facet counted over the match set, then its most frequent values.
import type { FacetCounts, FacetName } from '../../types';
import type { EngineState } from '../index/engine-state';
import { countAllValues } from './facet-counter';
import { topValues } from './facet-table';

export type FacetCountArrays = Record<FacetName | 'date' | 'lang', Uint32Array>;

/**
 * Counts over the paragraphs `ids` (with their failure masks when `masks` is given), in counter-column order;
 * `own` replaces a facet's counts when they are known already (a lone filter's facet while browsing).
 */
export function countFacets(s: EngineState, ids: Uint32Array, masks: Uint8Array | null, own: Partial<Record<string, Uint32Array>>): FacetCountArrays {
  const [speaker, actor, location, group, date, lang] = countAllValues(s.counter, ids, masks);
  return {
    speaker: own.speaker ?? speaker!,
    actor: own.actor ?? actor!,
    location: own.location ?? location!,
    group: own.group ?? group!,
    date: date!,
    lang: own.lang ?? lang!,
  };
}

export function facetsFromCounts(s: EngineState, counts: FacetCountArrays, size: number): FacetCounts {
  return {
    speaker: topValues(s.tables.speaker, counts.speaker, size),
    actor: topValues(s.tables.actor, counts.actor, size),
    location: topValues(s.tables.location, counts.location, size),
    group: topValues(s.tables.group, counts.group, size),
    date: topValues(s.dateTable, counts.date, size),
    lang: topValues(s.langTable, counts.lang, size),
  };
}
