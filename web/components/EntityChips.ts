// Entity chips (actors, locations, groups) that add a facet filter when clicked.
import type { FacetName } from '../../src/types';
import { html } from '../html';
import { facetLabel } from '../facets';

export interface EntityChipsProps {
  entities: { facet: FacetName; value: string }[];
  isActive?: (facet: FacetName, value: string) => boolean;
  onPick?: (facet: FacetName, value: string) => void;
  /** Without onPick, chips are links into a filtered search. */
  limit?: number;
  label?: string;
}

export function EntityChips({ entities, isActive, onPick, limit = 10, label = 'Entities' }: EntityChipsProps) {
  if (entities.length === 0) return null;
  const shown = entities.slice(0, limit);
  const hidden = entities.length - shown.length;
  return html`
    <ul class="chips" aria-label=${label}>
      ${shown.map(({ facet, value }) => {
        const kind = facetLabel(facet);
        const active = isActive?.(facet, value) ?? false;
        return html`<li key=${facet + value}>
          ${onPick
            ? html`<button type="button" class=${`chip chip-${facet}`} aria-pressed=${active ? 'true' : 'false'} title=${`${kind}: filter by ${value}`} aria-label=${`${kind}: ${value}${active ? ' (filter active)' : ', add as filter'}`} onClick=${() => onPick(facet, value)}><bdi>${value}</bdi></button>`
            : html`<a class=${`chip chip-${facet}`} href=${`/?${new URLSearchParams({ [facet]: value })}`} title=${`${kind}: search paragraphs with ${value}`} aria-label=${`${kind}: ${value}, search`}><bdi>${value}</bdi></a>`}
        </li>`;
      })}
      ${hidden > 0 ? html`<li class="chip-more">+${hidden} more</li>` : null}
    </ul>
  `;
}
