// Fetch calls to the Sift HTTP API (see /work/shared/API.md); errors carry the API's message.
import type { EntityProfile } from '../src/entities/entity-profile';
import type { IndexedDocument, SearchResponse, Suggestion } from '../src/types';
import { FACETS } from './facets';
import { appendModes, type SearchState } from './state/url-state';

export const PAGE_SIZE = 20;

export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

export interface SearchRequestOptions {
  limit: number;
  facetSize: number;
  /** Drop from/to: the date histogram shows every month so a range can be widened. */
  withoutDates?: boolean;
}

/** The `/api/search` query string for a state. */
export function buildSearchQuery(state: SearchState, options: SearchRequestOptions): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const facet of FACETS) for (const value of state.filters[facet.name] ?? []) params.append(facet.param, value);
  appendModes(params, state);
  if (!options.withoutDates) {
    if (state.from) params.set('from', state.from);
    if (state.to) params.set('to', state.to);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  params.set('limit', String(options.limit));
  if (options.limit > 0) params.set('offset', String((state.page - 1) * options.limit));
  params.set('facet_size', String(options.facetSize));
  return params.toString();
}

/** The `/api/export` link for a state: the whole result set (every page) in a format. */
export function buildExportHref(state: SearchState, format: 'csv' | 'jsonl'): string {
  const params = new URLSearchParams(buildSearchQuery(state, { limit: 0, facetSize: 1 }));
  params.delete('limit');
  params.delete('facet_size');
  params.set('format', format);
  return `/api/export?${params.toString()}`;
}

async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'The server could not be reached. Check your connection and try again.');
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // a proxy error page or an empty body: reported below with the status
  }
  if (!response.ok) {
    const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
    throw new ApiError(response.status, typeof message === 'string' ? message : `The server answered ${response.status}.`);
  }
  return body as T;
}

export function fetchSearch(query: string, signal?: AbortSignal): Promise<SearchResponse> {
  return fetchJson<SearchResponse>(`/api/search?${query}`, signal);
}

export function fetchSuggestions(q: string, signal?: AbortSignal): Promise<Suggestion[]> {
  return fetchJson<Suggestion[]>(`/api/suggest?${new URLSearchParams({ q })}`, signal);
}

/** What `/api/health` says about the corpus being served (`updated_at` when the server reports it). */
export interface CorpusHealth {
  documents: number;
  paragraphs: number;
  updated_at?: string;
}

export function fetchHealth(signal?: AbortSignal): Promise<CorpusHealth> {
  return fetchJson<CorpusHealth>('/api/health', signal);
}

export function fetchDocument(id: string, signal?: AbortSignal): Promise<IndexedDocument> {
  return fetchJson<IndexedDocument>(`/api/docs/${encodeURIComponent(id)}`, signal);
}

export function isAbort(error: unknown): boolean {
  return (error as Error | null)?.name === 'AbortError';
}

/** `GET /api/entities/:id`: the server's own type (src/entities/entity-profile.ts). */
export type { EntityProfile };

export function fetchEntity(id: string, signal?: AbortSignal): Promise<EntityProfile> {
  return fetchJson<EntityProfile>(`/api/entities/${encodeURIComponent(id)}`, signal);
}
