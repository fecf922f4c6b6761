// Days that share their month with a date chrono read: listed before a day-first date ("between 1 and 16 January",
// «1 и 2 марта», "بين 1 و16 كانون الثاني") or after a month-first one ("March 24, 25 and 30, 2017"). The joining and
// leading words come from the language files (dates.dayListJoiners, dates.dayListLeads).
import { wordsOfAllLanguages } from '../../text';
import { alternation } from './relative-dates';

interface DayListPatterns {
  /** A list of days ending right where the date starts, perhaps opened by a lead word ("between", «с», بين). */
  before: RegExp;
  /** Days after a month-first date's day, each after a separator, then perhaps the year. */
  after: RegExp;
  /** A separator holding a joining word, not only a comma: ", 25" alone may be a count ("March 24, 25 people"). */
  joiner: RegExp;
}

let patterns: DayListPatterns | undefined;

function dayListPatterns(): DayListPatterns {
  if (patterns) return patterns;
  const joiners = alternation(wordsOfAllLanguages('dates', 'dayListJoiners'));
  const leads = alternation(wordsOfAllLanguages('dates', 'dayListLeads'));
  // A joining word stands alone, or glued to the number as Arabic و is ("و16").
  const separator = `(?:\\s*(?:[,،–—-]|(?<![\\p{L}])(?:${joiners})(?![\\p{L}]))\\s*)+`;
  patterns = {
    before: new RegExp(`(?<![\\p{L}\\d])(?:(${leads})\\s+)?(?:الـ\\s*)?(?<![\\d.,:])(\\d{1,2}(?:${separator}\\d{1,2})*${separator})$`, 'iu'),
    // A full stop after the last day ends the sentence ("… 6 and 9."); one before a digit makes a decimal ("9.5").
    after: new RegExp(`^((?:${separator}\\d{1,2}(?![\\d:]|\\.\\d))+)(?:,?\\s*((?:19|20)\\d\\d)(?!\\d))?`, 'iu'),
    joiner: new RegExp(`(?<![\\p{L}])(?:${joiners})(?![\\p{L}])`, 'iu'),
  };
  return patterns;
}

function days(list: string): number[] {
  return [...list.matchAll(/\d{1,2}/g)].map((m) => Number(m[0])).filter((d) => d >= 1 && d <= 31);
}

/**
 * Days listed right before a day-first date that starts at `dateStart` ("on 3 and " before "5 March" → [3]). The list
 * needs a lead word or a joining word: "12, 15 March" may be a count before a date.
 */
export function daysListedBefore(text: string, dateStart: number): number[] {
  const p = dayListPatterns();
  const m = p.before.exec(text.slice(Math.max(0, dateStart - 60), dateStart));
  if (!m || (m[1] === undefined && !p.joiner.test(m[2]!))) return [];
  return days(m[2]!);
}

/**
 * Days listed after a month-first date's day, from `from` (", 25 and 30, 2017" → days [25, 30], year 2017). A list
 * needs a joining word or a closing year, so a count after the date is no day.
 */
export function daysListedAfter(text: string, from: number): { days: number[]; year: number | null } {
  const p = dayListPatterns();
  const m = p.after.exec(text.slice(from, from + 60));
  if (!m || (m[2] === undefined && !p.joiner.test(m[1]!))) return { days: [], year: null };
  return { days: days(m[1]!), year: m[2] === undefined ? null : Number(m[2]) };
}
