// Edits to the query text when a suggestion is picked.
import { foldText } from './fold';

/**
 * Replaces the word being typed with a picked term suggestion; a suggestion that already
 * repeats the words typed before it (`shelling ale` → `shelling aleppo`) replaces the whole query.
 */
export function applyTermSuggestion(q: string, suggestion: string): string {
  const head = q.replace(/[^\s"]*$/, '');
  const typedBefore = foldText(head).trim();
  const repeatsHead = typedBefore !== '' && foldText(suggestion).startsWith(typedBefore);
  return repeatsHead || typedBefore === '' ? `${suggestion.trimEnd()} ` : `${head}${suggestion.trimEnd()} `;
}

/** Removes the trailing words that were a prefix of an entity picked as a filter (`shelling sheikh maq` → `shelling`). */
export function removeEntityFragment(q: string, entity: string): string {
  const entityWords = foldText(entity).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const words = q.trimEnd().split(/\s+/).filter(Boolean);
  while (words.length > 0) {
    const word = foldText(words[words.length - 1] ?? '').replace(/[^\p{L}\p{N}]/gu, '');
    if (word === '' || !entityWords.some((w) => w.startsWith(word))) break;
    words.pop();
  }
  return words.join(' ');
}
