// Turns a source document into article-body paragraphs plus resolved metadata (explicit, else read from the text).
import type { DocumentMeta, SegmentedDocument, SourceDocument } from '../types';
import { defaultChromePatterns, type ChromePatterns } from './chrome-patterns';
import { isOutletBlurb, isSelfDescription } from './detect-chrome';
import { detectDatelineOutlet, detectMastheadLine, looksLikeHeadline } from './detect-metadata-line';
import { readCandidateLines, type HeaderEnd, type TextFindings } from './read-lines';
import { normalizeDate } from './normalize-date';
import { removeRepeats } from './remove-repeats';
import { findCutOffLine } from './cut-off';
import { CASELESS_PROSE_WORDS, isCaselessProse, isQuoteLeadIn, markBrokenSentences } from './broken-lines';
import { embeddedQuoteLines, isAuthorBio, repeatedCaptionLines, standfirstLines } from './header-furniture';
import { detectLanguage } from './detect-language';
import { dateFromUrl, outletFromUrl, titleFromUrl } from './url-metadata';
import { datelineDate } from './dateline-date';
import { lineMatchingUrl } from './headline-from-url';
import { countWords, endsLikeSentence, stripLeadMarkup, toComparisonKey } from './text-normalize';
import { isStopword } from '../text';

export interface SegmentOptions {
  chromePatterns: ChromePatterns;
  /** Lines of at most this many words without closing punctuation are fragments, not paragraphs. */
  shortLineMaxWords: number;
  /** A block this long or longer is dropped when a longer block of the document contains it. */
  minContainedWords: number;
}

export const defaultSegmentOptions: SegmentOptions = {
  chromePatterns: defaultChromePatterns,
  shortLineMaxWords: 4,
  minContainedWords: 8,
};

export function resolveSegmentOptions(options: Partial<SegmentOptions> = {}): SegmentOptions {
  return {
    chromePatterns: options.chromePatterns ?? defaultSegmentOptions.chromePatterns,
    shortLineMaxWords: options.shortLineMaxWords ?? defaultSegmentOptions.shortLineMaxWords,
    minContainedWords: options.minContainedWords ?? defaultSegmentOptions.minContainedWords,
  };
}

/** True when two headline keys are the same title up to punctuation, case or a short affix. */
function isSameTitleKey(ka: string, kb: string): boolean {
  if (ka === '' || kb === '') return false;
  if (ka === kb) return true;
  const [short, long] = ka.length < kb.length ? [ka, kb] : [kb, ka];
  return short.length >= 0.6 * long.length && ` ${long} `.includes(` ${short} `);
}

/** Words a line may have and still be a headline or a strip of labels; longer lines in lower case are prose. */
const PROSE_MIN_WORDS = 25;

/** Mostly lower-case words: prose in a cased script, where headlines and menus capitalise most of theirs. */
function isLowerCaseProse(line: string): boolean {
  const words = line.split(/\s+/u).filter((w) => /^\p{L}/u.test(w));
  return words.filter((w) => /^\p{Ll}/u.test(w)).length >= 0.6 * words.length;
}

/** A line that reads as running text: a sentence, a lead-in to a quotation ("… said:"), or simply long. */
function isBodyLike(line: string, options: SegmentOptions): boolean {
  const words = countWords(line, 40);
  if (words >= 40) return true;
  // A lead-in opening in lower case carries on the sentence before it ("… or T-72 tanks:"), however short.
  if (line.endsWith(':')) return ((words > options.shortLineMaxWords || (words >= 2 && /^\p{Ll}/u.test(line))) && !isTitleCaseLabel(line)) || isQuoteLeadIn(line);
  if (endsLikeSentence(line) && words > options.shortLineMaxWords) return true;
  return words >= CASELESS_PROSE_WORDS && isCaselessProse(line);
}

/** Words a title-case label before a list or section ("Those Lost in the Clashes:") may have. */
const LABEL_MAX_WORDS = 8;

/**
 * "Those Lost in the Clashes:", "Key Figures of the Offensive:": a label in title case, every word capitalised but
 * the language's function words. A lead-in to a quotation has a verb in lower case ("Lavrov told reporters:").
 */
