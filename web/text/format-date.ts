// Human-readable dates for ISO YYYY, YYYY-MM and YYYY-MM-DD values, independent of the browser locale.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!name) return year ?? iso;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** `2016-06` → the next month `2016-07`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const year = (y ?? 0) + ((m ?? 1) === 12 ? 1 : 0);
  const next = ((m ?? 1) % 12) + 1;
  return `${year}-${String(next).padStart(2, '0')}`;
}

/** Every month from `first` to `last` inclusive (both YYYY-MM), capped to keep a chart drawable. */
export function listMonths(first: string, last: string, cap = 600): string[] {
  const months: string[] = [];
  for (let m = first; m <= last && months.length < cap; m = nextMonth(m)) months.push(m);
  return months;
}
