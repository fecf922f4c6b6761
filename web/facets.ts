// The facets the UI shows, read from the same registry declarations the server validates against:
// adding a facet there adds its panel, chip, URL parameter and label here with no web code.
import { DEFAULT_FACET_DECLARATIONS } from '../src/facets/declarations';

/** A facet's name as the API returns it in `facets` (`speaker`, `outlet`, `lang`…). */
export type FilterName = string;

export interface WebFacet {
  readonly name: string;
  readonly param: string;
  readonly prefix: string;
  readonly label: string;
  readonly pluralLabel: string;
  readonly valueFormat: 'text' | 'language_code';
  readonly entityPages: boolean;
  readonly level: 'paragraph' | 'document';
}

export const FACETS: readonly WebFacet[] = DEFAULT_FACET_DECLARATIONS;
export const FILTERS: readonly FilterName[] = FACETS.map((f) => f.name);

const byName = new Map(FACETS.map((f) => [f.name, f]));
const byPrefix = new Map(FACETS.map((f) => [f.prefix.toLowerCase(), f]));

export function facetByName(name: string): WebFacet | undefined {
  return byName.get(name);
}

export function facetByPrefix(prefix: string): WebFacet | undefined {
  return byPrefix.get(prefix.toLowerCase());
}

/** "Speaker", "Outlet": a facet's display name (its own name for one the registry does not know). */
export function facetLabel(name: string): string {
  return byName.get(name)?.label ?? name;
}
