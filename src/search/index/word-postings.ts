// One query word against a text segment: its term expansions (exact, prefix, typo), every text it matches with
// MiniSearch's BM25+ scores (materialize), or the score of one text (probe).
import { documentFrequency } from './text-segment';
import type { FieldIndex, TextIndexWeights, TextSegment, WordLookup, WordPostings } from './text-segment';

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export interface Derived {
  field: FieldIndex;
  term: string;
  id: number;
  weight: number;
  /** BM25 idf of the term in its segment (set by resolveWord, so probes do not take a logarithm each). */
  idf: number;
  /** The field's per-text length parts (see normsOf), set with idf. */
  norms: Float64Array;
  /**
   * Where `probeWord` last left off in the term's postings: probes come in ascending ids (a driver's list,
   * a filter's paragraphs), so each one gallops on from there instead of searching the whole list.
   */
  hint?: number;
}

const NO_NORMS = new Float64Array(0);

/** The terms a query key expands to in one field, weighted as MiniSearch's executeQuerySpec weighs them. */
function expandKey(field: FieldIndex, key: string, fuzzy: number, prefix: boolean, weights: TextIndexWeights): Derived[] {
  const out: Derived[] = [];
  const own = field.dict.get(key);
  if (own !== undefined) out.push({ field, term: key, id: own, weight: 1, idf: 0, norms: NO_NORMS });
  const fuzzyMatches = fuzzy > 0 ? field.dict.fuzzyGet(key, fuzzy) : undefined;
  if (prefix) {
    for (const [term, id] of field.dict.atPrefix(key)) {
      const distance = term.length - key.length;
      if (!distance) continue;
      fuzzyMatches?.delete(term);
      out.push({ field, term, id, weight: (weights.prefixWeight * term.length) / (term.length + 0.3 * distance), idf: 0, norms: NO_NORMS });
    }
  }
  if (fuzzyMatches !== undefined) {
    for (const [term, [id, distance]] of fuzzyMatches) {
      if (!distance) continue;
      out.push({ field, term, id, weight: (weights.fuzzyWeight * term.length) / (term.length + distance), idf: 0, norms: NO_NORMS });
    }
  }
  return out;
}

/** Expansions kept per field: the dictionary never changes, and typo search over it is a tenth of an uncached answer. */
const EXPANSIONS_KEPT = 4096;
const expansions = new WeakMap<FieldIndex, Map<string, Derived[]>>();

/** `expandKey`, remembered per field (least recently used dropped); each caller gets its own copies (probes keep a cursor). */
function deriveTerms(field: FieldIndex, key: string, fuzzy: number, prefix: boolean, weights: TextIndexWeights, out: Derived[]): void {
  let kept = expansions.get(field);
  if (kept === undefined) {
    kept = new Map();
    expansions.set(field, kept);
  }
  const id = `${fuzzy}\u0000${prefix ? 1 : 0}\u0000${weights.prefixWeight}\u0000${weights.fuzzyWeight}\u0000${key}`;
  let found = kept.get(id);
  if (found === undefined) {
    found = expandKey(field, key, fuzzy, prefix, weights);
    if (kept.size >= EXPANSIONS_KEPT) kept.delete(kept.keys().next().value!);
  } else kept.delete(id);
  kept.set(id, found);
  for (const d of found) out.push({ field: d.field, term: d.term, id: d.id, weight: d.weight, idf: 0, norms: NO_NORMS });
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
  for (const d of loose) {
    d.idf = bm25(d.field, segment.size, d.id).idf;
    d.norms = normsOf(d.field);
    estimate += documentFrequency(d.field, d.id);
  }
  for (const d of exact) {
    d.idf = bm25(d.field, segment.size, d.id).idf;
    d.norms = normsOf(d.field);
    estimate += documentFrequency(d.field, d.id);
  }
  return {
    loose,
    exact,
    looseTerms: new Set(loose.map((d) => d.term)),
    exactTerms: new Set(exact.map((d) => d.term)),
    estimate,
    exactBoost: weights.exactBoost,
  };
}

/**
 * Per text of a field, BM25's length part `k × (1 − b + b × length / average)`, computed once per field: a posting's
 * score then reads one number instead of the text's length and the average, with the same operations in the same
 * order as before, so every score stays bit for bit what MiniSearch gives.
 */
const lengthNorms = new WeakMap<FieldIndex, Float64Array>();

function normsOf(field: FieldIndex): Float64Array {
  let norms = lengthNorms.get(field);
  if (norms === undefined) {
    norms = new Float64Array(field.lengths.length);
    for (let t = 0; t < norms.length; t++) norms[t] = BM25.k * (1 - BM25.b + (BM25.b * field.lengths[t]!) / field.avgLength);
    lengthNorms.set(field, norms);
  }
  return norms;
}

function postingScore(field: FieldIndex, norms: Float64Array, idf: number, i: number): number {
  return scoreOf(field.freqs[i]!, norms[field.docs[i]!]!, idf);
}

