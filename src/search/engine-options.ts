// The engine's tuning knobs (weights, bounds, caches) and the knowledge wired in from the gazetteer, with their defaults.
import { facetRegistry } from '../facets/registry';
import type { FacetRegistry } from '../facets/registry';
import type { ResolveEntities } from './entity-expansion';
import type { SynonymTable } from './synonyms';

export interface EngineOptions {
  /** Finds entity names (any alias or spelling) in a text; wired to the gazetteer matcher. */
  resolveEntities?: ResolveEntities;
  /** Words in a snippet window. */
  snippetWords: number;
  /** Query parts beyond this many are ignored (bounds the work per request). */
  maxClauses: number;
  /** The word being typed gets prefix matching from this many letters. */
  minPrefixLength: number;
  /** Extra weight of an exact-spelling match on top of its loose (stemmed/folded) match. */
  exactBoost: number;
  fuzzyWeight: number;
  prefixWeight: number;
  /** Weight of a paragraph carrying a named entity in its facets, per word of the name. */
  entityBoost: number;
  /** Weight of the document title matching the query words. */
  titleBoost: number;
  /** Multiplier of a phrase's word scores when the phrase is found. */
  phraseBoost: number;
  /** Query-word expansions (data/synonyms.json by default). */
  synonyms?: SynonymTable;
  /** Entities a named entity also stands for in a query (wired to the gazetteer's relations). */
  relatedEntities?: (canonical: string) => string[];
  /** Weight of a related entity's paragraphs against the named entity's own. */
  relatedWeight: number;
  /** Responses kept for repeated requests (paging back, facet clicks); 0 turns the cache off. */
  cacheSize: number;
  /** The facet kinds indexed, counted and filtered (one table each) and the query prefixes understood. */
  facets: FacetRegistry;
}

export const defaultEngineOptions: EngineOptions = {
  snippetWords: 40,
  maxClauses: 32,
  minPrefixLength: 3,
  exactBoost: 1,
  fuzzyWeight: 0.45,
  prefixWeight: 0.375,
  entityBoost: 1.5,
  titleBoost: 0.25,
  phraseBoost: 1.5,
  relatedWeight: 0.4,
  cacheSize: 256,
  facets: facetRegistry,
};

/** Options given over the defaults, `undefined` dropped. */
export function resolveEngineOptions(options: Partial<EngineOptions> | undefined): EngineOptions {
  const out: EngineOptions = { ...defaultEngineOptions };
  for (const [key, value] of Object.entries(options ?? {})) {
    if (value !== undefined) (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out;
}
