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
  const language = eld.detect(sample.slice(0, sampleChars)).language;
  return language === '' ? null : language;
}

/** "en-GB", "ru_RU", "AR" → "en", "ru", "ar"; null for anything that is not a language tag. */
export function normalizeLanguageTag(tag: string): string | null {
  const primary = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag)?.[1];
  return primary === undefined ? null : primary.toLowerCase();
}
