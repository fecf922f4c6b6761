// An immutable word index over numbered texts: MiniSearch's SearchableMap as the term dictionary, postings in CSR typed arrays.
import SearchableMap from 'minisearch/SearchableMap';
import type { AnalyzedToken } from '../text';
import { fromSection, requireSection, sectionToStrings, stringsToSection, toSection } from './binary-sections';
import type { Sections } from './binary-sections';
import { GrowableArray } from './growable-array';

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

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/**
 * Where a key first occurs in a text's phrase keys, packed in 16 bits: position × 2, plus 1 when it is
 * the key's only occurrence there; NO_POSITION when unknown (position past 32766).
 */
export const NO_POSITION = 0xffff;

function encodeFirst(position: number, once: boolean): number {
  return position > 0x7ffe ? NO_POSITION : (position << 1) | (once ? 1 : 0);
}
const ARTICLE = 'al';

class FieldBuilder {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly postTerms: GrowableArray<Uint32ArrayConstructor>;
  private readonly postFreqs: GrowableArray<Uint16ArrayConstructor>;
  private readonly docStarts: GrowableArray<Uint32ArrayConstructor>;
  private readonly lengths: GrowableArray<Uint32ArrayConstructor>;
  private tf = new Uint32Array(1 << 12);
  private first = new Uint16Array(1 << 12);
  private readonly touched: number[] = [];
  private readonly postFirsts: GrowableArray<Uint16ArrayConstructor> | null;
  private avg = 0;

  constructor(withPositions: boolean, expected: SizeHint) {
    // Sized from the expected totals: doubling multi-hundred-MB buffers costs copies and full GCs.
    const postings = Math.max(1 << 12, expected.postings);
    const texts = Math.max(1 << 10, expected.texts + 1);
    this.postTerms = new GrowableArray(Uint32Array, postings);
    this.postFreqs = new GrowableArray(Uint16Array, postings);
    this.postFirsts = withPositions ? new GrowableArray(Uint16Array, postings) : null;
    this.docStarts = new GrowableArray(Uint32Array, texts);
    this.lengths = new GrowableArray(Uint32Array, texts);
  }

  /** Adds the next text's terms; `positions[i]` is where keys[i] first occurs in its phrase keys (with positions only). */
  add(keys: readonly string[], positions?: readonly number[]): void {
    const count = this.lengths.length;
    this.docStarts.push(this.postTerms.length);
    let empty = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key === '') {
        empty = 1; // counted in the field length but never indexed, as MiniSearch does
        continue;
      }
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.terms.length;
        this.ids.set(key, id);
        this.terms.push(key);
        if (id >= this.tf.length) {
          const next = new Uint32Array(this.tf.length * 2);
          next.set(this.tf);
          this.tf = next;
          const firsts = new Uint16Array(this.first.length * 2);
          firsts.set(this.first);
          this.first = firsts;
        }
      }
      if (this.tf[id] === 0) {
        this.touched.push(id);
        this.first[id] = positions === undefined ? NO_POSITION : positions[i]!;
      }
      this.tf[id]! += 1;
    }
    for (const id of this.touched) {
      this.postTerms.push(id);
      this.postFreqs.push(Math.min(this.tf[id]!, 0xffff));
      this.postFirsts?.push(this.first[id]!);
      this.tf[id] = 0;
    }
    const length = this.touched.length + empty;
    this.touched.length = 0;
    this.lengths.push(length);
    this.avg = (this.avg * count + length) / (count + 1);
  }

  finish(): FieldIndex {
    const order = this.terms.map((_, i) => i).sort((a, b) => (this.terms[a]! < this.terms[b]! ? -1 : 1));
    const rank = new Uint32Array(order.length);
    order.forEach((id, r) => (rank[id] = r));
    const terms = order.map((id) => this.terms[id]!);
    const total = this.postTerms.length;
    const offsets = new Uint32Array(terms.length + 1);
    for (let i = 0; i < total; i++) offsets[rank[this.postTerms.get(i)]! + 1]! += 1;
    for (let t = 0; t < terms.length; t++) offsets[t + 1]! += offsets[t]!;
    const cursor = offsets.slice(0, terms.length);
    const docs = new Uint32Array(total);
    const freqs = new Uint16Array(total);
    const firsts = this.postFirsts === null ? undefined : new Uint16Array(total);
    const n = this.lengths.length;
    for (let d = 0; d < n; d++) {
      const end = d + 1 < n ? this.docStarts.get(d + 1) : total;
      for (let i = this.docStarts.get(d); i < end; i++) {
        const at = cursor[rank[this.postTerms.get(i)]!]!++;
        docs[at] = d;
        freqs[at] = this.postFreqs.get(i);
        if (firsts !== undefined) firsts[at] = this.postFirsts!.get(i);
      }
    }
    const field: FieldIndex = { terms, dict: buildDictionary(terms), offsets, docs, freqs, lengths: this.lengths.toArray(), avgLength: this.avg };
    if (firsts !== undefined) field.firsts = firsts;
    return field;
  }
}

