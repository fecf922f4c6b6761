// MinHash signatures of a paragraph's normalised word shingles: two paragraphs' signatures agree in about the share
// of positions their shingle sets overlap (Jaccard), so near-duplicates are found without comparing texts.
import { foldWords } from '../text';

export const SHINGLE_WORDS = 3;
export const SIGNATURE_SIZE = 64;
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

/** Murmur3's finaliser: spreads every input bit over the whole word, so the per-position mixes stay independent. */
function finalMix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Word shingles of the folded text (case, diacritics and punctuation ignored) as 32-bit hashes, or null when the
 * text is too short. Each word is hashed once and a shingle's hash mixes its words' hashes: no shingle strings are
 * built, which made grouping a 100k-paragraph index cost seconds.
 */
export function shingles(text: string): Uint32Array | null {
  const words = foldWords(text).split(' ').filter((w) => w !== '');
  if (words.length < MIN_WORDS) return null;
  const hashes = words.map((w) => fnv1a(w, 0));
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i++) {
    let h = 0x9e3779b9;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = Math.imul(h ^ hashes[i + k]!, 0x01000193) >>> 0;
    out.add(finalMix(h));
  }
  return Uint32Array.from(out);
}

/** The signature: per position, the least mix of the shingle hashes. */
export function signature(shingleSet: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const base of shingleSet) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      // one hash per shingle, mixed per position (cheaper than SIGNATURE_SIZE full hashes)
      const h = finalMix(base ^ Math.imul(k + 1, 0x9e3779b1));
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
