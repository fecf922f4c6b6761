// First pass of segmentation: sorts a document's blocks into candidate lines and page furniture, reading the
// metadata (date, outlet, byline) the furniture carries and remembering where furniture stood between candidates.
import type { SourceDocument } from '../types';
import type { ChromePatterns } from './chrome-patterns';
import { detectChrome, type ChromeKind } from './detect-chrome';
import { detectDateline, detectOutletLine, isByline, readBylineName, splitDatedByline } from './detect-metadata-line';
import { splitMetadataPrefix } from './metadata-prefix';
import { normalizeDate } from './normalize-date';
import { splitBlocks } from './split-blocks';
import { countWords, hasWordCharacter, normalizeWhitespace } from './text-normalize';

export interface TextFindings {
  /** The first date line's date. */
  published: string | null;
  /** Every date line's date with the number of candidates before it, so the one under the headline can be told. */
  datelines: { after: number; value: string }[];
  source: string | null;
  byline: string | null;
}

/** What closed a page header after a candidate: a photo caption, a short photo credit ("Фото: AFP"), a byline. */
export type HeaderEnd = 'caption' | 'credit' | 'byline' | null;

export interface CandidateLines {
  /** Lines that may be body text, title or masthead, in reading order. */
  candidates: string[];
  /** Per candidate: furniture that closes a body ("Most read", a subscribe prompt, a menu) stood right before it. */
  labelBefore: boolean[];
  /** Per candidate: a photo caption or credit, or a byline, came right after it (the end of a page header). */
  closesHeader: HeaderEnd[];
  found: TextFindings;
}

/** Words a caption-like line may have and still be a list label ("Related:") rather than an in-body teaser. */
const FURNITURE_LABEL_WORDS = 4;
const WIRE_END_MARK = /\s*\((?:end|END|ends)\)(?:\s+[\p{L}.]{1,12})?$/u;

/** Words a caption line may have and still be a photo credit ("Photo Credit: Jane Doe", "Фото: AFP"). */
const CREDIT_MAX_WORDS = 8;
/** Words a photo caption printed under its credit may have. */
const CAPTION_MAX_WORDS = 30;

/** Words the line before a year may have and still be the rest of its date ("Апрель", "13 сентября"). */
const DATE_PART_WORDS = 3;

/**
 * A year alone on its line widened by the day and month on the line before, as date widgets print them ("Апрель" over
 * "2018" → 2018-04); the year alone otherwise.
 */
function widerDate(date: string | null, previous: string | undefined): string | null {
  if (date === null || date.length !== 4 || previous === undefined || countWords(previous, DATE_PART_WORDS + 1) > DATE_PART_WORDS) return date;
  const joined = normalizeDate(`${previous} ${date}`);
  return joined !== null && joined.startsWith(date) && joined.length > 4 ? joined : date;
}

/**
 * The caption printed under a photo credit: shaped like one ("Alleged strike on the airport, October 27, 2022.",
 * "… as seen in 2019, …"; `captionUnderCreditPatterns` per language) and short. Right after a credit, where the lead
 * may also stand, only that shape tells a caption.
 */
function isCaptionUnderCredit(line: string, patterns: ChromePatterns): boolean {
  return countWords(line, CAPTION_MAX_WORDS + 1) <= CAPTION_MAX_WORDS && patterns.captionUnderCreditPatterns.some((re) => re.test(line));
}

/** Candidate lines of a document, with the metadata its furniture lines carry. */
export function readCandidateLines(doc: SourceDocument, patterns: ChromePatterns): CandidateLines {
  const out: CandidateLines = { candidates: [], labelBefore: [], closesHeader: [], found: { published: null, datelines: [], source: null, byline: null } };
  const { candidates, found } = out;
  let furniture = false;
  // A short photo credit was the block just read: some pages print the caption under it, not above it.
  let afterCredit = false;
  const markHeaderEnd = (kind: HeaderEnd) => {
    if (candidates.length > 0) out.closesHeader[candidates.length - 1] ??= kind;
  };
  for (const raw of splitBlocks(doc.text, doc.format)) {
    // A wire footer run onto the last paragraph ("… in January 2017. (end) rs.bs") is no part of it.
    let line = normalizeWhitespace(raw).replace(WIRE_END_MARK, '');
    if (line === '' || !hasWordCharacter(line)) continue;
    // "date 2023-05-16 <headline>", "BREITBART | Published November 30, 2024": metadata run into one line.
    const prefix = splitMetadataPrefix(line, patterns);
    if (prefix) {
      found.published ??= prefix.published;
      if (prefix.outlet !== null) found.source ??= prefix.outlet;
      if (prefix.rest === '') {
        furniture = true;
        continue;
      }
      line = prefix.rest;
    }
    const chrome: ChromeKind | null = detectChrome(line, patterns) ?? (afterCredit && isCaptionUnderCredit(line, patterns) ? 'caption' : null);
    afterCredit = chrome === 'caption' && countWords(line, CREDIT_MAX_WORDS + 1) <= CREDIT_MAX_WORDS;
    if (chrome) {
      // Captions, credits, embedded posts and "Read also: <headline>" teasers sit inside a body; other chrome closes it.
      const inBody = chrome === 'caption' || chrome === 'teaser' || chrome === 'embed';
      furniture ||= !inBody || countWords(line, FURNITURE_LABEL_WORDS + 1) <= FURNITURE_LABEL_WORDS;
      if (chrome === 'caption') markHeaderEnd(afterCredit ? 'credit' : 'caption');
      continue;
    }
    const date = widerDate(detectDateline(line, patterns), candidates.at(-1));
    if (date) {
      found.published ??= date;
      found.datelines.push({ after: candidates.length, value: date });
      furniture = true;
      continue;
    }
    const datedByline = splitDatedByline(line);
    if (datedByline) {
      found.byline ??= readBylineName(datedByline.byline);
      found.published ??= datedByline.published;
      furniture = true;
      markHeaderEnd('byline');
      continue;
    }
    if (isByline(line, patterns)) {
      found.byline ??= readBylineName(line);
      furniture = true;
      markHeaderEnd('byline');
      continue;
    }
    const outlet = detectOutletLine(line, patterns);
    if (outlet) {
      found.source ??= outlet;
      furniture = true;
      continue;
    }
    candidates.push(line);
    out.labelBefore.push(furniture);
    out.closesHeader.push(null);
    furniture = false;
  }
  return out;
}