class PhraseBuilder {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly offsets: GrowableArray<Uint32ArrayConstructor>;
  private readonly tokens: GrowableArray<Uint32ArrayConstructor>;

  constructor(expected: SizeHint) {
    this.offsets = new GrowableArray(Uint32Array, Math.max(1 << 10, expected.texts + 1));
    this.tokens = new GrowableArray(Uint32Array, Math.max(1 << 12, expected.tokens));
  }

  add(tokens: readonly AnalyzedToken[]): void {
    this.offsets.push(this.tokens.length);
    for (const t of tokens) {
      if (t.loose === ARTICLE) continue;
      let id = this.ids.get(t.loose);
      if (id === undefined) {
        id = this.terms.length;
        this.ids.set(t.loose, id);
        this.terms.push(t.loose);
      }
      this.tokens.push(id);
    }
  }

  finish(): PhraseIndex {
    this.offsets.push(this.tokens.length);
    const raw = this.tokens.toArray();
    const tokens = this.terms.length <= 0x10000 ? Uint16Array.from(raw) : raw;
    return { ids: this.ids, terms: this.terms, offsets: this.offsets.toArray(), tokens };
  }
}

/** Builds a segment from texts added in id order (0, 1, …), optionally with the phrase index. */
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

export class TextSegmentBuilder {
  private readonly loose: FieldBuilder;
  private readonly exact: FieldBuilder;
  private readonly phrases: PhraseBuilder | null;
  private count = 0;
  private readonly looseKeys: string[] = [];
  private readonly exactKeys: string[] = [];
  private readonly positions: number[] = [];
  private readonly firstAt = new Map<string, number>();

  constructor(withPhrases: boolean, expected: SizeHint = { texts: 0, tokens: 0, postings: 0 }) {
    this.phrases = withPhrases ? new PhraseBuilder(expected) : null;
    this.loose = new FieldBuilder(withPhrases, expected);
    this.exact = new FieldBuilder(false, expected);
  }

  add(tokens: readonly AnalyzedToken[]): void {
    this.looseKeys.length = 0;
    this.exactKeys.length = 0;
    this.positions.length = 0;
    this.firstAt.clear();
    if (this.phrases !== null) {
      // Positions count phrase keys (articles are not phrase keys); any token, content or not, can be part of a phrase.
      let position = 0;
      for (const t of tokens) {
        if (t.loose === ARTICLE) continue;
        const seen = this.firstAt.get(t.loose);
        this.firstAt.set(t.loose, seen === undefined ? encodeFirst(position, true) : seen === NO_POSITION ? seen : seen & ~1);
        position++;
      }
    }
    for (const t of tokens) {
      if (!t.content) continue;
      this.looseKeys.push(t.loose);
      this.exactKeys.push(t.exact);
      this.positions.push(this.firstAt.get(t.loose) ?? NO_POSITION);
    }
    this.loose.add(this.looseKeys, this.phrases !== null ? this.positions : undefined);
    this.exact.add(this.exactKeys);
    this.phrases?.add(tokens);
    this.count++;
  }

