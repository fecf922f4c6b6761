// Structural furniture around an article's lines: the standfirst of a page header, captions shown twice, a ticker of
// headlines, an embedded post or pull quote with its credit line, and the author's bio under a byline.
import type { HeaderEnd } from './read-lines';
import { countWords, endsLikeSentence, toComparisonKey } from './text-normalize';

/** Lines a standfirst (dek) may take between the headline and the photo caption or byline that closes a header. */
const MAX_STANDFIRST_LINES = 2;
/** Words a standfirst may have. */
const MAX_STANDFIRST_WORDS = 45;

/**
 * Indexes of a page header's standfirst: the lines between the headline and a byline or photo caption that
 * follows within two lines, when the dek is no sentence ("<headline> / <dek, experts say> / By … / <body>").
 * A caption or byline after a whole sentence may follow the lead paragraph instead, so that sentence stays.
 * `closesHeader[i]` says a caption or byline came right after candidate i.
 */
export function standfirstLines(
  candidates: readonly string[],
  headlineAt: number,
  closesHeader: readonly HeaderEnd[],
): number[] {
  if (headlineAt < 0) return [];
  // Some body must follow the header, or the "header" is the whole article with a byline at its foot.
  const last = candidates.length - 2;
  for (let k = headlineAt + 1; k <= headlineAt + MAX_STANDFIRST_LINES && k <= last; k++) {
    const line = candidates[k]!;
    if (countWords(line, MAX_STANDFIRST_WORDS + 1) > MAX_STANDFIRST_WORDS || endsLikeSentence(line)) return [];
    if (closesHeader[k] !== null && closesHeader[k] !== undefined) return range(headlineAt + 1, k + 1);
  }
  return [];
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** Sentence ends inside a line: a stop, then a space and a capital. */
const INNER_SENTENCE_END = /[.!?]["”»]?\s+["“«]?\p{Lu}/u;

/**
 * Indexes of a photo caption shown twice, as image text and as caption: a line repeated at once (a credit line
 * between the copies is already gone). Every copy goes, as the caption is no body text. A lead of several sentences
 * printed twice (as the page's description and as its text) with no credit beside it is body: the repeat goes later.
 */
export function repeatedCaptionLines(candidates: readonly string[], closesHeader: readonly HeaderEnd[] = []): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i]!;
    if (a.length < 20 || a.length !== candidates[i + 1]!.length || toComparisonKey(a) !== toComparisonKey(candidates[i + 1]!)) continue;
    const credited = (closesHeader[i] ?? null) !== null || (closesHeader[i + 1] ?? null) !== null;
    if (!credited && endsLikeSentence(a) && INNER_SENTENCE_END.test(a)) continue;
    out.push(i, i + 1);
  }
  return out;
}

/** Separator of a ticker of headlines run into one line. */
const TICKER_SEPARATOR = /\s+[•·|]\s+/u;
/** Items a ticker needs. */
const MIN_TICKER_ITEMS = 3;

/** A ticker: three or more headlines run into one line with bullets ("A wins 15th game • At least 69 killed in … • …"). */
export function isHeadlineTicker(line: string): boolean {
  const items = line.split(TICKER_SEPARATOR);
  if (items.length < MIN_TICKER_ITEMS) return false;
  // Every item a headline: a few words, no sentence ending; the last may be cut off to a word or less.
  return items.every((item, i) => {
    if (i === items.length - 1) return countWords(item, 25) <= 24;
    const words = countWords(item, 25);
    return words >= 2 && words <= 24 && !/[.!?]$/u.test(item.trim());
  });
}

/** "— Jane Doe (@janedoe) March 3, 2024": the credit line under an embedded post. */
const POST_CREDIT = /^[—–-]\s*\p{Lu}[^()]{1,60}\(@\w{1,30}\)/u;
/** "-Jane Doe, Example Council": the credit line under a pull quote. */
const QUOTE_CREDIT = /^[—–-]\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*,\s*\p{Lu}[^.!?]{1,60}$/u;
/** A line wholly in quotation marks without a closing period: the text of a pull quote. */
const PULL_QUOTE = /^["“'‘«].*[^.!?"”'’»]["”'’»]?$/u;

/**
 * Indexes of an embedded post or a pull quote: its credit line and the line it credits. A pull quote is set in
 * quotation marks without a closing period; an embedded post's credit names an @handle.
 */
export function embeddedQuoteLines(candidates: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < candidates.length; i++) {
    const credit = candidates[i]!;
    if (countWords(credit, 16) > 16) continue;
    const quoted = candidates[i - 1]!;
    if (POST_CREDIT.test(credit) || (QUOTE_CREDIT.test(credit) && PULL_QUOTE.test(quoted.trim()))) out.push(i - 1, i);
  }
  return out;
}

/**
 * The author's bio: a line opening with the byline's name and a self-describing verb ("Jane Doe is Senior Editor…",
 * "… has covered…"; `bioVerbs` per language), written as a sentence.
 */
export function isAuthorBio(line: string, byline: string | null, bioVerbs: ReadonlySet<string>): boolean {
  if (byline === null || countWords(byline, 6) < 2 || countWords(byline, 6) > 5) return false;
  if (!line.startsWith(byline) || !endsLikeSentence(line)) return false;
  const verb = /^[\s,–—-]*([\p{L}]+)/u.exec(line.slice(byline.length))?.[1]?.toLowerCase();
  return verb !== undefined && bioVerbs.has(verb);
}
