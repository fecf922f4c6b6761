// What every step of answering a query reads: the state served, the options, and the caches that live as long as that state.
import type { EngineOptions } from '../engine-options';
import type { ResolveEntities } from '../entity-expansion';
import type { EngineState } from '../index/engine-state';
import type { TextIndexWeights } from '../index/text-segment';
import type { AnalyzedToken } from '../../text';
import { ResultCache } from '../result-cache';
import type { SynonymTable } from '../synonyms';
import type { PartialScratch } from './partial-matches';

/** Paragraphs whose gazetteer spans are kept for highlighting (a few pages of many queries). */
const SPAN_CACHE_SIZE = 4096;
/** Entity names whose paragraphs are kept (a union when the name is in several facets). */
const ENTITY_CACHE_SIZE = 1024;
/** Paragraphs whose analysed tokens are kept for snippets (the same paragraphs head the pages of many queries). */
const TOKEN_CACHE_SIZE = 4096;
/**
 * Rough bytes of a cached list of small records (tokens, spans): a fixed size per item instead of walking them,
 * which cost a twentieth of a hit (the caches bound entries by count; bytes only guard against the absurd).
 */
const RECORD_BYTES = 160;
const recordListBytes = (value: unknown): number => 64 + RECORD_BYTES * (value as readonly unknown[]).length;

export interface SearchContext {
  /** The main segment's state, or on a live corpus its overlay with the delta. */
  readonly s: EngineState;
  readonly o: EngineOptions;
  readonly weights: TextIndexWeights;
  readonly synonyms: SynonymTable;
  readonly entityCache: ResultCache<Uint32Array>;
  /** Gazetteer spans per paragraph for highlighting (the matcher costs more than the rest of a hit). */
  readonly spanCache: ResultCache<ReturnType<ResolveEntities>>;
  /** Analysed tokens per paragraph for snippets (analysis is a fifth of an uncached answer's time; see README profile). */
  readonly tokenCache: ResultCache<AnalyzedToken[]>;
  /** Per-paragraph accumulators for partial matches, allocated on first need. */
  scratch: PartialScratch | null;
}

/** A fresh context: caches start empty, as they must whenever the state changes. */
export function createSearchContext(s: EngineState, o: EngineOptions, synonyms: SynonymTable): SearchContext {
  return {
    s,
    o,
    weights: { exactBoost: o.exactBoost, fuzzyWeight: o.fuzzyWeight, prefixWeight: o.prefixWeight },
    synonyms,
    entityCache: new ResultCache<Uint32Array>(ENTITY_CACHE_SIZE),
    spanCache: new ResultCache<ReturnType<ResolveEntities>>(SPAN_CACHE_SIZE, { sizeOf: recordListBytes }),
    tokenCache: new ResultCache<AnalyzedToken[]>(TOKEN_CACHE_SIZE, { sizeOf: recordListBytes }),
    scratch: null,
  };
}
