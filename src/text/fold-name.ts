// Folds names to a spelling-insensitive key so transliteration variants (Maqsoud/Maqsood/Maqsud, Сирия/Сирии, الأسد/الاسد) compare equal.
import { foldArabicLetters, foldLetters } from './fold';

/**
 * Arabic articles written attached with a hyphen (`ash-Sham`, `ad-Din`, and their Cyrillic transcriptions `аш-Шам`,
 * `эз-Зор`); `al`/`el`/`аль`/`эль` count even when free-standing.
 */
const HYPHEN_ARTICLES = new Set([
  'al', 'el', 'as', 'ash', 'ad', 'an', 'at', 'ar', 'az', 'es', 'ez', 'ed', 'er', 'ul', 'adh', 'ath',
  'аль', 'эль', 'ал', 'эл', 'ас', 'аш', 'ад', 'ан', 'ат', 'ар', 'аз', 'эс', 'эш', 'эд', 'эн', 'эт', 'эр', 'эз', 'уль',
]);
const FREE_ARTICLES = new Set(['al', 'el', 'аль', 'эль']);

/**
 * Russian case and adjective endings, longest first. Names decline ("Сирия, Сирии, Сирию", "Захарова, Захаровой"),
 * so a light suffix strip puts the forms of one name on one key; -ов/-ев stay, as they end surnames ("Лавров").
 */
const RUSSIAN_ENDINGS = [
  'иями', 'ями', 'ами', 'ией', 'иях', 'иям', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими',
  'ия', 'ии', 'ию', 'ие', 'ой', 'ей', 'ий', 'ый', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ую', 'юю', 'ая', 'яя', 'ое', 'ее', 'ые',
  'ых', 'их', 'ым', 'им',
  'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'ь', 'о',
];
/** A stem shorter than this keeps its ending: short words are too easily confused once cut. */
const MIN_RUSSIAN_STEM = 3;

/** The Arabic definite article, alone or behind a one-letter proclitic (وال، بال، فال، كال، لل). */
const ARABIC_ARTICLE = /^(?:[وبفك]?ال|لل)(?=..)/u;
/** Proclitics glued to the next word: a conjunction (and, so), a preposition (with, for, like), or both ("وبحلب"). */
const ARABIC_PROCLITIC = /^(?:[وف][بلك]?|[بلك])(?=...)/u;

const CYRILLIC = /[\u0400-\u04ff]/u;
const ARABIC = /[\u0600-\u06ff]/u;

const tokenCache = new Map<string, string>();

/**
 * Folds one word: accents, case, apostrophes, and common romanisation alternations (ou/oo→u, ee/ei/ey→i, q→k,
 * doubled letters); Cyrillic words lose their case ending (acronyms excepted), Arabic words their diacritics,
 * tatweel, article and letter variants (أ إ آ → ا, ى → ي, ة → ه).
 */
export function foldToken(word: string): string {
  const cached = tokenCache.get(word);
  if (cached !== undefined) return cached;
  const s = ASCII_WORD.test(word) ? foldLatin(word.toLowerCase().replace(ASCII_NON_ALNUM, '')) : foldAnyScript(word);
  if (tokenCache.size < 200_000) tokenCache.set(word, s);
  return s;
}

const ASCII_WORD = /^[\x00-\x7f]*$/;
const ASCII_NON_ALNUM = /[^a-z0-9]+/g;

/** Romanisation alternations of a lower-cased Latin word (sh/ş → s, ch/ç → c, q → k, ou/oo → u, ee → i, doubled letters). */
function foldLatin(word: string): string {
  let s = word
    // Kurdish and Turkish write ş and ç where English writes sh and ch (Qamişlo = Qamishlo); accents are gone by now.
    .replace(/sh/g, 's')
    .replace(/ch/g, 'c')
    .replace(/q/g, 'k')
    .replace(/ou|oo/g, 'u')
    .replace(/ee|ei|ey|iy/g, 'i')
    .replace(/(.)\1+/g, '$1');
  if (s.length > 3) s = s.replace(/([aeiou])h$/, '$1');
  return s;
}

