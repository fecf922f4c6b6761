// Reads the seed articles into a frequency-ranked vocabulary and a list of real word sequences.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SeedText {
  /** Lower-cased words, most frequent first (ties alphabetical). */
  vocabulary: string[];
  /** Sentences of the seeds as word lists, original case kept; phrases are drawn from these. */
  sentences: string[][];
}

const WORD = /[A-Za-z][A-Za-z]*(?:['’-][A-Za-z]+)*/g;

export function readSeedText(seedsDir: string): SeedText {
  const files = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const counts = new Map<string, number>();
  const sentences: string[][] = [];
  for (const file of files) {
    const text = readFileSync(join(seedsDir, file), 'utf8');
    for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
      const words = sentence.match(WORD)?.map((w) => w.replace(/’/g, "'")) ?? [];
      if (words.length >= 4) sentences.push(words);
      for (const w of words) {
        const lower = w.toLowerCase();
        counts.set(lower, (counts.get(lower) ?? 0) + 1);
      }
    }
  }
  const vocabulary = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w]) => w);
  return { vocabulary, sentences };
}
