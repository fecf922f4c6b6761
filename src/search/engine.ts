// The search engine: builds (or loads) the word index and facet tables once, then answers search/suggest.
//
// How a query stays fast at a million paragraphs (the why; MiniSearch alone scores and sorts every match):
// - words resolve to terms through MiniSearch's SearchableMap (exact, prefix, typo) and postings are typed
//   arrays (text-segment.ts), scored with MiniSearch's own BM25+ so rankings are unchanged;
// - an AND of units materializes only its rarest unit and probes the others for those paragraphs;
//   partial matches (relaxed results, page backfill) are computed only when the page needs them, and from the
//   facet filters' paragraphs when those are fewer;
// - with facet filters, only paragraphs failing at most one filter count anywhere: full and partial matches are
//   looked for among the two narrowest filters' paragraphs (one filter: the paragraphs with a value in its facet),
//   by probing each unit when those are few, else by materializing and keeping them (a lone phrase is checked
//   there only); failure masks walk the filters' postings beside the ascending candidates;
// - a word with a few expansions merges their postings; probes of ascending ids gallop from the last position;
// - facet counts are one pass over a merged CSR column; browsing counts are precomputed; the page is a
//   bounded top-k; texts are decoded and snippets built for the page's hits only (gazetteer spans cached per paragraph);
// - a small LRU cache answers repeated requests (paging back, facet clicks).
// Live corpus: the engine talks to the word index through resolve / materialize / probe (below); a MiniSearch-backed
// delta segment (delta-segment.ts: add/replace/discard) answers them for paragraph ids after the main segment's,
// a tombstone bitmap over the main segment hides replaced/deleted paragraphs in `candidates`, facet columns are
// re-derived over both (engine-state.ts overlayState), and the result cache is cleared on each change. With no
// change applied, the delta is null and every call goes straight to the main segment.
import { SiftError } from '../errors';
import { FACET_NAMES } from '../types';
import type {
  FacetCounts,
  FacetName,
  IndexedDocument,
  SearchEngine,
  SearchHit,
  SearchParams,
  SearchResponse,
  Suggestion,
} from '../types';
import { sectionsFromBase64, sectionsToBase64 } from './binary-sections';
import { DeltaSegment } from './delta-segment';
import type { DeltaPostings } from './delta-segment';
import type { Sections } from './binary-sections';
import { parseDaySpan } from './date-range';
import type { ResolveEntities } from './entity-expansion';
import { entityPostings, findQueryEntities, resolveFilterValues } from './entity-expansion';
import type { EngineState, StateMeta } from './engine-state';
import { buildEngineState, createEngineStateBuilder, deserializeState, documentAt, overlayState, paragraphAt, serializeState, speakerAt, STATE_FORMAT, STATE_FORMAT_VERSION } from './engine-state';
import type { FacetTable } from './facets';
import { countAllValues, hasAnyValue, topValues } from './facets';
import { resolveLanguageValues } from './languages';
import type { AnalyzedToken } from '../text';
import { analyzeText, phraseKeys } from '../text';
import { attributionSpans } from './attribution-marks';
import { parseQuery } from './query-parser';
import { ResultCache } from './result-cache';
import type { MarkSpan } from './snippet';
import { buildSnippet } from './snippet';
import { indexOfId, intersectIds, unionAddBonus, unionIds, unionKeepFirst } from './sorted-ids';
import type { ScoredIds } from './sorted-ids';
import { suggestCompletions } from './suggest';
import type { SynonymAlternative, SynonymTable } from './synonyms';
import { loadSynonyms } from './synonyms';
import { documentFrequency, firstPositions, lookupWord, materializeWord, phraseHolds, phraseKeyIds, probeWord, resolveWord } from './text-segment';
import type { PhraseQuery, TextIndexWeights, WordLookup, WordPostings, WordQuery } from './text-segment';
import { selectTopIndices } from './top-k';

export interface EngineOptions {
  /** Finds entity names (any alias or spelling) in a text; wired to the gazetteer matcher. */
  resolveEntities?: ResolveEntities;
  /** Words in a snippet window. */
  snippetWords: number;
  /** Query parts beyond this many are ignored (bounds the work per request). */
  maxClauses: number;
  /** The word being typed gets prefix matching from this many letters. */
  minPrefixLength: number;
  /** Extra weight of an exact-spelling match on top of its loose (stemmed/folded) match. */
  exactBoost: number;
  fuzzyWeight: number;
  prefixWeight: number;
  /** Weight of a paragraph carrying a named entity in its facets, per word of the name. */
  entityBoost: number;
  /** Weight of the document title matching the query words. */
  titleBoost: number;
  /** Multiplier of a phrase's word scores when the phrase is found. */
  phraseBoost: number;
  /** Query-word expansions (data/synonyms.json by default). */
  synonyms?: SynonymTable;
  /** Entities a named entity also stands for in a query (wired to the gazetteer's relations). */
  relatedEntities?: (canonical: string) => string[];
  /** Weight of a related entity's paragraphs against the named entity's own. */
  relatedWeight: number;
  /** Responses kept for repeated requests (paging back, facet clicks); 0 turns the cache off. */
  cacheSize: number;
}

export const defaultEngineOptions: EngineOptions = {
  snippetWords: 40,
  maxClauses: 32,
  minPrefixLength: 3,
  exactBoost: 1,
  fuzzyWeight: 0.45,
  prefixWeight: 0.375,
  entityBoost: 1.5,
  titleBoost: 0.25,
  phraseBoost: 1.5,
  relatedWeight: 0.4,
  cacheSize: 256,
};

/** The binary form of a built engine: JSON-able `meta` plus raw little-endian typed-array `sections`. */
export interface SerializedEngine {
  meta: unknown;
  sections: Record<string, Uint8Array>;
}

/** Documents added or changed (whole, as `toIndexedDocument` gives them) and ids of documents deleted. */
export interface DocumentChanges {
  upsert: IndexedDocument[];
  remove: string[];
}

/** How much of what is served lives outside the main segment: the cue for compaction. */
export interface DeltaStats {
  /** Documents and paragraphs in the delta segment. */
  documents: number;
  paragraphs: number;
  /** Paragraphs of the main segment hidden by tombstones. */
  tombstoned: number;
}

export interface SiftEngine extends SearchEngine {
  /**
   * Applies a live corpus change in place: changed and new documents go to the delta segment, their older
   * versions and deleted documents are tombstoned. Synchronous, so no request sees half a change.
   */
  applyChanges(changes: DocumentChanges): void;
  deltaStats(): DeltaStats;
  updatedAt(): string;
  /** Sets the time `updatedAt()` reports (the index's build time when loaded from disk). */
  setUpdatedAt(iso: string): void;
  /** Binary form for `loadSearchEngine`: typed arrays stored raw, loaded as views without parsing. */
  serialize(): SerializedEngine;
  /** The same as one JSON value (sections base64-encoded), for JSON-only storage; fails past V8's string limit (~1M paragraphs). */
  toJSON(): unknown;
}

export const INDEX_FORMAT = STATE_FORMAT;
export const INDEX_FORMAT_VERSION = STATE_FORMAT_VERSION;

const MAX_RELATED = 100;
const MAX_QUERY_CHARS = 4000;
const DATE_BIT = 1 << 4;
const LANG_BIT = 1 << 5;
const FACET_BIT: Record<FacetName, number> = { speaker: 1, actor: 2, location: 4, group: 8 };

let sharedSynonyms: SynonymTable | null = null;
function defaultSynonyms(): SynonymTable {
  sharedSynonyms ??= loadSynonyms();
  return sharedSynonyms;
}

