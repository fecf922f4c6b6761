// Search-box completions: entity names (by paragraph count) then index words (by paragraph frequency).
import type { FacetName, Suggestion } from '../types';
import { FACET_NAMES } from '../types';
import type { FacetTables, ResolveEntities } from './entity-expansion';
import { valueFrequency } from './facets/facet-table';
import { foldWords, isStopword, translitWords } from '../text';

export interface SuggestIndex {
  /** Entity names, most paragraphs first, each with its folded word string (" word word"). */
  entities: { value: string; kind: FacetName; count: number; folded: string; translit: string }[];
  /** Where a typed text can start inside the entities' names, folded and transliteration-folded (see NameStarts). */
  foldedStarts: NameStarts;
  translitStarts: NameStarts;
  /** Position of each entity by its value (the resolver names entities by value). */
  entityAt: Map<string, number>;
  /** Exact-folded index words, sorted, with their paragraph frequencies. */
  terms: string[];
  frequencies: Uint32Array;
  /** 1 where the term is a stop word (never completed); computed once instead of per completion. */
  stopwords: Uint8Array;
}

/**
 * Every word-start suffix of the entities' names (" maria zakharova" → "maria zakharova", "zakharova"), sorted, with
 * its entity's position: "a name has a word starting with the typed text" becomes a binary search and a range instead
 * of a substring test of every name (5,856 names at 100k: that scan was a third of an uncached search's CPU, run for
 * each word of the query by did_you_mean).
 */
export interface NameStarts {
  keys: string[];
  entity: Uint32Array;
}

export function nameStarts(names: readonly string[]): NameStarts {
  const pairs: { key: string; entity: number }[] = [];
  names.forEach((name, entity) => {
    for (let p = name.indexOf(' '); p >= 0; p = name.indexOf(' ', p + 1)) pairs.push({ key: name.slice(p + 1), entity });
  });
  pairs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.entity - b.entity));
  return { keys: pairs.map((x) => x.key), entity: Uint32Array.from(pairs, (x) => x.entity) };
}

/** Entities with a name word (or run of words) starting with `typed`, appended to `out`. */
function entitiesStarting(starts: NameStarts, typed: string, out: number[]): void {
  for (let i = lowerBound(starts.keys, typed); i < starts.keys.length && starts.keys[i]!.startsWith(typed); i++) out.push(starts.entity[i]!);
}

/**
 * Positions (ascending, each once) of the names containing " typed" in either form, i.e. what testing
 * `folded.includes(' ' + typed) || translit.includes(' ' + translitTyped)` on every entity would find.
 */
export function entitiesContaining(folded: NameStarts, translit: NameStarts, typed: string, translitTyped: string): Uint32Array {
  const found: number[] = [];
  entitiesStarting(folded, typed, found);
  entitiesStarting(translit, translitTyped, found);
  const sorted = Uint32Array.from(found).sort();
  let n = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[n++] = sorted[k]!;
  return sorted.subarray(0, n);
}

export const MAX_SUGGESTIONS = 50;

