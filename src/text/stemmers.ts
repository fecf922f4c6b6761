// The stemmers a language file may name: the recall key of a word in that language's script.
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { stemmer as stemPorter } from 'stemmer';
import { foldArabicLetters } from './fold';

/** Names a language file's `stemmer` field may take. */
export const STEMMER_NAMES = ['porter', 'snowball-russian', 'arabic-light'] as const;
export type StemmerName = (typeof STEMMER_NAMES)[number];

/** A stemmer sees the raw word (for letters folding would lose, as Russian й) and its folded exact key. */
export type Stemmer = (raw: string, exact: string) => string;


/** The article with an optional conjunction or preposition before it (وال، بال، فال، كال), or li + article (لل). */
const ARABIC_ARTICLE = /^(?:[وف]?[بك]?ال|لل)/u;
/** One-letter proclitics glued to a word: a conjunction (wa, fa) and/or a preposition (bi, li, ka). */
const ARABIC_PROCLITIC = /^(?:[وف][بكل]?|[بكل])/u;

/** Russian stem of a word: ё reads as е, й stays a letter of its own (NFKD would make it и). */
function russian(raw: string): string {
  const lower = raw.normalize('NFC').toLowerCase().replace(/ё/g, 'е').normalize('NFKD').replace(/и\u0306/g, 'й').replace(/\p{M}+/gu, '');
  return stemRussian(lower);
}

/** The Arabic recall key: letter variants folded, then the article (الحي → حي) or a glued proclitic (وبحلب → حلب) dropped. */
function arabicLight(_raw: string, exact: string): string {
  const word = foldArabicLetters(exact);
  const article = ARABIC_ARTICLE.exec(word);
  if (article !== null && word.length - article[0].length >= 2) return word.slice(article[0].length);
  const proclitic = ARABIC_PROCLITIC.exec(word);
  if (proclitic !== null && word.length - proclitic[0].length >= 3) return word.slice(proclitic[0].length);
  return word;
}

export const STEMMERS: Readonly<Record<StemmerName, Stemmer>> = {
  porter: (_raw, exact) => stemPorter(exact),
  'snowball-russian': (raw) => russian(raw),
  'arabic-light': arabicLight,
};

/**
 * Every recall key an Arabic word can have in the index, whether its first letter is a glued proclitic or its own.
 * arabicLight cannot tell a proclitic from a first letter (كيميائية, فصيل, بيان begin with ك، ف، ب), so the bare word
 * is keyed without that letter and the same word after the article with it (الكيميائية → كيميائيه): a query word
 * looks up both readings.
 */
export function arabicKeyReadings(exact: string): string[] {
  const word = foldArabicLetters(exact);
  const article = ARABIC_ARTICLE.exec(word);
  const base = article !== null && word.length - article[0].length >= 2 ? word.slice(article[0].length) : word;
  const proclitic = ARABIC_PROCLITIC.exec(base);
  const bare = proclitic !== null && base.length - proclitic[0].length >= 3 ? base.slice(proclitic[0].length) : null;
  return bare === null ? [base] : [base, bare];
}
