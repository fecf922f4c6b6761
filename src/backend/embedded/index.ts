// The embedded backend: Sift's in-process engine (src/search) behind the SearchBackend seam.
import type { IndexedDocument, SearchEngine, SearchParams, SearchResponse, Suggestion } from '../../types';
import type { BackendHealth, SearchBackend } from '../search-backend';

/** An engine that also takes live document changes (the SiftEngine does). */
interface WritableEngine extends SearchEngine {
  applyChanges?(changes: { upsert: IndexedDocument[]; remove: string[] }): void;
}

/**
 * Wraps an engine getter: the server may swap the engine (SIGHUP rebuild, compaction), and every call
 * answers from the engine current at that moment. The engine answers synchronously; the seam is async.
 */
export function createEmbeddedBackend(engine: () => WritableEngine): SearchBackend {
  const writable = (): Required<Pick<WritableEngine, 'applyChanges'>> => {
    const e = engine();
    if (typeof e.applyChanges !== 'function') throw new Error('this embedded engine is read-only');
    return e as Required<Pick<WritableEngine, 'applyChanges'>>;
  };
  return {
    kind: 'embedded',
    search: async (params: SearchParams): Promise<SearchResponse> => engine().search(params),
    suggest: async (q: string, limit?: number): Promise<Suggestion[]> => engine().suggest(q, limit),
    getDocument: async (id: string) => engine().getDocument(id),
    health: async (): Promise<BackendHealth> => {
      const e = engine();
      const updated = e.updatedAt?.();
      return { ...e.stats(), ...(updated !== undefined ? { updated_at: updated } : {}) };
    },
    upsertDocuments: async (docs) => writable().applyChanges({ upsert: [...docs], remove: [] }),
    removeDocuments: async (ids) => writable().applyChanges({ upsert: [], remove: [...ids] }),
    close: async () => {},
  };
}

/** Whether a value is already a backend (rather than an engine or an engine getter). */
export function isSearchBackend(value: unknown): value is SearchBackend {
  return typeof value === 'object' && value !== null && typeof (value as SearchBackend).health === 'function' && 'kind' in value;
}
