// Entity chips (actors, locations, groups) that add a facet filter when clicked.
import type { FacetName } from '../../src/types';
import { html } from '../html';
import { facetByName, facetLabel } from '../facets';
import { entityHref } from '../text/entity-link';

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
          ${facetByName(facet)?.entityPages ? html`<${EntityLink} name=${value} />` : null}
        </li>`;
      })}
      ${hidden > 0 ? html`<li class="chip-more">+${hidden} more</li>` : null}
    </ul>
  `;
}

/** The small link beside an entity that opens its page (`/entity/:id`). */
export function EntityLink({ name }: { name: string }) {
  return html`<a class="entity-link" href=${entityHref(name)} aria-label=${`About ${name}`} title=${`About ${name}: aliases, timeline, related entities`}><svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12"><circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" /><path d="M8 7v4M8 4.5v.5" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" /></svg></a>`;
}
