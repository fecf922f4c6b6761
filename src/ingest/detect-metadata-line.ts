// Rules that recognise metadata lines (dateline, byline, outlet, headline) and read their values.
import type { ChromePatterns } from './chrome-patterns';
import { normalizeDate } from './normalize-date';
import { countWords, stripBullets } from './text-normalize';

function stripLabel(line: string, labels: readonly string[]): string {
  const lower = line.toLowerCase();
  for (const label of labels) {
    if (lower.startsWith(label)) {
      const rest = line.slice(label.length);
      if (/^\s*[:\-–—]?\s+|^\s*:/.test(rest)) return rest.replace(/^\s*[:\-–—]?\s*/, '');
    }
  }
  return line;
}

/** ISO date when the whole line is a dateline ("4 Jun, 2016 12:11", "Published: June 4, 2016"), else null. */
export function detectDateline(line: string, patterns: ChromePatterns): string | null {
  const text = stripBullets(line);
  if (countWords(text, 12) > 12) return null;
  // "Updated 5 Jun 2016 / Published 4 Jun 2016", "March 3, 2018 • 5 min read": the first date is the one we know is on the page.
  const first = text.split(/\s[|/•·]\s/u)[0] ?? text;
  const date = dayFirstInScript(text, stripLabel(first, patterns.datelineLabels).replace(/[.)]+$/, ''));
  return normalizeDate(date) ?? normalizeDate(withoutNameAndWidget(date, patterns));
}

/** Scripts of languages that write a slashed date day first («12/03/2018», "12/03/2018" on an Arabic page). */
const DAY_FIRST_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Arabic}]/u;
const SLASHED_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/u;

/** A slashed date on a Russian or Arabic line read day first, as those languages write it (dots mark day-first dates). */
function dayFirstInScript(line: string, date: string): string {
  return DAY_FIRST_SCRIPT.test(line) ? date.replace(SLASHED_DATE, '$1.$2.$3') : date;
}

/** A credit opening a line: "By", "Posted by", "Written by" (a byline that may carry its date). */
const BYLINE_LEAD = /^(?:(?:posted|written|published|reported)\s+)?by\s+\S/iu;
/** Words a dated byline may have. */
const DATED_BYLINE_MAX_WORDS = 12;
const DATE_TAIL = /(?:\s(?:on|at)|,|\s[|•·–—-])\s+([^,|•·]{6,40}?(?:,\s*(?:19|20)\d\d)?)\.?$/u;

/**
 * "By Jane Doe on March 3, 2018", "Posted by admin, 3 March 2018": the byline without its date and the date, or null
 * when the line is no credit ending in a date.
 */
export function splitDatedByline(line: string): { byline: string; published: string } | null {
  const text = stripBullets(line);
  if (!BYLINE_LEAD.test(text) || countWords(text, DATED_BYLINE_MAX_WORDS + 1) > DATED_BYLINE_MAX_WORDS) return null;
  const m = DATE_TAIL.exec(text);
  const published = m ? normalizeDate(m[1]!) : null;
  return published === null ? null : { byline: text.slice(0, m!.index), published };
}