export function buildSuggestIndex(tables: FacetTables, terms: string[], frequencies: Uint32Array): SuggestIndex {
  const best = new Map<string, { value: string; kind: FacetName; count: number }>();
  for (const kind of FACET_NAMES) {
    const table = tables[kind];
    table.values.forEach((value, id) => {
      const count = valueFrequency(table, id);
      const seen = best.get(value);
      if (seen === undefined || count > seen.count) best.set(value, { value, kind, count });
    });
  }
  const entities = [...best.values()]
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
    .map((e) => {
      const folded = foldWords(e.value);
      return { ...e, folded: ` ${folded}`, translit: ` ${translitWords(folded)}` };
    });
  const foldedStarts = nameStarts(entities.map((e) => e.folded));
  const translitStarts = nameStarts(entities.map((e) => e.translit));
  const entityAt = new Map(entities.map((e, i) => [e.value, i]));
  const stopwords = Uint8Array.from(terms, (t) => (isStopword(t) ? 1 : 0));
  return { entities, entityAt, foldedStarts, translitStarts, terms, frequencies, stopwords };
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const TERM_SCAN_LIMIT = 5000;

/**
 * Completions for what has been typed: entities whose name has a word starting with the typed text
 * (folded, transliteration-tolerant), entities the resolver names (aliases), then words completing
 * the last typed word (returned with the words typed before it).
 */
export function suggestCompletions(
  index: SuggestIndex,
  q: string,
  limit: number,
  resolve: ResolveEntities | undefined,
): Suggestion[] {
  const max = Math.max(0, Math.min(MAX_SUGGESTIONS, Math.floor(limit)));
  const typed = foldWords(q.slice(0, 200));
  if (typed === '' || max === 0) return [];
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  // `key` is foldWords(value), known already for entities
  const push = (value: string, kind: Suggestion['kind'], key = foldWords(value)): void => {
    if (seen.has(key) || out.length >= max) return;
    seen.add(key);
    out.push({ value, kind });
  };
  const entityRoom = Math.max(1, max - Math.min(2, Math.floor(max / 3)));
  if (resolve !== undefined) {
    let spans: ReturnType<ResolveEntities> = [];
    try {
      spans = resolve(q.slice(0, 200));
    } catch {
      spans = [];
    }
    for (const s of spans) {
      const at = index.entityAt.get(s.canonical);
      const e = at === undefined ? undefined : index.entities[at]!;
      if (e !== undefined && out.length < entityRoom) push(e.value, e.kind, e.folded.slice(1));
    }
  }
  if (out.length < entityRoom) {
    // the names containing " typed" (or its transliteration), in the entities' order (most paragraphs first)
    const order = entitiesContaining(index.foldedStarts, index.translitStarts, typed, translitWords(typed));
    for (let k = 0; k < order.length && out.length < entityRoom; k++) {
      const e = index.entities[order[k]!]!;
      push(e.value, e.kind, e.folded.slice(1));
    }
  }
  const lastRaw = /[\p{L}\p{M}\p{N}]+$/u.exec(q.slice(0, 200));
  const last = lastRaw === null ? '' : foldWords(lastRaw[0]);
  const before = lastRaw === null ? '' : q.slice(0, lastRaw.index).trimStart();
  if (last !== '') {
    const from = lowerBound(index.terms, last);
    const matches: number[] = [];
    for (let i = from; i < index.terms.length && i < from + TERM_SCAN_LIMIT && index.terms[i]!.startsWith(last); i++) {
      if (index.stopwords[i] === 0) matches.push(i);
    }
    // Only the best few are shown: select them, and sort every match only if pushes skipped as duplicates use them up.
    const want = max - out.length + seen.size;
    const best = matches.length > 4 * want ? mostFrequent(matches, index.frequencies, want) : null;
    const ranked = best ?? matches.sort(byFrequency(index.frequencies));
    let k = 0;
    for (; k < ranked.length && out.length < max; k++) push(before + index.terms[ranked[k]!]!, 'term');
    if (best !== null && out.length < max) {
      const all = matches.sort(byFrequency(index.frequencies));
      for (; k < all.length && out.length < max; k++) push(before + index.terms[all[k]!]!, 'term');
    }
  }
  return out;
}

/** Most paragraphs first, then index order. */
function byFrequency(frequencies: Uint32Array): (a: number, b: number) => number {
  return (a, b) => frequencies[b]! - frequencies[a]! || a - b;
}

/** The first `want` of `ascending` (term positions, ascending) in `byFrequency` order, by bounded insertion. */
function mostFrequent(ascending: readonly number[], frequencies: Uint32Array, want: number): number[] {
  const best: number[] = [];
  for (const t of ascending) {
    const f = frequencies[t]!;
    // a later position loses a tie, so it needs a strictly higher frequency than the last kept
    if (best.length === want && f <= frequencies[best[want - 1]!]!) continue;
    let at = best.length;
    while (at > 0 && frequencies[best[at - 1]!]! < f) at--;
    best.splice(at, 0, t);
    if (best.length > want) best.pop();
  }
  return best;
}
