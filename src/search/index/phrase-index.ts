// Phrase checks over the per-text sequences of phrase keys (positions of the anchor key come from the loose field).
import { NO_POSITION } from './text-segment';
import type { PhraseIndex, TextSegment } from './text-segment';

/** A phrase as vocabulary ids, with the key the check looks for first (the rarest one the text must hold). */
export interface PhraseQuery {
  keys: Uint32Array;
  anchor: number;
  /** The anchor's key, to find its first positions in the loose field (see firstPositions). */
  anchorKey: string;
}

/**
 * Whether text `id`'s phrase keys contain the phrase consecutively. The scan looks for the anchor key,
 * from its first position in the text when known (`firstAnchor`), then compares the keys around it.
 */
export function phraseHolds(index: PhraseIndex, id: number, phrase: PhraseQuery, firstAnchor = NO_POSITION): boolean {
  const { keys, anchor } = phrase;
  const start = index.offsets[id]!;
  const end = index.offsets[id + 1]!;
  const tokens = index.tokens;
  const key = keys[anchor]!;
  let last = end - (keys.length - anchor);
  let from = start + anchor;
  if (firstAnchor !== NO_POSITION) {
    const first = start + (firstAnchor >> 1);
    if (first > from) from = first;
    if ((firstAnchor & 1) === 1 && first < last) last = first; // its only occurrence: one place to look
  }
  for (let at = from; at <= last; at++) {
    if (tokens[at] !== key) continue;
    const base = at - anchor;
    let j = 0;
    while (j < keys.length && tokens[base + j] === keys[j]) j++;
    if (j === keys.length) return true;
  }
  return false;
}

/**
 * For ascending ids, the packed first position of `key` in each text (NO_POSITION when the text lacks it
 * as a content word or the index has no positions): a cursor walking the key's loose postings.
 */
export function firstPositions(segment: TextSegment, key: string): (id: number) => number {
  const field = segment.loose;
  const t = field.dict.get(key);
  const firsts = field.firsts;
  if (t === undefined || firsts === undefined) return () => NO_POSITION;
  const end = field.offsets[t + 1]!;
  let at = field.offsets[t]!;
  return (id) => {
    while (at < end && field.docs[at]! < id) at++;
    return at < end && field.docs[at] === id ? firsts[at]! : NO_POSITION;
  };
}

/**
 * Phrase keys as vocabulary ids; null when a key never occurs (the phrase cannot match). The anchor is the
 * key with the fewest texts among `required` (keys every candidate text holds), else the first key.
 */
export function phraseKeyIds(index: PhraseIndex, keys: readonly string[], rarity?: (key: string) => number): PhraseQuery | null {
  const ids = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const id = index.ids.get(keys[i]!);
    if (id === undefined) return null;
    ids[i] = id;
  }
  let anchor = 0;
  let best = Number.POSITIVE_INFINITY;
  if (rarity !== undefined) {
    keys.forEach((k, i) => {
      const r = rarity(k);
      if (r < best) {
        best = r;
        anchor = i;
      }
    });
  }
  return { keys: ids, anchor, anchorKey: keys[anchor]! };
}

// Persistence: `<prefix>.<field>.terms|offsets|docs|freqs|lengths`, plus the average lengths in meta.
