// The active filters as removable chips, with "Clear all".
import { html } from '../html';
import { facetLabel } from '../facets';
import { filterValueLabel, formatRange } from '../text/labels';
import { FILTERS, type FilterName, type SearchState } from '../state/url-state';

export interface ActiveFiltersProps {
  state: SearchState;
  onRemove: (facet: FilterName, value: string) => void;
  onClearDates: () => void;
  onClearAll: () => void;
}

export function ActiveFilters({ state, onRemove, onClearDates, onClearAll }: ActiveFiltersProps) {
  const chips = FILTERS.flatMap((facet) => (state.filters[facet] ?? []).map((value) => ({ facet, value, label: filterValueLabel(facet, value) })));
  const dated = Boolean(state.from || state.to);
  if (chips.length === 0 && !dated) return null;
  return html`
    <div class="active-filters" aria-label="Active filters" role="group">
      ${chips.map(
        ({ facet, value, label }) => html`<button type="button" class=${`chip chip-removable chip-${facet}`} onClick=${() => onRemove(facet, value)}>
          <span class="visually-hidden">Remove </span><span class="chip-kind">${facetLabel(facet)}</span><span class="visually-hidden"> filter:</span> ${label} <span aria-hidden="true" class="chip-x">×</span>
        </button>`,
      )}
      ${dated
        ? html`<button type="button" class="chip chip-removable chip-date" onClick=${onClearDates}>
            <span class="visually-hidden">Remove </span><span class="chip-kind">Date</span><span class="visually-hidden"> filter:</span> ${formatRange(state.from, state.to)} <span aria-hidden="true" class="chip-x">×</span>
          </button>`
        : null}
      <button type="button" class="link-button clear-all" onClick=${onClearAll}>Clear all</button>
    </div>
  `;
}
