// Small corpora written for search tests: one document per paragraph, with the facets an extraction would give it.
import { createEntityResolver } from '../../src/pipeline/entity-resolver';
import { createSearchEngine } from '../../src/search/engine';
import type { SiftEngine } from '../../src/search/engine';
import { parseSearchParams } from '../../src/search/search-params';
import type { IndexedDocument, SearchResponse } from '../../src/types';

export interface WrittenParagraph {
  text: string;
  speaker?: string | null;
  actors?: string[];
  locations?: string[];
  groups?: string[];
}

/** One document per entry (`id` → paragraph, or several paragraphs in reading order), all in `lang`. */
export function writtenCorpus(lang: string, docs: Record<string, WrittenParagraph | WrittenParagraph[]>): IndexedDocument[] {
  return Object.entries(docs).map(([id, p]) => ({
    id,
    title: null,
    source: null,
    url: null,
    published: '2021-03-04',
    lang,
    paragraphs: (Array.isArray(p) ? p : [p]).map((x, i) => ({
      anchor: `p-${i + 1}`,
      text: x.text,
      speaker: x.speaker ?? null,
      actors: x.actors ?? [],
      locations: x.locations ?? [],
      groups: x.groups ?? [],
      dates: [],
    })),
  }));
}

export function writtenEngine(documents: IndexedDocument[]): SiftEngine {
  return createSearchEngine(documents, { resolveEntities: createEntityResolver() });
}

/** A search with URL-style parameters (`{ q: 'x', speaker: ['A'] }`), 50 hits a page. */
export function searchWritten(engine: SiftEngine, query: Record<string, string | string[]>): SearchResponse {
  const raw = Object.fromEntries(Object.entries({ limit: '50', ...query }).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));
  return engine.search(parseSearchParams(raw));
}

/** The hits' `doc#anchor` ids in rank order. */
export function hitIds(r: SearchResponse): string[] {
  return r.hits.map((h) => `${h.doc.id}#${h.anchor}`);
}
