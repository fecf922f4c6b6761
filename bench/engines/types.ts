// The common adapter interface every benchmarked engine implements, and the data it is given.
import type { FacetName } from '../../src/types';

/** One paragraph as the baselines index it: text plus ground-truth facets (generator truth, not extraction). */
export interface BenchParagraph {
  /** `docId#p-N`. */
  key: string;
  text: string;
  published: string;
  speaker: string | null;
  actors: string[];
  locations: string[];
  groups: string[];
}

export type QueryCategory = 'common' | 'rare' | 'and2' | 'and3' | 'phrase' | 'prefix' | 'typo' | 'browse';

export const QUERY_CATEGORIES: readonly QueryCategory[] = ['common', 'rare', 'and2', 'and3', 'phrase', 'prefix', 'typo', 'browse'];

export type BenchFilters = Partial<Record<FacetName, string[]>>;

export interface BenchQuery {
  id: string;
  category: QueryCategory;
  filterCount: number;
  /** Lower-cased words; for `prefix` the one prefix, for `typo` the misspelt word, for `browse` none. */
  terms: string[];
  /** The `q` a user would type into Sift (`"a b"` for a phrase, `abc*` for a prefix). */
  q: string;
  filters: BenchFilters;
}

export interface SearchOutcome {
  /** Matching paragraphs. */
  total: number;
  /** Hits returned (at most the page size). */
  hits: number;
}

export interface BuildContext {
  corpusDir: string;
  /** Scratch folder for this engine (persisted index, etc.). */
  workDir: string;
  /** Loads the corpus as baseline paragraphs; engines that read the corpus themselves never call it. */
  loadParagraphs(): Promise<BenchParagraph[]>;
}

export interface BuildReport {
  paragraphs: number;
  /** Milliseconds per named build step, in order. */
  steps: Record<string, number>;
  /** Engine-specific figures worth reporting (facet cardinalities, skipped files). */
  notes: Record<string, number | string>;
}

export interface PersistReport {
  bytes: number;
  ms: number;
  /** Where the index was written, when it is one file. */
  file?: string;
  /** Set when the engine cannot persist this index (e.g. V8's string length limit). */
  error?: string;
}

/** One way of querying a built engine (e.g. query only, or query plus facet counts); each is reported separately. */
export interface SearchMode {
  name: string;
  /** One line for the report: what this mode does per query. */
  description: string;
  /** Networked engines (the SphinxQL cluster) answer asynchronously. */
  search(query: BenchQuery): SearchOutcome | Promise<SearchOutcome>;
}

export interface BenchEngine {
  name: string;
  build(context: BuildContext): Promise<BuildReport>;
  modes: SearchMode[];
  /** Writes the built index to disk the way the engine would persist it; measured for size and time. */
  persist?(dir: string): Promise<PersistReport>;
  /** After the timed passes: figures measured outside this process (e.g. each searchd's RSS), added to the build notes. */
  finish?(): Promise<Record<string, number | string>>;
  /** Stops what the engine started (processes, connections). */
  close?(): Promise<void>;
}

export const PAGE_SIZE = 20;
export const FACET_SIZE = 10;
