// An immutable word index over numbered texts: MiniSearch's SearchableMap as the term dictionary, postings in CSR typed arrays.
// This module holds the shapes; segment-builder.ts builds them, word-postings.ts and phrase-index.ts query them.
import SearchableMap from 'minisearch/SearchableMap';

/*
 * Why not a MiniSearch instance: MiniSearch scores and sorts every match of a query in Maps of objects
 * (132 ms p50 at 1M paragraphs) and its JSON form outgrows V8's string limit. Its dictionary is the part
 * worth keeping: `SearchableMap` (public export, minisearch ≥ 6; used here through `get`, `atPrefix`,
 * `fuzzyGet` and `set` only) maps each term to an id. Postings are ours: per field, term id → ascending
 * paragraph ids and term frequencies (CSR). Scores follow MiniSearch 7.2's BM25+ exactly (same k, b, d,
 * same field length = distinct terms, same running average, same prefix/fuzzy weights), so rankings do
 * not move. A later live-corpus delta segment can be a real MiniSearch instance answering the same
 * `lookupWord` contract over ids above this segment's, with a tombstone bitmap masking replaced ids here.
 */

/** One word of a query, already normalised, with how loosely it may match. */
export interface WordLookup {
  exact: string;
  loose: string;
  /** Levenshtein budget on the exact key and on the loose key (0 = none). */
  exactFuzzy: number;
  looseFuzzy: number;
  /** Prefix match on the exact key (the word being typed). */
  prefix: boolean;
}

export interface TextIndexWeights {
  exactBoost: number;
  fuzzyWeight: number;
  prefixWeight: number;
}

/** The texts matching one query word: ascending ids with their scores, and the index terms it expanded to. */
export interface WordPostings {
  ids: Uint32Array;
  scores: Float64Array;
  /** Loose-field and exact-field terms the word matched (itself, its prefix and typo variants), for highlighting. */
  looseTerms: Set<string>;
  exactTerms: Set<string>;
}

/** One field: sorted terms (id = position), their dictionary, and postings in CSR layout. */
export interface FieldIndex {
  terms: string[];
  dict: SearchableMap<number>;
  /** Term t's postings are docs/freqs[offsets[t] .. offsets[t+1]). */
  offsets: Uint32Array;
  docs: Uint32Array;
  /** Term frequency in the text (clamped at 65535). */
  freqs: Uint16Array;
  /** Per text: distinct terms (MiniSearch's field length). */
  lengths: Uint32Array;
  /**
   * Loose field only: per posting, where the term first occurs in the text's phrase-key sequence and
   * whether only there (see encodeFirst), so a phrase check looks there instead of scanning the whole text.
   */
  firsts?: Uint16Array;
  /** MiniSearch's running average of `lengths`, reproduced bit for bit. */
  avgLength: number;
}

export interface TextSegment {
  size: number;
  loose: FieldIndex;
  exact: FieldIndex;
}

/** Per text, the sequence of phrase keys as ids (see `phraseKeys` in normalize.ts), for phrase checks without the text. */
export interface PhraseIndex {
  ids: Map<string, number>;
  terms: string[];
  offsets: Uint32Array;
  tokens: Uint32Array | Uint16Array;
}

/**
 * Where a key first occurs in a text's phrase keys, packed in 16 bits: position × 2, plus 1 when it is
 * the key's only occurrence there; NO_POSITION when unknown (position past 32766).
 */
export const NO_POSITION = 0xffff;

export function encodeFirst(position: number, once: boolean): number {
  return position > 0x7ffe ? NO_POSITION : (position << 1) | (once ? 1 : 0);
}

/** The Arabic article is no phrase key: `al` before a word is skipped in phrase keys and their positions. */
export const ARTICLE = 'al';

/** Expected totals, to size the build buffers once (a guess: they still grow past it). */
export interface SizeHint {
  texts: number;
  tokens: number;
  postings: number;
}

/** A size hint from the texts' total length (about 6.5 characters per word, 85% of words distinct in their text). */
export function sizeHintFor(texts: number, characters: number): SizeHint {
  const tokens = Math.ceil(characters / 6.5);
  return { texts, tokens, postings: Math.ceil(tokens * 0.85) };
}

export function buildDictionary(terms: readonly string[]): SearchableMap<number> {
  const dict = new SearchableMap<number>();
  for (let i = 0; i < terms.length; i++) dict.set(terms[i]!, i);
  return dict;
}

/** Number of texts holding term id t. */
export function documentFrequency(field: FieldIndex, t: number): number {
  return field.offsets[t + 1]! - field.offsets[t]!;
}
