// The live corpus's delta segment: new and changed documents' paragraphs in a MiniSearch index (add / replace / discard), answering word lookups as the main segment does.
import MiniSearch from 'minisearch';
import type { IndexedDocument } from '../../types';
import type { AnalyzedToken } from '../../text';
import { analyzeText, phraseKeys } from '../../text';
import type { ScoredIds } from '../execute/sorted-ids';
import type { TextIndexWeights, WordLookup } from '../index/text-segment';

/*
 * Why MiniSearch here and typed arrays in the main segment: the delta changes while serving (a file edited,
 * added, deleted) and stays small (compaction rebuilds the main segment past a threshold), so an index that
 * adds, replaces and discards documents in place is worth more than compact postings. Paragraphs are keyed
 * `<doc id>\0<position>`: a document edited in place replaces the paragraphs it keeps, adds the new ones and
 * discards the ones it lost. Numeric paragraph ids (after the main segment's) are assigned by `number`,
 * once per change, in document order; queries map MiniSearch's keys to them.
 */

interface DeltaEntry {
  id: string;
  loose: string;
  exact: string;
}

/** A query word's matches in the delta: ascending paragraph ids, scores, and the index terms it matched. */
export interface DeltaPostings extends ScoredIds {
  looseTerms: Set<string>;
  exactTerms: Set<string>;
}

const KEY_SEPARATOR = '\u0000';

function createIndex(): MiniSearch<DeltaEntry> {
  return new MiniSearch<DeltaEntry>({
    fields: ['loose', 'exact'],
    // Fields hold space-joined keys already normalised by analyzeText; queries are one key each.
    tokenize: (text) => (text === '' ? [] : text.split(' ')),
    processTerm: (term) => (term === '' ? null : term),
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
  });
}

function entryOf(id: string, tokens: readonly AnalyzedToken[]): DeltaEntry {
  const loose: string[] = [];
  const exact: string[] = [];
  for (const t of tokens) {
    if (!t.content) continue;
    loose.push(t.loose);
    exact.push(t.exact);
  }
  return { id, loose: loose.join(' '), exact: exact.join(' ') };
}

function paragraphKey(docId: string, position: number): string {
  return `${docId}${KEY_SEPARATOR}${position}`;
}

export class DeltaSegment {
  private readonly paragraphs = createIndex();
  private readonly titles = createIndex();
  /** Delta documents by id, in the order they were first added. */
  private readonly docs = new Map<string, IndexedDocument>();
  private pidOf = new Map<string, number>();
  private docOf = new Map<string, number>();
  private phrases: string[][] = [];
  private base = 0;

  get size(): number {
    return this.docs.size;
  }

  get paragraphCount(): number {
    let n = 0;
    for (const d of this.docs.values()) n += d.paragraphs.length;
    return n;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  documents(): IndexedDocument[] {
    return [...this.docs.values()];
  }

  /** Adds a document or replaces the delta's version of it. */
  upsert(doc: IndexedDocument): void {
    const before = this.docs.get(doc.id)?.paragraphs.length ?? 0;
    doc.paragraphs.forEach((p, i) => {
      const entry = entryOf(paragraphKey(doc.id, i), analyzeText(p.text));
      if (i < before) this.paragraphs.replace(entry);
      else this.paragraphs.add(entry);
    });
    for (let i = doc.paragraphs.length; i < before; i++) this.paragraphs.discard(paragraphKey(doc.id, i));
    const title = entryOf(doc.id, analyzeText(doc.title ?? ''));
    if (this.docs.has(doc.id)) this.titles.replace(title);
    else this.titles.add(title);
    this.docs.set(doc.id, doc);
  }

  /** Drops a document from the delta (no-op when it is not there). */
  remove(id: string): void {
    const doc = this.docs.get(id);
    if (doc === undefined) return;
    for (let i = 0; i < doc.paragraphs.length; i++) this.paragraphs.discard(paragraphKey(id, i));
    this.titles.discard(id);
    this.docs.delete(id);
  }

  /** Assigns paragraph ids from `firstParagraph` and document indexes from `firstDocument`, in document order. */
  number(firstParagraph: number, firstDocument: number): void {
    this.base = firstParagraph;
    this.pidOf = new Map();
    this.docOf = new Map();
    this.phrases = [];
    let pid = firstParagraph;
    let d = firstDocument;
    for (const doc of this.docs.values()) {
      this.docOf.set(doc.id, d++);
      doc.paragraphs.forEach((p, i) => {
        this.pidOf.set(paragraphKey(doc.id, i), pid++);
        this.phrases.push(phraseKeys(analyzeText(p.text)));
      });
    }
  }

  /** Paragraphs matching one query word: loose score + exactBoost × exact score, as the main segment combines them. */
  lookup(word: WordLookup, weights: TextIndexWeights): DeltaPostings {
    return combine(this.paragraphs, this.pidOf, word, weights);
  }

  /** Delta documents whose title matches one query word, by document index. */
  lookupTitle(word: WordLookup, weights: TextIndexWeights): DeltaPostings {
    return combine(this.titles, this.docOf, word, weights);
  }

  /** Whether delta paragraph `pid` holds the phrase keys consecutively. */
  phraseHolds(pid: number, keys: readonly string[]): boolean {
    const own = this.phrases[pid - this.base];
    if (own === undefined || keys.length === 0) return false;
    outer: for (let i = 0; i + keys.length <= own.length; i++) {
      for (let j = 0; j < keys.length; j++) if (own[i + j] !== keys[j]) continue outer;
      return true;
    }
    return false;
  }
}

function combine(index: MiniSearch<DeltaEntry>, ids: Map<string, number>, word: WordLookup, weights: TextIndexWeights): DeltaPostings {
  const scores = new Map<number, number>();
  const looseTerms = new Set<string>();
  const exactTerms = new Set<string>();
  const run = (field: 'loose' | 'exact', key: string, fuzzy: number, prefix: boolean, factor: number, terms: Set<string>): void => {
    if (key === '') return;
    const results = index.search(key, {
      fields: [field],
      prefix,
      fuzzy: fuzzy > 0 ? fuzzy : false,
      weights: { fuzzy: weights.fuzzyWeight, prefix: weights.prefixWeight },
      combineWith: 'OR',
    });
    for (const r of results) {
      const id = ids.get(r.id as string);
      if (id === undefined) continue;
      scores.set(id, (scores.get(id) ?? 0) + r.score * factor);
      for (const term of r.terms) terms.add(term);
    }
  };
  run('loose', word.loose, word.looseFuzzy, false, 1, looseTerms);
  run('exact', word.exact, word.exactFuzzy, word.prefix, weights.exactBoost, exactTerms);
  const sorted = [...scores.keys()].sort((a, b) => a - b);
  return {
    ids: Uint32Array.from(sorted),
    scores: Float64Array.from(sorted, (id) => scores.get(id)!),
    looseTerms,
    exactTerms,
  };
}
