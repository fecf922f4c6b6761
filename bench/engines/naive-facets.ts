// Facet filtering and counting the obvious way (a Map per facet over the whole result set): what a plain library user writes.
import type { FacetName } from '../../src/types';
import type { BenchFilters, BenchParagraph } from './types';

export type NaiveFacetCounts = Record<FacetName | 'date', Array<[string, number]>>;

/** AND across facets, OR within one. */
export function matchesFilters(p: BenchParagraph, filters: BenchFilters): boolean {
  for (const [facet, values] of Object.entries(filters) as Array<[FacetName, string[]]>) {
    if (values.length === 0) continue;
    const own = facetValues(p, facet);
    if (!values.some((v) => own.includes(v))) return false;
  }
  return true;
}

export function facetValues(p: BenchParagraph, facet: FacetName): string[] {
  switch (facet) {
    case 'speaker':
      return p.speaker === null ? [] : [p.speaker];
    case 'actor':
      return p.actors;
    case 'location':
      return p.locations;
    case 'group':
      return p.groups;
  }
}

export function countFacetsNaively(paragraphs: BenchParagraph[], ids: Iterable<number>, size: number): NaiveFacetCounts {
  const maps = { speaker: new Map<string, number>(), actor: new Map<string, number>(), location: new Map<string, number>(), group: new Map<string, number>(), date: new Map<string, number>() };
  const bump = (map: Map<string, number>, value: string) => map.set(value, (map.get(value) ?? 0) + 1);
  for (const id of ids) {
    const p = paragraphs[id]!;
    if (p.speaker !== null) bump(maps.speaker, p.speaker);
    for (const v of p.actors) bump(maps.actor, v);
    for (const v of p.locations) bump(maps.location, v);
    for (const v of p.groups) bump(maps.group, v);
    bump(maps.date, p.published.slice(0, 7));
  }
  const top = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, size);
  return { speaker: top(maps.speaker), actor: top(maps.actor), location: top(maps.location), group: top(maps.group), date: top(maps.date) };
}

/** The phrase check a plain library user adds after an AND query. */
export function containsPhrase(text: string, phrase: string): boolean {
  return text.toLowerCase().includes(phrase);
}
