// Sift's own dictionary of a sharded index: facet values ⇄ ids and index words with counts, kept in the shards' `sift_dict` rows.
import type { EntityCatalog, FacetTables } from '../../search/entity-expansion';
import { buildEntityCatalog } from '../../search/entity-expansion';
import type { FacetTable } from '../../search/facets/facet-table';
import { buildSuggestIndex } from '../../search/suggest';
import type { SuggestIndex } from '../../search/suggest';
import type { FacetName } from '../../types';
import { valueId } from './ids';
import { STORED_FACETS } from './schema';

/** `v`: a facet value; `t`: an index word (folded surface form); `s`: a statistic (documents, paragraphs). */
export type EntryKind = 'v' | 't' | 's';

export interface DictionaryEntry {
  kind: EntryKind;
  facet: string;
  value: string;
  count: number;
}

export function entryKey(kind: EntryKind, facet: string, value: string): string {
  return `${kind}\u0000${facet}\u0000${value}`;
}

/** Counts summed over the shards, with the derived lookups the query side needs (rebuilt lazily after changes). */
export class Dictionary {
  private readonly entries = new Map<string, DictionaryEntry>();
  private derived: {
    values: Map<string, { facet: string; value: string }>;
    catalog: EntityCatalog;
    tables: FacetTables;
    suggest: SuggestIndex;
    byLength: Map<number, { word: string; count: number }[]>;
  } | null = null;

  /** Adds `delta` to an entry's count (entries reaching 0 are dropped). */
  add(kind: EntryKind, facet: string, value: string, delta: number): void {
    const key = entryKey(kind, facet, value);
    const entry = this.entries.get(key) ?? { kind, facet, value, count: 0 };
    entry.count += delta;
    if (entry.count <= 0) this.entries.delete(key);
    else this.entries.set(key, entry);
    this.derived = null;
  }

  clear(): void {
    this.entries.clear();
    this.derived = null;
  }

  stat(name: string): number {
    return this.entries.get(entryKey('s', '', name))?.count ?? 0;
  }

  count(facet: string, value: string): number {
    return this.entries.get(entryKey('v', facet, value))?.count ?? 0;
  }

  hasTerm(word: string): boolean {
    return this.entries.has(entryKey('t', '', word));
  }

  /** The facet value a multi-value attribute id stands for. */
  valueOf(id: string): { facet: string; value: string } | undefined {
    return this.build().values.get(id);
  }

  /** The entity catalog and per-facet value tables (every stored facet, not only entity ones). */
  catalog(): { catalog: EntityCatalog; tables: FacetTables } {
    const d = this.build();
    return { catalog: d.catalog, tables: d.tables };
  }

  suggestIndex(): SuggestIndex {
    return this.build().suggest;
  }

  /**
   * Index words within `budget` edits of a query word (the engine has no fuzzy matching of its own), most
   * frequent first: the query then asks for any of them.
   */
  typoCandidates(word: string, budget: number, limit: number): string[] {
    if (budget <= 0) return [];
    const byLength = this.build().byLength;
    const found: { word: string; count: number }[] = [];
    for (let len = word.length - budget; len <= word.length + budget; len++) {
      for (const t of byLength.get(len) ?? []) {
        if (t.word !== word && withinEdits(word, t.word, budget)) found.push(t);
      }
    }
    return found
      .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1))
      .slice(0, limit)
      .map((t) => t.word);
  }

  private build(): NonNullable<Dictionary['derived']> {
    if (this.derived !== null) return this.derived;
    const values = new Map<string, { facet: string; value: string }>();
    const perFacet = new Map<string, { value: string; count: number }[]>();
    const terms: { word: string; count: number }[] = [];
    for (const e of this.entries.values()) {
      if (e.kind === 'v') {
        values.set(String(valueId(e.facet, e.value)), { facet: e.facet, value: e.value });
        const list = perFacet.get(e.facet) ?? [];
        list.push({ value: e.value, count: e.count });
        perFacet.set(e.facet, list);
      } else if (e.kind === 't') terms.push({ word: e.value, count: e.count });
    }
    // The query-side helpers of src/search read a table's values, value → id map and (for frequencies) posting offsets.
    const tables = {} as FacetTables;
    for (const { name: facet } of STORED_FACETS) {
      const list = (perFacet.get(facet) ?? []).sort((a, b) => (a.value < b.value ? -1 : 1));
      const postingOffsets = new Uint32Array(list.length + 1);
      list.forEach((v, i) => (postingOffsets[i + 1] = postingOffsets[i]! + v.count));
      const names = list.map((v) => v.value);
      tables[facet as FacetName] = { values: names, ids: new Map(names.map((v, i) => [v, i])), postingOffsets } as unknown as FacetTable;
    }
    const byLength = new Map<number, { word: string; count: number }[]>();
    for (const t of terms) {
      const list = byLength.get(t.word.length) ?? [];
      list.push(t);
      byLength.set(t.word.length, list);
    }
    terms.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    const suggest = buildSuggestIndex(tables, terms.map((t) => t.word), Uint32Array.from(terms.map((t) => t.count)));
    this.derived = { values, catalog: buildEntityCatalog(tables), tables, suggest, byLength };
    return this.derived;
  }
}

/** Whether two words are at most `budget` insertions, deletions or substitutions apart (banded Levenshtein). */
export function withinEdits(a: string, b: string, budget: number): boolean {
  if (Math.abs(a.length - b.length) > budget) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > budget) return false;
    prev = cur;
  }
  return prev[b.length]! <= budget;
}
