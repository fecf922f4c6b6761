// A deterministic query mix over a generated corpus: every category with zero, one and two facet filters, plus browsing.
import type { FacetName } from '../src/types';
import type { GeneratedCorpus } from './generate-corpus';
import { createRandom, deriveSeed } from './prng';
import type { Random } from './prng';
import { QUERY_CATEGORIES } from './engines/types';
import type { BenchFilters, BenchQuery, QueryCategory } from './engines/types';

export interface QueryMixOptions {
  seed: number;
  /** Queries per (category, filter count) cell; browse gets a third of that per filter count. */
  perCell: number;
  /** Filter values are drawn from this many most-mentioned entities of each facet. */
  topEntities: number;
}

export const defaultQueryMixOptions: QueryMixOptions = { seed: 1, perCell: 9, topEntities: 30 };

export type CorpusStatistics = Pick<GeneratedCorpus, 'model' | 'wordCounts' | 'phraseCounts' | 'entityCounts'>;

const FILTER_FACETS: readonly FacetName[] = ['speaker', 'actor', 'location', 'group'];
const WORD = /^[a-z]{3,}$/;

export function createQueryMix(corpus: CorpusStatistics, options: Partial<QueryMixOptions> = {}): BenchQuery[] {
  const opts: QueryMixOptions = { ...defaultQueryMixOptions, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  const random = createRandom(deriveSeed(opts.seed, 'queries'));
  const words = rankWords(corpus);
  const vocabulary = new Set(corpus.model.vocabulary);
  const pickers = createTermPickers(random, words, corpus, vocabulary);
  const filterValues = topEntityValues(corpus, opts.topEntities);

  const queries: BenchQuery[] = [];
  let facetTurn = 0;
  const filtersFor = (count: number): BenchFilters => {
    const filters: BenchFilters = {};
    for (let i = 0; i < count; i++) {
      const facet = FILTER_FACETS[facetTurn++ % FILTER_FACETS.length]!;
      filters[facet] = [random.pick(filterValues[facet])];
    }
    return filters;
  };
  for (const category of QUERY_CATEGORIES) {
    const cellSize = category === 'browse' ? Math.max(1, Math.round(opts.perCell / 3)) : opts.perCell;
    for (let filterCount = 0; filterCount <= 2; filterCount++) {
      for (let i = 0; i < cellSize; i++) {
        const terms = category === 'browse' ? [] : pickers[category]();
        queries.push({
          id: `${category}-f${filterCount}-${i + 1}`,
          category,
          filterCount,
          terms,
          q: toUserQuery(category, terms),
          filters: filtersFor(filterCount),
        });
      }
    }
  }
  return queries;
}

/** What a user types: words separated by spaces, a phrase in double quotes, a prefix as the bare start of a word. */
export function toUserQuery(category: QueryCategory, terms: string[]): string {
  if (category === 'phrase') return `"${terms.join(' ')}"`;
  return terms.join(' ');
}

interface RankedWord {
  word: string;
  count: number;
}

/** Query-worthy words (alphabetic, 3+ letters, not stopwords), most frequent first. */
function rankWords(corpus: CorpusStatistics): RankedWord[] {
  const stop = new Set(corpus.model.stopwords);
  return corpus.model.vocabulary
    .map((word, rank) => ({ word, count: corpus.wordCounts[rank] ?? 0 }))
    .filter((w) => w.count > 0 && WORD.test(w.word) && !stop.has(w.word))
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));
}

