// The search page: box, facets, date histogram and results, all driven by the URL query string.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FacetValueCount, SearchResponse, Suggestion } from '../../src/types';
import { ApiError, PAGE_SIZE, buildExportHref, buildSearchQuery, fetchSearch, isAbort } from '../api';
import { html } from '../html';
import { navigate, takePendingScroll } from '../state/navigation';
import { createResponseCache } from '../state/response-cache';
import { useRecentChange } from '../state/use-recent-change';
import {
  FILTERS,
  clearFilters,
  countActiveFilters,
  hasFilter,
  parseSearchState,
  setFacetMode,
  serialiseSearchState,
  setDateRange,
  toggleFilter,
  type FilterName,
  type SearchState,
} from '../state/url-state';
import { applyTermSuggestion, removeEntityFragment } from '../text/query-edit';
import { addExclusion, removeTypedFilter, type TypedFilter } from '../text/typed-filters';
import { ActiveFilters } from './ActiveFilters';
import { facetByName, facetLabel } from '../facets';
import { DateHistogram } from './DateHistogram';
import { FACET_COLLAPSED_SIZE, FacetPanel } from './FacetPanel';
import { Pagination } from './Pagination';
import { ResultItem } from './ResultItem';
import { SavedSearches } from './SavedSearches';
import { collapseStatements } from '../state/statements';
import { ArticleGroupItem } from './ArticleGroupItem';
import { groupByArticle } from '../state/group-hits';
import { splitExtraHits } from '../state/extra-hits';
import { EmptyState, ErrorState, LoadingSkeleton } from './ResultStates';
import { SearchBox } from './SearchBox';
import { SiteHeader } from './SiteHeader';

const TYPING_DELAY_MS = 150;
const GROUPED_PAGE_SIZE = 100;
/** While typing, an empty answer for a half-typed word does not replace the last results until typing pauses this long. */
const TYPING_QUIET_MS = 900;
const searchCache = createResponseCache<SearchResponse>();

interface Outcome {
  key: string;
  data?: SearchResponse;
  error?: string;
  /** HTTP status of a failed request; 0 when the server was not reached. */
  status?: number;
}

