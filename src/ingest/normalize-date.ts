// Parses common publication-date spellings into ISO YYYY, YYYY-MM or YYYY-MM-DD.
import { defaultDateWords } from './date-words';

const WORDS = defaultDateWords;
/** Placeholder a multi-word month name ("تشرين الأول") becomes before the date is split into words. */
const MONTH_TOKEN = /^month(\d{1,2})$/;
/** Arabic-Indic and Persian digits, read as ASCII ones. */
const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;
/**
 * A time after the date ("- 08:29 م", ", 21:03", "12:07 191"): nothing after it is part of the date, and a bare
 * number there is a view or comment counter. A zone in brackets ("(UTC +04:00)") goes with it.
 */
const TRAILING_TIME = /[\s,،|–—-]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|[مص])?(?:\s*\((?:utc|gmt)[^)]*\)?)?(?:\s+\d+){0,2}$/u;

/** A clock time before the date, as some sites print it ("19:34 13/09/2017", "10:05 | 3 марта 2018"). */
const LEADING_TIME = /^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?[\s,|–—-]+(?=\d)/u;

/** "2018م": the Arabic mark of the Common Era glued to the year. */
const ERA_SUFFIX = /(\d{4})\s*م(?![\p{L}])/u;

const TIMEZONE = /^(?:gmt|utc|z|[a-z]{2,4}t|msk|ast|[+-]\d{2}:?\d{2}|(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?)$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format(year: number, month?: number, day?: number): string | null {
  if (year < 1000 || year > 2999) return null;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function parseNumeric(s: string): string | null | undefined {
  // ISO date or datetime; the calendar date as written is the publication date, whatever the offset.
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:z|[+-]\d{2}:?\d{2}|gmt|utc)?)?$/.exec(s);
  if (m) return format(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  m = /^(\d{4})$/.exec(s);
  if (m) return format(Number(m[1]));
  m = /^(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?$/.exec(s);
  if (m) return format(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  // Dotted day-first dates are the common European form; slashed d/m vs m/d is ambiguous, so only unambiguous ones.
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return format(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(s);
  if (m) return format(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) return format(Number(m[3]), b, a);
    if (b > 12 && a <= 12) return format(Number(m[3]), a, b);
    if (a === b) return format(Number(m[3]), a, b);
    return null;
  }
  return undefined;
}

function parseWords(s: string): string | null {
  const tokens = s
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/\b(\d{1,2}:\d{2}(?::\d{2})?)\s*([ap]\.?m\.?)?/g, ' ')
    .split(/[\s,،/]+/)
    .map((t) => t.replace(/\.$/, ''))
    .filter((t) => t !== '' && !WORDS.fillers.has(t));
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  for (const token of tokens) {
    const placeholder = MONTH_TOKEN.exec(token);
    const monthNumber = placeholder ? Number(placeholder[1]) : WORDS.months.get(token);
    if (monthNumber === undefined && (WORDS.weekdays.has(token) || TIMEZONE.test(token))) continue;
    if (monthNumber !== undefined && month === undefined) {
      month = monthNumber;
    } else if (monthNumber !== undefined && monthNumber === month) {
      // "12 آذار/مارس 2018": Arabic writes the month's Levantine and Egyptian names side by side.
      continue;
    } else if (/^\d{4}$/.test(token) && year === undefined) {
      year = Number(token);
    } else if (/^\d{1,2}$/.test(token) && day === undefined) {
      day = Number(token);
    } else {
      return null;
    }
  }
  if (year === undefined || month === undefined) return null;
  return format(year, month, day);
}

/** ISO date for a publication-date string, or null when it is not a recognisable date. */
export function normalizeDate(value: string): string | null {
  let s = value.trim().toLowerCase();
  if (s === '' || s.length > 80) return null;
  s = s.replace(EASTERN_DIGIT, (d) => String(d.charCodeAt(0) & 0xf));
  s = s.replace(TRAILING_TIME, '').trim() || s;
  s = s.replace(LEADING_TIME, '').replace(ERA_SUFFIX, '$1');
  for (const name of WORDS.multiWordMonths) if (s.includes(name)) s = s.replace(name, ` month${WORDS.months.get(name)} `);
  const numeric = parseNumeric(s);
  if (numeric !== undefined) return numeric;
  return parseWords(s);
}
