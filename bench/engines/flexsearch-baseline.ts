// Baseline: FlexSearch 0.8 Index (forward tokenizer so prefixes match), AND across words; a second mode adds naive facet counting.
import { Index } from 'flexsearch';
import type { Id } from 'flexsearch';
import { containsPhrase, countFacetsNaively, matchesFilters } from './naive-facets';
import { FACET_SIZE, PAGE_SIZE } from './types';
import type { BenchEngine, BenchParagraph, BenchQuery, BuildContext, BuildReport, SearchOutcome } from './types';

export function createFlexSearchBaseline(): BenchEngine {
  let index: Index | null = null;
  let paragraphs: BenchParagraph[] = [];
  let allIds: number[] = [];

  // FlexSearch returns at most `limit` ids; filtering or counting facets needs every match, so the limit is the corpus size then.
  const matches = (query: BenchQuery, needAll: boolean): number[] => {
    const hasFilters = Object.keys(query.filters).length > 0;
    const phrase = query.category === 'phrase' ? query.terms.join(' ') : null;
    let ids =
      query.category === 'browse'
        ? allIds
        : (index!.search(query.terms.join(' '), { limit: needAll || hasFilters || phrase !== null ? paragraphs.length : PAGE_SIZE }) as Id[] as number[]);
    if (hasFilters || phrase !== null) {
      ids = ids.filter((id) => {
        const p = paragraphs[id]!;
        return (!hasFilters || matchesFilters(p, query.filters)) && (phrase === null || containsPhrase(p.text, phrase));
      });
    }
    return ids;
  };
  const outcome = (ids: number[]): SearchOutcome => ({ total: ids.length, hits: Math.min(PAGE_SIZE, ids.length) });

  return {
    name: 'flexsearch',
    async build(context: BuildContext): Promise<BuildReport> {
      let t = performance.now();
      paragraphs = await context.loadParagraphs();
      const load = performance.now() - t;
      t = performance.now();
      index = new Index({ tokenize: 'forward' });
      for (let i = 0; i < paragraphs.length; i++) index.add(i, paragraphs[i]!.text);
      allIds = paragraphs.map((_, i) => i);
      return { paragraphs: paragraphs.length, steps: { 'read corpus': load, index: performance.now() - t }, notes: {} };
    },
    modes: [
      {
        name: 'flexsearch',
        description: 'FlexSearch 0.8 Index (tokenize forward), AND, limit 20 (every match when filtering or checking a phrase); query only; no typo tolerance',
        search: (query) => outcome(matches(query, false)),
      },
      {
        name: 'flexsearch+facets',
        description: 'the same with every match, then naive facet counts over all of them, top 20',
        search: (query) => {
          const ids = matches(query, true);
          countFacetsNaively(paragraphs, ids, FACET_SIZE);
          return outcome(ids);
        },
      },
    ],
  };
}