function resolveOptions(options: Partial<EngineOptions> | undefined): EngineOptions {
  const out: EngineOptions = { ...defaultEngineOptions };
  for (const [key, value] of Object.entries(options ?? {})) {
    if (value !== undefined) (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out;
}

/**
 * Typo budget by word length: none up to 4 letters, 1 from 5, 2 from 9. It applies to the exact
 * (surface) key only: fuzzy matching on stemmed/folded keys joins unrelated short stems (vaccin ~ vicin).
 */
export function typoBudget(word: string): number {
  return word.length <= 4 ? 0 : word.length <= 8 ? 1 : 2;
}

/** A filter's paragraphs are walked beside the ids being masked when at most this many times as many. */
const WALK_RATIO = 16;

/** Rough cost of probing one unit for one paragraph (binary searches) against scoring one posting. */
const PROBE_COST = 8;

/** Paragraphs whose gazetteer spans are kept for highlighting (a few pages of many queries). */
const SPAN_CACHE_SIZE = 4096;

/** A query word resolved against the main segment and, on a live corpus, the delta's matches for it. */
type EngineWord = WordQuery & { delta?: DeltaPostings };

/** A phrase as the main segment checks it, plus its keys for the delta's paragraphs. */
interface EnginePhrase {
  main: PhraseQuery | null | false;
  /** null when no check is needed (one key or no phrase). */
  keys: string[] | null;
}

/** A conjunct of the query: its words (ANDed), an optional phrase to verify, and entities that also satisfy it. */
interface Unit {
  lookups: WordLookup[];
  phrase: string[] | null;
  canonicals: string[];
  /** Entities that also satisfy the unit at `relatedWeight`: a state's people and bodies, a place's places. */
  related: string[];
  /** Other words that satisfy a single-word unit, at a lower weight. */
  synonyms: SynonymAlternative[];
}

/**
 * A unit resolved against the index: its words' term expansions, synonym alternatives, phrase key ids and
 * entity postings. It can be materialized (every matching paragraph, ascending, with scores) or probed
 * for one paragraph; both give the same score, so AND queries materialize only their rarest unit.
 */
interface UnitQuery {
  unit: Unit;
  words: EngineWord[];
  /** Alternatives of a single-word unit: all their words required, score averaged and weighted. */
  synonyms: { keys: string[]; weight: number; words: EngineWord[] }[];
  /** Phrase key ids to verify in the main segment (null: no check needed; false: it occurs nowhere there). */
  phrase: PhraseQuery | null | false;
  /** The phrase's keys for delta paragraphs (null: no check needed). */
  deltaPhrase: string[] | null;
  entities: { postings: Uint32Array; bonus: number }[];
  /** Upper bound of the paragraphs it matches. */
  estimate: number;
  materialized: ScoredIds | null;
}

interface Plan {
  units: Unit[];
  excluded: { lookups: WordLookup[]; phrase: string[] | null }[];
  filters: { table: FacetTable; selected: Uint8Array; negated: boolean }[];
  /** True when the query has words but none can match (only stopwords). */
  empty: boolean;
}

/** Paragraphs considered for one response: ids with their scores, matched-unit counts and filter-failure masks. */
interface Candidates {
  ids: Uint32Array;
  scores: Float64Array;
  matched: Uint8Array;
  masks: Uint8Array;
}

function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): number[] {
  const at: number[] = [];
  if (needle.length === 0) return at;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    at.push(i);
  }
  return at;
}

/** Token index of each phrase key (articles are skipped in phrase keys). */
function phraseTokenIndex(tokens: readonly AnalyzedToken[]): { keys: string[]; index: number[] } {
  const keys = phraseKeys(tokens);
  const index: number[] = [];
  tokens.forEach((t, i) => {
    if (t.loose !== 'al') index.push(i);
  });
  return { keys, index };
}

const NO_IDS = new Uint32Array(0);
const NO_SCORES = new Float64Array(0);

/** Reusable per-engine accumulators for partial matches (paragraphs matching some but not all units). */
class PartialScratch {
  readonly score: Float64Array;
  readonly count: Uint8Array;
  readonly stamp: Uint32Array;
  readonly touched: Uint32Array;
  generation = 0;

  constructor(n: number) {
    this.score = new Float64Array(n);
    this.count = new Uint8Array(n);
    this.stamp = new Uint32Array(n);
    this.touched = new Uint32Array(n);
  }

  next(): number {
    if (++this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }
}

class Engine implements SiftEngine {
  /** What queries run on: the main segment's state, or on a live corpus its overlay with the delta. */
  private s: EngineState;
  /** The immutable main segment (as built or loaded). */
  private readonly main: EngineState;
  private delta: DeltaSegment | null = null;
  /** Main-segment documents replaced or deleted since the build. */
  private hiddenDocs: Uint8Array | null = null;
  private updated = new Date().toISOString();
  private readonly o: EngineOptions;
  private readonly weights: TextIndexWeights;
  private readonly synonyms: SynonymTable;
  private readonly cache: ResultCache<SearchResponse>;
  private partialScratch: PartialScratch | null = null;
  /** Paragraphs per entity name (a union when the name is in several facets), reused across queries. */
  private readonly entityCache = new ResultCache<Uint32Array>(1024);
  /** Gazetteer spans per paragraph for highlighting (the matcher costs more than the rest of a hit). */
  private readonly spanCache = new ResultCache<ReturnType<ResolveEntities>>(SPAN_CACHE_SIZE);

  constructor(state: EngineState, options: EngineOptions) {
    this.s = state;
    this.main = state;
    this.o = options;
    this.synonyms = options.synonyms ?? defaultSynonyms();
    this.weights = { exactBoost: options.exactBoost, fuzzyWeight: options.fuzzyWeight, prefixWeight: options.prefixWeight };
    this.cache = new ResultCache(options.cacheSize);
  }

  stats(): { documents: number; paragraphs: number } {
    return { documents: this.s.liveDocuments, paragraphs: this.s.liveParagraphs };
  }

  updatedAt(): string {
    return this.updated;
  }

  setUpdatedAt(iso: string): void {
    this.updated = iso;
  }

  deltaStats(): DeltaStats {
    let tombstoned = 0;
    const hidden = this.hiddenDocs;
    if (hidden !== null) {
      for (let d = 0; d < hidden.length; d++) if (hidden[d] === 1) tombstoned += this.main.docStart[d + 1]! - this.main.docStart[d]!;
    }
    return { documents: this.delta?.size ?? 0, paragraphs: this.delta?.paragraphCount ?? 0, tombstoned };
  }

  applyChanges(changes: DocumentChanges): void {
    const delta = (this.delta ??= new DeltaSegment());
    const hidden = (this.hiddenDocs ??= new Uint8Array(this.main.docs.length));
    const tombstone = (id: string): void => {
      const d = this.main.docIndex.get(id);
      if (d !== undefined) hidden[d] = 1;
    };
    for (const id of changes.remove) {
      delta.remove(id);
      tombstone(id);
    }
    for (const doc of changes.upsert) {
      tombstone(doc.id);
      delta.upsert(doc);
    }
    if (delta.size === 0 && !hidden.includes(1)) {
      this.delta = null;
      this.hiddenDocs = null;
      this.s = this.main;
    } else {
      this.s = overlayState(this.main, delta, hidden);
    }
    this.cache.clear();
    this.entityCache.clear();
    this.spanCache.clear();
    this.partialScratch = null;
    this.updated = new Date().toISOString();
  }

  getDocument(id: string): IndexedDocument | undefined {
    const i = this.s.docIndex.get(id);
    return i === undefined ? undefined : documentAt(this.s, i);
  }

  /** Every document served, in index order (main segment first, then the delta). */
  private liveDocuments(): IndexedDocument[] {
    const out: IndexedDocument[] = [];
    for (let d = 0; d < this.s.docs.length; d++) if (this.s.hiddenDocs === null || this.s.hiddenDocs[d] !== 1) out.push(documentAt(this.s, d));
    return out;
  }

  suggest(q: string, limit = 8): Suggestion[] {
    return suggestCompletions(this.s.suggestIndex, String(q ?? ''), limit, this.o.resolveEntities);
  }

