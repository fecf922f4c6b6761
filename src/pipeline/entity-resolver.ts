// Query-time entity lookup for the search engine: the gazetteer matcher without the (slow) NLP pass.
import { createEntityRelations, createExtractor } from '../extract';
import type { Extractor } from '../extract';
import type { EntitySpan, ResolvedEntity } from '../types';

export type { ResolvedEntity };

export type EntityResolver = (text: string) => ResolvedEntity[];

let sharedExtractor: Extractor | null = null;
/** The gazetteer-only extractor every query-time helper shares, loaded once per process. */
function queryExtractor(): Extractor {
  sharedExtractor ??= createExtractor({ nlp: false });
  return sharedExtractor;
}

export function createEntityResolver(extractor: Extractor = queryExtractor()): EntityResolver {
  return (text) =>
    (extractor.findDocumentMentions([text])[0] ?? [])
      .filter((m) => m.origin === 'gazetteer')
      .map(({ canonical, facet, start, end }) => ({ canonical, facet, start, end }));
}

/** The resolver's matches as entity spans of the API (`/api/docs/:id`). */
export function createEntityLocator(resolver: EntityResolver): (text: string) => EntitySpan[] {
  return (text) => resolver(text).map(({ canonical, facet, start, end }) => ({ start, end, facet, value: canonical }));
}

/**
 * What a named entity also stands for in a query: a state's people and bodies (Turkey → Erdogan, the Turkish
 * Foreign Ministry), a place's places (Idlib → Saraqib, Maarat al-Numan). A state's places are left out: "Syria"
 * would otherwise mean every Syrian town.
 */
export function createRelatedEntities(extractor: Extractor): (canonical: string) => string[] {
  const relations = createEntityRelations(extractor.gazetteer);
  return (canonical) => {
    const kind = extractor.gazetteer.byCanonical.get(canonical)?.kind;
    if (kind === 'state') return relations.affiliatesOf(canonical);
    if (kind === 'place') return relations.placesWithin(canonical);
    return [];
  };
}

let sharedRelated: ((canonical: string) => string[]) | null = null;

/** The engine options that carry gazetteer knowledge: entity lookup in queries and snippets, and related entities. */
export function engineKnowledge(resolver: EntityResolver): { resolveEntities: EntityResolver; relatedEntities: (canonical: string) => string[] } {
  sharedRelated ??= createRelatedEntities(queryExtractor());
  return { resolveEntities: resolver, relatedEntities: sharedRelated };
}
