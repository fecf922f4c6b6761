// Splits paragraph text into word tokens with offsets, folded keys and the punctuation that separates them.

import { foldToken, foldTokenWithoutProclitic, isArticle, NAME_WORD_RE } from '../../text/fold-name';

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
const NOT_LETTER = /[^\p{L}]/gu;
const APOSTROPHE = /['’‘ʼ`]/;

/** What a word's spelling alone says about it; the same words recur, so each is worked out once. */
interface WordShape {
  fold: string;
  altFold: string | null;
  lower: string;
  capital: boolean;
  upper: boolean;
  /** An article standing alone ("al") / before a hyphen ("ash-"). */
  freeArticle: boolean;
  hyphenArticle: boolean;
}

const shapes = new Map<string, WordShape>();
const SHAPE_CACHE_LIMIT = 200_000;

function shapeOf(raw: string): WordShape {
  const cached = shapes.get(raw);
  if (cached) return cached;
  const letters = raw.replace(NOT_LETTER, '');
  const shape: WordShape = {
    fold: foldToken(raw),
    // Only Arabic-script words can carry a glued proclitic; the check keeps Latin text on the fast path.
    altFold: raw.charCodeAt(0) >= 0x600 ? foldTokenWithoutProclitic(raw) : null,
    lower: raw.toLowerCase(),
    capital: letters.length > 0 && letters[0] !== letters[0]!.toLowerCase(),
    upper: letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    freeArticle: isArticle(raw, false),
    hyphenArticle: isArticle(raw, true),
  };
  if (shapes.size >= SHAPE_CACHE_LIMIT) shapes.clear();
  shapes.set(raw, shape);
  return shape;
}

function isHyphen(ch: string | undefined): boolean {
  return ch === '-' || ch === '‐' || ch === '‑';
}

/** Tokenises text for name matching. */
export function tokenizeNames(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  let prevEnd = 0;
  NAME_WORD_RE.lastIndex = 0;
  for (let m = NAME_WORD_RE.exec(text); m !== null; m = NAME_WORD_RE.exec(text)) {
    const start = m.index;
    let raw = m[0];
    let end = start + raw.length;
    const hyphenAfter = isHyphen(text[end]);
    let possessive = false;
    if (raw.length > 3 && (raw.endsWith('s') || raw.endsWith('S')) && APOSTROPHE.test(raw[raw.length - 2]!)) {
      raw = raw.slice(0, -2);
      end -= 2;
      possessive = true;
    }
    const sep = start === prevEnd ? '' : text.slice(prevEnd, start);
    const shape = shapeOf(raw);
    const token: NameToken = {
      start,
      end,
      raw,
      fold: shape.fold,
      lower: shape.lower,
      capital: shape.capital,
      upper: shape.upper,
      possessive,
      article: hyphenAfter ? shape.hyphenArticle : shape.freeArticle,
      sepBefore: sep === ' ' ? '' : sep.trim(),
      breakBefore: tokens.length > 0 && sep !== ' ' && !SOFT_SEPARATOR_RE.test(sep),
    };
    if (shape.altFold) token.altFold = shape.altFold;
    tokens.push(token);
    prevEnd = possessive ? end + 2 : end;
  }
  return tokens;
}
