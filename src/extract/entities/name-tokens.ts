// Splits paragraph text into word tokens with offsets, folded keys and the punctuation that separates them.

import { foldToken, foldTokenWithoutProclitic, isArticle, NAME_WORD_RE } from '../../text/fold-name';
import { hasSurrogates, isNameApostrophe, nameWordEnd, nextNameWordStart } from '../../text/name-word-scan';

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
const SPACE = 0x20;

/** What a word's spelling alone says about it; the same words recur, so each is worked out once. */
interface WordShape {
  /** The word itself (tokens share this string). */
  raw: string;
  fold: string;
  altFold: string | null;
  lower: string;
  capital: boolean;
  upper: boolean;
  /** An article standing alone ("al") / before a hyphen ("ash-"). */
  freeArticle: boolean;
  hyphenArticle: boolean;
  /** The next shape whose word has the same hash. */
  next: WordShape | null;
}

/**
 * Shapes by a hash of the word's characters, read in place in the paragraph: a word seen before costs no substring
 * and no string hashing (this lookup ran for every word of every paragraph and was the tokeniser's largest cost).
 */
const shapes = new Map<number, WordShape>();
let shapeCount = 0;
const SHAPE_CACHE_LIMIT = 200_000;

function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // A small integer key keeps the map on its fast path.
  return h & 0x3fffffff;
}

function shapeAt(text: string, start: number, end: number): WordShape {
  const hash = hashOf(text, start, end);
  for (let s: WordShape | null = shapes.get(hash) ?? null; s !== null; s = s.next) {
    if (s.raw.length === end - start && text.startsWith(s.raw, start)) return s;
  }
  const raw = text.slice(start, end);
  const letters = raw.replace(NOT_LETTER, '');
  if (shapeCount >= SHAPE_CACHE_LIMIT) {
    shapes.clear();
    shapeCount = 0;
  }
  const shape: WordShape = {
    raw,
    fold: foldToken(raw),
    // Only Arabic-script words can carry a glued proclitic; the check keeps Latin text on the fast path.
    altFold: raw.charCodeAt(0) >= 0x600 ? foldTokenWithoutProclitic(raw) : null,
    lower: raw.toLowerCase(),
    capital: letters.length > 0 && letters[0] !== letters[0]!.toLowerCase(),
    upper: letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    freeArticle: isArticle(raw, false),
    hyphenArticle: isArticle(raw, true),
    next: shapes.get(hash) ?? null,
  };
  shapes.set(hash, shape);
  shapeCount++;
  return shape;
}

function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** Tokenises text for name matching. */
export function tokenizeNames(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  let prevEnd = 0;
  if (hasSurrogates(text)) {
    // Astral characters: the expression's code-point semantics decide where words end.
    NAME_WORD_RE.lastIndex = 0;
    for (let m = NAME_WORD_RE.exec(text); m !== null; m = NAME_WORD_RE.exec(text)) prevEnd = pushToken(tokens, text, m.index, m.index + m[0].length, prevEnd);
    return tokens;
  }
  for (let start = nextNameWordStart(text, 0); start >= 0; start = nextNameWordStart(text, prevEnd)) {
    prevEnd = pushToken(tokens, text, start, nameWordEnd(text, start), prevEnd);
  }
  return tokens;
}

/** Adds the token of the word text[start, matchEnd); returns where the next separator starts. */
function pushToken(tokens: NameToken[], text: string, start: number, matchEnd: number, prevEnd: number): number {
  let end = matchEnd;
  const hyphenAfter = isHyphen(text.charCodeAt(end));
  let possessive = false;
  const last = text.charCodeAt(end - 1);
  if (end - start > 3 && (last === 0x73 || last === 0x53) && isNameApostrophe(text.charCodeAt(end - 2))) {
    end -= 2;
    possessive = true;
  }
  // Most words are one space apart: that separator is neither kept nor a break, and needs no slice or pattern test.
  const spaced = start === prevEnd || (start === prevEnd + 1 && text.charCodeAt(prevEnd) === SPACE);
  const sep = spaced ? '' : text.slice(prevEnd, start);
  const shape = shapeAt(text, start, end);
  const token: NameToken = {
    start,
    end,
    raw: shape.raw,
    fold: shape.fold,
    lower: shape.lower,
    capital: shape.capital,
    upper: shape.upper,
    possessive,
    article: hyphenAfter ? shape.hyphenArticle : shape.freeArticle,
    sepBefore: spaced ? '' : sep.trim(),
    breakBefore: !spaced && tokens.length > 0 && !SOFT_SEPARATOR_RE.test(sep),
    // Always present (undefined when none), so every token has one shape and the code reading tokens stays monomorphic.
    altFold: shape.altFold || undefined,
  };
  tokens.push(token);
  return matchEnd;
}
