// Baseline: plain MiniSearch 7.2 over the text field, AND queries, default options; a second mode adds naive facet counting.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { SearchOptions, SearchResult } from 'minisearch';
import { containsPhrase, countFacetsNaively, matchesFilters } from './naive-facets';
import { FACET_SIZE, PAGE_SIZE } from './types';
import type { BenchEngine, BenchParagraph, BenchQuery, BuildContext, BuildReport, PersistReport } from './types';

export function createMiniSearchBaseline(): BenchEngine {
  let index: MiniSearch<{ id: number; text: string }> | null = null;
  let paragraphs: BenchParagraph[] = [];

  const run = (query: BenchQuery): SearchResult[] => {
    const hasFilters = Object.keys(query.filters).length > 0;
    const phrase = query.category === 'phrase' ? query.terms.join(' ') : null;
    const filter =
      hasFilters || phrase !== null
        ? (r: SearchResult) => {
            const p = paragraphs[r.id as number]!;
            return (!hasFilters || matchesFilters(p, query.filters)) && (phrase === null || containsPhrase(p.text, phrase));
          }
        : undefined;
    const searchOptions: SearchOptions = { combineWith: 'AND', filter };
    if (query.category === 'browse') return index!.search(MiniSearch.wildcard, searchOptions);
    if (query.category === 'prefix') searchOptions.prefix = true;
    if (query.category === 'typo') searchOptions.fuzzy = 0.2;
    return index!.search(query.terms.join(' '), searchOptions);
  };

  return {
    name: 'minisearch',
    async build(context: BuildContext): Promise<BuildReport> {
      let t = performance.now();
      paragraphs = await context.loadParagraphs();
      const load = performance.now() - t;
      t = performance.now();
      index = new MiniSearch({ fields: ['text'], searchOptions: { combineWith: 'AND' } });
      for (let i = 0; i < paragraphs.length; i++) index.add({ id: i, text: paragraphs[i]!.text });
      return { paragraphs: paragraphs.length, steps: { 'read corpus': load, index: performance.now() - t }, notes: { terms: index.termCount } };
    },
    modes: [
      {
        name: 'minisearch',
        description: 'plain MiniSearch 7.2, text only, AND, default options (prefix / fuzzy 0.2 for those categories, phrase checked per hit, filters by callback); query only',
        search: (query) => {
          const results = run(query);
          return { total: results.length, hits: Math.min(PAGE_SIZE, results.length) };
        },
      },
      {
        name: 'minisearch+facets',
        description: 'the same, then naive facet counts (a Map per facet) over every match, top 20',
        search: (query) => {
          const results = run(query);
          countFacetsNaively(paragraphs, results.map((r) => r.id as number), FACET_SIZE);
          return { total: results.length, hits: Math.min(PAGE_SIZE, results.length) };
        },
      },
    ],
    async persist(dir: string): Promise<PersistReport> {
      const t = performance.now();
      try {
        const json = JSON.stringify(index);
        await writeFile(join(dir, 'minisearch.json'), json);
        return { bytes: Buffer.byteLength(json), ms: performance.now() - t };
      } catch (err) {
        return { bytes: 0, ms: performance.now() - t, error: err instanceof Error ? err.message : String(err) };
      }
    },
  };
}
