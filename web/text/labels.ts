// Display names for facets and date ranges.
import { facetByName, type FilterName } from '../facets';
import { formatDate } from './format-date';

function displayName(code: string, locale: string): string | null {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
    return name === undefined || name === code ? null : name;
  } catch {
    return null;
  }
}

/** A language code as a reader knows it: its own name, with the English one beside it when they differ ("Русский (Russian)"). */
export function languageName(code: string): string {
  const english = displayName(code, 'en');
  const own = displayName(code, code);
  if (english === null) return own ?? code;
  if (own === null || own.toLowerCase() === english.toLowerCase()) return english;
  return `${own.charAt(0).toLocaleUpperCase(code) + own.slice(1)} (${english})`;
}

/** How a filter value is shown: language codes by name, every other facet value as it is. */
export function filterValueLabel(facet: FilterName, value: string): string {
  return facetByName(facet)?.valueFormat === 'language_code' ? languageName(value) : value;
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "just now", "3 minutes ago", "yesterday": how long before `now` an ISO time was. */
export function formatRelativeTime(iso: string, now: number = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return 'at an unknown time';
  const seconds = Math.round((now - then) / 1000);
  if (seconds < 45) return 'just now';
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (seconds >= size) return format.format(-Math.floor(seconds / size), unit);
  }
  return format.format(-Math.max(1, Math.round(seconds / 60)), 'minute');
}

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
