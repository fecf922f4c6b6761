// Detects a document's language (ISO 639-1) from its body text with the `eld` n-gram detector.
import { eld } from 'eld/small';

export interface LanguageOptions {
  /** Characters of body text read: the detector settles well before this, so long documents cost no more. */
  sampleChars: number;
}

export const defaultLanguageOptions: LanguageOptions = { sampleChars: 2000 };

/** ISO 639-1 code of the language `paragraphs` are written in, or null when the text gives too little to tell. */
export function detectLanguage(paragraphs: readonly string[], options: Partial<LanguageOptions> = {}): string | null {
  const sampleChars = options.sampleChars ?? defaultLanguageOptions.sampleChars;
  let sample = '';
  for (const paragraph of paragraphs) {
    if (sample.length >= sampleChars) break;
    sample += `${paragraph}\n`;
  }
  const text = sample.slice(0, sampleChars);
  if (readsAsEnglish(text)) return 'en';
  const language = eld.detect(text).language;
  return language === '' ? null : language;
}

const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'said', 'with', 'was', 'by', 'it', 'as', 'has']);
/** Words of a sample needed before function-word counts say anything. */
const MIN_SAMPLE_WORDS = 40;
/** Characters the English check reads: function-word rates settle within a few sentences. */
const ENGLISH_SAMPLE_CHARS = 1000;
const LETTER = /\p{L}/u;

/**
 * Most corpora are mostly English, where "the" alone is one word in twenty and common function words a fifth of
 * the text; no other language written in Latin letters comes near that, so such a sample needs no n-gram model.
 */
function readsAsEnglish(text: string): boolean {
  const end = Math.min(text.length, ENGLISH_SAMPLE_CHARS);
  let words = 0;
  let functionWords = 0;
  let the = 0;
  let latinLetters = 0;
  let otherLetters = 0;
  let wordStart = -1;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    const latin = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
    if (latin) {
      latinLetters++;
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (c >= 0x80 && LETTER.test(text[i]!)) otherLetters++;
    if (wordStart >= 0) {
      words++;
      // Function words are short: longer words need no lower-casing.
      if (i - wordStart <= 4) {
        const w = text.slice(wordStart, i).toLowerCase();
        if (ENGLISH_FUNCTION_WORDS.has(w)) functionWords++;
        if (w === 'the') the++;
      }
      wordStart = -1;
    }
  }
  if (words < MIN_SAMPLE_WORDS) return false;
  // Latin words must be nearly all of the text: a Russian text quoting English names is not English.
  return latinLetters >= 0.95 * (latinLetters + otherLetters) && the >= 0.03 * words && functionWords >= 0.18 * words;
}

/** "en-GB", "ru_RU", "AR" → "en", "ru", "ar"; null for anything that is not a language tag. */
export function normalizeLanguageTag(tag: string): string | null {
  const primary = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag)?.[1];
  return primary === undefined ? null : primary.toLowerCase();
}
