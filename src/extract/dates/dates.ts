// Calendar dates a paragraph mentions, as ISO YYYY-MM-DD / YYYY-MM / YYYY, resolved against the publication date.
import * as chrono from 'chrono-node';
import { parsePublished, resolveYear, mostRecentWeekday, formatIsoDate, isValidDay, yearOfWeekday } from './date-reference';
import { daysListedAfter, daysListedBefore } from './day-lists';
import type { PublishedDate } from './date-reference';
import { findBareMonths, isYearAdjective } from './bare-dates';
import { arabicDateWords, findYesterday, inAnnouncingSentence, isArabicYearMention, isYearInName, lastWeekdayWords } from './relative-dates';
import { compoundOrdinalsAsDays, separateDaysFromGlue, weekdayPartsAsDays, yearAfterAlternateMonth } from './arabic-dates';

export interface DateOptions {
  /** Publication date of the document: YYYY, YYYY-MM, YYYY-MM-DD or null. */
  published: string | null;
}

// English writes a month with a capital: "the forced march", "they may" are no months.
const MONTH_NAME = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?![A-Za-z])|\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\b/;
// A month's stem with a case ending only, so a name that starts like one («Маядин») is no month.
const RUSSIAN_MONTH_NAME =
  /(?<!\p{L})(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ём|ем)?|март(?:а|е|у|ом)?|ма(?:й|я|е|ем)|август(?:а|е|у|ом)?)(?!\p{L})/iu;
const RUSSIAN_WEEKDAY_NAME = /(?<!\p{L})(?:понедельник|вторник|сред[ауы]|четверг|пятниц[ауы]|суббот[ауы]|воскресень[еяю])/iu;
const RUSSIAN_RELATIVE_WORD =
  /(?<!\p{L})(?:сегодня|вчера|завтра|позавчера|послезавтра|назад|сейчас|прошл\p{L}*|следующ\p{L}*|эт(?:от|ой|у|а|им)|текущ\p{L}*|ближайш\p{L}*|час\p{L}*|дн\p{L}*|сут\p{L}*|недел\p{L}*)(?!\p{L})/iu;
const RUSSIAN_YEAR_CONTEXT =
  /(?<!\p{L})(?:в|во|с|со|до|к|по|от|и|или|между|начале|конце|середине|весной|летом|осенью|зимой)\s*-?\s*$/iu;
const RUSSIAN_YEAR_AFTER = /^\s*(?:г\.|гг\.|год(?:а|у|ом)?(?!\p{L}))/iu;
/** «4, 6 и 9 мая»: chrono misreads a list of days; it reads the last with its month, and day-lists.ts the others. */
const RUSSIAN_DAYS_BEFORE_DATE = new RegExp(
  `(?<![\\d.,:])\\d{1,2}(?:\\s*(?:,|и|или)\\s*\\d{1,2})*\\s*(?:,\\s*)?(?:и|или)?\\s+(?=\\d{1,2}\\s+${RUSSIAN_MONTH_NAME.source})`,
  'giu',
);
const CYRILLIC = /[\u0400-\u04ff]/u;
const ARABIC = /[\u0600-\u06ff]/u;
const RUSSIAN_TRIGGER = new RegExp(`${RUSSIAN_MONTH_NAME.source}|${RUSSIAN_WEEKDAY_NAME.source}|\\d`, 'iu');
const NUMERIC_DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/;
const WEEKDAY_NAME = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
// Expressions relative to the time of writing are not calendar dates, even when chrono can resolve them.
const RELATIVE_WORD = /\b(today|tonight|yesterday|tomorrow|now|ago|last|next|this|past|coming|hours?|days?|weeks?)\b/i;
const LIST_GLUE = /^\s*(?:,\s*(?:and|or|и|или)?|and|or|to|through|until|till|и|или|по|до|[–-])\s*$/;

/**
 * What a paragraph needs for any date to come out of it: a month name (English or Russian), a full weekday name,
 * a numeric date or a four-digit year. Paragraphs without one skip the parsers, which cost most of extraction otherwise.
 */
