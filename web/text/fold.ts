// Case- and diacritic-insensitive folding that keeps a map back to the original offsets.
import CYRILLIC_LATIN from './data/cyrillic-latin.json';

export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

export interface FoldedText {
  folded: string;
  /** `origin[i]` is the offset in the original text of folded character i; one extra entry for the end. */
  origin: number[];
}

export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = foldText(char);
    for (let i = 0; i < piece.length; i++) origin.push(offset);
    folded += piece;
    offset += char.length;
  }
  origin.push(offset);
  return { folded, origin };
}

export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

const CYRILLIC: Readonly<Record<string, string>> = CYRILLIC_LATIN;

/**
 * Folds case, diacritics and Cyrillic script onto plain Latin letters, so a facet filter box finds
 * "Aleppo" from "алеппо" or "Zakharova" from "захарова" (a reader's transliteration, not a standard one).
 */
export function foldScript(text: string): string {
  let out = '';
  for (const char of foldText(text)) out += CYRILLIC[char] ?? char;
  return out;
}
