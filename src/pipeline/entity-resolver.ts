// Query-time entity lookup for the search engine: the gazetteer matcher without the (slow) NLP pass.
import { createExtractor } from '../extract';
import type { Extractor } from '../extract';

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
