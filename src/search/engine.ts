// The search engine facade: builds (or loads) the index once, then answers search/suggest and applies live changes.
// The parts live in sub-folders: index/ (the data and its file form), query/ (planning), execute/ (match sets, top-k),
// facets/ (filters and counts), present/ (hits, snippets, highlighting) and live/ (delta segment, tombstones).
import type { IndexedDocument, SearchEngine, SearchParams, SearchResponse, Suggestion } from '../types';
import { resolveEngineOptions } from './engine-options';
import type { EngineOptions } from './engine-options';
import { answerSearch } from './execute/answer';
import { createSearchContext } from './execute/context';
import type { SearchContext } from './execute/context';
import { sectionsToBase64 } from './index/binary-sections';
import { buildEngineState, createEngineStateBuilder } from './index/build-state';
import { documentAt } from './index/engine-state';
import type { EngineState } from './index/engine-state';
import { readSerializedState } from './index/read-engine';
import { serializeState, STATE_FORMAT, STATE_FORMAT_VERSION } from './index/state-sections';
import { LiveCorpus } from './live/live-corpus';
import type { DeltaStats, DocumentChanges } from './live/live-corpus';
import { ResultCache } from './result-cache';
import { rememberSerialized } from './serialized-answer';
import { suggestCompletions } from './suggest';
import { loadSynonyms } from './synonyms';
import type { SynonymTable } from './synonyms';

export { defaultEngineOptions } from './engine-options';
export type { EngineOptions } from './engine-options';
export type { DeltaStats, DocumentChanges } from './live/live-corpus';
export { typoBudget } from './query/plan';

/** The binary form of a built engine: JSON-able `meta` plus raw little-endian typed-array `sections`. */
export interface SerializedEngine {
  meta: unknown;
  sections: Record<string, Uint8Array>;
}

export interface SiftEngine extends SearchEngine {
  /**
   * Applies a live corpus change in place: changed and new documents go to the delta segment, their older
   * versions and deleted documents are tombstoned. Synchronous, so no request sees half a change.
   */
  applyChanges(changes: DocumentChanges): void;
  deltaStats(): DeltaStats;
  updatedAt(): string;
  /** Sets the time `updatedAt()` reports (the index's build time when loaded from disk). */
  setUpdatedAt(iso: string): void;
  /** Binary form for `loadSearchEngine`: typed arrays stored raw, loaded as views without parsing. */
  serialize(): SerializedEngine;
  /** The same as one JSON value (sections base64-encoded), for JSON-only storage; fails past V8's string limit (~1M paragraphs). */
  toJSON(): unknown;
}

export const INDEX_FORMAT = STATE_FORMAT;
export const INDEX_FORMAT_VERSION = STATE_FORMAT_VERSION;

let sharedSynonyms: SynonymTable | null = null;
function defaultSynonyms(): SynonymTable {
  sharedSynonyms ??= loadSynonyms();
  return sharedSynonyms;
}

class Engine implements SiftEngine {
  /** What queries run on (the state served and its caches); replaced whole on each live change. */
  private ctx: SearchContext;
  private readonly live: LiveCorpus;
  private updated = new Date().toISOString();
  private readonly synonyms: SynonymTable;
  /**
   * A small LRU cache answers repeated requests (paging back, facet clicks). It keeps each answer as its JSON text:
   * one stringify, sized by its length, costs less than the deep clone and the walk that sized it did (a tenth of an
   * uncached HTTP search), and parsing it back gives every caller objects of its own.
   */
  private readonly cache: ResultCache<string>;

  constructor(
    state: EngineState,
    private readonly o: EngineOptions,
  ) {
    this.synonyms = o.synonyms ?? defaultSynonyms();
    this.ctx = createSearchContext(state, o, this.synonyms);
    this.live = new LiveCorpus(state);
    this.cache = new ResultCache<string>(o.cacheSize, { sizeOf: (text) => 64 + 2 * (text as string).length });
  }

  stats(): { documents: number; paragraphs: number } {
    return { documents: this.ctx.s.liveDocuments, paragraphs: this.ctx.s.liveParagraphs };
  }

  updatedAt(): string {
    return this.updated;
  }

