// Parses common publication-date spellings into ISO YYYY, YYYY-MM or YYYY-MM-DD.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
  // Russian datelines ("12 сентября 2019 г."): nominative, genitive and short forms.
  январь: 1, января: 1, янв: 1, февраль: 2, февраля: 2, фев: 2, март: 3, марта: 3, мар: 3, апрель: 4, апреля: 4, апр: 4,
  май: 5, мая: 5, июнь: 6, июня: 6, июн: 6, июль: 7, июля: 7, июл: 7, август: 8, августа: 8, авг: 8,
  сентябрь: 9, сентября: 9, сен: 9, сент: 9, октябрь: 10, октября: 10, окт: 10, ноябрь: 11, ноября: 11, ноя: 11,
  декабрь: 12, декабря: 12, дек: 12,
};

/** Words a Russian dateline puts around the date: "г."/"года" (year), "в" (at). */
const FILLERS = new Set(['at', 'of', 'the', '-', '|', 'г', 'года', 'год', 'в']);

const WEEKDAYS = new Set([
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday',
  'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday',
  'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс',
]);

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
    .split(/[\s,]+/)
    .map((t) => t.replace(/\.$/, ''))
    .filter((t) => t !== '' && !FILLERS.has(t));
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  for (const token of tokens) {
    const monthNumber = MONTHS[token];
    if (monthNumber === undefined && (WEEKDAYS.has(token) || TIMEZONE.test(token))) continue;
    if (monthNumber !== undefined && month === undefined) {
      month = monthNumber;
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
  const s = value.trim().toLowerCase();
  if (s === '' || s.length > 80) return null;
  const numeric = parseNumeric(s);
  if (numeric !== undefined) return numeric;
  return parseWords(s);
}
