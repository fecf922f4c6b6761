// Date words from the language files: "yesterday" in every language, and Arabic's date vocabulary for chrono's Arabic parser.
import { wordsOfAllLanguages } from '../../text';
import { languageData } from '../../text';
import { formatIsoDate, type PublishedDate } from './date-reference';
import type { DateWords } from './dates';

const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

function wordPattern(words: readonly string[], flags = 'iu'): RegExp {
  // An empty list matches nothing.
  return words.length === 0 ? /(?!)/u : new RegExp(`${WORD_EDGE_BEFORE}(?:${alternation(words)})${WORD_EDGE_AFTER}`, flags);
}

let yesterdayPattern: RegExp | undefined;
let dayBeforeYesterdayPattern: RegExp | undefined;

/** The day `back` days before publication, as YYYY-MM-DD. */
function daysBefore(published: PublishedDate & { month: number; day: number }, back: number): string {
  const date = new Date(Date.UTC(published.year, published.month - 1, published.day - back));
  return formatIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * "yesterday", «вчера», أمس (the day before publication) or "the day before yesterday", «позавчера», أول أمس (two days
 * before), when publication is known to the day. The longer phrase is looked for first: أول أمس holds أمس.
 */
export function findYesterday(text: string, published: PublishedDate | null): { index: number; value: string } | null {
  if (!published || published.month === undefined || published.day === undefined) return null;
  const day = { ...published, month: published.month, day: published.day };
  dayBeforeYesterdayPattern ??= wordPattern(wordsOfAllLanguages('dates', 'dayBeforeYesterdayWords'));
  const twoBack = dayBeforeYesterdayPattern.exec(text);
  if (twoBack) return { index: twoBack.index, value: daysBefore(day, 2) };
  yesterdayPattern ??= wordPattern(wordsOfAllLanguages('dates', 'yesterdayWords'));
  const match = yesterdayPattern.exec(text) ?? findEve(text);
  return match ? { index: match.index, value: daysBefore(day, 1) } : null;
}

interface EveWords {
  eve: RegExp;
  followers: ReadonlySet<string>;
  verbEnding: RegExp;
}

let eveWords: EveWords | undefined;

/**
 * «Накануне» as "the day before": followed by a stop, a time of day, a preposition or pronoun, or a verb («накануне
 * заявил»); before a noun in the genitive it is "on the eve of" («накануне выборов»), no date.
 */
function findEve(text: string): { index: number } | null {
  eveWords ??= {
    eve: new RegExp(wordPattern(wordsOfAllLanguages('dates', 'eveWords')).source + '\\s*([,.;:!?—–-]|$|\\p{L}+)', 'giu'),
    followers: new Set(wordsOfAllLanguages('dates', 'eveFollowers')),
    verbEnding: new RegExp(`(?:${alternation(wordsOfAllLanguages('dates', 'eveVerbEndings'))})$`, 'iu'),
  };
  const { eve, followers, verbEnding } = eveWords;
  eve.lastIndex = 0;
  for (let m = eve.exec(text); m !== null; m = eve.exec(text)) {
    const next = (m[1] ?? '').toLowerCase();
    if (!/\p{L}/u.test(next) || followers.has(next) || verbEnding.test(next)) return { index: m.index };
  }
  return null;
}

interface ArabicDateWords {
  /** A paragraph holding none of these has no date chrono could read. */
  trigger: RegExp;
  words: DateWords;
  /** A month name alone (Gregorian or Levantine), glued or not. */
  monthName: RegExp;
  /** The units (الحادي … التاسع, 1–9) and tens (والعشرين, والثلاثين: 20, 30) of a compound ordinal day, in order. */
  compoundDay: { units: readonly string[]; tens: readonly string[] };
  /** A part of the day right before a weekday name ("مساء" in "مساء السبت"). */
  partOfDayBeforeWeekday: RegExp;
}

let arabic: ArabicDateWords | undefined;

/** Arabic month and weekday names (Gregorian and Levantine) from ar.json, for telling dates from relative phrases. */
export function arabicDateWords(): ArabicDateWords {
  if (arabic) return arabic;
  const dates = languageData('ar')?.dates ?? {};
  const months = dates['monthWords'] ?? [];
  const weekdays = dates['weekdayWords'] ?? [];
  // Arabic glues prepositions and conjunctions to the word: بـ, لـ, وفي… so month names match inside words too.
  const glued = (words: readonly string[]) => (words.length === 0 ? /(?!)/u : new RegExp(`(?:${alternation(words)})`, 'u'));
  arabic = {
    // A month or weekday name, or a year: a bare number (casualties, distances) is no reason to run the parser.
    trigger: new RegExp(`(?:19|20)\\d\\d|${glued(months).source}|${glued(weekdays).source}`, 'u'),
    words: {
      month: new RegExp(`\\d|${glued(months).source}`, 'u'),
      weekday: glued(weekdays),
      relative: wordPattern(dates['relativeWords'] ?? []),
    },
    monthName: glued(months),
    compoundDay: { units: dates['compoundDayUnits'] ?? [], tens: dates['compoundDayTens'] ?? [] },
    partOfDayBeforeWeekday: partOfDayBefore(dates['partOfDayWords'] ?? [], weekdays),
  };
  return arabic;
}

/** A part of the day ("مساء") right before a weekday name; matches nothing without both lists. */
function partOfDayBefore(parts: readonly string[], weekdays: readonly string[]): RegExp {
  if (parts.length === 0 || weekdays.length === 0) return /(?!)/gu;
  return new RegExp(`${WORD_EDGE_BEFORE}(?:${alternation(parts)})(?=\\s+(?:${alternation(weekdays)}))`, 'gu');
}

/** "عام 2003", "منذ 2011", "في 2016": a year with the Arabic word for year or a preposition before it. */
const ARABIC_YEAR_BEFORE = /(?:عام|العام|سنة|لعام|منذ|في|حتى|خلال|مطلع|نهاية|أواخر|أوائل|بداية)\s*$/u;

export function isArabicYearMention(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  return !/[\d,.]$/u.test(before) && ARABIC_YEAR_BEFORE.test(before);
}

let lastWeekday: { test: RegExp; all: RegExp } | undefined;

/** "last", «прошлую», الماضية: a word that puts a weekday in the week before ("last Friday"); `all` is global, for removal. */
export function lastWeekdayWords(): { test: RegExp; all: RegExp } {
  const source = () => wordPattern(wordsOfAllLanguages('dates', 'lastWeekdayWords')).source;
  lastWeekday ??= { test: new RegExp(source(), 'iu'), all: new RegExp(source(), 'giu') };
  return lastWeekday;
}

let futurePattern: RegExp | undefined;

/**
 * Whether the sentence holding `index` announces something ahead before reaching it ("talks will be held on 14-15
 * September", «пройдет 14-15 сентября», "ستعقد … في 5 أيار"): a `futureWords` entry of the language files between the
 * sentence's start and the date ("…last June, and we will continue" reports the past), or a `nextAfterWords` entry
 * right after it ("في يناير المقبل", next January).
 */
export function inAnnouncingSentence(text: string, index: number, end = index): boolean {
  // Arabic glues "and"/"so" to the verb ("وستعقد"); the word is still a future word.
  futurePattern ??= new RegExp(`${WORD_EDGE_BEFORE}[وف]?(?:${alternation(wordsOfAllLanguages('dates', 'futureWords'))})${WORD_EDGE_AFTER}`, 'iu');
  nextAfterPattern ??= new RegExp(`^\\s*(?:${alternation(wordsOfAllLanguages('dates', 'nextAfterWords'))})${WORD_EDGE_AFTER}`, 'iu');
  const before = text.slice(0, index);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n')) + 1;
  // "يناير المقبل" (next January): the word after the month announces it.
  return futurePattern.test(before.slice(start)) || nextAfterPattern.test(text.slice(end, end + 24));
}

let nextAfterPattern: RegExp | undefined;

let yearNamePattern: RegExp | undefined;

/**
 * "the Caesar Act of 2019", "Fiscal Year 2020", «в финансовом 2020 году»: a year that is part of a name or an
 * accounting period (`yearNameLeads` of the language files right before it), not a date the paragraph mentions.
 */
export function isYearInName(text: string, start: number): boolean {
  yearNamePattern ??= new RegExp(`${WORD_EDGE_BEFORE}(?:${alternation(wordsOfAllLanguages('dates', 'yearNameLeads'))})\\s*$`, 'iu');
  return yearNamePattern.test(text.slice(Math.max(0, start - 24), start));
}