/** "Xinhua, January 31, 2016": an agency or place named before the date. */
const NAME_BEFORE_DATE = /^\p{Lu}[\p{L}\p{M}.&'’ -]{1,30},\s+/u;

/** A dateline without the name before it and a UI widget run on after it ("… 2016 Adjust font size:"). */
function withoutNameAndWidget(line: string, patterns: ChromePatterns): string {
  const lower = line.toLowerCase();
  let end = line.length;
  for (const prompt of patterns.prompts) {
    const at = lower.indexOf(prompt);
    if (at > 0 && at < end && /\s/u.test(lower[at - 1]!)) end = at;
  }
  return line.slice(0, end).replace(NAME_BEFORE_DATE, '').replace(/[\s.,:;|–—-]+$/u, '');
}

/** True for a byline or credit line ("Reporting by: …", "By John Smith", "Written by …"). */
export function isByline(line: string, patterns: ChromePatterns): boolean {
  const text = stripBullets(line);
  if (countWords(text, patterns.bylineMaxWords) > patterns.bylineMaxWords) return false;
  return patterns.bylinePatterns.some((re) => re.test(text));
}

/** The credited name in a byline ("Reporting by: Lina Costa" → "Lina Costa"), or null when none can be read. */
export function readBylineName(line: string): string | null {
  // "Additional reporting by …" credits helpers, not the author.
  if (/^additional\b/iu.test(stripBullets(line))) return null;
  // "Label: Name" in any language, else "… by Name".
  const name = stripBullets(line)
    .replace(/^(?:[^:]{1,30}:|.*?\bby\b:?)\s*/iu, '')
    // "Reporting by A; Editing by B": the first credit is the author's.
    .replace(/\s*[;|].*$/u, '')
    .replace(/[\s.;:,|–—-]+$/u, '')
    .trim();
  const words = countWords(name);
  return words >= 1 && words <= 8 && /^\p{Lu}/u.test(name) ? name : null;
}

/** The outlet named by a "Source: X" / "Via X" line, else null. */
export function detectOutletLine(line: string, patterns: ChromePatterns): string | null {
  const text = stripBullets(line);
  if (countWords(text, patterns.outletMaxWords) > patterns.outletMaxWords) return null;
  const lower = text.toLowerCase();
  for (const label of patterns.outletLabels) {
    if (!lower.startsWith(label)) continue;
    const m = /^\s*:\s*(.+)$|^\s+(\p{Lu}.*)$/u.exec(text.slice(label.length));
    const name = (m?.[1] ?? m?.[2])?.replace(/[\s.:;,]+$/u, '').trim();
    if (name && /^[\p{Lu}\p{N}]/u.test(name)) return name;
  }
  return null;
}

/** The outlet in a wire-style opening ("ERBIL (Kurdistan24) – …", "BEIRUT (Reuters) - …"), else null. */
export function detectDatelineOutlet(paragraph: string): string | null {
  const text = paragraph.trim();
  const m =
    DATELINE_OUTLET_PARENTHESISED.exec(text) ??
    DATELINE_OUTLET_ACRONYM.exec(text) ??
    DATELINE_OUTLET_SLASHED.exec(text) ??
    DATELINE_OUTLET_PLACE_DETAIL.exec(text) ??
    DATELINE_OUTLET_AFTER_DATE.exec(text) ??
    DATELINE_OUTLET_ARABIC.exec(text) ??
    DATELINE_OUTLET_GLUED.exec(text);
  return m?.[1]?.trim() ?? null;
}

/** "DAMASCUS, Syria (AP) —", "Damascus, March 5 (SANA) –": a place, a region or date, then the outlet in brackets. */
const DATELINE_OUTLET_PLACE_DETAIL = /^\p{Lu}[\p{L}\p{M}'’.-]+(?:[ -]\p{Lu}[\p{L}\p{M}'’.-]+){0,2},\s*[^,()\n]{2,30}?\s*\((\p{Lu}[^()\n]{1,30})\)\s*[–—-]/u;
/** «БЕЙРУТ, 5 марта – РИА Новости.»: a capitalised place, a date, a dash and the outlet up to a full stop. */
const DATELINE_OUTLET_AFTER_DATE = /^\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2},\s*\d{1,2}\s+\p{L}+\.?\s*[–—-]\s*(\p{Lu}[\p{L}\s]{1,30}?)\.\s/u;
/** "أنقرة (الأناضول) -", "القاهرة - (د ب أ) -": an Arabic place, then the outlet in brackets and a dash. */
const DATELINE_OUTLET_ARABIC = /^\p{Script=Arabic}+(?:\s\p{Script=Arabic}+)?\s*[–—-]?\s*\(([\p{Script=Arabic}\s]{2,30})\)\s*[–—-]/u;
/** "دمشق-سانا": an Arabic place and the agency joined by a dash without spaces, as Arabic agencies sign. */
const DATELINE_OUTLET_GLUED = /^\p{Script=Arabic}{2,15}-(\p{Script=Arabic}{2,12})(?=\s)/u;

