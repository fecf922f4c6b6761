// Arabic date spellings chrono's Arabic parser misses: a year written after the second (Levantine or Gregorian)
// month name ("15 يوليو/ تموز 2014", "أيلول (سبتمبر) 2015"), a weekday with a part of the day ("مساء السبت"), a day
// with "and" glued to it ("و20 حزيران"), words between a day and its month ("20 من شهر آذار") and a compound ordinal
// day ("الخامس والعشرين من شباط", the twenty-fifth of February).

/** The second month name after a slash or in brackets, then the year: "/ تموز 2014", " (سبتمبر) 2015", "/تشرين الأول 2023". */
const ALTERNATE_MONTH_YEAR = /^\s*[/(]\s*(\p{L}+(?:\s+\p{L}+)?)\s*\)?\s*((?:19|20)\d\d)(?!\d)/u;

/** The year written after a month's second name, right after a date chrono read without it ("15 يوليو" + "/ تموز 2014"). */
export function yearAfterAlternateMonth(text: string, end: number, monthWord: RegExp): number | undefined {
  const m = ALTERNATE_MONTH_YEAR.exec(text.slice(end, end + 40));
  if (!m || !monthWord.test(m[1]!)) return undefined;
  return Number(m[2]);
}

/**
 * The text with a part of the day before a weekday ("مساء السبت", Saturday evening) written as "يوم" (day), which
 * chrono reads; the length is kept so offsets into the paragraph stay right.
 */
export function weekdayPartsAsDays(text: string, partOfDay: RegExp): string {
  return text.replace(partOfDay, (word) => `يوم${' '.repeat(Math.max(0, word.length - 3))}`);
}

/** "و" (and) glued to a number: "بين 1 و16", "و20 حزيران". */
const GLUED_AND = /(?<![\p{L}\p{N}])و(?=\d)/gu;

/**
 * The text with "و" glued to a day and the words between a day and its month ("20 من شهر آذار", the 20th of the month
 * of March) turned into spaces, which chrono reads past; the length is kept so offsets into the paragraph stay right.
 */
export function separateDaysFromGlue(text: string, monthName: RegExp): string {
  const gap = new RegExp(`(?<=\\d)\\s+(?:من\\s+شهر|من|شهر)\\s+(?=(?:${monthName.source})(?!\\p{L}))`, 'gu');
  return text.replace(GLUED_AND, ' ').replace(gap, (words) => ' '.repeat(words.length));
}

/**
 * The text with a compound ordinal day before a month ("الخامس والعشرين من شباط") written in digits ("25" and spaces),
 * which chrono reads; `units` are the ordinals 1–9 in order, `tens` the tens from 20 in order.
 */
export function compoundOrdinalsAsDays(text: string, units: readonly string[], tens: readonly string[], monthName: RegExp): string {
  if (units.length === 0 || tens.length === 0) return text;
  const ordinal = new RegExp(
    `(?<!\\p{L})(${units.join('|')})\\s+(${tens.join('|')})(?=\\s+(?:من\\s+)?(?:شهر\\s+)?(?:${monthName.source})(?!\\p{L}))`,
    'gu',
  );
  return text.replace(ordinal, (whole, unit: string, ten: string) => {
    const day = String((tens.indexOf(ten) + 2) * 10 + units.indexOf(unit) + 1);
    return day + ' '.repeat(whole.length - day.length);
  });
}