  finish(): { segment: TextSegment; phrases: PhraseIndex | null } {
    return {
      segment: { size: this.count, loose: this.loose.finish(), exact: this.exact.finish() },
      phrases: this.phrases?.finish() ?? null,
    };
  }
}

function buildDictionary(terms: readonly string[]): SearchableMap<number> {
  const dict = new SearchableMap<number>();
  for (let i = 0; i < terms.length; i++) dict.set(terms[i]!, i);
  return dict;
}

/** Number of texts holding term id t. */
export function documentFrequency(field: FieldIndex, t: number): number {
  return field.offsets[t + 1]! - field.offsets[t]!;
}

export interface Derived {
  field: FieldIndex;
  term: string;
  id: number;
  weight: number;
  /**
   * Where `probeWord` last left off in the term's postings: probes come in ascending ids (a driver's list,
   * a filter's paragraphs), so each one gallops on from there instead of searching the whole list.
   */
  hint?: number;
}

/** The terms a query key expands to in one field, weighted as MiniSearch's executeQuerySpec weighs them. */
function deriveTerms(field: FieldIndex, key: string, fuzzy: number, prefix: boolean, weights: TextIndexWeights, out: Derived[]): void {
  const own = field.dict.get(key);
  if (own !== undefined) out.push({ field, term: key, id: own, weight: 1 });
  const fuzzyMatches = fuzzy > 0 ? field.dict.fuzzyGet(key, fuzzy) : undefined;
  if (prefix) {
    for (const [term, id] of field.dict.atPrefix(key)) {
      const distance = term.length - key.length;
      if (!distance) continue;
      fuzzyMatches?.delete(term);
      out.push({ field, term, id, weight: (weights.prefixWeight * term.length) / (term.length + 0.3 * distance) });
    }
  }
  if (fuzzyMatches !== undefined) {
    for (const [term, [id, distance]] of fuzzyMatches) {
      if (!distance) continue;
      out.push({ field, term, id, weight: (weights.fuzzyWeight * term.length) / (term.length + distance) });
    }
  }
}

/** Reusable per-segment accumulators so a query allocates nothing proportional to the corpus. */
class Scratch {
  readonly loose: Float64Array;
  readonly exact: Float64Array;
  readonly stamp: Uint32Array;
  generation = 0;
  touched = new Uint32Array(1024);
  count = 0;

  constructor(size: number) {
    this.loose = new Float64Array(size);
    this.exact = new Float64Array(size);
    this.stamp = new Uint32Array(size);
  }

