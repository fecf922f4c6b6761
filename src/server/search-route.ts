// GET /api/search: the backend's answer plus `did_you_mean` when a word looks misspelt and the correction finds more.
import type { SearchBackend } from '../backend/search-backend';
import { suggestQuery } from '../search/did-you-mean';
import type { SearchParams, SearchResponse } from '../types';

export type SearchAnswer = SearchResponse;

export async function searchWithHints(backend: SearchBackend, params: SearchParams): Promise<SearchAnswer> {
  const response: SearchAnswer = await backend.search(params);
  if (params.q.trim() === '' || params.offset > 0) return response;
  const corrected = await suggestQuery(params.q, (prefix, limit) => backend.suggest(prefix, limit));
  if (corrected === null || corrected.trim() === params.q.trim()) return response;
  const check = await backend.search({ ...params, q: corrected, limit: 0, offset: 0 });
  // the misspelling may still match (fuzzy matching, partial matches): hint only when the correction finds more
  if (check.total > response.total || (response.relaxed && !check.relaxed && check.total > 0)) response.did_you_mean = corrected;
  return response;
}