function createTermPickers(random: Random, words: RankedWord[], corpus: CorpusStatistics, vocabulary: Set<string>): Record<Exclude<QueryCategory, 'browse'>, () => string[]> {
  if (words.length < 50) throw new Error(`the corpus has only ${words.length} query-worthy words; generate a larger one`);
  const band = (from: number, to: number) => words.slice(Math.min(from, words.length - 1), Math.max(Math.min(to, words.length), from + 1));
  const common = band(0, 40);
  const rare = words.filter((w) => w.count >= 2 && w.count <= 20);
  const rarePool = rare.length >= 10 ? rare : words.slice(-50);
  const mid = band(20, 600);
  const upper = band(0, 200);
  const longWords = band(0, 3000).filter((w) => w.word.length >= 7);
  const typoSource = band(100, 3000).filter((w) => w.word.length >= 6);
  const stop = new Set(corpus.model.stopwords);
  // Phrases the generator actually wrote (seed word sequences), with at least one content word.
  const phrases = corpus.phraseCounts
    .filter(([phrase, count]) => count >= 3 && phrase.split(' ').every((w) => /^[a-z]+$/.test(w)) && phrase.split(' ').some((w) => w.length >= 3 && !stop.has(w)))
    .slice(0, 200)
    .map(([phrase]) => phrase.split(' '));
  const distinct = (pool: RankedWord[], n: number): string[] => {
    const picked = new Set<string>();
    while (picked.size < Math.min(n, pool.length)) picked.add(random.pick(pool).word);
    return [...picked];
  };
  return {
    common: () => [random.pick(common).word],
    rare: () => [random.pick(rarePool).word],
    and2: () => {
      const first = random.pick(upper).word;
      let second = random.pick(mid).word;
      while (second === first) second = random.pick(mid).word;
      return [first, second];
    },
    and3: () => distinct(band(0, 150), 3),
    phrase: () => (phrases.length > 0 ? random.pick(phrases) : distinct(common, 2)),
    prefix: () => {
      const word = random.pick(longWords.length > 0 ? longWords : common).word;
      return [word.slice(0, random.int(4, 5))];
    },
    typo: () => {
      for (let attempt = 0; attempt < 100; attempt++) {
        const word = random.pick(typoSource.length > 0 ? typoSource : common).word;
        const typo = misspell(random, word);
        if (!vocabulary.has(typo)) return [typo];
      }
      throw new Error('cannot find a misspelling outside the vocabulary');
    },
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One edit inside the word (substitute, drop or swap neighbours); the first and last letters stay. */
export function misspell(random: Random, word: string): string {
  const at = random.int(1, word.length - 2);
  const edit = random.int(0, 2);
  if (edit === 1) return word.slice(0, at) + word.slice(at + 1);
  if (edit === 2 && at + 1 < word.length - 1 && word[at] !== word[at + 1]) {
    return word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2);
  }
  let letter = random.pick([...LETTERS]);
  while (letter === word[at]) letter = random.pick([...LETTERS]);
  return word.slice(0, at) + letter + word.slice(at + 1);
}

/** The most mentioned entities of each facet, gazetteer names preferred: the extractor reports those exactly as written. */
function topEntityValues(corpus: CorpusStatistics, top: number): Record<FacetName, string[]> {
  const { model, entityCounts } = corpus;
  const pick = (pool: string[], counts: number[], preferred: string[]) => {
    const ranked = pool
      .map((value, i) => ({ value, count: counts[i] ?? 0 }))
      .filter((e) => e.count > 0)
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    const safe = new Set(preferred);
    const preferredRanked = ranked.filter((e) => safe.has(e.value));
    return (preferredRanked.length >= 5 ? preferredRanked : ranked).slice(0, top).map((e) => e.value);
  };
  const values = {
    speaker: pick(model.speakers, entityCounts.speakers, model.gazetteerValues.speakers),
    actor: pick(model.actors, entityCounts.actors, model.gazetteerValues.actors),
    location: pick(model.places, entityCounts.places, model.gazetteerValues.places),
    group: pick(model.groups, entityCounts.groups, model.gazetteerValues.groups),
  };
  for (const [facet, list] of Object.entries(values)) {
    if (list.length === 0) throw new Error(`the corpus mentions no ${facet}; cannot build filtered queries`);
  }
  return values;
}
