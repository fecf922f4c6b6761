// MinHash signatures of a paragraph's normalised word shingles: two paragraphs' signatures agree in about the share
// of positions their shingle sets overlap (Jaccard), so near-duplicates are found without comparing texts.
import { foldWords } from '../text';

export const SHINGLE_WORDS = 3;
export const SIGNATURE_SIZE = 32;
/** Paragraphs shorter than this many words are too generic to call the same statement. */
export const MIN_WORDS = 8;

function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Word shingles of the folded text (case, diacritics and punctuation ignored), or null when the text is too short. */
export function shingles(text: string): string[] | null {
  const words = foldWords(text).split(' ').filter((w) => w !== '');
  if (words.length < MIN_WORDS) return null;
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return [...out];
}

/** The signature: per seed, the least hash over the shingles. */
export function signature(shingleSet: readonly string[]): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const sh of shingleSet) {
    const base = fnv1a(sh, 0);
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      // one hash per shingle, mixed per position (cheaper than SIGNATURE_SIZE full hashes)
      const h = Math.imul(base ^ Math.imul(k + 1, 0x9e3779b1), 0x85ebca6b) >>> 0;
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

/** Share of equal positions: an estimate of the shingle sets' Jaccard similarity. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) same++;
  return same / a.length;
}