/** "BEIRUT (Reuters) -" */
const DATELINE_OUTLET_PARENTHESISED = /^[\p{Lu}][\p{Lu}\p{M}\s,.'’-]{1,40}?\s*\(([^()]{2,40})\)\s*[–—-]/u;
/** "Hama, SANA –": an agency acronym after the place. */
const DATELINE_OUTLET_ACRONYM = /^\p{Lu}[\p{L}\p{M}'’ -]{1,30},\s*(\p{Lu}{2,10})\s*[–—-]\s/u;
/** "MOSCOW, March 5. /TASS/." */
const DATELINE_OUTLET_SLASHED = /^\p{Lu}[\p{Lu}\p{M}'’ -]{1,30}(?:,[^/\n]{1,30})?\s\/([^/\s][^/\n]{1,20})\/\.?\s/u;

/** Two items of a menu or topic strip run together without a space ("…захват МадуроПереговоры о мире…"). */
const GLUED_ITEMS = /\p{Ll}{3,}\p{Lu}\p{Ll}{3,}/u;

/** True when a line reads like a headline: a few words, no closing period, not a fragment nor glued strip items. */
export function looksLikeHeadline(line: string): boolean {
  const words = countWords(line);
  if (words < 3 || words > 30) return false;
  if (/[.,;:]["”’'»)\]]*$/u.test(line.trim())) return false;
  return /\p{L}/u.test(line) && !GLUED_ITEMS.test(line);
}

const MASTHEAD_CONNECTORS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'al', 'el', 'de', '&']);
const MASTHEAD_SEPARATOR = /\s+[|–—]\s+|\s+-\s+/u;
const TITLE_WORD = /^\p{Lu}[\p{Ll}\p{M}'’.-]*\p{Ll}[\p{Ll}\p{M}'’.-]*$|^\p{Lu}\.(?:\p{Lu}\.)+$/u;
const ACRONYM_WORD = /^\p{Lu}{2,8}\d{0,2}$/u;
const NON_LATIN = /^[^\p{Script=Latin}]+$/u;

/** A part of a masthead: a short proper name ("Human Rights Watch", "ANHA", "U.S. Department of State"). */
function isNamePart(part: string, maxWords: number): boolean {
  const words = part.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > maxWords) return false;
  if (words.length === 1) return ACRONYM_WORD.test(words[0]!) || TITLE_WORD.test(words[0]!);
  const first = words[0]!;
  if (!TITLE_WORD.test(first) && !ACRONYM_WORD.test(first)) return false;
  return words.every((w) => TITLE_WORD.test(w) || ACRONYM_WORD.test(w) || MASTHEAD_CONNECTORS.has(w));
}

/**
 * The outlet or account named by a masthead line at the top of a page ("Human Rights Watch",
 * "ANHA | Hawar News Agency", "Salqin Local Council – <the same in Arabic>"), else null. Only a
 * name-shaped line qualifies: a single capitalised word or an all-caps label ("PRESS RELEASE") does not.
 */
export function detectMastheadLine(line: string, maxWords = 6): string | null {
  const text = stripBullets(line).trim();
  if (/[.!?,;:]$/u.test(text)) return null;
  const parts = text.split(MASTHEAD_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0 || parts.length > 3) return null;
  const named = parts.filter((p) => !NON_LATIN.test(p));
  if (named.length === 0 || !named.every((p) => isNamePart(p, maxWords))) return null;
  // A name of ordinary words needs two of them, or an acronym beside it: "World" alone is a section label.
  const words = named.join(' ').split(/\s+/u);
  const titled = words.filter((w) => TITLE_WORD.test(w)).length;
  const acronyms = words.filter((w) => ACRONYM_WORD.test(w)).length;
  if (titled < 2 && !(titled >= 1 && acronyms >= 1)) return null;
  return named.length === parts.length ? text : named[0]!;
}