const DATE_TRIGGER =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\b(?:1[89]\d\d|20\d\d)\b/i;
/** Words a date expression chrono can place on the calendar must contain (see resolveResult). */
const CHRONO_TRIGGER =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,4}[/.-]\d{1,4}/gi;
/** "by the end of February", "in early/mid/late March": a part of the month, so the month alone is the date. */
const PART_OF_MONTH = /\b(?:end|beginning|start|middle|half|early|mid|late|the\s+(?:first|second|last)\s+(?:days?|weeks?|half))(?:\s+of)?\s*[-–]?\s*(?:the\s+month\s+of\s+)?$/i;
const PART_OF_MONTH_IN_PHRASE = /^(?:the\s+)?(?:end|beginning|start|middle|early|mid|late)\b/i;

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
  // Only a paragraph written in Cyrillic (Arabic) pays for the Russian (Arabic) parser.
  const russian = CYRILLIC.test(text);
  const arabic = !russian && ARABIC.test(text);
  const published = parsePublished(options.published);
  const yesterday = findYesterday(text, published);
  const triggered = russian ? RUSSIAN_TRIGGER.test(text) : arabic ? arabicDateWords().trigger.test(text) : DATE_TRIGGER.test(text);
  if (!triggered) return yesterday ? [yesterday.value] : [];
  const found: FoundDate[] = yesterday ? [yesterday] : [];
  const covered: [number, number][] = [];
  const language = russian ? RUSSIAN : arabic ? arabicDateWords().words : ENGLISH;
  const reference = referenceInstant(published);
  const parser = russian ? chrono.ru : arabic ? chrono.ar : null;
  // "مساء السبت" (Saturday evening) is read as "يوم السبت", which chrono knows; offsets stay the same.
  const parsed = arabic ? arabicForChrono(text) : russian ? text.replace(RUSSIAN_DAYS_BEFORE_DATE, (days) => ' '.repeat(days.length)) : text;
  const results: DateResult[] = parser
    ? parser.parse(parsed, reference, { forwardDate: false }).map((r) => trimmedResult(r.index, r.text, r.start, r.end))
    : parseAroundTriggers(text, reference);

  results.forEach((result, i) => {
    covered.push([result.index, result.index + result.text.length]);
    // "7 ديسمبر/ كانون الأول", "أيلول (سبتمبر)": Arabic writes the month's other name after it, the same month; a
    // date in brackets after a weekday ("الأحد (25 شباط 2018)") is a date of its own.
    const previous = results[i - 1];
    const afterMonth = previous !== undefined && previous.start.isCertain('month');
    if (arabic && afterMonth && /^\s*[/(]\s*$/u.test(text.slice(previous.index + previous.text.length, result.index))) return;
    // "in February and June of 2015": a listed month takes the year written after the list.
    const next = results[i + 1];
    const sharesYear =
      next !== undefined && next.start.isCertain('year') && LIST_GLUE.test(text.slice(result.index + result.text.length, next.index));
    const partOfMonth = PART_OF_MONTH.test(text.slice(Math.max(0, result.index - 40), result.index)) || PART_OF_MONTH_IN_PHRASE.test(result.text);
    const listYear = sharesYear ? next.start.get('year') ?? undefined : undefined;
    // "15 يوليو/ تموز 2014": the year follows the month's second name.
    const end = result.index + result.text.length;
    const year = listYear ?? (arabic && !result.start.isCertain('year') ? yearAfterAlternateMonth(text, end, language.month) : undefined);
    // "March 24, 25 and 30, 2017": more days of the month follow, and the year closes the list.
    const list = !russian && !arabic ? monthFirstList(text, result) : null;
    const upcoming = () => inAnnouncingSentence(text, result.index, result.index + result.text.length);
    const value = resolveResult(list?.result ?? result, published, list?.year ?? year, language, partOfMonth, upcoming);
    if (!value) return;
    found.push({ index: result.index, value });
    for (const other of sameMonthDates(text, result, value, list?.days ?? [])) found.push({ index: result.index, value: other });
  });

  if (!russian && !arabic) {
    for (const month of findBareMonths(text, covered, published)) {
      found.push(month);
      covered.push([month.index, month.index + 3]);
    }
  }

  for (const match of text.matchAll(YEAR)) {
    const start = match.index;
    const end = start + match[0].length;
    if (covered.some(([s, e]) => start < e && end > s)) continue;
    const mention = russian
      ? isRussianYearMention(text, start, end)
      : arabic
        ? isArabicYearMention(text, start)
        : isYearMention(text, start, end) || isYearAdjective(text, start, end);
    if (!mention || isYearInName(text, start)) continue;
    found.push({ index: start, value: match[0] });
  }

  found.sort((a, b) => a.index - b.index);
  return [...new Set(found.map((f) => f.value))];
}

