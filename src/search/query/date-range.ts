// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as inclusive day spans, packed as YYYYMMDD integers.

export interface DaySpan {
  /** First day covered, as YYYYMMDD. */
  first: number;
  /** Last day covered, as YYYYMMDD (a month ends on its 31st: only the ordering matters). */
  last: number;
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The span a valid partial date covers, or null when it is not a real calendar date in one of the three forms. */
export function parseDaySpan(value: string): DaySpan | null {
  const m = DATE_RE.exec(value);
  if (m === null) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { first: year * 10000 + 101, last: year * 10000 + 1231 };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const base = year * 10000 + month * 100;
  if (m[3] === undefined) return { first: base + 1, last: base + 31 };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { first: base + day, last: base + day };
}

/**
 * The span of a stored publication date, tolerant of longer ISO stamps ("2016-06-04T12:11");
 * null when it has no recognisable date prefix.
 */
export function parsePublishedSpan(published: string | null | undefined): DaySpan | null {
  if (!published) return null;
  const prefix = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(published.trim());
  return prefix === null ? null : parseDaySpan(prefix[0]);
}

/** The date-facet bucket of a publication date: its month (YYYY-MM), or its year when only the year is known. */
export function publicationBucket(published: string | null | undefined): string | null {
  const span = parsePublishedSpan(published);
  if (span === null || published == null) return null;
  const trimmed = published.trim();
  return trimmed.length >= 7 ? trimmed.slice(0, 7) : trimmed.slice(0, 4);
}
