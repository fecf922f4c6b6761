// NAME_WORD_RE's words found by a scan over character classes instead of the regular expression: the same offsets,
// without a match array and a substring per word (name tokenising reads every word of every paragraph).
// Only for text without surrogates: with astral characters the expression's code-point semantics apply (use it).

const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const KNOWN = 8;
const IS_LETTER = /\p{L}/u;
const IS_MARK = /\p{M}/u;
const IS_NUMBER = /\p{N}/u;
const FULL_STOP = 0x2e;

/** Per UTF-16 unit: its \p{L} / \p{M} / \p{N} membership, worked out by the same classes the first time it is seen. */
const classes = new Uint8Array(0x10000);

function classOf(code: number): number {
  let k = classes[code]!;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = KNOWN | (IS_LETTER.test(ch) ? LETTER : 0) | (IS_MARK.test(ch) ? MARK : 0) | (IS_NUMBER.test(ch) ? NUMBER : 0);
    classes[code] = k;
  }
  return k;
}

/** The apostrophes NAME_WORD_RE lets inside a word: ' ’ ‘ ʼ ` */
export function isNameApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x2bc || code === 0x60;
}

/** True when `text` holds a surrogate code unit (an astral character, or a lone half): scan with the expression then. */
export function hasSurrogates(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** Offset of the next word start at or after `from` (a letter or digit), or -1. */
export function nextNameWordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (classOf(text.charCodeAt(i)) & (LETTER | NUMBER)) return i;
  }
  return -1;
}

/**
 * End of the word starting at `start` (which `nextNameWordStart` returned), as NAME_WORD_RE matches it there:
 * two or more letter-and-full-stop pairs ("U.S."), else a letter or digit, letters, marks and digits, then any
 * number of apostrophe-and-letter runs ("O'Brien", "d’Alep").
 */
export function nameWordEnd(text: string, start: number): number {
  const n = text.length;
  let q = start;
  let pairs = 0;
  while (q + 1 < n && classOf(text.charCodeAt(q)) & LETTER && text.charCodeAt(q + 1) === FULL_STOP) {
    pairs++;
    q += 2;
  }
  if (pairs >= 2) return q;
  q = start + 1;
  while (q < n && classOf(text.charCodeAt(q)) & (LETTER | MARK | NUMBER)) q++;
  while (q + 1 < n && isNameApostrophe(text.charCodeAt(q)) && classOf(text.charCodeAt(q + 1)) & LETTER) {
    q += 2;
    while (q < n && classOf(text.charCodeAt(q)) & (LETTER | MARK)) q++;
  }
  return q;
}