/** What is kept of a chrono result; `index` is an offset into the whole paragraph; `end` closes a range. */
interface DateResult {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
  end?: chrono.ParsedComponents | undefined;
}

/**
 * Days chrono swallows before the day it reads ("14 و15 آذار" with the glued "and" blanked reads as "14  15 آذار", the
 * 15th): the result starts at its own day, so day-lists.ts finds the days listed before it.
 */
const SWALLOWED_DAYS = /^(?:\d{1,2}\s+)+(?=\d{1,2}\s)/u;

/** A chrono result without the blanks and swallowed list days it may start with, so its index is its first word. */
function trimmedResult(index: number, text: string, start: chrono.ParsedComponents, end: chrono.ParsedComponents | null | undefined): DateResult {
  const trimmed = text.trimStart();
  const lead = text.length - trimmed.length + (SWALLOWED_DAYS.exec(trimmed)?.[0].length ?? 0);
  return { index: index + lead, text: text.slice(lead), start, end: end ?? undefined };
}

function arabicForChrono(text: string): string {
  const words = arabicDateWords();
  const { units, tens } = words.compoundDay;
  const days = compoundOrdinalsAsDays(weekdayPartsAsDays(text, words.partOfDayBeforeWeekday), units, tens, words.monthName);
  return separateDaysFromGlue(days, words.monthName);
}

const MONTH_FIRST_DAY = new RegExp(`^(?:on\\s+)?(?:${MONTH_NAME.source})\\s+\\d{1,2}(?!\\d)`);
/** chrono reads the second day of "March 24, 25 and 30" as a two-digit year. */
const TWO_DIGIT_YEAR_TAIL = /^(.*\d),\s*\d{2}$/;

/** The components with the year taken as unwritten. */
function withoutYear(c: chrono.ParsedComponents): chrono.ParsedComponents {
  return { isCertain: (k) => k !== 'year' && c.isCertain(k), get: (k) => c.get(k), date: () => c.date(), tags: () => c.tags() };
}

/** A month-first date with more days of its month after it ("March 24, 25 and 30, 2017"), or null. */
function monthFirstList(text: string, result: DateResult): { result: DateResult; days: number[]; year: number | undefined } | null {
  if (!MONTH_FIRST_DAY.test(result.text)) return null;
  const twoDigitYear = TWO_DIGIT_YEAR_TAIL.exec(result.text);
  if (!twoDigitYear && result.start.isCertain('year')) return null;
  const head = twoDigitYear ? twoDigitYear[1]! : result.text;
  const list = daysListedAfter(text, result.index + head.length);
  if (!twoDigitYear && list.days.length === 0) return null;
  const start = twoDigitYear ? withoutYear(result.start) : result.start;
  return { result: { ...result, text: head, start }, days: list.days, year: list.year ?? undefined };
}

/** Other days of a day-precise date's month: listed before or after it, or the end of its range ("5 to 7 May"). */
function sameMonthDates(text: string, result: DateResult, value: string, daysAfter: readonly number[]): string[] {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(value);
  if (!m) return [];
  const year = Number(m[1]);
  const month = Number(m[2]);
  const days = [...daysListedBefore(text, result.index), ...daysAfter];
  const out = days.filter((d) => isValidDay(year, month, d)).map((d) => formatIsoDate(year, month, d));
  const end = result.end;
  const endDay = end?.isCertain('day') ? end.get('day') : null;
  if (end && endDay !== null) {
    const endMonth = end.isCertain('month') ? (end.get('month') ?? month) : month;
    const endYear = end.isCertain('year') ? (end.get('year') ?? year) : endMonth < month ? year + 1 : year;
    if (isValidDay(endYear, endMonth, endDay)) out.push(formatIsoDate(endYear, endMonth, endDay));
  }
  return out;
}