  setUpdatedAt(iso: string): void {
    this.updated = iso;
  }

  deltaStats(): DeltaStats {
    return this.live.stats();
  }

  applyChanges(changes: DocumentChanges): void {
    this.ctx = createSearchContext(this.live.apply(changes), this.o, this.synonyms);
    this.cache.clear();
    this.updated = new Date().toISOString();
  }

  getDocument(id: string): IndexedDocument | undefined {
    const i = this.ctx.s.docIndex.get(id);
    return i === undefined ? undefined : documentAt(this.ctx.s, i);
  }

  suggest(q: string, limit = 8): Suggestion[] {
    return suggestCompletions(this.ctx.s.suggestIndex, String(q ?? ''), limit, this.o.resolveEntities);
  }

  search(params: SearchParams): SearchResponse {
    const started = performance.now();
    const key = this.cache.enabled ? JSON.stringify(params) : '';
    const cached = this.cache.get(key);
    const body = cached !== undefined ? (JSON.parse(cached) as SearchResponse) : answerSearch(this.ctx, params);
    const took = Math.round((performance.now() - started) * 1000) / 1000;
    const response: SearchResponse = { total: body.total, took_ms: took, relaxed: body.relaxed, hits: body.hits, facets: body.facets, ...(body.subplaces ? { subplaces: body.subplaces } : {}) };
    if (cached === undefined && this.cache.enabled) {
      const text = JSON.stringify(response);
      this.cache.set(key, text);
      rememberSerialized(response, text);
    }
    return response;
  }

  /** Every document served, in index order (main segment first, then the delta). */
  private liveDocuments(): IndexedDocument[] {
    const s = this.ctx.s;
    const out: IndexedDocument[] = [];
    for (let d = 0; d < s.docs.length; d++) if (s.hiddenDocs === null || s.hiddenDocs[d] !== 1) out.push(documentAt(s, d));
    return out;
  }

  /** A live corpus is saved as the engine a fresh build over its documents would be. */
  private persistable(): EngineState {
    const s = this.ctx.s;
    return s.delta === null && s.hidden === null ? s : buildEngineState(this.liveDocuments(), s.facets);
  }

  serialize(): SerializedEngine {
    return serializeState(this.persistable());
  }

  toJSON(): unknown {
    const { meta, sections } = serializeState(this.persistable());
    return { format: INDEX_FORMAT, version: INDEX_FORMAT_VERSION, meta, sections: sectionsToBase64(sections) };
  }
}

/** Builds the engine over indexed documents (paragraph ids follow the given order). */
export function createSearchEngine(docs: IndexedDocument[], options?: Partial<EngineOptions>): SiftEngine {
  const resolved = resolveEngineOptions(options);
  return new Engine(buildEngineState(docs, resolved.facets.all), resolved);
}

export interface SearchEngineBuilder {
  /** Indexes the next documents, in corpus order. */
  add(documents: readonly IndexedDocument[]): void;
  /** Paragraphs added so far. */
  readonly paragraphs: number;
  /** The engine over every document added (the same as `createSearchEngine` on all of them). */
  finish(): SiftEngine;
}

/** `createSearchEngine` fed a run of documents at a time; `expected` sizes only presize buffers. */
export function createSearchEngineBuilder(expected: { paragraphs: number; characters: number }, options?: Partial<EngineOptions>): SearchEngineBuilder {
  const resolved = resolveEngineOptions(options);
  const state = createEngineStateBuilder(expected.paragraphs, expected.characters, resolved.facets.all);
  return {
    add: (documents) => state.add(documents),
    get paragraphs() {
      return state.paragraphs;
    },
    finish: () => new Engine(state.finish(), resolved),
  };
}

/**
 * Rebuilds an engine from `serialize()` output ({meta, sections}) or from `toJSON()` output (base64 sections).
 * A different format version is refused with `index_version`, anything inconsistent with `index_corrupt`.
 */
export function loadSearchEngine(serialized: unknown, options?: Partial<EngineOptions>): SiftEngine {
  const resolved = resolveEngineOptions(options);
  return new Engine(readSerializedState(serialized, resolved.facets.all), resolved);
}