/** BM25+ of one posting from its term frequency and its text's length part (`postingScore` when the text is known). */
function scoreOf(tf: number, norm: number, idf: number): number {
  return idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm));
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
    const norms = normsOf(d.field);
    for (let i = start; i < end; i++) scores[i - start] = 0 + d.weight * postingScore(d.field, norms, idf, i) * factor;
    return { ids: d.field.docs.subarray(start, end), scores, looseTerms, exactTerms };
  }
  if (loose.length + exact.length <= MERGE_MAX_TERMS) return mergeWord(segment, q);
  const s = scratchFor(segment);
  const generation = s.next();
  const accumulate = (list: Derived[], acc: Float64Array, other: Float64Array): void => {
    for (const d of list) {
      const { idf, start, end } = bm25(d.field, size, d.id);
      const docs = d.field.docs;
      const norms = normsOf(d.field);
      for (let i = start; i < end; i++) {
        const id = docs[i]!;
        if (s.stamp[id] !== generation) {
          s.stamp[id] = generation;
          acc[id] = 0;
          other[id] = 0;
          s.touch(id);
        }
        acc[id]! += d.weight * postingScore(d.field, norms, idf, i);
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

/**
 * `materializeWord` for a few expansions: a k-way merge of their postings, same sums in the same order. Each term's
 * next id sits in `heads` (NO_TEXT once done), so finding the smallest reads one small array, not k postings lists.
 */
function mergeWord(segment: TextSegment, q: WordQuery): WordPostings {
  if (q.loose.length + q.exact.length === 2) return mergeTwo(q);
  const terms = [...q.loose, ...q.exact];
  const k = terms.length;
  const looseCount = q.loose.length;
  const at = new Uint32Array(k);
  const ends = new Uint32Array(k);
  const heads = new Float64Array(k);
  let total = 0;
  for (let j = 0; j < k; j++) {
    const d = terms[j]!;
    const { start, end } = bm25(d.field, segment.size, d.id);
    at[j] = start;
    ends[j] = end;
    heads[j] = start < end ? d.field.docs[start]! : NO_TEXT;
    total += end - start;
  }
  const ids = new Uint32Array(total);
  const scores = new Float64Array(total);
  let count = 0;
  for (;;) {
    let id = NO_TEXT;
    for (let j = 0; j < k; j++) if (heads[j]! < id) id = heads[j]!;
    if (id === NO_TEXT) break;
    let looseScore = 0;
    let exactScore = 0;
    for (let j = 0; j < k; j++) {
      if (heads[j] !== id) continue;
      const i = at[j]!;
      const d = terms[j]!;
      const score = d.weight * scoreOf(d.field.freqs[i]!, d.norms[id]!, d.idf);
      if (j < looseCount) looseScore += score;
      else exactScore += score;
      at[j] = i + 1;
      heads[j] = i + 1 < ends[j]! ? d.field.docs[i + 1]! : NO_TEXT;
    }
    ids[count] = id;
    scores[count++] = 0 + looseScore + exactScore * q.exactBoost;
  }
  return { ids: ids.subarray(0, count), scores: scores.subarray(0, count), looseTerms: q.looseTerms, exactTerms: q.exactTerms };
}

const NO_TEXT = 0xffffffff;

/**
 * `mergeWord` for two expansions (a plain word: its loose and its exact term), the commonest case: one two-pointer
 * pass with no per-text loop over the terms. Same sums in the same order, so the same scores bit for bit.
 */
function mergeTwo(q: WordQuery): WordPostings {
  const a = (q.loose[0] ?? q.exact[0])!;
  const b = (q.exact[q.exact.length - 1] ?? q.loose[1])!;
  const aLoose = q.loose.length > 0;
  const bLoose = q.loose.length === 2;
  const boost = q.exactBoost;
  const aDocs = a.field.docs;
  const bDocs = b.field.docs;
  const aNorms = a.norms;
  const bNorms = b.norms;
  let i = a.field.offsets[a.id]!;
  let j = b.field.offsets[b.id]!;
  const aEnd = a.field.offsets[a.id + 1]!;
  const bEnd = b.field.offsets[b.id + 1]!;
  const ids = new Uint32Array(aEnd - i + (bEnd - j));
  const scores = new Float64Array(ids.length);
  let count = 0;
  while (i < aEnd || j < bEnd) {
    const x = i < aEnd ? aDocs[i]! : NO_TEXT;
    const y = j < bEnd ? bDocs[j]! : NO_TEXT;
    let looseScore = 0;
    let exactScore = 0;
    if (x <= y) {
      const score = a.weight * postingScore(a.field, aNorms, a.idf, i++);
      if (aLoose) looseScore += score;
      else exactScore += score;
    }
    if (y <= x) {
      const score = b.weight * postingScore(b.field, bNorms, b.idf, j++);
      if (bLoose) looseScore += score;
      else exactScore += score;
    }
    ids[count] = x <= y ? x : y;
    scores[count++] = 0 + looseScore + exactScore * boost;
  }
  return { ids: ids.subarray(0, count), scores: scores.subarray(0, count), looseTerms: q.looseTerms, exactTerms: q.exactTerms };
}

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
    looseScore += d.weight * postingScore(d.field, d.norms, d.idf, i);
    found = true;
  }
  for (const d of q.exact) {
    const i = seekPosting(d, d.field.offsets[d.id]!, d.field.offsets[d.id + 1]!, id);
    if (i < 0) continue;
    exactScore += d.weight * postingScore(d.field, d.norms, d.idf, i);
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
