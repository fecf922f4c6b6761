// An entity's profile (GET /api/entities/:id) composed from ordinary backend searches filtered on it:
// no index of its own, so it works on any SearchBackend and stays current with the live corpus.
import type { SearchBackend } from '../backend/search-backend';
import { facetRegistry } from '../facets/registry';
import { parseSearchParams } from '../search/search-params';
import type { FacetValueCount, SearchHit, SearchParams, SearchResponse } from '../types';

/** What the gazetteer knows about a canonical name (kind and every alias in every script). */
export interface EntityFacts {
  kind: string;
  aliases: string[];
}

export interface RelatedEntity {
  value: string;
  kind: string;
  count: number;
}

export interface EntityProfile {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  mentions: number;
  as_speaker: number;
  timeline: FacetValueCount[];
  related: RelatedEntity[];
  outlets: FacetValueCount[];
  recent: SearchHit[];
}

const ENTITY_FACETS = ['actor', 'location', 'group', 'speaker'] as const;
const RECENT = 5;
const RELATED = 10;

/** Built through the API's own validator so the profile asks exactly what a client could ask. */
function params(filters: Record<string, string[]>, limit: number, facetSize: number): SearchParams {
  return parseSearchParams({ ...filters, sort: ['date'], limit: [String(limit)], facet_size: [String(facetSize)] });
}

/** The facet a paragraph carries the exact name in, if any (filters may match loosely; the profile wants the name itself). */
function carries(hit: SearchHit | undefined, facet: string, name: string): boolean {
  if (hit === undefined) return false;
  const field = facetRegistry.byName(facet)?.field;
  const value = field === undefined ? undefined : (hit as unknown as Record<string, unknown>)[field];
  return Array.isArray(value) ? value.includes(name) : value === name;
}

function kindOfFacet(facet: string): string {
  if (facet === 'speaker') return 'person';
  return facetRegistry.byName(facet)?.entityKinds[0] ?? facet;
}

/** Looks up where the name occurs; undefined when no paragraph carries it in any entity facet. */
async function findFacet(backend: SearchBackend, name: string): Promise<{ facet: string; response: SearchResponse } | undefined> {
  for (const facet of ENTITY_FACETS) {
    const response = await backend.search(params({ [facet]: [name] }, RECENT, RELATED + 1));
    if (response.total > 0 && response.hits.some((h) => carries(h, facet, name))) return { facet, response };
  }
  return undefined;
}

function relatedOf(response: SearchResponse, name: string, factsOf: FactsOf): RelatedEntity[] {
  const facets = response.facets as unknown as Record<string, FacetValueCount[] | undefined>;
  const out: RelatedEntity[] = [];
  for (const facet of ['actor', 'location', 'group']) {
    for (const v of facets[facet] ?? []) if (v.value !== name) out.push({ value: v.value, kind: factsOf(v.value)?.kind ?? kindOfFacet(facet), count: v.count });
  }
  return out.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, RELATED);
}

export type FactsOf = (name: string) => EntityFacts | undefined;

export async function composeEntityProfile(backend: SearchBackend, name: string, factsOf: FactsOf): Promise<EntityProfile | undefined> {
  const facts = factsOf(name);
  const found = await findFacet(backend, name);
  if (found === undefined) return undefined;
  const asSpeaker = found.facet === 'speaker' ? found.response.total : (await backend.search(params({ speaker: [name] }, 0, 1))).total;
  const facets = found.response.facets as unknown as Record<string, FacetValueCount[] | undefined>;
  return {
    id: name,
    name,
    kind: facts?.kind ?? kindOfFacet(found.facet),
    aliases: facts?.aliases.filter((a) => a !== name) ?? [],
    mentions: found.response.total,
    as_speaker: asSpeaker,
    timeline: [...(facets.date ?? [])].sort((a, b) => a.value.localeCompare(b.value)),
    related: relatedOf(found.response, name, factsOf),
    outlets: facets.outlet ?? [],
    recent: found.response.hits,
  };
}
