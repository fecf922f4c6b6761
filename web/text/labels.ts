// Display names for facets and date ranges.
import type { FacetName } from '../../src/types';
import { formatDate } from './format-date';

export const FACET_LABELS: Record<FacetName, string> = { speaker: 'Speaker', actor: 'Actor', location: 'Location', group: 'Armed group' };

export function formatRange(from: string | null, to: string | null): string {
  if (from && to) return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return `from ${formatDate(from)}`;
  return `until ${formatDate(to)}`;
}
