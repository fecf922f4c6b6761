// The active filters as removable chips, with "Clear all".
import type { FacetName } from '../../src/types';
import { html } from '../html';
import { FACET_LABELS, formatRange } from '../text/labels';
import { FACETS, type SearchState } from '../state/url-state';

export interface ActiveFiltersProps {
  state: SearchState;
  onRemove: (facet: FacetName, value: string) => void;
  onClearDates: () => void;
  onClearAll: () => void;
}

export function ActiveFilters({ state, onRemove, onClearDates, onClearAll }: ActiveFiltersProps) {
  const chips = FACETS.flatMap((facet) => state.filters[facet].map((value) => ({ facet, value })));
  const dated = Boolean(state.from || state.to);
  if (chips.length === 0 && !dated) return null;
  return html`
    <div class="active-filters" aria-label="Active filters" role="group">
      ${chips.map(
        ({ facet, value }) => html`<button type="button" class=${`chip chip-removable chip-${facet}`} aria-label=${`Remove ${FACET_LABELS[facet].toLowerCase()} filter: ${value}`} onClick=${() => onRemove(facet, value)}>
          <span class="chip-kind">${FACET_LABELS[facet]}</span> ${value} <span aria-hidden="true" class="chip-x">×</span>
        </button>`,
      )}
      ${dated
        ? html`<button type="button" class="chip chip-removable chip-date" aria-label=${`Remove date filter: ${formatRange(state.from, state.to)}`} onClick=${onClearDates}>
            <span class="chip-kind">Date</span> ${formatRange(state.from, state.to)} <span aria-hidden="true" class="chip-x">×</span>
          </button>`
        : null}
      <button type="button" class="link-button" onClick=${onClearAll}>Clear all</button>
    </div>
  `;
}