  next(): number {
    if (++this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    this.count = 0;
    return this.generation;
  }

  touch(id: number): void {
    if (this.count === this.touched.length) {
      const grown = new Uint32Array(this.touched.length * 2);
      grown.set(this.touched);
      this.touched = grown;
    }
    this.touched[this.count++] = id;
  }
}

const scratches = new WeakMap<TextSegment, Scratch>();

function scratchFor(segment: TextSegment): Scratch {
  let s = scratches.get(segment);
  if (s === undefined) {
    s = new Scratch(segment.size);
    scratches.set(segment, s);
  }
  return s;
}

function bm25(field: FieldIndex, size: number, t: number): { idf: number; start: number; end: number } {
  const start = field.offsets[t]!;
  const end = field.offsets[t + 1]!;
  const df = end - start;
  return { idf: Math.log(1 + (size - df + 0.5) / (df + 0.5)), start, end };
}

/** Ascending ids touched in this generation: a scan when they are many, a sort when few. */
function collectTouched(s: Scratch, size: number, generation: number): Uint32Array {
  if (s.count > size >> 5) {
    const out = new Uint32Array(s.count);
    let k = 0;
    for (let id = 0; id < size; id++) if (s.stamp[id] === generation) out[k++] = id;
    return out;
  }
  return s.touched.slice(0, s.count).sort();
}

const EMPTY_IDS = new Uint32Array(0);
const EMPTY_SCORES = new Float64Array(0);

/** A query word resolved against a segment's dictionaries: the terms it expands to, per field, with their weights. */
export interface WordQuery {
  loose: Derived[];
  exact: Derived[];
  looseTerms: Set<string>;
  exactTerms: Set<string>;
  /** Upper bound of the texts it matches (sum of its terms' document frequencies). */
  estimate: number;
  exactBoost: number;
}

export function resolveWord(segment: TextSegment, word: WordLookup, weights: TextIndexWeights): WordQuery {
  const loose: Derived[] = [];
  const exact: Derived[] = [];
  if (word.loose !== '') deriveTerms(segment.loose, word.loose, word.looseFuzzy, false, weights, loose);
  if (word.exact !== '') deriveTerms(segment.exact, word.exact, word.exactFuzzy, word.prefix, weights, exact);
  let estimate = 0;
  for (const d of loose) estimate += documentFrequency(d.field, d.id);
  for (const d of exact) estimate += documentFrequency(d.field, d.id);
  return {
    loose,
    exact,
    looseTerms: new Set(loose.map((d) => d.term)),
    exactTerms: new Set(exact.map((d) => d.term)),
    estimate,
    exactBoost: weights.exactBoost,
  };
}

function postingScore(field: FieldIndex, idf: number, i: number): number {
  const tf = field.freqs[i]!;
  return idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * field.lengths[field.docs[i]!]!) / field.avgLength)));
}

/**
 * Texts matching one word in either field. Score = loose-field score + exactBoost × exact-field score,
 * each the sum over the terms the key expands to of weight × BM25+ — MiniSearch's `search` with
 * `fields: [field]`, one query term, and the same fuzzy/prefix options.
 */
export function materializeWord(segment: TextSegment, q: WordQuery): WordPostings {
  const { loose, exact, looseTerms, exactTerms } = q;
  const size = segment.size;
  if (loose.length + exact.length === 0) return { ids: EMPTY_IDS, scores: EMPTY_SCORES, looseTerms, exactTerms };
  if (loose.length + exact.length === 1) {
    const d = (loose[0] ?? exact[0])!;
    const factor = loose.length === 1 ? 1 : q.exactBoost;
    const { idf, start, end } = bm25(d.field, size, d.id);
    const scores = new Float64Array(end - start);
    for (let i = start; i < end; i++) scores[i - start] = 0 + d.weight * postingScore(d.field, idf, i) * factor;
    return { ids: d.field.docs.subarray(start, end), scores, looseTerms, exactTerms };
  }
  if (loose.length + exact.length <= MERGE_MAX_TERMS) return mergeWord(segment, q);
  const s = scratchFor(segment);
  const generation = s.next();
  const accumulate = (list: Derived[], acc: Float64Array, other: Float64Array): void => {
    for (const d of list) {
      const { idf, start, end } = bm25(d.field, size, d.id);
      const docs = d.field.docs;
      for (let i = start; i < end; i++) {
        const id = docs[i]!;
        if (s.stamp[id] !== generation) {
          s.stamp[id] = generation;
          acc[id] = 0;
          other[id] = 0;
          s.touch(id);
        }
        acc[id]! += d.weight * postingScore(d.field, idf, i);
      }
    }
  };
  accumulate(loose, s.loose, s.exact);
  accumulate(exact, s.exact, s.loose);
  const ids = collectTouched(s, size, generation);
  const scores = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    scores[i] = 0 + s.loose[id]! + s.exact[id]! * q.exactBoost;
  }
  return { ids, scores, looseTerms, exactTerms };
}