  /** A live corpus is saved as the engine a fresh build over its documents would be. */
  private persistable(): EngineState {
    return this.s.delta === null && this.s.hidden === null ? this.s : buildEngineState(this.liveDocuments());
  }

  serialize(): SerializedEngine {
    return serializeState(this.persistable());
  }

  toJSON(): unknown {
    const { meta, sections } = serializeState(this.persistable());
    return { format: INDEX_FORMAT, version: INDEX_FORMAT_VERSION, meta, sections: sectionsToBase64(sections) };
  }

  // Word access: the main segment for its ids, the delta (when there is one) for the ids after them.

  private resolve(lookup: WordLookup): EngineWord {
    const w: EngineWord = resolveWord(this.s.segment, lookup, this.weights);
    const delta = this.s.delta;
    if (delta !== null) {
      const own = delta.lookup(lookup, this.weights);
      w.delta = own;
      w.estimate += own.ids.length;
      for (const t of own.looseTerms) w.looseTerms.add(t);
      for (const t of own.exactTerms) w.exactTerms.add(t);
    }
    return w;
  }

  private materialize(w: EngineWord): WordPostings {
    const main = materializeWord(this.s.segment, w);
    const own = w.delta;
    if (own === undefined || own.ids.length === 0) return main;
    const ids = new Uint32Array(main.ids.length + own.ids.length);
    ids.set(main.ids);
    ids.set(own.ids, main.ids.length);
    const scores = new Float64Array(ids.length);
    scores.set(main.scores);
    scores.set(own.scores, main.scores.length);
    return { ids, scores, looseTerms: main.looseTerms, exactTerms: main.exactTerms };
  }

  private probe(w: EngineWord, pid: number): number {
    if (pid < this.s.segment.size) return probeWord(this.s.segment, w, pid);
    const own = w.delta;
    if (own === undefined) return Number.NaN;
    const at = indexOfId(own.ids, pid);
    return at < 0 ? Number.NaN : own.scores[at]!;
  }

  private lookup(l: WordLookup): WordPostings {
    return this.materialize(this.resolve(l));
  }

  /** Whether paragraph pid holds the phrase (first main-segment position of the anchor key when known). */
  private phraseHolds(phrase: EnginePhrase, pid: number, firstAnchor?: number): boolean {
    if (pid < this.s.segment.size) {
      if (phrase.main === null) return true;
      return phrase.main !== false && phraseHolds(this.s.phrases, pid, phrase.main, firstAnchor);
    }
    return phrase.keys === null || (this.s.delta !== null && this.s.delta.phraseHolds(pid, phrase.keys));
  }

  /** The paragraphs of all related entities as one cached posting list, scored at `relatedWeight` (none when empty). */
  private relatedEntity(related: readonly string[], words: number): { postings: Uint32Array; bonus: number }[] {
    if (related.length === 0) return [];
    const key = `\u0000related\u0000${related.join('\u0000')}`;
    let postings = this.entityCache.get(key);
    if (postings === undefined) {
      postings = unionIds(related.map((c) => entityPostings(this.s.catalog, this.s.tables, c)));
      this.entityCache.set(key, postings);
    }
    if (postings.length === 0) return [];
    const n = this.s.paragraphDoc.length;
    return [{ postings, bonus: this.o.relatedWeight * this.o.entityBoost * bm25Idf(n, postings.length) * Math.max(1, words) }];
  }

  /** Related entities of the named ones that the index holds, without the named ones; bounded to keep plans small. */
  private relatedTo(canonicals: readonly string[]): string[] {
    if (this.o.relatedEntities === undefined) return [];
    const named = new Set(canonicals);
    const out = new Set<string>();
    for (const c of canonicals) {
      for (const r of this.o.relatedEntities(c)) if (!named.has(r) && out.size < MAX_RELATED) out.add(r);
    }
    return [...out];
  }

  private plan(q: string): Plan {
    const parsed = parseQuery(q.slice(0, MAX_QUERY_CHARS));
    const positives = parsed.clauses.filter((c) => !c.negated);
    const lastWord = parsed.endsInWord ? positives[positives.length - 1] : undefined;
    const words = positives.map((c) => {
      const tokens = analyzeText(c.text);
      const content = tokens.filter((t) => t.content);
      const lookups = content.map((t, k): WordLookup => {
        if (c.kind === 'phrase') return { exact: t.exact, loose: t.loose, exactFuzzy: 0, looseFuzzy: 0, prefix: false };
        const typing = c === lastWord && k === content.length - 1 && t.exact.length >= this.o.minPrefixLength;
        return { exact: t.exact, loose: t.loose, exactFuzzy: typoBudget(t.exact), looseFuzzy: 0, prefix: typing };
      });
      return {
        clause: c,
        lookups,
        phrase: c.kind === 'phrase' ? phraseKeys(tokens) : null,
        candidate: { start: c.start, end: c.end, keys: content.map((t) => t.loose), phrase: c.kind === 'phrase' },
      };
    });
    const entities = findQueryEntities(
      q,
      words.map((w) => w.candidate),
      this.s.catalog,
      this.o.resolveEntities,
    );
    const units: Unit[] = [];
    let next = 0;
    const pushWords = (until: number): void => {
      for (; next < until; next++) {
        const w = words[next]!;
        if (w.phrase !== null) {
          if (w.lookups.length > 0) units.push({ lookups: w.lookups, phrase: w.phrase, canonicals: [], related: [], synonyms: [] });
        } else {
          for (const l of w.lookups) units.push({ lookups: [l], phrase: null, canonicals: [], related: [], synonyms: this.synonyms.get(l.loose) ?? [] });
        }
      }
    };
    for (const e of entities) {
      pushWords(e.first);
      const covered = words.slice(e.first, e.last + 1);
      const phrase = covered.length === 1 && covered[0]!.phrase !== null ? covered[0]!.phrase : null;
      units.push({ lookups: covered.flatMap((w) => w.lookups), phrase, canonicals: e.canonicals, related: this.relatedTo(e.canonicals), synonyms: [] });
      next = e.last + 1;
    }
    pushWords(words.length);
    const excluded = parsed.clauses
      .filter((c) => c.negated)
      .map((c) => {
        const tokens = analyzeText(c.text);
        const lookups = tokens
          .filter((t) => t.content)
          .map((t): WordLookup => ({ exact: '', loose: t.loose, exactFuzzy: 0, looseFuzzy: 0, prefix: false }));
        return { lookups, phrase: tokens.length > 1 ? phraseKeys(tokens) : null };
      })
      .filter((x) => x.lookups.length > 0);
    const known = parsed.filters.filter((f): f is typeof f & { facet: FacetName | 'lang' } => f.facet === 'lang' || f.facet in this.s.tables);
    const filters = known.slice(0, this.o.maxClauses).map((f) => {
      const table = f.facet === 'lang' ? this.s.langTable : this.s.tables[f.facet];
      const selected = new Uint8Array(table.values.length);
      const ids =
        f.facet === 'lang'
          ? resolveLanguageValues(table, f.value)
          : resolveFilterValues(this.s.catalog, this.s.tables, f.facet, f.value, this.o.resolveEntities);
      for (const id of ids) selected[id] = 1;
      return { table, selected, negated: f.negated };
    });
    return {
      units: units.slice(0, this.o.maxClauses),
      excluded: excluded.slice(0, this.o.maxClauses),
      filters,
      empty: units.length === 0 && positives.length > 0,
    };
  }