function isTitleCaseLabel(line: string): boolean {
  const words = line.slice(0, -1).split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > LABEL_MAX_WORDS || !words.every((w) => /^[\p{Script=Latin}\d'’.-]+$/u.test(w))) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || isStopword(w, 'en'));
}

/**
 * A page that opens with long prose that lost its full stop ("За прошедшие сутки террористы … сообщил контр-адмирал
 * X") opens with its lead, not a headline. Further down such a line is more often a photo caption.
 */
function isOpeningProse(line: string): boolean {
  return countWords(line, PROSE_MIN_WORDS) >= PROSE_MIN_WORDS && isLowerCaseProse(line);
}

/** Words a line without a sentence's end may have and still be a subheading or caption rather than body text. */
const SUBHEADING_MAX_WORDS = 16;

/** Words a question may have and still be a subheading ("Who is in the camps?"), written in title case or not. */
const QUESTION_SUBHEADING_WORDS = 6;

/** "Who Controls Syria Today?": a question standing alone between paragraphs, in title case or a few words long. */
function isQuestionSubheading(line: string): boolean {
  if (!/\?$/u.test(line) || /^["“«'‘]/u.test(line)) return false;
  const words = line.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length <= QUESTION_SUBHEADING_WORDS) return true;
  return words.length <= 12 && words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length / 2;
}

/** Words an exclaimed subheading may have ("OPCW blamed no one!", «Никто не виноват!»). */
const EXCLAIMED_SUBHEADING_WORDS = 10;

/** A short exclamation standing alone between paragraphs, with no quotation in it: a subheading, not reported speech. */
function isExclaimedSubheading(line: string): boolean {
  if (!/!$/u.test(line) || /["“”«»„'‘’]/u.test(line)) return false;
  return countWords(line, EXCLAIMED_SUBHEADING_WORDS + 1) <= EXCLAIMED_SUBHEADING_WORDS;
}

interface FurnitureContext {
  headline: string | null;
  isTitle: (line: string) => boolean;
  closesHeader: readonly HeaderEnd[];
  byline: string | null;
  bioVerbs: ReadonlySet<string>;
}

/** Indexes of candidates that the page's structure marks as furniture: standfirst, twice-shown captions, embeds, bio. */
function structuralFurniture(candidates: readonly string[], ctx: FurnitureContext): Set<number> {
  const headlineAt = ctx.headline !== null ? candidates.indexOf(ctx.headline) : candidates.slice(0, 3).findIndex(ctx.isTitle);
  const out = new Set<number>([
    ...standfirstLines(candidates, headlineAt, ctx.closesHeader),
    ...repeatedCaptionLines(candidates, ctx.closesHeader),
    ...embeddedQuoteLines(candidates),
  ]);
  candidates.forEach((line, i) => {
    if (isAuthorBio(line, ctx.byline, ctx.bioVerbs)) out.add(i);
  });
  return out;
}

/** Words a lead that lost its full stop needs to be told from a sub-headline in sentence case. */
const LEAD_MIN_WORDS = 12;

interface LeadInput {
  candidates: readonly string[];
  bodyLike: readonly boolean[];
  labelBefore: readonly boolean[];
  closesHeader: readonly HeaderEnd[];
  captionWords: ReadonlySet<string>;
}

/**
 * The index of the lead paragraph that lost its full stop, right under the headline, when it runs straight into the
 * body (no caption, byline or date line between): prose in lower case, long for a headline, naming no photo. Else -1.
 * A standfirst (dek) is set off from the body by the header's caption, byline or date, or repeats the headline.
 */
function leadUnderHeadline(input: LeadInput, headlineAt: number, firstBody: number): number {
  const { candidates, bodyLike, labelBefore, closesHeader, captionWords } = input;
  const at = headlineAt + 1;
  if (headlineAt < 0 || firstBody !== at + 1 || bodyLike[at] || labelBefore[at] || labelBefore[firstBody] || closesHeader[at] !== null) return -1;
  const line = candidates[at]!;
  if (countWords(line, LEAD_MIN_WORDS) < LEAD_MIN_WORDS || !isLowerCaseProse(line)) return -1;
  return line.toLowerCase().split(/[^\p{L}]+/u).some((w) => captionWords.has(w)) ? -1 : at;
}

/** Words a question at the top of a page may have and still be its headline ("Who Are the Rebels Taking Over …?"). */
const QUESTION_HEADLINE_WORDS = 16;

/** The first line as the headline when it is a question of a headline's length, not a quotation. */
function questionHeadline(line: string | undefined): string | null {
  if (line === undefined || !/\?$/u.test(line) || /^["“«'‘]/u.test(line)) return null;
  const words = countWords(line, QUESTION_HEADLINE_WORDS + 1);
  return words >= 3 && words <= QUESTION_HEADLINE_WORDS ? line : null;
}

/** "Zakharova: coalition is dying": a speaker or topic, a colon, then at least two words. */
const COLON_HEADLINE = /^[^:.!?]{2,40}:\s+\S+(?:\s+\S+)+$/u;

/**
 * The one line standing before the body as the headline when it is too short for `isHeadline` but shaped like one:
 * "Захарова: коалиция разваливается", "زاخاروفا: تحالف واشنطن يحتضر" (three or four words around a colon).
 */
function colonHeadline(leading: readonly string[]): string | null {
  const line = leading.length === 1 ? leading[0]! : null;
  return line !== null && COLON_HEADLINE.test(line) && looksLikeHeadline(line) ? line : null;
}

/**
 * The publication date the text gives: the date line right under the headline, else the first date line. A header
 * may show the site's clock above the article ("30 июля 2025" over a story of 2018).
 */
function textDate(found: TextFindings, candidates: readonly string[], headline: string | null): string | null {
  const headlineAt = headline === null ? -1 : candidates.indexOf(headline);
  return found.datelines.find((d) => headlineAt !== -1 && d.after === headlineAt + 1)?.value ?? found.published;
}

function explicit(value: string | null | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Splits a document into body paragraphs in reading order and resolves its metadata. */
export function segmentDocument(doc: SourceDocument, options: Partial<SegmentOptions> = {}): SegmentedDocument {
  const opts = resolveSegmentOptions(options);
  const patterns = opts.chromePatterns;

  const { candidates, labelBefore, closesHeader, found } = readCandidateLines(doc, patterns);

  const bodyLike = candidates.map((line, i) => isBodyLike(line, opts) || (i === 0 && isOpeningProse(line)));
  markBrokenSentences(candidates, bodyLike);
  // A page pasted as an excerpt stops mid-sentence: its last line carries on the body before it.
  const cut = findCutOffLine({ candidates, bodyLike, labelBefore });
  if (cut !== -1) bodyLike[cut] = true;
  let firstBody = bodyLike.indexOf(true);
  const lastBody = bodyLike.lastIndexOf(true);
  const leading = firstBody === -1 ? candidates : candidates.slice(0, firstBody);
  // Wire-style openings sit in the first paragraphs; a standfirst may come before them.
  const opening = firstBody === -1 ? [] : candidates.slice(firstBody, firstBody + 3);
  const datelineOutlet = opening.map(detectDatelineOutlet).find((o) => o !== null) ?? null;

  const isHeadline = (line: string) => looksLikeHeadline(line) && countWords(line, opts.shortLineMaxWords) > opts.shortLineMaxWords;
  // A name-shaped first line with a headline still to come is the site's masthead, not the title.
  const mastheadLine = leading.length > 1 && leading.slice(1).some(isHeadline) ? (leading[0] ?? null) : null;
  const masthead = mastheadLine === null ? null : detectMastheadLine(mastheadLine);

  const url = explicit(doc.meta.url);
  // The page's own domain names its publisher more surely than a guessed masthead or a relayed agency's tag.
  const source = explicit(doc.meta.source) ?? outletFromUrl(url) ?? found.source ?? masthead ?? datelineOutlet;
  const knownSources = [doc.meta.source, found.source, datelineOutlet, masthead === null ? null : mastheadLine]
    .filter((s): s is string => typeof s === 'string' && s.trim() !== '')
    .map(toComparisonKey);
  // A line can only fold to an outlet name when it is about as long: the length check spares most lines a key.
  const longestSource = Math.max(0, ...knownSources.map((k) => k.length));
  const isOutletName = (line: string) => line.length <= 3 * longestSource + 16 && knownSources.includes(toComparisonKey(line));

  // Headlines of a few words are indistinguishable from outlet or section labels, so require more than a fragment.
  const headlines = leading.filter((line) => isHeadline(line) && !isOutletName(line));
  // The headline the address spells out, when one of the opening lines (a question headline too) matches it.
  const openingLines = candidates.slice(0, Math.max(3, leading.length + 1)).filter((line) => countWords(line, 40) < 40);
  const headline = lineMatchingUrl(openingLines, url) ?? headlines[0] ?? questionHeadline(candidates[0]) ?? colonHeadline(leading);
  const title = explicit(doc.meta.title) ?? headline ?? titleFromUrl(url, candidates.slice(0, 5).join(' '));
  const titleKey = title === null ? '' : toComparisonKey(title);
  // A title repeat is at most a short affix longer than the title (see isSameTitleKey), so long lines skip the key.
  const isTitle = (line: string) => titleKey !== '' && line.length <= 3 * titleKey.length + 16 && isSameTitleKey(toComparisonKey(line), titleKey);
  // A question headline ends like a sentence, but the body starts after it.
  if (firstBody !== -1 && (candidates[firstBody] === headline || isTitle(candidates[firstBody]!))) firstBody = bodyLike.indexOf(true, firstBody + 1);
  const lead = leadUnderHeadline({ candidates, bodyLike, labelBefore, closesHeader, captionWords: patterns.captionWords }, headline === null ? -1 : candidates.indexOf(headline), firstBody);
  if (lead !== -1) {
    bodyLike[lead] = true;
    firstBody = lead;
  }
  const byline = explicit(doc.meta.byline) ?? found.byline;
  const furnitureAt = structuralFurniture(candidates, { headline, isTitle, closesHeader, byline, bioVerbs: patterns.bioVerbs });

  const body = candidates.filter((line, i) => {
    if (furnitureAt.has(i)) return false;
    // Non-sentence lines around the article (breadcrumbs, kickers, related headlines) are page furniture;
    // a text with no sentence at all keeps them, as it has nothing else.
    if (firstBody !== -1 && !bodyLike[i] && (i < firstBody || i > lastBody)) return false;
    if (isOutletName(line) || isSelfDescription(line, title) || isOutletBlurb(line, source)) return false;
    // The headline slot before the body is page furniture even when explicit metadata words the title differently.
    if (line === headline) return false;
    if (isTitle(line)) return false;
    // The cut-off last line is body however short it is ("He said the oppositi").
    if (i === cut) return true;
    // Inside the body, a short line that is no sentence is a subheading, a caption or a pull quote's credit.
    if (firstBody !== -1 && !bodyLike[i] && !endsLikeSentence(line) && countWords(line, SUBHEADING_MAX_WORDS + 1) <= SUBHEADING_MAX_WORDS) return false;
    // A line with no sentence's end right above a photo credit ("Фото: AFP") is the photo's caption, however long.
    if (firstBody !== -1 && !bodyLike[i] && closesHeader[i] === 'credit') return false;
    if (isQuestionSubheading(line) || isExclaimedSubheading(line)) return false;
    // A short lead-in ("وأضافت مصادر:") or piece of a broken sentence ("…،") is body by its reading, not its length.
    return bodyLike[i] || countWords(line, opts.shortLineMaxWords) > opts.shortLineMaxWords || endsLikeSentence(line);
  });

  // The address's date is posting's; a wire dateline in the opening paragraphs gives the day the story was filed.
  const urlDate = dateFromUrl(url);
  const meta: DocumentMeta = {
    id: doc.id,
    title,
    source,
    url,
    published:
      (explicit(doc.meta.published) && normalizeDate(doc.meta.published ?? '')) ||
      textDate(found, candidates, headline) ||
      opening.map((line) => datelineDate(line, urlDate)).find((d) => d !== null) ||
      urlDate,
  };
  // A bullet stays: it is how the page shows a list item, and an analyst quotes the item with it.
  const paragraphs = removeRepeats(body, opts.minContainedWords).map((p) => stripLeadMarkup(p) || p);
  if (byline !== null) meta.byline = byline;
  // Explicit metadata wins; otherwise the body says which language it is in.
  const lang = explicit(doc.meta.lang) ?? (paragraphs.length > 0 ? detectLanguage(paragraphs) : null);
  if (lang !== null) meta.lang = lang;
  return { meta, paragraphs };
}
