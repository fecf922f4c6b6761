// Small text helpers shared by segmentation rules: whitespace, comparison keys, word counts.

const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/g;
// Every whitespace run but a lone space (which would be replaced by itself): text already spaced normally is then
// returned as it is, not copied (the listed characters are all in \s, so [^\S ] is any of them but the space).
const WHITESPACE_RUN = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]{2,}|[^\S ]/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const APOSTROPHES = /[’‘ʼ`´']/g;
const ASCII_APOSTROPHES = /['`]/g;
// Runs of non-word characters, each to become one space; a lone space already is one, so it is left out of the
// match (the same result, without rebuilding the string at every word).
const NON_WORD = /[^\p{L}\p{N}]{2,}|[^\p{L}\p{N} ]/gu;
const ASCII_NON_WORD = /[^a-z0-9]{2,}|[^a-z0-9 ]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu;
// A trailing footnote marker ("…said.[6]") still closes the sentence.
const SENTENCE_END = /[.!?…]["”’'»)\]]*(?:\[\d{1,3}\])*$/u;
// A run of '#' before a space is a markdown heading mark left in plain text; a hashtag ("#Syria") is kept.
const BULLETS = /^(?:[\s•·▪◦►▶→*\-–—|>]|#+(?=\s))+/u;
// Markup before a paragraph's words: a markdown heading or quotation mark, a table pipe. A list item's bullet is text.
const LEAD_MARKUP = /^(?:[\s|>]|#+(?=\s))+/u;

/** Collapses runs of whitespace (NBSP, tabs, zero-width spaces included) to one space and trims. */
export function normalizeWhitespace(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(WHITESPACE_RUN, ' ').trim();
}

/** A key for near-exact comparison: case, quotes, dashes and punctuation folded away. */
export function toComparisonKey(text: string): string {
  // Most lines are plain ASCII, where NFKC changes nothing and ASCII classes are several times cheaper.
  if (ASCII_ONLY.test(text)) return text.toLowerCase().replace(ASCII_APOSTROPHES, '').replace(ASCII_NON_WORD, ' ').trim();
  return text.normalize('NFKC').toLowerCase().replace(APOSTROPHES, '').replace(NON_WORD, ' ').trim();
}

/** True when the text has at least one letter or digit (its comparison key is not empty). */
export function hasWordCharacter(text: string): boolean {
  return LETTER_OR_DIGIT.test(text);
}

/** Character class of a UTF-16 unit for word counting: 2 starts a word, 1 continues one, 0 separates. */
function wordClass(text: string, i: number): 0 | 1 | 2 {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return 2;
    return c === 0x27 || c === 0x2e || c === 0x2c || c === 0x2d ? 1 : 0;
  }
  if (c === 0x2019) return 1;
  const ch = text[i]!;
  return LETTER_OR_DIGIT.test(ch) ? 2 : 0;
}

/**
 * Words in the text (a letter or digit, then letters, digits and inner ' ’ . , -); counting stops once it
 * passes `limit`, since callers mostly ask "more than N words?".
 */
export function countWords(text: string, limit = Infinity): number {
  if (!ASCII_ONLY.test(text) && text.length > 0 && hasSurrogates(text)) {
    // Astral letters are rare enough that the regex pays for itself only here.
    const words = text.match(WORD_RE)?.length ?? 0;
    return Math.min(words, limit + 1);
  }
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const k = wordClass(text, i);
    if (inWord) {
      if (k === 0) inWord = false;
    } else if (k === 2) {
      inWord = true;
      if (++count > limit) return count;
    }
  }
  return count;
}

function hasSurrogates(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** True when the line ends like a sentence: . ! ? or … optionally followed by closing quotes/brackets. */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** Strips leading markup but keeps a list item's bullet ("- Restore security in the region."), as the page shows it. */
export function stripLeadMarkup(text: string): string {
  return text.replace(LEAD_MARKUP, '').trim();
}

/** Strips list bullets and decorative leading symbols so rules see the words. */
export function stripBullets(text: string): string {
  return text.replace(BULLETS, '').trim();
}