  /**
   * Phrase keys as ids, or null when the phrase needs no check; `false` when it cannot occur anywhere.
   * The check starts from the rarest key among the phrase's words (which every candidate holds).
   */
  private phraseIds(phrase: string[] | null, lookups: readonly WordLookup[]): PhraseQuery | null | false {
    if (phrase === null || phrase.length <= 1) return null;
    const loose = this.s.segment.loose;
    const required = new Set(lookups.map((l) => l.loose));
    const rarity = (key: string): number => {
      if (!required.has(key)) return Number.POSITIVE_INFINITY;
      const t = loose.dict.get(key);
      return t === undefined ? Number.POSITIVE_INFINITY : documentFrequency(loose, t);
    };
    return phraseKeyIds(this.s.phrases, phrase, rarity) ?? false;
  }

  private resolveUnit(unit: Unit): UnitQuery {
    const words = unit.lookups.map((l) => this.resolve(l));
    const synonyms =
      words.length === 1
        ? unit.synonyms.map((alt) => ({
            keys: alt.keys,
            weight: alt.weight,
            words: alt.keys.map((loose) => this.resolve({ exact: '', loose, exactFuzzy: 0, looseFuzzy: 0, prefix: false })),
          }))
        : [];
    const n = this.s.paragraphDoc.length;
    const entity = (canonical: string, weight: number) => {
      let postings = this.entityCache.get(canonical);
      if (postings === undefined) {
        postings = entityPostings(this.s.catalog, this.s.tables, canonical);
        this.entityCache.set(canonical, postings);
      }
      return { postings, bonus: weight * this.o.entityBoost * bm25Idf(n, postings.length) * Math.max(1, unit.lookups.length) };
    };
    const entities = [
      ...unit.canonicals.map((c) => entity(c, 1)),
      ...this.relatedEntity(unit.related, unit.lookups.length),
    ];
    let estimate = words.length === 0 ? 0 : Math.min(...words.map((w) => w.estimate));
    for (const alt of synonyms) estimate += Math.min(...alt.words.map((w) => w.estimate));
    for (const e of entities) estimate += e.postings.length;
    const deltaPhrase = this.s.delta !== null && unit.phrase !== null && unit.phrase.length > 1 ? unit.phrase : null;
    return { unit, words, synonyms, phrase: this.phraseIds(unit.phrase, unit.lookups), deltaPhrase, entities, estimate, materialized: null };
  }

  /**
   * Every paragraph satisfying the unit, ascending, with its score. With `among` (ascending), a phrase is only
   * checked in those paragraphs (others may be missing from the result, which is then not kept for reuse).
   */
  private materializeUnit(uq: UnitQuery, among?: Uint32Array): ScoredIds {
    if (uq.materialized !== null) return uq.materialized;
    const seg = this.s.segment;
    const words: ScoredIds[] = uq.words.map((w) => this.materialize(w));
    let lists = words;
    if (words.length === 1 && uq.synonyms.length > 0) {
      let merged = words[0]!;
      for (const alt of uq.synonyms) merged = unionKeepFirst(merged, this.materializeSynonym(alt.words, alt.weight));
      lists = [merged];
    }
    let result: ScoredIds = { ids: NO_IDS, scores: NO_SCORES };
    const phrase = uq.phrase;
    const check: EnginePhrase = { main: phrase, keys: uq.deltaPhrase };
    // Without a delta, a phrase missing from the main segment matches nowhere; with one, delta paragraphs may hold it.
    const possible = phrase !== false || uq.deltaPhrase !== null;
    if (lists.length === 1 && phrase === null) {
      const only = lists[0]!;
      let scores = only.scores;
      if (uq.unit.phrase !== null) {
        scores = new Float64Array(only.scores.length);
        for (let i = 0; i < scores.length; i++) scores[i] = (0 + only.scores[i]!) * this.o.phraseBoost;
      }
      result = { ids: only.ids, scores };
    } else if (lists.length > 0 && possible) {
      const { ids, positions } = intersectIds(lists.map((l) => l.ids));
      const kept = new Uint32Array(ids.length);
      const scores = new Float64Array(ids.length);
      const firstAnchor = phrase === null || phrase === false ? null : firstPositions(seg, phrase.anchorKey);
      let count = 0;
      let j = 0;
      for (let i = 0; i < ids.length; i++) {
        const pid = ids[i]!;
        if (among !== undefined && phrase !== null) {
          while (j < among.length && among[j]! < pid) j++;
          if (j === among.length) break;
          if (among[j] !== pid) continue;
        }
        if (phrase !== null && !this.phraseHolds(check, pid, firstAnchor === null ? undefined : firstAnchor(pid))) continue;
        let score = 0;
        for (let k = 0; k < lists.length; k++) score += lists[k]!.scores[positions[k]![i]!]!;
        kept[count] = pid;
        scores[count++] = uq.unit.phrase !== null ? score * this.o.phraseBoost : score;
      }
      result = { ids: kept.subarray(0, count), scores: scores.subarray(0, count) };
    }
    for (const e of uq.entities) result = unionAddBonus(result, e.postings, e.bonus);
    if (among === undefined) uq.materialized = result;
    return result;
  }

  /** Paragraphs holding every word of a synonym, scored at the synonym's weight. */
  private materializeSynonym(words: EngineWord[], weight: number): ScoredIds {
    const lists = words.map((w) => this.materialize(w));
    const { ids, positions } = intersectIds(lists.map((w) => w.ids));
    const scores = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      let score = 0;
      for (let k = 0; k < lists.length; k++) score += lists[k]!.scores[positions[k]![i]!]!;
      scores[i] = (score / lists.length) * weight;
    }
    return { ids, scores };
  }

  private probeSynonym(words: EngineWord[], weight: number, pid: number): number {
    let score = 0;
    for (const w of words) {
      const s = this.probe(w, pid);
      if (Number.isNaN(s)) return Number.NaN;
      score += s;
    }
    return (score / words.length) * weight;
  }

  /** The unit's score for one paragraph (exactly what materializeUnit gives it), or NaN when it does not satisfy the unit. */
  private probeUnit(uq: UnitQuery, pid: number): number {
    if (uq.materialized !== null) {
      const at = indexOfId(uq.materialized.ids, pid);
      return at < 0 ? Number.NaN : uq.materialized.scores[at]!;
    }
    let score = Number.NaN;
    if (uq.words.length > 0 && (uq.phrase !== false || pid >= this.s.segment.size)) {
      let total = 0;
      for (let k = 0; k < uq.words.length; k++) {
        let s = this.probe(uq.words[k]!, pid);
        if (k === 0 && Number.isNaN(s) && uq.words.length === 1) {
          for (const alt of uq.synonyms) {
            s = this.probeSynonym(alt.words, alt.weight, pid);
            if (!Number.isNaN(s)) break;
          }
        }
        if (Number.isNaN(s)) {
          total = Number.NaN;
          break;
        }
        total += s;
      }
      if (!Number.isNaN(total) && (uq.phrase === null || this.phraseHolds({ main: uq.phrase, keys: uq.deltaPhrase }, pid))) {
        score = uq.unit.phrase !== null ? total * this.o.phraseBoost : total;
      }
    }
    for (const e of uq.entities) {
      if (indexOfId(e.postings, pid) >= 0) score = (Number.isNaN(score) ? 0 : score) + e.bonus;
    }
    return score;
  }

  /** Paragraphs an exclusion (-word, -"phrase") removes, flagged in a bitmap; null when there is none. */
  private excludedMap(plan: Plan): Uint8Array | null {
    if (plan.excluded.length === 0) return null;
    const out = new Uint8Array(this.s.paragraphDoc.length);
    for (const x of plan.excluded) {
      const words = x.lookups.map((l) => this.lookup(l));
      const phrase = this.phraseIds(x.phrase, x.lookups);
      const keys = this.s.delta !== null && x.phrase !== null && x.phrase.length > 1 ? x.phrase : null;
      if (phrase === false && keys === null) continue;
      const { ids } = intersectIds(words.map((w) => w.ids));
      const firstAnchor = phrase === null || phrase === false ? null : firstPositions(this.s.segment, phrase.anchorKey);
      const check: EnginePhrase = { main: phrase, keys };
      for (const pid of ids) {
        if (phrase === null || this.phraseHolds(check, pid, firstAnchor === null ? undefined : firstAnchor(pid))) out[pid] = 1;
      }
    }
    return out;
  }

