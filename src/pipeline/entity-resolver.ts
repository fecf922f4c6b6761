// Query-time entity lookup for the search engine: the gazetteer matcher without the (slow) NLP pass.
import { createExtractor } from '../extract';
import type { Extractor } from '../extract';
import type { EntitySpan } from '../types';

export interface ResolvedEntity {
  canonical: string;
  facet: 'actor' | 'location' | 'group';
  start: number;
  end: number;
}

export type EntityResolver = (text: string) => ResolvedEntity[];

export function createEntityResolver(extractor: Extractor = createExtractor({ nlp: false })): EntityResolver {
  return (text) =>
    (extractor.findDocumentMentions([text])[0] ?? [])
      .filter((m) => m.origin === 'gazetteer')
      .map(({ canonical, facet, start, end }) => ({ canonical, facet, start, end }));
}

/** The resolver's matches as entity spans of the API (`/api/docs/:id`). */
export function createEntityLocator(resolver: EntityResolver): (text: string) => EntitySpan[] {
  return (text) => resolver(text).map(({ canonical, facet, start, end }) => ({ start, end, facet, value: canonical }));
}