/** Characters around a trigger word that a date expression may take in ("two weeks after …", "…, 2018 at 10:30 a.m."). */
const WINDOW_BEFORE = 32;
const PART_OF_DAY = /\b(?:morning|afternoon|evening|night|dawn|dusk|noon|midday|midnight)\s+of(?=\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/gi;
const WINDOW_AFTER = 48;

/**
 * chrono over the stretches of text around month, weekday and numeric-date words only: a date expression holds
 * one of them, and chrono's cost grows with the text it reads, most of which holds none.
 */
function parseAroundTriggers(text: string, reference: Date): DateResult[] {
  const windows: [number, number][] = [];
  CHRONO_TRIGGER.lastIndex = 0;
  for (let m = CHRONO_TRIGGER.exec(text); m !== null; m = CHRONO_TRIGGER.exec(text)) {
    let start = Math.max(0, m.index - WINDOW_BEFORE);
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    let end = Math.min(text.length, m.index + m[0].length + WINDOW_AFTER);
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    const last = windows.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  const results: DateResult[] = [];
  for (const [start, end] of windows) {
    // "by the morning of December 1": chrono reads the part of the day and loses the date after it.
    const slice = text.slice(start, end).replace(PART_OF_DAY, (part) => ' '.repeat(part.length));
    for (const r of chrono.parse(slice, reference, { forwardDate: false })) {
      results.push({ index: start + r.index, text: r.text, start: r.start, end: r.end ?? undefined });
    }
  }
  return results;
}

function referenceInstant(published: PublishedDate | null): Date {
  if (!published) return new Date(Date.UTC(2000, 0, 1, 12));
  return new Date(Date.UTC(published.year, (published.month ?? 1) - 1, published.day ?? 1, 12));
}

/** Words that tell a calendar date from a relative one, per language of the paragraph. */
export interface DateWords {
  month: RegExp;
  weekday: RegExp;
  relative: RegExp;
}

const ENGLISH: DateWords = { month: MONTH_NAME, weekday: WEEKDAY_NAME, relative: RELATIVE_WORD };
const RUSSIAN: DateWords = { month: RUSSIAN_MONTH_NAME, weekday: RUSSIAN_WEEKDAY_NAME, relative: RUSSIAN_RELATIVE_WORD };

function resolveResult(
  result: DateResult,
  published: PublishedDate | null,
  inheritedYear: number | undefined,
  words: DateWords,
  partOfMonth: boolean,
  /** Read only for a date with no year written: whether its sentence announces it. */
  upcoming: () => boolean,
): string | null {
  const start = result.start;
  // "last Friday", «в прошлую пятницу», "الجمعة الماضية": the weekday of the week before is still a calendar day.
  const last = lastWeekdayWords();
  const lastWeekday = start.isCertain('weekday') && !start.isCertain('month') && last.test.test(result.text);
  const phrase = lastWeekday ? result.text.replace(last.all, ' ') : result.text;
  if (words.relative.test(phrase)) return null;

  const hasMonth = start.isCertain('month') && (words.month.test(phrase) || NUMERIC_DATE.test(phrase));
  if (hasMonth) {
    const month = start.get('month');
    if (month === null) return null;
    // chrono turns "the end of February" into a last day; the text fixes only the month.
    const day = start.isCertain('day') && !partOfMonth ? start.get('day') : null;
    const explicitYear = start.isCertain('year') ? start.get('year') : inheritedYear ?? null;
    const guessed = explicitYear ?? resolveYear(month, day, published, upcoming());
    if (guessed === null) return null;
    const weekday = explicitYear === null && day !== null && start.isCertain('weekday') && words.weekday.test(phrase) ? start.get('weekday') : null;
    const year = weekday === null ? guessed : yearOfWeekday(month, day!, weekday, guessed);
    // A day the month does not have ("February 30") is a misreading; the month is still right.
    return formatIsoDate(year, month, day !== null && isValidDay(year, month, day) ? day : null);
  }

  if (start.isCertain('weekday') && words.weekday.test(phrase)) {
    const weekday = start.get('weekday');
    if (weekday === null || !published || published.day === undefined) return null;
    // "Last Friday" written on a Friday is the Friday before; any other day, the most recent one.
    return mostRecentWeekday(lastWeekday ? dayBefore(published) : published, weekday);
  }
  return null;
}

function dayBefore(published: PublishedDate): PublishedDate {
  const date = new Date(Date.UTC(published.year, (published.month ?? 1) - 1, (published.day ?? 1) - 1));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
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