  /** Per document, the title's match with the query words (0 when none). */
  private titleBonus(units: Unit[]): Float64Array {
    const bonus = new Float64Array(this.s.docs.length);
    for (const u of units) {
      for (const l of u.lookups) {
        const exactOnly = { ...l, exactFuzzy: 0, looseFuzzy: 0 };
        const m = lookupWord(this.s.titles, exactOnly, this.weights);
        for (let i = 0; i < m.ids.length; i++) bonus[m.ids[i]!]! += m.scores[i]! * this.o.titleBoost;
        if (this.s.delta !== null) {
          const own = this.s.delta.lookupTitle(exactOnly, this.weights);
          for (let i = 0; i < own.ids.length; i++) bonus[own.ids[i]!]! += own.scores[i]! * this.o.titleBoost;
        }
      }
    }
    return bonus;
  }

  search(params: SearchParams): SearchResponse {
    const started = performance.now();
    const key = this.cache.enabled ? JSON.stringify(params) : '';
    const cached = this.cache.get(key);
    if (cached !== undefined) return this.finish(started, structuredClone(cached));
    const response = this.answer(params, started);
    if (this.cache.enabled) this.cache.set(key, structuredClone(response));
    return response;
  }

  private answer(params: SearchParams, started: number): SearchResponse {
    const s = this.s;
    const n = s.paragraphDoc.length;
    const plan = this.plan(params.q ?? '');
    const urlFilters: UrlFilter[] = FACET_NAMES.filter((f) => params.filters[f].length > 0).map((f) => selectValues(f, s.tables[f], FACET_BIT[f], params.filters[f]));
    if (params.lang !== undefined && params.lang.length > 0) urlFilters.push(selectValues('lang', s.langTable, LANG_BIT, params.lang));
    const hidden = s.hidden;
    const fromFirst = params.from ? (parseDaySpan(params.from)?.first ?? 0) : 0;
    const toLast = params.to ? (parseDaySpan(params.to)?.last ?? 99999999) : 99999999;
    const dated = params.from !== null || params.to !== null;
    const browsing = plan.units.length === 0;

    if (
      browsing &&
      !plan.empty &&
      plan.excluded.length === 0 &&
      plan.filters.length === 0 &&
      urlFilters.length === 0 &&
      !dated &&
      params.doc === null
    ) {
      const ids = Array.from(s.browseOrder.subarray(params.offset, params.offset + params.limit));
      return this.finish(started, {
        total: s.liveParagraphs,
        relaxed: false,
        hits: ids.map((pid) => this.buildHit(pid, 0, [])),
        facets: this.facetsFromCounts(s.browseCounts, params.facetSize),
      });
    }

    let docRange: [number, number] = [0, n];
    if (params.doc !== null) {
      const d = s.docIndex.get(params.doc);
      docRange = d === undefined ? [0, 0] : [s.docStart[d]!, s.docStart[d + 1]!];
    }
    const excluded = this.excludedMap(plan);
    const passesBase = (pid: number): boolean => {
      if (pid < docRange[0] || pid >= docRange[1] || (excluded !== null && excluded[pid] === 1)) return false;
      if (hidden !== null && hidden[pid] === 1) return false;
      for (const f of plan.filters) if (hasAnyValue(f.table, pid, f.selected) === f.negated) return false;
      return true;
    };
    const filterLists = urlFilters.map((f) => this.filterPostings(f));
    /**
     * Failure masks of ascending ids, in order: a filter's paragraphs are walked with a cursor beside them
     * (sequential reads) unless they far outnumber the ids, then each id looks its values up.
     */
    const masksOf = (count: number): ((pid: number) => number) => {
      const walk = filterLists.map((list) => list.length <= WALK_RATIO * count);
      const cursors = new Uint32Array(filterLists.length);
      let last = -1;
      return (pid) => {
        if (pid < last) cursors.fill(0);
        last = pid;
        let mask = 0;
        for (let t = 0; t < urlFilters.length; t++) {
          const f = urlFilters[t]!;
          if (walk[t]) {
            const list = filterLists[t]!;
            let c = cursors[t]!;
            while (c < list.length && list[c]! < pid) c++;
            cursors[t] = c;
            if (c >= list.length || list[c] !== pid) mask |= f.bit;
          } else if (!hasAnyValue(f.table, pid, f.selected)) mask |= f.bit;
        }
        return mask | dateMaskOf(pid);
      };
    };
    const dateMaskOf = (pid: number): number => {
      let mask = 0;
      if (dated) {
        const d = s.paragraphDoc[pid]!;
        if (s.pubFirst[d] === 0 || s.pubFirst[d]! > toLast || s.pubLast[d]! < fromFirst) mask |= DATE_BIT;
      }
      return mask;
    };
    const masked = urlFilters.length > 0 || dated;

    const trivialBase = docRange[0] === 0 && docRange[1] === n && excluded === null && plan.filters.length === 0 && hidden === null;
    /** Keeps the scored paragraphs passing the base filters, with their masks. */
    const candidates = (ids: Uint32Array, scores: Float64Array | null, matched: number | Uint8Array): Candidates => {
      if (trivialBase && !masked && scores !== null) {
        return { ids, scores, matched: typeof matched === 'number' ? new Uint8Array(ids.length).fill(matched) : matched, masks: new Uint8Array(ids.length) };
      }
      const out: Candidates = {
        ids: new Uint32Array(ids.length),
        scores: new Float64Array(ids.length),
        matched: new Uint8Array(ids.length),
        masks: new Uint8Array(ids.length),
      };
      let k = 0;
      const maskOf = masked ? masksOf(ids.length) : null;
      for (let i = 0; i < ids.length; i++) {
        const pid = ids[i]!;
        if (!passesBase(pid)) continue;
        out.ids[k] = pid;
        out.scores[k] = scores === null ? 0 : scores[i]!;
        out.matched[k] = typeof matched === 'number' ? matched : matched[i]!;
        if (maskOf !== null) out.masks[k] = maskOf(pid);
        k++;
      }
      return { ids: out.ids.subarray(0, k), scores: out.scores.subarray(0, k), matched: out.matched.subarray(0, k), masks: out.masks.subarray(0, k) };
    };

    let unitQueries: UnitQuery[] = [];
    let full: Candidates;
    let partialAll: () => Candidates = () => candidates(NO_IDS, null, 0);
    let partialZero: () => Candidates = partialAll;
    const ownCounts: Partial<Record<FacetName | 'lang', Uint32Array>> = {};
    if (browsing && trivialBase && !plan.empty && urlFilters.length > 0 && (urlFilters.length > 1 || !dated)) {
      // Only paragraphs failing at most one filter count anywhere, so the two narrowest filters bound the work;
      // with a single filter, its own facet counts everything, as when nothing is selected.
      const passing = [...filterLists].sort((a, b) => a.length - b.length);
      full = candidates(urlFilters.length === 1 ? passing[0]! : unionIds(passing.slice(0, 2)), null, 0);
      if (urlFilters.length === 1) ownCounts[urlFilters[0]!.name] = s.browseCounts[urlFilters[0]!.name];
    } else if (browsing) {
      const all = new Uint32Array(plan.empty ? 0 : docRange[1] - docRange[0]);
      for (let i = 0; i < all.length; i++) all[i] = docRange[0] + i;
      full = candidates(all, null, 0);
    } else {
      unitQueries = plan.units.map((u) => this.resolveUnit(u));
      const units = unitQueries.length;
      const bonus = this.titleBonus(plan.units);
      // Only paragraphs failing at most one filter count anywhere: with two filters or more, every one of them
      // passes one of the two narrowest, so when those are few, probing each unit for them beats materializing.
      const passing = [...filterLists].sort((a, b) => a.length - b.length);
      const order = unitQueries.map((_, u) => u).sort((x, y) => unitQueries[x]!.estimate - unitQueries[y]!.estimate);
      const own = new Float64Array(units);
      // With one filter, a paragraph failing it counts only in its facet, so only paragraphs with a value there count.
      const universe =
        passing.length >= 2 ? unionIds(passing.slice(0, 2)) : urlFilters.length === 1 ? paragraphsWithAnyValue(urlFilters[0]!.table) : null;
      // A paragraph's full score when it satisfies units order[from..] (earlier ones already in `own`), else NaN.
      const probeFrom = (pid: number, from: number): number => {
        for (let k = from; k < units; k++) {
          const score = this.probeUnit(unitQueries[order[k]!]!, pid);
          if (Number.isNaN(score)) return Number.NaN;
          own[order[k]!] = score;
        }
        let score = 0;
        for (let u = 0; u < units; u++) score += own[u]!;
        return score + bonus[s.paragraphDoc[pid]!]!;
      };
      if (universe !== null && universe.length * units * PROBE_COST <= unitQueries[order[0]!]!.estimate) {
        const ids = new Uint32Array(universe.length);
        const scores = new Float64Array(universe.length);
        let count = 0;
        for (let i = 0; i < universe.length; i++) {
          const pid = universe[i]!;
          const score = probeFrom(pid, 0);
          if (Number.isNaN(score)) continue;
          ids[count] = pid;
          scores[count++] = score;
        }
        full = candidates(ids.subarray(0, count), scores.subarray(0, count), units);
      } else {
        // Full matches: materialize the rarest unit, probe the others for its paragraphs only (rarest first).
        // A lone unit is never probed or materialized again, so its phrase is checked only where it can count.
        const materialized = this.materializeUnit(unitQueries[order[0]!]!, units === 1 && universe !== null ? universe : undefined);
        const driver = universe !== null && universe.length <= WALK_RATIO * materialized.ids.length ? keepAmong(materialized, universe) : materialized;
        if (units === 1) {
          const scores = new Float64Array(driver.ids.length);
          for (let i = 0; i < scores.length; i++) scores[i] = 0 + driver.scores[i]! + bonus[s.paragraphDoc[driver.ids[i]!]!]!;
          full = candidates(driver.ids, scores, 1);
        } else {
          const ids = new Uint32Array(driver.ids.length);
          const scores = new Float64Array(driver.ids.length);
          let count = 0;
          for (let i = 0; i < driver.ids.length; i++) {
            const pid = driver.ids[i]!;
            own[order[0]!] = driver.scores[i]!;
            const score = probeFrom(pid, 1);
            if (Number.isNaN(score)) continue;
            ids[count] = pid;
            scores[count++] = score;
          }
          full = candidates(ids.subarray(0, count), scores.subarray(0, count), units);
        }
      }
      if (units > 1) {
        // Facet filters bound the partial matches that matter: those passing every filter (the page), and,
        // for the counts of a relaxed result, those failing at most one, i.e. passing one of the two narrowest.
        partialAll = () => {
          if (universe === null) return this.partialMatches(unitQueries, bonus, candidates);
          if (this.probingPays(unitQueries, universe.length)) return this.partialMatchesAmong(unitQueries, bonus, universe, candidates);
          return this.partialMatches(unitQueries, bonus, candidates, universe);
        };
        partialZero = () => {
          if (passing.length >= 1 && this.probingPays(unitQueries, passing[0]!.length)) {
            return compactUnmasked(this.partialMatchesAmong(unitQueries, bonus, intersectIds(passing).ids, candidates));
          }
          return compactUnmasked(partialAll());
        };
      }
    }

    let pool = full;
    let relaxed = false;
    let backfillPool: Candidates | null = null;
    if (!full.masks.includes(0)) {
      backfillPool = partialZero();
      if (backfillPool.ids.length > 0) {
        // No paragraph has every part: the partial matches become the result, most parts first.
        relaxed = true;
        pool = concatCandidates(full, partialAll());
        backfillPool = null;
      }
    }

    const [speaker, actor, location, group, date, lang] = countAllValues(s.counter, pool.ids, masked ? pool.masks : null);
    const counts = {
      speaker: ownCounts.speaker ?? speaker!,
      actor: ownCounts.actor ?? actor!,
      location: ownCounts.location ?? location!,
      group: ownCounts.group ?? group!,
      date: date!,
      lang: ownCounts.lang ?? lang!,
    };
    const matching = masked ? compactUnmasked(pool) : pool;

    const dateOf = (pid: number): number => s.pubFirst[s.paragraphDoc[pid]!]!;
    const rankBefore = (c: Candidates) => (a: number, b: number): boolean => {
      const pa = c.ids[a]!;
      const pb = c.ids[b]!;
      if (browsing) return s.browseRank[pa]! < s.browseRank[pb]!;
      if (params.sort === 'date') {
        const da = dateOf(pa);
        const db = dateOf(pb);
        if (da !== db) return da > db;
      }
      const ma = c.matched[a]!;
      const mb = c.matched[b]!;
      if (ma !== mb) return ma > mb;
      const sa = c.scores[a]!;
      const sb = c.scores[b]!;
      return sa !== sb ? sa > sb : pa < pb;
    };
    const wanted = params.offset + params.limit;
    const ranked: { pid: number; score: number }[] = selectTopIndices(matching.ids.length, wanted, rankBefore(matching)).map((i) => ({
      pid: matching.ids[i]!,
      score: matching.scores[i]!,
    }));
    if (ranked.length < wanted && !relaxed && plan.units.length > 1) {
      const backfill = (backfillPool ??= partialZero());
      if (backfill.ids.length > 0) {
        // Past the last full match, the page continues with partial matches (ranked after every full one).
        // A partial match in an article that fully matches is likelier about the same event: rank it first.
        const fullDocs = new Set(Array.from(matching.ids, (pid) => s.paragraphDoc[pid]!));
        const local = (i: number): number => (fullDocs.has(s.paragraphDoc[backfill.ids[i]!]!) ? 1 : 0);
        const before = rankBefore(backfill);
        const beforePartial = (a: number, b: number): boolean => {
          const la = local(a);
          const lb = local(b);
          return la !== lb ? la > lb : before(a, b);
        };
        for (const i of selectTopIndices(backfill.ids.length, wanted - ranked.length, beforePartial)) {
          ranked.push({ pid: backfill.ids[i]!, score: backfill.scores[i]! });
        }
      }
    }
    const page = ranked.slice(params.offset);
    return this.finish(started, {
      total: matching.ids.length,
      relaxed,
      hits: page.map((h) => this.buildHit(h.pid, h.score, unitQueries)),
      facets: this.facetsFromCounts(counts, params.facetSize),
    });
  }

