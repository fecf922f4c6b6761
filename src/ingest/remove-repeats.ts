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
  return unique
    .filter(({ text, key }, i) => {
      if (countWords(text) < minContainedWords) return true;
      // A standfirst sits near the paragraph it repeats; the window keeps huge inputs linear.
      const near = unique.slice(Math.max(0, i - CONTAINMENT_WINDOW), i + CONTAINMENT_WINDOW + 1);
      return !near.some((other) => other.key.length > key.length && other.key.includes(key));
    })
    .map(({ text }) => text);
}
