// The search page's state as it lives in the URL query string (parse and serialise).
import { FACETS, FILTERS, type FilterName } from '../facets';

export { FILTERS, type FilterName };
const LANGUAGE_CODE = /^[a-z]{2}$/;

export type SortOrder = 'relevance' | 'date' | 'oldest';
const SORTS: readonly SortOrder[] = ['relevance', 'date', 'oldest'];

export interface SearchState {
  q: string;
  filters: Record<FilterName, string[]>;
  from: string | null;
  to: string | null;
  sort: SortOrder;
  /** Facets whose selected values must all be present (`<param>_mode=all`); the others OR their values. */
  allOf: FilterName[];
  /** One result per article (`group_by=doc` in the URL). */
  byArticle: boolean;
  /** 1-based. */
  page: number;
}

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function createEmptyState(): SearchState {
  return { q: '', filters: Object.fromEntries(FILTERS.map((name) => [name, []])), from: null, to: null, sort: 'relevance', allOf: [], byArticle: false, page: 1 };
}

/** Reads a query string (with or without `?`); unknown or malformed values fall back to defaults. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = createEmptyState();
  state.q = params.get('q') ?? '';
  for (const facet of FACETS) {
    const seen = new Set<string>();
    const isCode = facet.valueFormat === 'language_code';
    for (const raw of params.getAll(facet.param)) {
      const value = isCode ? raw.trim().toLowerCase() : raw;
      if (isCode && !LANGUAGE_CODE.test(value)) continue;
      if (value !== '' && !seen.has(value)) {
        seen.add(value);
        state.filters[facet.name]!.push(value);
      }
    }
  }
  state.allOf = FACETS.filter((f) => params.get(`${f.param}_mode`) === 'all').map((f) => f.name);
  const from = params.get('from');
  const to = params.get('to');
  state.from = from !== null && DATE_RE.test(from) ? from : null;
  state.to = to !== null && DATE_RE.test(to) ? to : null;
  state.sort = SORTS.find((s) => s === params.get('sort')) ?? 'relevance';
  state.byArticle = params.get('group_by') === 'doc';
  const page = Number(params.get('page'));
  state.page = Number.isInteger(page) && page > 1 ? Math.min(page, 10_000) : 1;
  return state;
}

/** Writes the state as `?…` in a fixed order, omitting defaults; `''` for the empty state. */
export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.filters[facet.name] ?? []) params.append(facet.param, value);
  appendModes(params, state);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.byArticle) params.set('group_by', 'doc');
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** `<param>_mode=all` for each facet in `all` mode. */
export function appendModes(params: URLSearchParams, state: SearchState): void {
  for (const facet of FACETS) if (state.allOf.includes(facet.name)) params.set(`${facet.param}_mode`, 'all');
}

/** Switches a facet between any (OR) and all (AND) of its selected values. */
export function setFacetMode(state: SearchState, facet: FilterName, all: boolean): SearchState {
  const allOf = state.allOf.filter((f) => f !== facet);
  return { ...state, allOf: all ? [...allOf, facet] : allOf, page: 1 };
}

export function countActiveFilters(state: SearchState): number {
  let n = FILTERS.reduce((sum, facet) => sum + (state.filters[facet]?.length ?? 0), 0);
  if (state.from || state.to) n += 1;
  return n;
}

export function hasFilter(state: SearchState, facet: FilterName, value: string): boolean {
  return state.filters[facet]?.includes(value) ?? false;
}

/** Adds or removes one facet value; any filter change goes back to page 1. */
export function toggleFilter(state: SearchState, facet: FilterName, value: string, on?: boolean): SearchState {
  const current = state.filters[facet] ?? [];
  const present = current.includes(value);
  const want = on ?? !present;
  if (want === present) return state;
  const next = want ? [...current, value] : current.filter((v) => v !== value);
  return { ...state, filters: { ...state.filters, [facet]: next }, page: 1 };
}

export function clearFilters(state: SearchState): SearchState {
  return { ...createEmptyState(), q: state.q, sort: state.sort, byArticle: state.byArticle, allOf: state.allOf };
}

export function setDateRange(state: SearchState, from: string | null, to: string | null): SearchState {
  return { ...state, from, to, page: 1 };
}
