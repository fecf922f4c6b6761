// The active filters as removable chips, with "Clear all".
import { html } from '../html';
import { facetLabel } from '../facets';
import { filterValueLabel, formatRange } from '../text/labels';
import { FILTERS, type FilterName, type SearchState } from '../state/url-state';
import { typedFilters, type TypedFilter } from '../text/typed-filters';

export interface ActiveFiltersProps {
  state: SearchState;
  onRemove: (facet: FilterName, value: string) => void;
  onClearDates: () => void;
  onClearAll: () => void;
  /** Removes a filter typed in the query (`actor:X`, `-actor:X`): shown as a chip like a ticked value. */
  onRemoveTyped: (f: TypedFilter) => void;
}

export function ActiveFilters({ state, onRemove, onClearDates, onClearAll, onRemoveTyped }: ActiveFiltersProps) {
  const typed = typedFilters(state.q);
  const chips = FILTERS.flatMap((facet) => (state.filters[facet] ?? []).map((value) => ({ facet, value, label: filterValueLabel(facet, value) })));
  const dated = Boolean(state.from || state.to);
  if (chips.length === 0 && typed.length === 0 && !dated) return null;
  return html`
    <div class="active-filters" aria-label="Active filters" role="group">
      ${chips.map(
        ({ facet, value, label }) => html`<button type="button" class=${`chip chip-removable chip-${facet}`} onClick=${() => onRemove(facet, value)}>
          <span class="visually-hidden">Remove </span><span class="chip-kind">${facetLabel(facet)}</span><span class="visually-hidden"> filter:</span> ${label} <span aria-hidden="true" class="chip-x">×</span>
        </button>`,
      )}
      ${typed.map(
        (f) => html`<button type="button" class=${`chip chip-removable chip-typed chip-${f.facet}${f.negated ? ' chip-not' : ''}`} data-typed="true" onClick=${() => onRemoveTyped(f)}>
          <span class="visually-hidden">Remove </span><span class="chip-kind">${f.negated ? 'Not ' : ''}${facetLabel(f.facet)}</span><span class="visually-hidden"> filter:</span> <bdi>${filterValueLabel(f.facet, f.value)}</bdi> <span aria-hidden="true" class="chip-x">×</span>
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
