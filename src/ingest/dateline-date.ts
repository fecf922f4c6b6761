// The publication date a wire-style dateline carries ("GENEVA, Feb. 15 (Xinhua) --", «МОСКВА, 3 марта. /ТАСС/.»,
// "دمشق، 3 آذار 2018 (سانا) -"): the day the story was filed, often the only date a pasted page keeps.
import { normalizeDate } from './normalize-date';

/**
 * A place (upper-case words, or capitalised ones; Arabic words), perhaps its country ("BEIRUT, Lebanon,"), a comma, then
 * the date up to the outlet in brackets, the slashed outlet or a dash: what a dateline looks like in the three languages.
 */
const DATELINE_DATE =
  /^(?:\p{Lu}[\p{L}\p{M}'’.-]*(?:[ -]\p{Lu}[\p{L}\p{M}'’.-]*){0,3}|\p{Script=Arabic}+(?:\s\p{Script=Arabic}+)?)(?:,\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)?\s*[,،]\s*([^()/\n–—,]{3,30}?(?:,\s*(?:19|20)\d\d)?)\.?\s*(?:\(|\/|[–—-]{1,2}\s)/u;

/** How long before the address's date a year-less dateline may fall and still take its year (a story filed, then posted). */
const MAX_DAYS_BEFORE_ADDRESS = 30;
const DAY_MS = 86_400_000;

function dayOf(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/**
 * The day a dateline opening `paragraph` names, ISO YYYY-MM-DD; null without one. A dateline without its year
 * ("Feb. 15") takes it from `addressDate` (the page address's YYYY-MM-DD, or YYYY-MM), and only when the day falls on
 * or shortly before that date: a story is filed, then posted, never the other way round.
 */
export function datelineDate(paragraph: string, addressDate: string | null): string | null {
  const m = DATELINE_DATE.exec(paragraph.trim());
  if (!m || !/\d/u.test(m[1]!)) return null;
  const written = m[1]!.trim();
  const full = normalizeDate(written);
  if (full !== null) return full.length === 10 ? full : null;
  if (addressDate === null) return null;
  const year = Number(addressDate.slice(0, 4));
  const address = dayOf(addressDate.length === 7 ? `${addressDate}-28` : addressDate);
  for (const candidate of [year, year - 1]) {
    const value = normalizeDate(`${written} ${candidate}`);
    const day = value === null ? null : dayOf(value);
    if (day === null || address === null) continue;
    // A month-precise address only fixes the month: the dateline must fall in it.
    if (addressDate.length === 7) return value!.startsWith(addressDate) ? value : null;
    if (day <= address && address - day <= MAX_DAYS_BEFORE_ADDRESS * DAY_MS) return value;
  }
  return null;
}
