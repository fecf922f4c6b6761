// Calendar dates a paragraph mentions, as ISO YYYY-MM-DD / YYYY-MM / YYYY, resolved against the publication date.
import * as chrono from 'chrono-node';
import { parsePublished, resolveYear, mostRecentWeekday, formatIsoDate } from './date-reference';
import type { PublishedDate } from './date-reference';

export interface DateOptions {
  /** Publication date of the document: YYYY, YYYY-MM, YYYY-MM-DD or null. */
  published: string | null;
}

const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/i;
const NUMERIC_DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/;
const WEEKDAY_NAME = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
// Expressions relative to the time of writing are not calendar dates, even when chrono can resolve them.
const RELATIVE_WORD = /\b(today|tonight|yesterday|tomorrow|now|ago|last|next|this|past|coming|hours?|days?|weeks?)\b/i;
const LIST_GLUE = /^\s*(?:,\s*(?:and|or)?|and|or|to|through|until|till|[–-])\s*$/;

const YEAR_CONTEXT =
  /\b(?:in|since|of|during|until|till|by|from|through|to|and|or|early|late|mid|year|years|spring|summer|autumn|fall|winter|before|after|between|around|circa)\s*-?\s*$/i;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
// A year-looking number followed by a counted noun or currency is a quantity, not a year.
const QUANTITY_AFTER = /^\s*(?:[$€£%]|percent\b|(?!(?:was|is|has|as|this|its|his|thus|plus|us|does|less|whereas)\b)[a-z]+s\b)/;

interface FoundDate {
  index: number;
  value: string;
}

/** Calendar dates mentioned in `text`, unique, in order of appearance. */
export function extractDates(text: string, options: DateOptions): string[] {
  const published = parsePublished(options.published);
  const found: FoundDate[] = [];
  const covered: [number, number][] = [];
  const results = chrono.parse(text, referenceInstant(published), { forwardDate: false });

  results.forEach((result, i) => {
    covered.push([result.index, result.index + result.text.length]);
    // "in February and June of 2015": a listed month takes the year written after the list.
    const next = results[i + 1];
    const sharesYear =
      next !== undefined && next.start.isCertain('year') && LIST_GLUE.test(text.slice(result.index + result.text.length, next.index));
    const value = resolveResult(result, published, sharesYear ? next.start.get('year') ?? undefined : undefined);
    if (value) found.push({ index: result.index, value });
  });

  for (const match of text.matchAll(YEAR)) {
    const start = match.index;
    const end = start + match[0].length;
    if (covered.some(([s, e]) => start < e && end > s)) continue;
    if (!isYearMention(text, start, end)) continue;
    found.push({ index: start, value: match[0] });
  }

  found.sort((a, b) => a.index - b.index);
  return [...new Set(found.map((f) => f.value))];
}

function referenceInstant(published: PublishedDate | null): Date {
  if (!published) return new Date(Date.UTC(2000, 0, 1, 12));
  return new Date(Date.UTC(published.year, (published.month ?? 1) - 1, published.day ?? 1, 12));
}

function resolveResult(
  result: chrono.ParsedResult,
  published: PublishedDate | null,
  inheritedYear: number | undefined,
): string | null {
  const phrase = result.text;
  const start = result.start;
  if (RELATIVE_WORD.test(phrase)) return null;

  const hasMonth = start.isCertain('month') && (MONTH_NAME.test(phrase) || NUMERIC_DATE.test(phrase));
  if (hasMonth) {
    const month = start.get('month');
    if (month === null) return null;
    const day = start.isCertain('day') ? start.get('day') : null;
    const explicitYear = start.isCertain('year') ? start.get('year') : inheritedYear ?? null;
    const year = explicitYear ?? resolveYear(month, day, published);
    if (year === null) return null;
    return formatIsoDate(year, month, day);
  }

  if (start.isCertain('weekday') && WEEKDAY_NAME.test(phrase)) {
    const weekday = start.get('weekday');
    if (weekday === null || !published || published.day === undefined) return null;
    return mostRecentWeekday(published, weekday);
  }
  return null;
}

function isYearMention(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 16);
  if (/[\d,.$]$/.test(before) || /^[,.]\d/.test(after)) return false;
  if (QUANTITY_AFTER.test(after)) return false;
  return YEAR_CONTEXT.test(before);
}