/** Up to this many expansions, a word's postings are merged (sequential reads) rather than accumulated per text. */
const MERGE_MAX_TERMS = 4;

/** `materializeWord` for a few expansions: a k-way merge of their postings, same sums in the same order. */
function mergeWord(segment: TextSegment, q: WordQuery): WordPostings {
  const terms = [...q.loose, ...q.exact];
  const k = terms.length;
  const looseCount = q.loose.length;
  const at = new Uint32Array(k);
  const ends = new Uint32Array(k);
  const idfs = new Float64Array(k);
  let total = 0;
  for (let j = 0; j < k; j++) {
    const d = terms[j]!;
    const { idf, start, end } = bm25(d.field, segment.size, d.id);
    at[j] = start;
    ends[j] = end;
    idfs[j] = idf;
    total += end - start;
  }
  const ids = new Uint32Array(total);
  const scores = new Float64Array(total);
  let count = 0;
  for (;;) {
    let id = NO_TEXT;
    for (let j = 0; j < k; j++) {
      if (at[j]! < ends[j]!) {
        const v = terms[j]!.field.docs[at[j]!]!;
        if (v < id) id = v;
      }
    }
    if (id === NO_TEXT) break;
    let looseScore = 0;
    let exactScore = 0;
    for (let j = 0; j < k; j++) {
      const i = at[j]!;
      const d = terms[j]!;
      if (i >= ends[j]! || d.field.docs[i] !== id) continue;
      const score = d.weight * postingScore(d.field, idfs[j]!, i);
      if (j < looseCount) looseScore += score;
      else exactScore += score;
      at[j] = i + 1;
    }
    ids[count] = id;
    scores[count++] = 0 + looseScore + exactScore * q.exactBoost;
  }
  return { ids: ids.subarray(0, count), scores: scores.subarray(0, count), looseTerms: q.looseTerms, exactTerms: q.exactTerms };
}

const NO_TEXT = 0xffffffff;