function useSearch(query: string, retry: number): { outcome: Outcome | null; loading: boolean } {
  const [outcome, setOutcome] = useState<Outcome | null>(() => {
    const data = searchCache.get(query);
    return data ? { key: query, data } : null;
  });
  const [loading, setLoading] = useState(false);
  const requestId = useRef(0);
  useEffect(() => {
    const id = ++requestId.current;
    // only successes are cached, so a retry after an error always reaches the server
    const cached = searchCache.get(query);
    if (cached) {
      setOutcome({ key: query, data: cached });
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    fetchSearch(query, controller.signal)
      .then((data) => {
        if (id !== requestId.current) return;
        searchCache.set(query, data);
        setOutcome({ key: query, data });
        setLoading(false);
      })
      .catch((error: unknown) => {
        if (isAbort(error) || id !== requestId.current) return;
        setOutcome({ key: query, error: error instanceof ApiError ? error.message : 'Something went wrong while searching.', status: error instanceof ApiError ? error.status : 0 });
        setLoading(false);
      });
    return () => controller.abort();
  }, [query, retry]);
  return { outcome, loading };
}

function describeTotal(data: SearchResponse, page: number, pageSize: number): string {
  if (data.total === 0) return 'No matching paragraphs';
  const first = (page - 1) * pageSize + 1;
  const last = first + data.hits.length - 1;
  const noun = data.total === 1 ? 'paragraph' : 'paragraphs';
  const range = data.total > pageSize && data.hits.length > 0 ? `${first.toLocaleString('en')}–${last.toLocaleString('en')} of ` : '';
  return `${range}${data.total.toLocaleString('en')} ${noun}`;
}

export function SearchPage({ search }: { search: string }) {
  const state = useMemo(() => parseSearchState(search), [search]);
  // one result per statement reported by several outlets, unless the analyst asks to see each
  const [separate, setSeparate] = useState(false);
  const stateRef = useRef(state);
  stateRef.current = state;
  const [draft, setDraft] = useState(state.q);
  const committedQ = useRef(state.q);
  const typingSession = useRef(false);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const filtersToggleRef = useRef<HTMLButtonElement | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<FilterName>>(new Set());
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [retry, setRetry] = useState(0);

  const typedSearch = useRef<string | null>(null);

  useEffect(() => {
    // back/forward or a link changed the state: show its q in the box and end any typing burst
    if (search !== typedSearch.current) typingSession.current = false;
    if (state.q !== committedQ.current) {
      committedQ.current = state.q;
      setDraft(state.q);
    }
  }, [search]);

  const commit = (next: SearchState, mode: 'push' | 'typing') => {
    committedQ.current = next.q;
    const serialised = serialiseSearchState(next);
    const url = `/${serialised}`;
    if (mode === 'typing') {
      typedSearch.current = serialised;
      // one history entry per typing burst: the first change pushes, later keystrokes replace it
      navigate(url, { replace: typingSession.current });
      typingSession.current = true;
    } else {
      typingSession.current = false;
      navigate(url);
    }
  };

  useEffect(() => {
    if (draft === stateRef.current.q) return;
    const timer = setTimeout(() => commit({ ...stateRef.current, q: draft, page: 1 }, 'typing'), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  const facetSize = expanded.size > 0 ? 1000 : FACET_COLLAPSED_SIZE + 1;
  // grouped, a page asks for more paragraphs so each article can show its best few
  const pageSize = state.byArticle ? GROUPED_PAGE_SIZE : PAGE_SIZE;
  const query = buildSearchQuery(state, { limit: pageSize, facetSize });
  const histogramQuery = buildSearchQuery({ ...state, page: 1, sort: 'relevance' }, { limit: 0, facetSize: 1000, withoutDates: true });
  const { outcome, loading } = useSearch(query, retry);
  const { outcome: histogramOutcome, loading: histogramLoading } = useSearch(histogramQuery, retry);
  const typing = useRecentChange(draft, TYPING_QUIET_MS);
  const lastFound = useRef<SearchResponse | undefined>(undefined);
  if (outcome?.data && outcome.data.total > 0) lastFound.current = outcome.data;
  // a short prefix often matches nothing: keep showing what the last full word found until typing pauses
  const holding = typing && outcome?.data?.total === 0 && lastFound.current !== undefined;
  const data = holding ? lastFound.current : outcome?.data;

  useEffect(() => {
    document.title = state.q.trim() ? `${state.q.trim()} · Sift` : 'Sift · paragraph search';
  }, [state.q]);

  useEffect(() => {
    if (outcome?.key !== query) return;
    const y = takePendingScroll();
    if (y !== null) requestAnimationFrame(() => window.scrollTo(0, y));
  }, [outcome, query]);

  const previousPage = useRef(state.page);
  useEffect(() => {
    if (previousPage.current === state.page) return;
    previousPage.current = state.page;
    if (history.state && typeof (history.state as { scrollY?: unknown }).scrollY === 'number') return;
    window.scrollTo(0, 0);
    headingRef.current?.focus({ preventScroll: true });
  }, [state.page]);

  const pick = (facet: FilterName, value: string) => commit(toggleFilter({ ...state, q: draft }, facet, value), 'push');
  const toggle = (facet: FilterName, value: string, on: boolean) => commit(toggleFilter({ ...state, q: draft }, facet, value, on), 'push');
  const remove = (facet: FilterName, value: string) => commit(toggleFilter(state, facet, value, false), 'push');
  const clearDates = () => commit(setDateRange(state, null, null), 'push');
  const clearAll = () => commit(clearFilters(state), 'push');
  const isActive = (facet: FilterName, value: string) => hasFilter(state, facet, value);
  // A facet panel shows when the response counts that facet; a facet with a single value everywhere
  // (one language, one outlet) offers no choice, so it shows only once there is one or a filter is set.
  const facetCounts = (facet: FilterName): FacetValueCount[] => (data?.facets as Record<string, FacetValueCount[] | undefined> | undefined)?.[facet] ?? [];
  const showFacet = (facet: FilterName): boolean => {
    if ((state.filters[facet]?.length ?? 0) > 0) return true;
    if (!data) return facetByName(facet)?.level === 'paragraph';
    const counts = (data.facets as Record<string, FacetValueCount[] | undefined>)[facet];
    if (counts === undefined) return false;
    return facetByName(facet)?.level === 'paragraph' || counts.length > 1;
  };

  const onPickSuggestion = (s: Suggestion) => {
    if (s.kind === 'term') {
      const q = applyTermSuggestion(draft, s.value);
      setDraft(q);
      commit({ ...state, q, page: 1 }, 'typing');
      return;
    }
    const q = removeEntityFragment(draft, s.value);
    setDraft(q);
    commit(toggleFilter({ ...state, q }, s.kind, s.value, true), 'push');
  };

  // the histogram's answer ignores the range: what it counts but no month holds has no publication date
  const histogram = histogramOutcome?.key === histogramQuery ? histogramOutcome.data : undefined;
  const undated = histogram ? histogram.total - histogram.facets.date.reduce((sum, m) => sum + m.count, 0) : 0;
  const activeCount = countActiveFilters(state);
  const pageCount = data ? Math.min(Math.ceil(data.total / pageSize), Math.ceil(10_000 / pageSize)) : 0;
  const stale = loading && outcome !== null && outcome.key !== query;
  const failed = Boolean(outcome?.error && outcome.key === query);
  const extras = splitExtraHits(data?.hits ?? []);

  return html`
    <${SiteHeader} refreshKey=${outcome?.key}>
      <${SearchBox}
        value=${draft}
        inputRef=${inputRef}
        onInput=${setDraft}
        onSubmit=${() => commit({ ...state, q: draft, page: 1 }, 'push')}
        onPick=${onPickSuggestion}
        onClear=${() => {
          setDraft('');
          commit({ ...state, q: '', page: 1 }, 'push');
        }}
      />
    <//>
    <div class="layout">
      <div class="filters-toggle-bar">
        <button type="button" ref=${filtersToggleRef} class="button filters-toggle" aria-expanded=${filtersOpen ? 'true' : 'false'} aria-controls="filters" onClick=${() => setFiltersOpen(!filtersOpen)}>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16"><path d="M4 6h16M7 12h10M10 18h4" stroke="currentColor" stroke-width="2" stroke-linecap="round" /></svg>
          Filters${activeCount > 0 ? ` (${activeCount})` : ''}
        </button>
      </div>
      <aside
        id="filters"
        class=${filtersOpen ? 'sidebar open' : 'sidebar'}
        aria-label="Filters"
        onKeyDown=${(e: KeyboardEvent) => {
          // the phone's filter panel closes like a disclosure, handing focus back to its toggle
          if (e.key !== 'Escape' || !filtersOpen || e.defaultPrevented) return;
          e.preventDefault();
          setFiltersOpen(false);
          filtersToggleRef.current?.focus();
        }}
      >
        <a class="skip-filters" href="#main">Skip filters to the results</a>
        <${DateHistogram}
          values=${histogramOutcome?.data?.facets.date ?? []}
          from=${state.from}
          to=${state.to}
          loading=${histogramLoading}
          failed=${Boolean(histogramOutcome?.error && histogramOutcome.key === histogramQuery)}
          onSelect=${(from: string, to: string) => commit(setDateRange({ ...state, q: draft }, from, to), 'push')}
          onClear=${clearDates}
        />
        ${FILTERS.filter(showFacet).map(
          (facet) => html`<${FacetPanel}
            key=${facet}
            facet=${facet}
            label=${facetLabel(facet)}
            values=${facetCounts(facet)}
            selected=${state.filters[facet] ?? []}
            expanded=${expanded.has(facet)}
            onExpand=${(f: FilterName, on: boolean) => {
              const next = new Set(expanded);
              if (on) next.add(f);
              else next.delete(f);
              setExpanded(next);
            }}
            onToggle=${toggle}
            onExclude=${(f: FilterName, value: string) => commit({ ...toggleFilter(state, f, value, false), q: addExclusion(draft, facetByName(f)?.prefix ?? f, value) }, 'push')}
            all=${state.allOf.includes(facet)}
            onMode=${(f: FilterName, all: boolean) => commit(setFacetMode({ ...state, q: draft }, f, all), 'push')}
            pendingNote=${data ? undefined : failed ? 'Unavailable: the search failed.' : 'Loading…'}
          />`,
        )}
        <button
          type="button"
          class="button show-results"
          onClick=${() => {
            setFiltersOpen(false);
            headingRef.current?.focus();
          }}
        >
          Show ${data ? `${data.total.toLocaleString('en')} ` : ''}result${data?.total === 1 ? '' : 's'}
        </button>
      </aside>
      <main id="main" class="results" tabindex="-1" aria-labelledby="results-title" aria-busy=${loading || holding || outcome?.key !== query ? 'true' : 'false'}>
        <div class="results-toolbar">
          <div class="results-summary">
            <h1 id="results-title" class="results-title" tabindex="-1" ref=${headingRef}>
              ${state.q.trim() ? html`Results for <q>${state.q.trim()}</q>` : 'All paragraphs'}
            </h1>
            <p class="result-status" role="status" aria-live="polite" aria-atomic="true">
              ${data ? html`${describeTotal(data, state.page, pageSize)}<span class="took"> · ${data.took_ms < 10 ? data.took_ms.toFixed(1) : Math.round(data.took_ms)} ms</span>` : outcome?.error ? 'Search failed' : 'Searching…'}
            </p>
          </div>
          <div class="results-controls">
            <label class="sort">
              <span>Sort</span>
              <select value=${state.sort} onChange=${(e: Event) => commit({ ...state, q: draft, sort: parseSearchState(`sort=${(e.target as HTMLSelectElement).value}`).sort, page: 1 }, 'push')}>
                <option value="relevance">Relevance</option>
                <option value="date">Newest first</option>
                <option value="oldest">Oldest first</option>
              </select>
            </label>
            <${SavedSearches} query=${serialiseSearchState({ ...state, page: 1 }).replace(/^\?/, '')} />
            <label class="group-toggle">
              <input type="checkbox" checked=${separate} onChange=${(e: Event) => setSeparate((e.target as HTMLInputElement).checked)} />
              <span>Repeated statements separately</span>
            </label>
            <label class="group-toggle">
              <input type="checkbox" checked=${state.byArticle} onChange=${(e: Event) => commit({ ...state, q: draft, byArticle: (e.target as HTMLInputElement).checked, page: 1 }, 'push')} />
              <span>Group by article</span>
            </label>
            ${data && data.total > 0
              ? html`<span class="export" role="group" aria-labelledby="export-label">
                  <span id="export-label">Export</span>
                  <a href=${buildExportHref(state, 'csv')} download title="Download every matching paragraph as CSV">CSV</a>
                  <a href=${buildExportHref(state, 'jsonl')} download title="Download every matching paragraph as JSON Lines">JSON Lines</a>
                </span>`
              : null}
          </div>
        </div>
        <div class=${loading ? 'progress active' : 'progress'} aria-hidden="true"></div>
        <${ActiveFilters} state=${state} onRemove=${remove} onClearDates=${clearDates} onClearAll=${clearAll} onRemoveTyped=${(f: TypedFilter) => commit({ ...state, q: removeTypedFilter(state.q, f), page: 1 }, 'push')} />
        ${undated > 0 && (state.from || state.to)
          ? html`<p class="notice undated" role="note">
              ${undated.toLocaleString('en')} matching paragraph${undated === 1 ? ' has' : 's have'} no publication date and ${undated === 1 ? 'is' : 'are'} left out by the date range.
              <button type="button" class="link-button" onClick=${clearDates}>Include ${undated === 1 ? 'it' : 'them'} (remove the range)</button>
            </p>`
          : null}
        ${(data?.subplaces ?? []).map(
          (x) => html`<p class="notice subplaces" role="note">Including ${x.within} place${x.within === 1 ? '' : 's'} within <bdi>${x.place}</bdi>. <a href=${`/${serialiseSearchState({ ...state, q: x.exact_q, page: 1 })}`}>Only <bdi>${x.place}</bdi> itself</a></p>`,
        )}
        ${data?.did_you_mean
          ? html`<p class="notice did-you-mean" role="note">Did you mean <a href=${`/${serialiseSearchState({ ...state, q: data.did_you_mean, page: 1 })}`} dir="auto">${data.did_you_mean}</a>?</p>`
          : null}
        ${data?.relaxed && data.total > 0 ? html`<p class="notice" role="note">No paragraph has every word; showing partial matches.</p>` : null}
        ${failed && outcome?.error
          ? html`<${ErrorState} message=${outcome.error} retryable=${outcome.status !== 400} onRetry=${() => setRetry((n) => n + 1)} />`
          : !data
            ? html`<${LoadingSkeleton} />`
            : data.total === 0
              ? html`<${EmptyState} state=${state} onRemove=${remove} onClearDates=${clearDates} onClearAll=${clearAll} />`
              : html`<ol class=${stale ? 'hits stale' : 'hits'} start=${state.byArticle ? 1 : (state.page - 1) * PAGE_SIZE + 1}>
                  ${state.byArticle
                    ? groupByArticle(data.hits.slice(0, data.total)).map((group) => html`<${ArticleGroupItem} key=${group.lead.doc.id} group=${group} q=${state.q} isActive=${isActive} onPick=${pick} />`)
                    : (separate ? extras.full : collapseStatements(extras.full)).map((hit) => html`<${ResultItem} key=${hit.id} hit=${hit} q=${state.q} isActive=${isActive} onPick=${pick} />`)}
                </ol>`}
        ${data && !failed && !state.byArticle
          ? extras.sections.map(
              (section) => html`<section class=${`extra-hits extra-${section.kind}`} aria-label=${section.heading}>
                <h3 class="extra-heading">${section.heading}</h3>
                <ol class=${stale ? 'hits stale' : 'hits'}>
                  ${section.hits.map((hit) => html`<${ResultItem} key=${hit.id} hit=${hit} q=${state.q} isActive=${isActive} onPick=${pick} />`)}
                </ol>
              </section>`,
            )
          : null}
        ${data && data.total > 0 ? html`<${Pagination} page=${state.page} pageCount=${pageCount} hrefFor=${(p: number) => `/${serialiseSearchState({ ...state, page: p })}`} />` : null}
      </main>
    </div>
  `;
}
