// The publication date as a reference point: parsing, year resolution and weekday back-dating.

export interface PublishedDate {
  year: number;
  month?: number;
  day?: number;
}

const PUBLISHED = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (anything after is ignored); null when absent or malformed. */
export function parsePublished(published: string | null): PublishedDate | null {
  const match = published ? PUBLISHED.exec(published.trim()) : null;
  if (!match) return null;
  const date: PublishedDate = { year: Number(match[1]) };
  if (match[2]) date.month = Number(match[2]);
  if (match[3]) date.day = Number(match[3]);
  return date;
}

/** How far past publication a year-less date in an announcing sentence may fall and keep the publication year. */
const ANNOUNCED_DAYS = 120;
const DAY_MS = 86_400_000;
/** How many months past publication an announced month alone may fall and keep the coming year. */
const ANNOUNCED_MONTHS = 3;

/**
 * Year of a year-less month/day: the publication year, or the year before when the date would fall after publication
 * (articles report the past). A day in a sentence that announces something (`upcoming`: "will be held",
 * «пройдет», "ستعقد") up to `ANNOUNCED_DAYS` ahead is this year's (or next January's, in December); so is a month alone
 * up to `ANNOUNCED_MONTHS` ahead.
 */
export function resolveYear(month: number, day: number | null, published: PublishedDate | null, upcoming = false): number | null {
  if (!published) return null;
  if (published.month === undefined) return published.year;
  // An announced month alone ("talks will resume in January", written in December) is one of the next few months.
  if (upcoming && day === null) {
    const ahead = (month - published.month + 12) % 12;
    if (ahead >= 1 && ahead <= ANNOUNCED_MONTHS) return month < published.month ? published.year + 1 : published.year;
  }
  if (upcoming && day !== null && published.day !== undefined) {
    const pub = Date.UTC(published.year, published.month - 1, published.day);
    for (const year of [published.year + 1, published.year]) {
      if (Date.UTC(year, month - 1, day) - pub <= ANNOUNCED_DAYS * DAY_MS) return year;
    }
  }
  if (month > published.month) return published.year - 1;
  if (month === published.month && day !== null && published.day !== undefined && day > published.day) {
    return published.year - 1;
  }
  return published.year;
}

/**
 * A year-less day written with its weekday ("Monday, November 10", «в понедельник, 10 ноября», "الاثنين 10 تشرين
 * الثاني") in the year, of `year` and the years on either side, where that day is that weekday: the weekday settles
 * what the year rule guesses. `year` stays when none of them agrees (a misprint).
 */
export function yearOfWeekday(month: number, day: number, weekday: number, year: number): number {
  for (const candidate of [year, year + 1, year - 1]) {
    if (new Date(Date.UTC(candidate, month - 1, day)).getUTCDay() === weekday) return candidate;
  }
  return year;
}

/** The latest date on or before publication falling on `weekday` (0 = Sunday); needs a full date. */
export function mostRecentWeekday(published: PublishedDate, weekday: number): string | null {
  if (published.month === undefined || published.day === undefined) return null;
  const date = new Date(Date.UTC(published.year, published.month - 1, published.day));
  const back = (date.getUTCDay() - weekday + 7) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

/** True when `day` exists in that month of that year (February 29 only in leap years). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatIsoDate(year: number, month: number, day: number | null): string {
  const yyyy = String(year).padStart(4, '0');
  const mm = String(month).padStart(2, '0');
  return day === null ? `${yyyy}-${mm}` : `${yyyy}-${mm}-${String(day).padStart(2, '0')}`;
}
