// Splits paragraph text into word tokens with offsets, folded keys and the punctuation that separates them.

import { foldToken, foldTokenWithoutProclitic, isArticle, NAME_WORD_RE } from './fold-name';

export interface NameToken {
  /** UTF-16 offsets of the word in the text, possessive `'s` excluded. */
  start: number;
  end: number;
  /** The word as written, possessive `'s` excluded. */
  raw: string;
  fold: string;
  /** For an Arabic word glued to a proclitic ("وحلب"): the fold without it, tried when `fold` matches nothing. */
  altFold?: string;
  /** Lower-cased raw word, for function-word lookups. */
  lower: string;
  /** First letter is upper case. */
  capital: boolean;
  /** Every letter is upper case (acronyms, headlines). */
  upper: boolean;
  possessive: boolean;
  /** An Arabic article (`al`, or `ash-` before a hyphen); skipped when matching names. */
  article: boolean;
  /** Text between the previous token and this one (trimmed of spaces). */
  sepBefore: string;
  /** The separator contains punctuation that ends a name (comma, period, parenthesis, dash…). */
  breakBefore: boolean;
}

/** Separators a multi-word name may span: spaces, hyphens, quotes, slashes. */
const SOFT_SEPARATOR_RE = /^[\s\-‐‑"“”'‘’«»/]*$/u;

/** Tokenises text for name matching. */
export function tokenizeNames(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(NAME_WORD_RE)) {
    const start = m.index ?? 0;
    let raw = m[0];
    let end = start + raw.length;
    const hyphenAfter = text[end] === '-' || text[end] === '‐' || text[end] === '‑';
    let possessive = false;
    if (/['’‘ʼ`][sS]$/.test(raw) && raw.length > 3) {
      raw = raw.slice(0, -2);
      end -= 2;
      possessive = true;
    }
    const sep = text.slice(prevEnd, start);
    const letters = raw.replace(/[^\p{L}]/gu, '');
    // Only Arabic-script words can carry a glued proclitic; the check keeps Latin text on the fast path.
    const altFold = raw.charCodeAt(0) >= 0x600 ? foldTokenWithoutProclitic(raw) : null;
    tokens.push({
      start,
      end,
      raw,
      fold: foldToken(raw),
      lower: raw.toLowerCase(),
      capital: letters.length > 0 && letters[0] !== letters[0]!.toLowerCase(),
      upper: letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      possessive,
      article: isArticle(raw, hyphenAfter),
      sepBefore: sep.trim(),
      breakBefore: tokens.length > 0 && !SOFT_SEPARATOR_RE.test(sep),
      ...(altFold ? { altFold } : {}),
    });
    prevEnd = possessive ? end + 2 : end;
  }
  return tokens;
}
