// Turns the publication-month facet into histogram buckets (months, or years when the span is long).
import type { FacetValueCount } from '../../src/types';
import { formatDate, listMonths } from '../text/format-date';

export const MAX_MONTH_BUCKETS = 48;

export interface DateBucket {
  /** The API value for a one-bucket selection: `YYYY-MM` or `YYYY`. */
  key: string;
  label: string;
  count: number;
  /** Inclusive month bounds. */
  first: string;
  last: string;
}

export interface DateBuckets {
  unit: 'month' | 'year';
  buckets: DateBucket[];
}

/** `from` as a month lower bound (`2016` → `2016-01`). */
export function monthFloor(date: string): string {
  return date.length >= 7 ? date.slice(0, 7) : `${date.slice(0, 4)}-01`;
}

/** `to` as a month upper bound (`2016` → `2016-12`). */
export function monthCeil(date: string): string {
  return date.length >= 7 ? date.slice(0, 7) : `${date.slice(0, 4)}-12`;
}

/**
 * Months when they fit; otherwise years, except that a selection spanning a few years is shown
 * month by month over its whole years (a drill-down) unless `overview` is asked for.
 */
export function bucketDates(values: readonly FacetValueCount[], from: string | null, to: string | null, overview = false): DateBuckets {
  const monthCounts = new Map<string, number>();
  const yearCounts = new Map<string, number>();
  for (const { value, count } of values) {
    if (/^\d{4}-\d{2}$/.test(value)) monthCounts.set(value, (monthCounts.get(value) ?? 0) + count);
    if (/^\d{4}(-\d{2})?$/.test(value)) yearCounts.set(value.slice(0, 4), (yearCounts.get(value.slice(0, 4)) ?? 0) + count);
  }
  const months = [...monthCounts.keys()].sort();
  const years = [...yearCounts.keys()].sort();
  if (years.length === 0) return { unit: 'month', buckets: [] };
  let first = months[0] ?? `${years[0]}-01`;
  let last = months[months.length - 1] ?? `${years[years.length - 1]}-12`;
  if (from && monthFloor(from) < first) first = monthFloor(from);
  if (to && monthCeil(to) > last) last = monthCeil(to);
  const span = listMonths(first, last, MAX_MONTH_BUCKETS + 1).length;
  const selectionYears = from && to ? Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1 : Infinity;
  const monthly = (a: string, b: string): DateBuckets => ({
    unit: 'month',
    buckets: listMonths(a, b).map((m) => ({ key: m, label: formatDate(m), count: monthCounts.get(m) ?? 0, first: m, last: m })),
  });
  if (span <= MAX_MONTH_BUCKETS) return monthly(first, last);
  if (!overview && from && to && selectionYears <= 4) return monthly(`${from.slice(0, 4)}-01`, `${to.slice(0, 4)}-12`);
  const buckets: DateBucket[] = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) {
    const key = String(y);
    buckets.push({ key, label: key, count: yearCounts.get(key) ?? 0, first: `${key}-01`, last: `${key}-12` });
  }
  return { unit: 'year', buckets };
}

export function isBucketSelected(bucket: DateBucket, from: string | null, to: string | null): boolean {
  if (!from && !to) return false;
  const lo = from ? monthFloor(from) : '0000-00';
  const hi = to ? monthCeil(to) : '9999-99';
  return bucket.first <= hi && bucket.last >= lo;
}
