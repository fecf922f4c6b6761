// Display names for facets and date ranges.
import type { FacetName } from '../../src/types';
import { formatDate } from './format-date';

export const FACET_LABELS: Record<FacetName, string> = { speaker: 'Speaker', actor: 'Actor', location: 'Location', group: 'Armed group' };

export function formatRange(from: string | null, to: string | null): string {
  if (from && to) return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return `from ${formatDate(from)}`;
  return `until ${formatDate(to)}`;
}

/** What to call a document: its title, or for a page scraped without one, a plain label (the id stays in the tooltip). */
export function documentLabel(doc: { id: string; title: string | null; source: string | null }): string {
  if (doc.title) return doc.title;
  return doc.source ? `Untitled article from ${doc.source}` : 'Untitled article';
}