  /**
   * Paragraphs matching some units but not all, with the sum of their unit scores (in unit order) and the title bonus.
   * With `within` (ascending), only those paragraphs are looked at: a unit with many more paragraphs than it is
   * probed for them instead of materialized.
   */
  private partialMatches(
    unitQueries: UnitQuery[],
    bonus: Float64Array,
    candidates: (ids: Uint32Array, scores: Float64Array, matched: Uint8Array) => Candidates,
    within?: Uint32Array,
  ): Candidates {
    const n = this.s.paragraphDoc.length;
    this.partialScratch ??= new PartialScratch(n);
    const p = this.partialScratch;
    const generation = p.next();
    if (within !== undefined) {
      for (let i = 0; i < within.length; i++) {
        const pid = within[i]!;
        p.stamp[pid] = generation;
        p.score[pid] = 0;
        p.count[pid] = 0;
      }
      for (const uq of unitQueries) {
        if (uq.materialized === null && within.length * PROBE_COST <= uq.estimate) {
          for (let i = 0; i < within.length; i++) {
            const pid = within[i]!;
            const score = this.probeUnit(uq, pid);
            if (Number.isNaN(score)) continue;
            p.score[pid]! += score;
            p.count[pid]! += 1;
          }
          continue;
        }
        const r = this.materializeUnit(uq);
        for (let i = 0; i < r.ids.length; i++) {
          const pid = r.ids[i]!;
          if (p.stamp[pid] !== generation) continue;
          p.score[pid]! += r.scores[i]!;
          p.count[pid]! += 1;
        }
      }
      const units = unitQueries.length;
      const ids = new Uint32Array(within.length);
      let k = 0;
      for (let i = 0; i < within.length; i++) {
        const c = p.count[within[i]!]!;
        if (c > 0 && c < units) ids[k++] = within[i]!;
      }
      return this.partialCandidates(ids.subarray(0, k), bonus, candidates);
    }
    let touched = 0;
    for (const uq of unitQueries) {
      const r = this.materializeUnit(uq);
      for (let i = 0; i < r.ids.length; i++) {
        const pid = r.ids[i]!;
        if (p.stamp[pid] !== generation) {
          p.stamp[pid] = generation;
          p.score[pid] = 0;
          p.count[pid] = 0;
          p.touched[touched++] = pid;
        }
        p.score[pid]! += r.scores[i]!;
        p.count[pid]! += 1;
      }
    }
    const units = unitQueries.length;
    let ids: Uint32Array;
    let k = 0;
    if (touched > n >> 5) {
      ids = new Uint32Array(touched);
      for (let pid = 0; pid < n; pid++) if (p.stamp[pid] === generation && p.count[pid]! < units) ids[k++] = pid;
    } else {
      ids = new Uint32Array(touched);
      for (let i = 0; i < touched; i++) if (p.count[p.touched[i]!]! < units) ids[k++] = p.touched[i]!;
      ids.subarray(0, k).sort();
    }
    return this.partialCandidates(ids.subarray(0, k), bonus, candidates);
  }

