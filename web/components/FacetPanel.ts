// One facet as a fieldset of labelled checkboxes with counts, a filter box and "show more".
import { useState } from 'preact/hooks';
import type { FacetValueCount } from '../../src/types';
import { html } from '../html';
import type { FilterName } from '../state/url-state';
import { foldScript } from '../text/fold';
import { filterValueLabel } from '../text/labels';

export const FACET_COLLAPSED_SIZE = 10;

export interface FacetPanelProps {
  facet: FilterName;
  label: string;
  values: FacetValueCount[];
  selected: string[];
  expanded: boolean;
  onExpand: (facet: FilterName, expanded: boolean) => void;
  onToggle: (facet: FilterName, value: string, on: boolean) => void;
  /** Excludes a value (writes `-prefix:"value"` into the query). */
  onExclude: (facet: FilterName, value: string) => void;
  /** Every selected value required (AND) instead of any (OR). */
  all: boolean;
  onMode: (facet: FilterName, all: boolean) => void;
  /** Said instead of "None in these results." while there are no results to count (loading, failed). */
  pendingNote?: string;
}

export function FacetPanel({ facet, label, values, selected, expanded, onExpand, onToggle, onExclude, all, onMode, pendingNote }: FacetPanelProps) {
  const [filter, setFilter] = useState('');
  const counts = new Map(values.map((v) => [v.value, v.count]));
  // a selected value may fall outside the top N; keep it visible so it can be unticked
  const pinned = selected.filter((value) => !counts.has(value)).map((value) => ({ value, count: -1 }));
  let shown: { value: string; count: number }[] = [...pinned, ...values];
  const needle = foldScript(filter.trim());
  if (expanded && needle !== '') shown = shown.filter((v) => foldScript(filterValueLabel(facet, v.value)).includes(needle) || foldScript(v.value).includes(needle));
  const hasMore = values.length > FACET_COLLAPSED_SIZE;
  if (!expanded) shown = shown.slice(0, FACET_COLLAPSED_SIZE + pinned.length);
  const filterId = `facet-filter-${facet}`;

  return html`
    <fieldset class="facet" data-facet=${facet}>
      <legend>${label}${selected.length > 0 ? html` <span class="facet-selected">(${selected.length} selected)</span>` : null}</legend>
      ${selected.length > 1
        ? html`<label class="facet-mode"><span>Match</span>
            <select value=${all ? 'all' : 'any'} onChange=${(e: Event) => onMode(facet, (e.target as HTMLSelectElement).value === 'all')}>
              <option value="any">any selected (OR)</option>
              <option value="all">all selected (AND)</option>
            </select></label>`
        : null}
      ${expanded
        ? html`<div class="facet-filter">
            <label class="visually-hidden" for=${filterId}>Filter ${label.toLowerCase()} values</label>
            <input id=${filterId} type="search" placeholder=${`Filter ${label.toLowerCase()}…`} value=${filter} onInput=${(e: Event) => setFilter((e.target as HTMLInputElement).value)} />
          </div>`
        : null}
      ${shown.length === 0
        ? html`<p class="facet-empty">${needle !== '' ? 'No value matches.' : (pendingNote ?? 'None in these results.')}</p>`
        : html`<ul class=${expanded ? 'facet-values scroll' : 'facet-values'}>
            ${shown.map(
              (v) => html`<li key=${v.value}>
                <label class=${selected.includes(v.value) ? 'facet-value checked' : 'facet-value'}>
                  <input type="checkbox" checked=${selected.includes(v.value)} onChange=${(e: Event) => onToggle(facet, v.value, (e.target as HTMLInputElement).checked)} />
                  <span class="facet-name" dir="auto">${filterValueLabel(facet, v.value)}</span>
                  ${v.count >= 0 ? html`<span class="count">${v.count.toLocaleString('en')}</span>` : null}
                </label>
                <button type="button" class="facet-exclude" title="Exclude" aria-label=${`Exclude ${filterValueLabel(facet, v.value)}`} onClick=${() => onExclude(facet, v.value)}>−</button>
              </li>`,
            )}
          </ul>`}
      ${hasMore || expanded
        ? html`<button type="button" class="link-button facet-more" aria-expanded=${expanded ? 'true' : 'false'} onClick=${() => onExpand(facet, !expanded)}>
            ${expanded ? 'Show fewer' : 'Show more'}
          </button>`
        : null}
    </fieldset>
  `;
}
