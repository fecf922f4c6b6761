// The seam between the server and whatever holds the index: the embedded engine or a SphinxQL cluster.
import type { IndexedDocument, SearchParams, SearchResponse, Suggestion } from '../types';

/** What `/api/health` reports about the backend. */
export interface BackendHealth {
  documents: number;
  paragraphs: number;
  /** ISO time of the last build or applied change, when the backend knows it. */
  updated_at?: string;
  /** True when a part of the backend (a shard) did not answer; `missing` names those parts. */
  partial?: boolean;
  missing?: string[];
}

/**
 * A search backend answers the public API's questions and takes whole documents as writes.
 * Every method is asynchronous so a networked backend fits; the embedded one answers at once.
 * Implementations: `embedded` (src/backend/embedded, in-process MiniSearch-based engine) and
 * `sphinxql` (src/backend/sphinxql, a sharded Sphinx/Manticore cluster).
 */
export interface SearchBackend {
  /** `embedded`, `sphinxql`, …: shown in logs and `/api/health`. */
  readonly kind: string;
  search(params: SearchParams): Promise<SearchResponse>;
  suggest(q: string, limit?: number): Promise<Suggestion[]>;
  getDocument(id: string): Promise<IndexedDocument | undefined>;
  health(): Promise<BackendHealth>;
  /** Adds documents, or replaces every paragraph of documents already held (by document id). */
  upsertDocuments(docs: readonly IndexedDocument[]): Promise<void>;
  /** Removes documents and all their paragraphs; unknown ids are ignored. */
  removeDocuments(ids: readonly string[]): Promise<void>;
  /** Releases connections, workers and timers. */
  close(): Promise<void>;
}