function foldAnyScript(word: string): string {
  // й is a letter of its own in Russian (it ends -ой/-ей/-ий), not и with an accent.
  let s = foldLetters(word, true);
  s = s.replace(/[^\p{L}\p{N}]+/gu, '');
  if (ARABIC.test(s)) s = foldArabic(s);
  return CYRILLIC.test(s) ? foldRussian(s, word) : foldLatin(s);
}

/**
 * For an Arabic word glued to a one-letter proclitic ("وحلب", "بدمشق", "للبنان"): its fold without it; otherwise null.
 * A word with the article glued on ("بالورقة") has lost its proclitic with the article already: its first letter after
 * them is the name's own (ورقة is not و + رقة).
 */
export function foldTokenWithoutProclitic(word: string): string | null {
  if (!ARABIC.test(word)) return null;
  const letters = foldArabicLetters(word.replace(/[^\p{L}]/gu, ''));
  // "للبنان": li + a name starting with lam, which the article rule read as li + al- + "بنان".
  if (letters.startsWith('لل')) return letters.length > 3 ? foldToken(letters.slice(1)) : null;
  if (GLUED_ARTICLE.test(letters)) return null;
  const folded = foldToken(word);
  const proclitic = ARABIC_PROCLITIC.exec(folded);
  return proclitic ? folded.slice(proclitic[0].length) : null;
}

/**
 * An Arabic word written with the definite article glued on, behind an optional one-letter proclitic ("السورية",
 * "والسورية"); "لل" is left out, as it is also "ل" before a name starting with "ل" ("للبنان").
 */
export function hasArabicArticle(word: string): boolean {
  return ARABIC.test(word) && GLUED_ARTICLE.test(foldArabicLetters(word.replace(/[^\p{L}]/gu, '')));
}
const GLUED_ARTICLE = /^[وبفك]?ال(?=..)/u;

function foldArabic(s: string): string {
  return foldArabicLetters(s).replace(ARABIC_ARTICLE, '');
}

function foldRussian(s: string, raw: string): string {
  const letters = raw.replace(/[^\p{L}]/gu, '');
  // ИГИЛ, МИД, ССА/САА: acronyms neither decline in writing nor lose a doubled letter, which tells them apart.
  if (letters.length >= 2 && letters === letters.toUpperCase()) return s;
  // Transcriptions double letters inconsistently (Ракка/Рака, Хмеймим/Хмеймимм).
  s = s.replace(/(.)\1+/g, '$1');
  for (const ending of RUSSIAN_ENDINGS) {
    if (s.endsWith(ending) && s.length - ending.length >= MIN_RUSSIAN_STEM) return s.slice(0, -ending.length);
  }
  return s;
}

/** True for an Arabic article token, given whether a hyphen joins it to the next word. */
export function isArticle(word: string, hyphenAfter: boolean): boolean {
  const w = word.toLowerCase();
  return FREE_ARTICLES.has(w) || (hyphenAfter && HYPHEN_ARTICLES.has(w));
}

/** Word pattern shared by name tokenising: dotted acronyms, or letters/digits with marks and inner apostrophes. */
export const NAME_WORD_RE = /(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‘ʼ`][\p{L}][\p{L}\p{M}]*)*/gu;

/** Folds a whole name to its matching key: words folded, articles and possessives dropped, joined by spaces. */
export function foldName(name: string): string {
  const cached = nameCache.get(name);
  if (cached !== undefined) return cached;
  const folded = foldNameWords(name);
  // The same names are folded many times per document (linking, variants, speakers): each is worked out once.
  if (nameCache.size >= NAME_CACHE_LIMIT) nameCache.clear();
  nameCache.set(name, folded);
  return folded;
}

const nameCache = new Map<string, string>();
// Kept small: a key cut from a paragraph keeps that paragraph alive while cached.
const NAME_CACHE_LIMIT = 20_000;

function foldNameWords(name: string): string {
  const words: string[] = [];
  for (const m of name.matchAll(NAME_WORD_RE)) {
    let w = m[0];
    const end = (m.index ?? 0) + w.length;
    if (isArticle(w, name[end] === '-')) continue;
    w = w.replace(/['’‘ʼ`]s$/i, '');
    const f = foldToken(w);
    if (f) words.push(f);
  }
  return words.join(' ');
}
