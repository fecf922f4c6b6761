// Date mentions chrono leaves out: a month named on its own ("since the beginning of May") and a year used as an adjective ("the 2018 offensive").
import { formatIsoDate, resolveYear } from './date-reference';
import type { PublishedDate } from './date-reference';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A full, capitalised month name: "May" the month, never "may" the verb. */
const MONTH_WORD = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
/** What may stand before a month named alone: a preposition, a part of the month, or a list. */
const MONTH_CONTEXT = /\b(?:in|since|of|during|until|till|by|from|through|to|between|and|or|early|late|mid|before|after)\s*-?\s*$/i;
/** A year written after the month ("May 2023"), possibly behind a list of months ("May and November 2023"). */
const YEAR_AFTER = /^(?:\s*(?:,\s*)?(?:and|or|to|through|until|[–-])\s*(?:January|February|March|April|May|June|July|August|September|October|November|December))*\s*,?\s*(1[89]\d\d|20\d\d)\b/;
/** "May 5", "May 5th": a day after the month is chrono's business. */
const DAY_AFTER = /^\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\d)/;

/**
 * Months named without a day that chrono did not read ("between May and November 2023", "since the beginning of May"),
 * as YYYY-MM: the year written after the month or its list, else the latest such month up to publication.
 */
export function findBareMonths(
  text: string,
  covered: readonly [number, number][],
  published: PublishedDate | null,
): { index: number; value: string }[] {
  const found: { index: number; value: string }[] = [];
  for (const m of text.matchAll(MONTH_WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered.some(([s, e]) => start < e && end > s)) continue;
    if (!MONTH_CONTEXT.test(text.slice(Math.max(0, start - 24), start))) continue;
    const after = text.slice(end, end + 80);
    if (DAY_AFTER.test(after)) continue;
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    const written = YEAR_AFTER.exec(after);
    const year = written ? Number(written[1]) : resolveYear(month, null, published);
    if (year === null) continue;
    found.push({ index: start, value: formatIsoDate(year, month, null) });
  }
  return found;
}

/** Nouns a bare number counts ("the 2018 people"): after these the number is a quantity, not a year. */
const COUNTED_NOUNS = new Set(['people', 'men', 'women', 'children', 'troops', 'fighters', 'civilians', 'families', 'persons', 'dead', 'injured', 'wounded', 'killed', 'more', 'other', 'others']);
const ADJECTIVE_YEAR_BEFORE = /\b(?:the|a|its|their|his|her|this|that)\s+$/i;
const NOUN_AFTER = /^\s+([a-z][a-z-]*)/;

/** "the 2018 offensive", "the 2019 ceasefire agreements": a year as the adjective of a lower-case noun. */
export function isYearAdjective(text: string, start: number, end: number): boolean {
  if (!ADJECTIVE_YEAR_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  const noun = NOUN_AFTER.exec(text.slice(end, end + 30))?.[1];
  return noun !== undefined && !COUNTED_NOUNS.has(noun);
}
