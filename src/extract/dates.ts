// Calendar dates a paragraph mentions, as ISO YYYY-MM-DD / YYYY-MM / YYYY, resolved against the publication date.
import * as chrono from 'chrono-node';
import { parsePublished, resolveYear, mostRecentWeekday, formatIsoDate } from './date-reference';
import type { PublishedDate } from './date-reference';

export interface DateOptions {
  /** Publication date of the document: YYYY, YYYY-MM, YYYY-MM-DD or null. */
  published: string | null;
}

const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/i;
const RUSSIAN_MONTH_NAME = /(?<!\p{L})(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*/iu;
const RUSSIAN_WEEKDAY_NAME = /(?<!\p{L})(?:понедельник|вторник|сред[ауы]|четверг|пятниц[ауы]|суббот[ауы]|воскресень[еяю])/iu;
const RUSSIAN_RELATIVE_WORD =
  /(?<!\p{L})(?:сегодня|вчера|завтра|позавчера|послезавтра|назад|сейчас|прошл\p{L}*|следующ\p{L}*|эт(?:от|ой|у|а|им)|текущ\p{L}*|ближайш\p{L}*|час\p{L}*|дн\p{L}*|сут\p{L}*|недел\p{L}*)(?!\p{L})/iu;
const RUSSIAN_YEAR_CONTEXT =
  /(?<!\p{L})(?:в|во|с|со|до|к|по|от|и|или|между|начале|конце|середине|весной|летом|осенью|зимой)\s*-?\s*$/iu;
const RUSSIAN_YEAR_AFTER = /^\s*(?:г\.|гг\.|год(?:а|у|ом)?(?!\p{L}))/iu;
const CYRILLIC = /[\u0400-\u04ff]/u;
const NUMERIC_DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/;
const WEEKDAY_NAME = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
// Expressions relative to the time of writing are not calendar dates, even when chrono can resolve them.
const RELATIVE_WORD = /\b(today|tonight|yesterday|tomorrow|now|ago|last|next|this|past|coming|hours?|days?|weeks?)\b/i;
const LIST_GLUE = /^\s*(?:,\s*(?:and|or|и|или)?|and|or|to|through|until|till|и|или|по|до|[–-])\s*$/;

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
  // Only a paragraph written in Cyrillic pays for the Russian parser.
  const russian = CYRILLIC.test(text);
  const language = russian ? RUSSIAN : ENGLISH;
  const parse = russian ? chrono.ru.parse : chrono.parse;
  const results = parse(text, referenceInstant(published), { forwardDate: false });

  results.forEach((result, i) => {
    covered.push([result.index, result.index + result.text.length]);
    // "in February and June of 2015": a listed month takes the year written after the list.
    const next = results[i + 1];
    const sharesYear =
      next !== undefined && next.start.isCertain('year') && LIST_GLUE.test(text.slice(result.index + result.text.length, next.index));
    const value = resolveResult(result, published, sharesYear ? next.start.get('year') ?? undefined : undefined, language);
    if (value) found.push({ index: result.index, value });
  });

  for (const match of text.matchAll(YEAR)) {
    const start = match.index;
    const end = start + match[0].length;
    if (covered.some(([s, e]) => start < e && end > s)) continue;
    if (!(russian ? isRussianYearMention(text, start, end) : isYearMention(text, start, end))) continue;
    found.push({ index: start, value: match[0] });
  }

  found.sort((a, b) => a.index - b.index);
  return [...new Set(found.map((f) => f.value))];
}

function referenceInstant(published: PublishedDate | null): Date {
  if (!published) return new Date(Date.UTC(2000, 0, 1, 12));
  return new Date(Date.UTC(published.year, (published.month ?? 1) - 1, published.day ?? 1, 12));
}

/** Words that tell a calendar date from a relative one, per language of the paragraph. */
interface DateWords {
  month: RegExp;
  weekday: RegExp;
  relative: RegExp;
}

const ENGLISH: DateWords = { month: MONTH_NAME, weekday: WEEKDAY_NAME, relative: RELATIVE_WORD };
const RUSSIAN: DateWords = { month: RUSSIAN_MONTH_NAME, weekday: RUSSIAN_WEEKDAY_NAME, relative: RUSSIAN_RELATIVE_WORD };

function resolveResult(
  result: chrono.ParsedResult,
  published: PublishedDate | null,
  inheritedYear: number | undefined,
  words: DateWords,
): string | null {
  const phrase = result.text;
  const start = result.start;
  if (words.relative.test(phrase)) return null;

  const hasMonth = start.isCertain('month') && (words.month.test(phrase) || NUMERIC_DATE.test(phrase));
  if (hasMonth) {
    const month = start.get('month');
    if (month === null) return null;
    const day = start.isCertain('day') ? start.get('day') : null;
    const explicitYear = start.isCertain('year') ? start.get('year') : inheritedYear ?? null;
    const year = explicitYear ?? resolveYear(month, day, published);
    if (year === null) return null;
    return formatIsoDate(year, month, day);
  }

  if (start.isCertain('weekday') && words.weekday.test(phrase)) {
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

/** "в 2016 году", "с 2011 г.": a year written with a Russian preposition before it or год after it. */
function isRussianYearMention(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (/[\d,.$]$/.test(before) || /^[,.]\d/.test(text.slice(end, end + 2))) return false;
  return RUSSIAN_YEAR_AFTER.test(text.slice(end, end + 8)) || RUSSIAN_YEAR_CONTEXT.test(before);
}
