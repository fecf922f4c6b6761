// The MiniSearch word index over paragraphs: a loose field (stemmed, transliteration-folded) and an exact field.
import MiniSearch from 'minisearch';
import type { Options, SearchResult } from 'minisearch';
import { analyzeText } from './normalize';

/** What MiniSearch indexes per paragraph: its numeric id and text. */
interface IndexedText {
  id: number;
  text: string;
}

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

/** A paragraph matched by one query word: its score and the index terms it matched (for highlighting). */
export interface WordMatch {
  score: number;
  looseTerms: string[];
  exactTerms: string[];
}

export interface TextIndexWeights {
  exactBoost: number;
  fuzzyWeight: number;
  prefixWeight: number;
}

const LOOSE = 'text';
const EXACT = 'exact';

// analyzeText runs once per paragraph although MiniSearch asks for each field in turn.
let lastText: string | null = null;
let lastTokens: ReturnType<typeof analyzeText> = [];

function tokenizeField(text: string, field?: string): string[] {
  if (text !== lastText) {
    lastText = text;
    lastTokens = analyzeText(text);
  }
  const key = field === EXACT ? 'exact' : 'loose';
  const out: string[] = [];
  for (const t of lastTokens) if (t.content) out.push(t[key]);
  return out;
}

/** The MiniSearch options; the same ones must be used to build and to load an index. */
export function textIndexOptions(): Options<IndexedText> {
  return {
    fields: [LOOSE, EXACT],
    idField: 'id',
    extractField: (doc, field) => (field === 'id' ? (doc.id as unknown as string) : doc.text),
    tokenize: tokenizeField,
    processTerm: (term) => term,
    searchOptions: { tokenize: (s) => [s], processTerm: (t) => t, maxFuzzy: 2 },
  };
}

export function createMiniSearch(): MiniSearch<IndexedText> {
  return new MiniSearch<IndexedText>(textIndexOptions());
}

/** Adds paragraphs 0..n-1 and returns the exact-word vocabulary with paragraph frequencies (for suggestions). */
export function indexParagraphs(mini: MiniSearch<IndexedText>, texts: readonly string[]): Map<string, number> {
  const vocabulary = new Map<string, number>();
  for (let id = 0; id < texts.length; id++) {
    const text = texts[id]!;
    lastText = text;
    lastTokens = analyzeText(text);
    mini.add({ id, text });
    const seen = new Set<string>();
    for (const t of lastTokens) if (t.content && !seen.has(t.exact)) seen.add(t.exact);
    for (const term of seen) vocabulary.set(term, (vocabulary.get(term) ?? 0) + 1);
  }
  lastText = null;
  lastTokens = [];
  return vocabulary;
}

export function loadMiniSearch(json: unknown): MiniSearch<IndexedText> {
  return MiniSearch.loadJS(json as Parameters<typeof MiniSearch.loadJS>[0], textIndexOptions());
}

function addResults(
  into: Map<number, WordMatch>,
  results: SearchResult[],
  factor: number,
  key: 'looseTerms' | 'exactTerms',
): void {
  for (const r of results) {
    const id = r.id as number;
    let m = into.get(id);
    if (m === undefined) {
      m = { score: 0, looseTerms: [], exactTerms: [] };
      into.set(id, m);
    }
    m.score += r.score * factor;
    m[key] = r.terms;
  }
}

/** Paragraphs matching one word in either field; exact-field matches add `exactBoost` × their score on top. */
export function lookupWord(mini: MiniSearch<IndexedText>, word: WordLookup, weights: TextIndexWeights): Map<number, WordMatch> {
  const out = new Map<number, WordMatch>();
  const common = { weights: { fuzzy: weights.fuzzyWeight, prefix: weights.prefixWeight } };
  if (word.loose !== '') {
    const loose = mini.search(word.loose, { ...common, fields: [LOOSE], fuzzy: word.looseFuzzy || false, prefix: false });
    addResults(out, loose, 1, 'looseTerms');
  }
  if (word.exact !== '') {
    const exact = mini.search(word.exact, { ...common, fields: [EXACT], fuzzy: word.exactFuzzy || false, prefix: word.prefix });
    addResults(out, exact, weights.exactBoost, 'exactTerms');
  }
  return out;
}
