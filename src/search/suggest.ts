// Search-box completions: entity names (by paragraph count) then index words (by paragraph frequency).
import type { FacetName, Suggestion } from '../types';
import { FACET_NAMES } from '../types';
import type { FacetTables, ResolveEntities } from './entity-expansion';
import { valueFrequency } from './facets/facet-table';
import { foldWords, isStopword, translitWords } from '../text';

export interface SuggestIndex {
  /** Entity names, most paragraphs first, each with its folded word string (" word word"). */
  entities: { value: string; kind: FacetName; count: number; folded: string; translit: string }[];
  /** Exact-folded index words, sorted, with their paragraph frequencies. */
  terms: string[];
  frequencies: Uint32Array;
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
  return { entities, terms, frequencies };
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
  const push = (value: string, kind: Suggestion['kind']): void => {
    const key = foldWords(value);
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
      const e = index.entities.find((x) => x.value === s.canonical);
      if (e !== undefined && out.length < entityRoom) push(e.value, e.kind);
    }
  }
  const needle = ` ${typed}`;
  const needleTranslit = ` ${translitWords(typed)}`;
  for (const e of index.entities) {
    if (out.length >= entityRoom) break;
    if (e.folded.includes(needle) || e.translit.includes(needleTranslit)) push(e.value, e.kind);
  }
  const lastRaw = /[\p{L}\p{M}\p{N}]+$/u.exec(q.slice(0, 200));
  const last = lastRaw === null ? '' : foldWords(lastRaw[0]);
  const before = lastRaw === null ? '' : q.slice(0, lastRaw.index).trimStart();
  if (last !== '') {
    const from = lowerBound(index.terms, last);
    const matches: number[] = [];
    for (let i = from; i < index.terms.length && i < from + TERM_SCAN_LIMIT && index.terms[i]!.startsWith(last); i++) {
      if (!isStopword(index.terms[i]!)) matches.push(i);
    }
    matches.sort((a, b) => index.frequencies[b]! - index.frequencies[a]! || a - b);
    for (const i of matches) {
      if (out.length >= max) break;
      push(before + index.terms[i]!, 'term');
    }
  }
  return out;
}