/** Position of `id` in docs[start, end), or -1. */
function findPosting(docs: Uint32Array, start: number, end: number, id: number): number {
  let lo = start;
  let hi = end - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = docs[mid]!;
    if (v < id) lo = mid + 1;
    else if (v > id) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Position of `id` in the derived term's postings, or -1: galloping from the last probe's place when it lies ahead. */
function seekPosting(d: Derived, start: number, end: number, id: number): number {
  const docs = d.field.docs;
  let lo = d.hint ?? start;
  if (lo < start || lo >= end || docs[lo]! > id) lo = start;
  // Every posting before lo is below id.
  let hi = lo;
  let step = 1;
  while (hi < end && docs[hi]! < id) {
    lo = hi + 1;
    hi = lo + step;
    step *= 2;
  }
  const at = findPosting(docs, lo, Math.min(hi + 1, end), id);
  d.hint = at < 0 ? lo : at;
  return at;
}

/** The score `materializeWord` gives text `id` (same arithmetic, same order), or NaN when the word does not match it. */
export function probeWord(segment: TextSegment, q: WordQuery, id: number): number {
  let looseScore = 0;
  let exactScore = 0;
  let found = false;
  for (const d of q.loose) {
    const i = seekPosting(d, d.field.offsets[d.id]!, d.field.offsets[d.id + 1]!, id);
    if (i < 0) continue;
    looseScore += d.weight * postingScore(d.field, bm25(d.field, segment.size, d.id).idf, i);
    found = true;
  }
  for (const d of q.exact) {
    const i = seekPosting(d, d.field.offsets[d.id]!, d.field.offsets[d.id + 1]!, id);
    if (i < 0) continue;
    exactScore += d.weight * postingScore(d.field, bm25(d.field, segment.size, d.id).idf, i);
    found = true;
  }
  if (!found) return Number.NaN;
  if (q.loose.length + q.exact.length === 1) return 0 + (q.loose.length === 1 ? looseScore * 1 : exactScore * q.exactBoost);
  return 0 + looseScore + exactScore * q.exactBoost;
}

/** `materializeWord(resolveWord(…))`: every text matching one word, ascending, with scores. */
export function lookupWord(segment: TextSegment, word: WordLookup, weights: TextIndexWeights): WordPostings {
  return materializeWord(segment, resolveWord(segment, word, weights));
}

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

export interface SegmentMeta {
  size: number;
  avgLength: { loose: number; exact: number };
}

export function segmentToSections(segment: TextSegment, prefix: string, out: Sections): SegmentMeta {
  for (const name of ['loose', 'exact'] as const) {
    const f = segment[name];
    out[`${prefix}.${name}.terms`] = stringsToSection(f.terms);
    out[`${prefix}.${name}.offsets`] = toSection(f.offsets);
    out[`${prefix}.${name}.docs`] = toSection(f.docs);
    out[`${prefix}.${name}.freqs`] = toSection(f.freqs);
    out[`${prefix}.${name}.lengths`] = toSection(f.lengths);
    if (f.firsts !== undefined) out[`${prefix}.${name}.firsts`] = toSection(f.firsts);
  }
  return { size: segment.size, avgLength: { loose: segment.loose.avgLength, exact: segment.exact.avgLength } };
}

export function segmentFromSections(sections: Sections, prefix: string, meta: SegmentMeta): TextSegment {
  const field = (name: 'loose' | 'exact'): FieldIndex => {
    const key = `${prefix}.${name}`;
    const terms = sectionToStrings(requireSection(sections, `${key}.terms`));
    const offsets = fromSection(Uint32Array, requireSection(sections, `${key}.offsets`), `${key}.offsets`);
    const docs = fromSection(Uint32Array, requireSection(sections, `${key}.docs`), `${key}.docs`);
    const freqs = fromSection(Uint16Array, requireSection(sections, `${key}.freqs`), `${key}.freqs`);
    const lengths = fromSection(Uint32Array, requireSection(sections, `${key}.lengths`), `${key}.lengths`);
    if (offsets.length !== terms.length + 1 || docs.length !== freqs.length || offsets[terms.length] !== docs.length || lengths.length !== meta.size) {
      throw new Error(`section ${key} is inconsistent`);
    }
    const out: FieldIndex = { terms, dict: buildDictionary(terms), offsets, docs, freqs, lengths, avgLength: meta.avgLength[name] };
    const firsts = sections[`${key}.firsts`];
    if (firsts !== undefined) {
      out.firsts = fromSection(Uint16Array, firsts, `${key}.firsts`);
      if (out.firsts.length !== docs.length) throw new Error(`section ${key}.firsts is inconsistent`);
    }
    return out;
  };
  return { size: meta.size, loose: field('loose'), exact: field('exact') };
}

export function phrasesToSections(index: PhraseIndex, out: Sections): void {
  out['phrase.terms'] = stringsToSection(index.terms);
  out['phrase.offsets'] = toSection(index.offsets);
  out[index.tokens instanceof Uint16Array ? 'phrase.tokens16' : 'phrase.tokens32'] = toSection(index.tokens);
}

export function phrasesFromSections(sections: Sections, size: number): PhraseIndex {
  const terms = sectionToStrings(requireSection(sections, 'phrase.terms'));
  const offsets = fromSection(Uint32Array, requireSection(sections, 'phrase.offsets'), 'phrase.offsets');
  const tokens =
    sections['phrase.tokens16'] !== undefined
      ? fromSection(Uint16Array, sections['phrase.tokens16'], 'phrase.tokens16')
      : fromSection(Uint32Array, requireSection(sections, 'phrase.tokens32'), 'phrase.tokens32');
  if (offsets.length !== size + 1 || offsets[size] !== tokens.length) throw new Error('section phrase.offsets is inconsistent');
  const ids = new Map<string, number>();
  terms.forEach((t, i) => ids.set(t, i));
  return { ids, terms, offsets, tokens };
}