  /** The partial matches `ids` with the scores and unit counts left in the scratch by `partialMatches`. */
  private partialCandidates(
    ids: Uint32Array,
    bonus: Float64Array,
    candidates: (ids: Uint32Array, scores: Float64Array, matched: Uint8Array) => Candidates,
  ): Candidates {
    const p = this.partialScratch!;
    const scores = new Float64Array(ids.length);
    const matched = new Uint8Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      const pid = ids[i]!;
      scores[i] = p.score[pid]! + bonus[this.s.paragraphDoc[pid]!]!;
      matched[i] = p.count[pid]!;
    }
    return candidates(ids, scores, matched);
  }

  /**
   * Partial matches among `universe` (ascending), found by probing each unit for each of its paragraphs,
   * then kept or masked by `candidates` as the materialized set would be.
   */
  private partialMatchesAmong(
    unitQueries: UnitQuery[],
    bonus: Float64Array,
    universe: Uint32Array,
    candidates: (ids: Uint32Array, scores: Float64Array, matched: Uint8Array) => Candidates,
  ): Candidates {
    const units = unitQueries.length;
    const ids = new Uint32Array(universe.length);
    const scores = new Float64Array(universe.length);
    const matched = new Uint8Array(universe.length);
    let k = 0;
    for (const pid of universe) {
      let score = 0;
      let count = 0;
      for (const uq of unitQueries) {
        const s = this.probeUnit(uq, pid);
        if (Number.isNaN(s)) continue;
        score += s;
        count++;
      }
      if (count === 0 || count === units) continue;
      ids[k] = pid;
      scores[k] = score + bonus[this.s.paragraphDoc[pid]!]!;
      matched[k++] = count;
    }
    return candidates(ids.subarray(0, k), scores.subarray(0, k), matched.subarray(0, k));
  }

  /** Whether probing `size` paragraphs is cheaper than materializing every unit. */
  private probingPays(unitQueries: UnitQuery[], size: number): boolean {
    let work = 0;
    for (const uq of unitQueries) work += uq.estimate;
    return size <= work / (8 * unitQueries.length);
  }

  /** Paragraphs carrying any selected value of one facet filter, ascending. */
  private filterPostings(f: { table: FacetTable; selected: Uint8Array }): Uint32Array {
    const table = f.table;
    const lists: Uint32Array[] = [];
    for (let v = 0; v < f.selected.length; v++) {
      if (f.selected[v] === 1) lists.push(table.postings.subarray(table.postingOffsets[v]!, table.postingOffsets[v + 1]!));
    }
    return lists.length === 0 ? NO_IDS : unionIds(lists);
  }

  private finish(started: number, body: Omit<SearchResponse, 'took_ms'>): SearchResponse {
    const took = Math.round((performance.now() - started) * 1000) / 1000;
    return { total: body.total, took_ms: took, relaxed: body.relaxed, hits: body.hits, facets: body.facets };
  }

  private facetsFromCounts(counts: Record<FacetName | 'date' | 'lang', Uint32Array>, size: number): FacetCounts {
    return {
      speaker: topValues(this.s.tables.speaker, counts.speaker, size),
      actor: topValues(this.s.tables.actor, counts.actor, size),
      location: topValues(this.s.tables.location, counts.location, size),
      group: topValues(this.s.tables.group, counts.group, size),
      date: topValues(this.s.dateTable, counts.date, size),
      lang: topValues(this.s.langTable, counts.lang, size),
    };
  }

  private marksFor(pid: number, text: string, tokens: readonly AnalyzedToken[], unitQueries: UnitQuery[]): MarkSpan[] {
    const marks: MarkSpan[] = [];
    let entitySpans: ReturnType<ResolveEntities> | null = null;
    unitQueries.forEach((r, unit) => {
      if (Number.isNaN(this.probeUnit(r, pid))) return;
      const before = marks.length;
      if (r.unit.phrase !== null && r.unit.phrase.length > 1) {
        const { keys, index } = phraseTokenIndex(tokens);
        for (const at of containsSequence(keys, r.unit.phrase)) {
          marks.push({ start: tokens[index[at]!]!.start, end: tokens[index[at + r.unit.phrase.length - 1]!]!.end, unit });
        }
      } else {
        r.words.forEach((w, k) => {
          // The terms this word matched in this paragraph are exactly the expansions its tokens carry.
          const own = !Number.isNaN(this.probe(w, pid));
          const loose = new Set<string>(own ? w.looseTerms : []);
          if (k === 0) {
            for (const alt of r.synonyms) {
              if (!Number.isNaN(this.probeSynonym(alt.words, alt.weight, pid))) for (const key of alt.keys) loose.add(key);
            }
          }
          if (!own && loose.size === 0) return;
          const exact = own ? w.exactTerms : new Set<string>();
          for (const t of tokens) if (t.content && (loose.has(t.loose) || exact.has(t.exact))) marks.push({ start: t.start, end: t.end, unit });
        });
      }
      if (r.unit.canonicals.length === 0) return;
      if (this.o.resolveEntities !== undefined) {
        if (entitySpans === null) {
          const key = String(pid);
          entitySpans = this.spanCache.get(key) ?? null;
          if (entitySpans === null) {
            try {
              entitySpans = this.o.resolveEntities(text);
            } catch {
              entitySpans = [];
            }
            this.spanCache.set(key, entitySpans);
          }
        }
        for (const e of entitySpans) {
          if (r.unit.canonicals.includes(e.canonical) || r.unit.related.includes(e.canonical)) marks.push({ start: e.start, end: e.end, unit });
        }
      }
      if (marks.length === before) {
        // Matched through its facets only: highlight the words of the entity's name that the text does use.
        const nameKeys = new Set(r.unit.canonicals.flatMap((c) => analyzeText(c).filter((t) => t.content).map((t) => t.loose)));
        for (const t of tokens) if (t.content && nameKeys.has(t.loose)) marks.push({ start: t.start, end: t.end, unit });
      }
      const speaker = speakerAt(this.s, pid);
      if (marks.length === before && speaker !== null && (r.unit.canonicals.includes(speaker) || r.unit.related.includes(speaker))) {
        for (const span of attributionSpans(tokens)) marks.push({ ...span, unit });
      }
    });
    return marks.filter((m) => m.start >= 0 && m.end <= text.length);
  }

  private buildHit(pid: number, score: number, unitQueries: UnitQuery[]): SearchHit {
    const s = this.s;
    const doc = s.docs[s.paragraphDoc[pid]!]!;
    const p = paragraphAt(s, pid);
    const tokens = analyzeText(p.text);
    const marks = unitQueries.length > 0 ? this.marksFor(pid, p.text, tokens, unitQueries) : [];
    return {
      id: `${doc.id}#${p.anchor}`,
      doc: { id: doc.id, title: doc.title, source: doc.source, published: doc.published },
      anchor: p.anchor,
      url: `/doc/${encodeURIComponent(doc.id)}#${p.anchor}`,
      text: p.text,
      snippet: buildSnippet(p.text, tokens, marks, { windowWords: this.o.snippetWords }),
      speaker: p.speaker,
      actors: p.actors,
      locations: p.locations,
      groups: p.groups,
      dates: p.dates,
      score: Math.round(score * 1000) / 1000,
    };
  }
}

