// Empty, error and first-load placeholders for the results column.
import { html } from '../html';
import { FILTERS, type FilterName, type SearchState } from '../state/url-state';
import { facetLabel } from '../facets';
import { filterValueLabel, formatRange } from '../text/labels';

export interface EmptyStateProps {
  state: SearchState;
  onRemove: (facet: FilterName, value: string) => void;
  onClearDates: () => void;
  onClearAll: () => void;
}

export function EmptyState({ state, onRemove, onClearDates, onClearAll }: EmptyStateProps) {
  const filters = FILTERS.flatMap((facet) => (state.filters[facet] ?? []).map((value) => ({ facet, value })));
  const dated = Boolean(state.from || state.to);
  const words = state.q.trim().split(/\s+/).filter(Boolean);
  return html`
    <div class="state-panel empty-state">
      <h2>${state.q.trim() ? html`No paragraphs match “${state.q.trim()}”${filters.length > 0 || dated ? ' with these filters' : ''}` : 'No paragraphs match these filters'}</h2>
      <p>Try:</p>
      <ul>
        ${filters.map(
          ({ facet, value }) => html`<li><button type="button" class="link-button" onClick=${() => onRemove(facet, value)}>Removing the ${facetLabel(facet).toLowerCase()} filter “${filterValueLabel(facet, value)}”</button></li>`,
        )}
        ${dated ? html`<li><button type="button" class="link-button" onClick=${onClearDates}>Removing the date range (${formatRange(state.from, state.to)})</button></li>` : null}
        ${filters.length + (dated ? 1 : 0) > 1 ? html`<li><button type="button" class="link-button" onClick=${onClearAll}>Clearing all filters</button></li>` : null}
        ${words.length > 1 ? html`<li>Fewer or different words</li>` : null}
        ${filters.length === 0 && !dated ? html`<li>Checking the spelling, or a broader word</li>` : null}
      </ul>
    </div>
  `;
}

/** `retryable` false (the request itself was refused, e.g. a malformed URL): offers a fresh search instead of "Try again". */
export function ErrorState({ message, onRetry, retryable = true }: { message: string; onRetry: () => void; retryable?: boolean }) {
  return html`
    <div class="state-panel error-state" role="alert">
      <h2>The search could not be completed</h2>
      <p>${message}</p>
      ${retryable ? html`<button type="button" class="button" onClick=${onRetry}>Try again</button>` : html`<a class="button" href="/">Start a new search</a>`}
    </div>
  `;
}

export function LoadingSkeleton() {
  return html`
    <ol class="hits skeleton" aria-hidden="true">
      ${[0, 1, 2, 3].map((i) => html`<li key=${i} class="hit"><div class="sk sk-title"></div><div class="sk sk-meta"></div><div class="sk sk-line"></div><div class="sk sk-line short"></div></li>`)}
    </ol>
  `;
}
