// Drops blocks that repeat, exactly or nearly, a block of the same document.
import { countWords, toComparisonKey } from './text-normalize';

const CONTAINMENT_WINDOW = 50;

/**
 * Keeps the first of each near-exact repeat (case, quotes, punctuation folded), and drops a block of at
 * least `minContainedWords` words whose text is wholly contained in a longer block (a standfirst or
 * pull-quote repeated by the body).
 */
export function removeRepeats(blocks: readonly string[], minContainedWords: number): string[] {
  const seen = new Set<string>();
  const unique: { text: string; key: string }[] = [];
  for (const text of blocks) {
    const key = toComparisonKey(text);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    unique.push({ text, key: ` ${key} ` });
  }
  const kept: string[] = [];
  for (let i = 0; i < unique.length; i++) {
    const { text, key } = unique[i]!;
    if (countWords(text, minContainedWords) < minContainedWords || !isContainedNearby(unique, i, key)) kept.push(text);
  }
  return kept;
}

/** A standfirst sits near the paragraph it repeats; the window keeps huge inputs linear. */
function isContainedNearby(unique: readonly { key: string }[], i: number, key: string): boolean {
  const last = Math.min(unique.length - 1, i + CONTAINMENT_WINDOW);
  for (let j = Math.max(0, i - CONTAINMENT_WINDOW); j <= last; j++) {
    const other = unique[j]!.key;
    if (other.length > key.length && other.includes(key)) return true;
  }
  return false;
}