/** A filter from the URL (`speaker=`, `lang=` …): the values selected in one table, and its bit in failure masks. */
const withAnyValue = new WeakMap<FacetTable, Uint32Array>();

/** Paragraphs carrying at least one value of the facet, ascending (computed once per table). */
function paragraphsWithAnyValue(table: FacetTable): Uint32Array {
  let ids = withAnyValue.get(table);
  if (ids === undefined) {
    const n = table.offsets.length - 1;
    const out = new Uint32Array(n);
    let k = 0;
    for (let p = 0; p < n; p++) if (table.offsets[p + 1]! > table.offsets[p]!) out[k++] = p;
    ids = out.slice(0, k);
    withAnyValue.set(table, ids);
  }
  return ids;
}

/** The scored ids (ascending) that are also in `among` (ascending), walking both. */
function keepAmong(list: ScoredIds, among: Uint32Array): ScoredIds {
  const ids = new Uint32Array(Math.min(list.ids.length, among.length));
  const scores = new Float64Array(ids.length);
  let k = 0;
  let j = 0;
  for (let i = 0; i < list.ids.length && j < among.length; i++) {
    const pid = list.ids[i]!;
    while (j < among.length && among[j]! < pid) j++;
    if (j < among.length && among[j] === pid) {
      ids[k] = pid;
      scores[k++] = list.scores[i]!;
    }
  }
  return { ids: ids.subarray(0, k), scores: scores.subarray(0, k) };
}

interface UrlFilter {
  name: FacetName | 'lang';
  table: FacetTable;
  selected: Uint8Array;
  bit: number;
}

function selectValues(name: FacetName | 'lang', table: FacetTable, bit: number, values: readonly string[]): UrlFilter {
  const selected = new Uint8Array(table.values.length);
  for (const v of values) {
    const id = table.ids.get(v);
    if (id !== undefined) selected[id] = 1;
  }
  return { name, table, selected, bit };
}

function concatCandidates(a: Candidates, b: Candidates): Candidates {
  const join = <T extends Uint32Array | Float64Array | Uint8Array>(x: T, y: T, make: (n: number) => T): T => {
    const out = make(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return out;
  };
  return {
    ids: join(a.ids, b.ids, (n) => new Uint32Array(n)),
    scores: join(a.scores, b.scores, (n) => new Float64Array(n)),
    matched: join(a.matched, b.matched, (n) => new Uint8Array(n)),
    masks: join(a.masks, b.masks, (n) => new Uint8Array(n)),
  };
}

/** The candidates passing every filter (mask 0). */
function compactUnmasked(c: Candidates): Candidates {
  let count = 0;
  for (let i = 0; i < c.masks.length; i++) if (c.masks[i] === 0) count++;
  if (count === c.masks.length) return c;
  const out: Candidates = { ids: new Uint32Array(count), scores: new Float64Array(count), matched: new Uint8Array(count), masks: new Uint8Array(count) };
  let k = 0;
  for (let i = 0; i < c.masks.length; i++) {
    if (c.masks[i] !== 0) continue;
    out.ids[k] = c.ids[i]!;
    out.scores[k] = c.scores[i]!;
    out.matched[k++] = c.matched[i]!;
  }
  return out;
}

/** Builds the engine over indexed documents (paragraph ids follow the given order). */
export function createSearchEngine(docs: IndexedDocument[], options?: Partial<EngineOptions>): SiftEngine {
  return new Engine(buildEngineState(docs), resolveOptions(options));
}

export interface SearchEngineBuilder {
  /** Indexes the next documents, in corpus order. */
  add(documents: readonly IndexedDocument[]): void;
  /** Paragraphs added so far. */
  readonly paragraphs: number;
  /** The engine over every document added (the same as `createSearchEngine` on all of them). */
  finish(): SiftEngine;
}

/** `createSearchEngine` fed a run of documents at a time; `expected` sizes only presize buffers. */
export function createSearchEngineBuilder(expected: { paragraphs: number; characters: number }, options?: Partial<EngineOptions>): SearchEngineBuilder {
  const resolved = resolveOptions(options);
  const state = createEngineStateBuilder(expected.paragraphs, expected.characters);
  return {
    add: (documents) => state.add(documents),
    get paragraphs() {
      return state.paragraphs;
    },
    finish: () => new Engine(state.finish(), resolved),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const REBUILD = 'rebuild it with `npm run index`';

function checkFormat(format: unknown, version: unknown): void {
  if (format !== INDEX_FORMAT) throw new SiftError('index_corrupt', `the search index is not a ${INDEX_FORMAT} file; ${REBUILD}`);
  if (version !== INDEX_FORMAT_VERSION) {
    throw new SiftError(
      'index_version',
      `the search index has format version ${JSON.stringify(version)} but this build reads version ${INDEX_FORMAT_VERSION}; ${REBUILD}`,
    );
  }
}

/**
 * Rebuilds an engine from `serialize()` output ({meta, sections}) or from `toJSON()` output (base64 sections).
 * A different format version is refused with `index_version`, anything inconsistent with `index_corrupt`.
 */
export function loadSearchEngine(serialized: unknown, options?: Partial<EngineOptions>): SiftEngine {
  if (!isRecord(serialized)) checkFormat(undefined, undefined);
  const value = serialized as Record<string, unknown>;
  let meta: unknown;
  let sections: Sections;
  if (typeof value.format === 'string' || !isRecord(value.meta)) {
    // toJSON() form: format and version on top, sections base64-encoded.
    checkFormat(value.format, value.version);
    if (!isRecord(value.meta) || !isRecord(value.sections)) throw new SiftError('index_corrupt', `the search index is incomplete; ${REBUILD}`);
    meta = value.meta;
    try {
      sections = sectionsFromBase64(value.sections);
    } catch (err) {
      throw new SiftError('index_corrupt', `the search index could not be read (${err instanceof Error ? err.message : String(err)}); ${REBUILD}`);
    }
  } else {
    meta = value.meta;
    if (!isRecord(value.sections)) throw new SiftError('index_corrupt', `the search index is incomplete; ${REBUILD}`);
    sections = value.sections as Sections;
  }
  const m = meta as Record<string, unknown>;
  checkFormat(m.format, m.version);
  let state: EngineState;
  try {
    state = deserializeState(m as unknown as StateMeta, sections);
  } catch (err) {
    throw new SiftError('index_corrupt', `the search index could not be read (${err instanceof Error ? err.message : String(err)}); ${REBUILD}`);
  }
  return new Engine(state, resolveOptions(options));
}
