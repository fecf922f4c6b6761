// The search engine: builds (or loads) the word index and facet tables once, then answers search/suggest.
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
import { parseDaySpan, parsePublishedSpan, publicationBucket } from './date-range';
import type { EntityCatalog, FacetTables, ResolveEntities } from './entity-expansion';
import { buildEntityCatalog, entityPostings, findQueryEntities, resolveFilterValues } from './entity-expansion';
import type { FacetTable } from './facets';
import { buildFacetTable, countValues, hasAnyValue, topValues } from './facets';
import type { AnalyzedToken } from './normalize';
import { analyzeText, phraseKeys } from './normalize';
import { attributionSpans } from './attribution-marks';
import { parseQuery } from './query-parser';
import type { MarkSpan } from './snippet';
import { buildSnippet } from './snippet';
import type { SuggestIndex } from './suggest';
import { buildSuggestIndex, suggestCompletions } from './suggest';
import type { TextIndexWeights, WordLookup, WordMatch } from './text-index';
import { createMiniSearch, indexParagraphs, loadMiniSearch, lookupWord } from './text-index';
import type { SynonymAlternative, SynonymTable } from './synonyms';
import { loadSynonyms } from './synonyms';
import { selectTop } from './top-k';

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
};

export interface SiftEngine extends SearchEngine {
  /** Plain-JSON form of the built index, for loadSearchEngine. */
  toJSON(): unknown;
}

export const INDEX_FORMAT = 'sift-search-index';
export const INDEX_FORMAT_VERSION = 1;

const MAX_QUERY_CHARS = 4000;
const DATE_BIT = 1 << 4;
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

/** A conjunct of the query: its words (ANDed), an optional phrase to verify, and entities that also satisfy it. */
interface Unit {
  lookups: WordLookup[];
  phrase: string[] | null;
  canonicals: string[];
  /** Other words that satisfy a single-word unit, at a lower weight. */
  synonyms: SynonymAlternative[];
}

interface UnitResult {
  unit: Unit;
  termMaps: Map<number, WordMatch>[];
  scores: Map<number, number>;
}

interface Plan {
  units: Unit[];
  excluded: { lookups: WordLookup[]; phrase: string[] | null }[];
  filters: { facet: FacetName; selected: Uint8Array; negated: boolean }[];
  /** True when the query has words but none can match (only stopwords). */
  empty: boolean;
}

interface State {
  docs: IndexedDocument[];
  docIndex: Map<string, number>;
  docStart: Uint32Array;
  paragraphDoc: Uint32Array;
  paragraphPos: Uint32Array;
  texts: string[];
  pubFirst: Uint32Array;
  pubLast: Uint32Array;
  tables: FacetTables;
  dateTable: FacetTable;
  catalog: EntityCatalog;
  browseOrder: Uint32Array;
  browseCounts: Record<FacetName | 'date', Uint32Array>;
  mini: ReturnType<typeof createMiniSearch>;
  titleMini: ReturnType<typeof createMiniSearch>;
  vocabulary: { terms: string[]; frequencies: Uint32Array };
  suggestIndex: SuggestIndex;
}

function facetValuesOf(doc: IndexedDocument, pos: number, facet: FacetName): readonly string[] {
  const p = doc.paragraphs[pos]!;
  if (facet === 'speaker') return p.speaker ? [p.speaker] : [];
  return facet === 'actor' ? p.actors : facet === 'location' ? p.locations : p.groups;
}

function buildState(
  docs: IndexedDocument[],
  text: { mini: ReturnType<typeof createMiniSearch>; vocabulary: { terms: string[]; frequencies: Uint32Array } } | null,
): State {
  const docIndex = new Map<string, number>();
  docs.forEach((d, i) => docIndex.set(d.id, i));
  const docStart = new Uint32Array(docs.length + 1);
  let n = 0;
  docs.forEach((d, i) => {
    docStart[i] = n;
    n += d.paragraphs.length;
  });
  docStart[docs.length] = n;
  const paragraphDoc = new Uint32Array(n);
  const paragraphPos = new Uint32Array(n);
  const texts: string[] = new Array<string>(n);
  const pubFirst = new Uint32Array(docs.length);
  const pubLast = new Uint32Array(docs.length);
  docs.forEach((d, i) => {
    const span = parsePublishedSpan(d.published);
    pubFirst[i] = span?.first ?? 0;
    pubLast[i] = span?.last ?? 0;
    d.paragraphs.forEach((p, j) => {
      const id = docStart[i]! + j;
      paragraphDoc[id] = i;
      paragraphPos[id] = j;
      texts[id] = p.text;
    });
  });
  const tables = Object.fromEntries(
    FACET_NAMES.map((f) => [f, buildFacetTable(n, (p) => facetValuesOf(docs[paragraphDoc[p]!]!, paragraphPos[p]!, f))]),
  ) as FacetTables;
  const buckets = docs.map((d) => publicationBucket(d.published));
  const dateTable = buildFacetTable(n, (p) => {
    const b = buckets[paragraphDoc[p]!];
    return b ? [b] : [];
  });
  // Browse order: newest publication first (a partial date sorts as its first day), then reading order.
  const browseOrder = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const da = pubFirst[paragraphDoc[a]!]!;
    const db = pubFirst[paragraphDoc[b]!]!;
    return da !== db ? db - da : a - b;
  });
  const all = Uint32Array.from({ length: n }, (_, i) => i);
  const browseCounts = {
    speaker: countValues(tables.speaker, all, null, 0),
    actor: countValues(tables.actor, all, null, 0),
    location: countValues(tables.location, all, null, 0),
    group: countValues(tables.group, all, null, 0),
    date: countValues(dateTable, all, null, 0),
  };
  let mini: ReturnType<typeof createMiniSearch>;
  let vocabulary: { terms: string[]; frequencies: Uint32Array };
  if (text === null) {
    mini = createMiniSearch();
    const counts = indexParagraphs(mini, texts);
    const terms = [...counts.keys()].sort();
    vocabulary = { terms, frequencies: Uint32Array.from(terms, (t) => counts.get(t) ?? 0) };
  } else {
    mini = text.mini;
    vocabulary = text.vocabulary;
  }
  const titleMini = createMiniSearch();
  indexParagraphs(
    titleMini,
    docs.map((d) => d.title ?? ''),
  );
  const catalog = buildEntityCatalog(tables);
  const suggestIndex = buildSuggestIndex(tables, vocabulary.terms, vocabulary.frequencies);
  return {
    docs,
    docIndex,
    docStart,
    paragraphDoc,
    paragraphPos,
    texts,
    pubFirst,
    pubLast,
    tables,
    dateTable,
    catalog,
    browseOrder,
    browseCounts,
    mini,
    titleMini,
    vocabulary,
    suggestIndex,
  };
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

function intersectMaps<T>(maps: Map<number, T>[]): number[] {
  if (maps.length === 0) return [];
  const sorted = [...maps].sort((a, b) => a.size - b.size);
  const out: number[] = [];
  for (const id of sorted[0]!.keys()) if (sorted.every((m) => m.has(id))) out.push(id);
  return out;
}

function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

class Engine implements SiftEngine {
  private readonly s: State;
  private readonly o: EngineOptions;
  private readonly weights: TextIndexWeights;
  private readonly synonyms: SynonymTable;

  constructor(state: State, options: EngineOptions) {
    this.s = state;
    this.o = options;
    this.synonyms = options.synonyms ?? defaultSynonyms();
    this.weights = { exactBoost: options.exactBoost, fuzzyWeight: options.fuzzyWeight, prefixWeight: options.prefixWeight };
  }

  stats(): { documents: number; paragraphs: number } {
    return { documents: this.s.docs.length, paragraphs: this.s.texts.length };
  }

  getDocument(id: string): IndexedDocument | undefined {
    const i = this.s.docIndex.get(id);
    return i === undefined ? undefined : this.s.docs[i];
  }

  suggest(q: string, limit = 8): Suggestion[] {
    return suggestCompletions(this.s.suggestIndex, String(q ?? ''), limit, this.o.resolveEntities);
  }

  toJSON(): unknown {
    return {
      format: INDEX_FORMAT,
      version: INDEX_FORMAT_VERSION,
      documents: this.s.docs,
      text: this.s.mini.toJSON(),
      vocabulary: { terms: this.s.vocabulary.terms, frequencies: Array.from(this.s.vocabulary.frequencies) },
    };
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
          if (w.lookups.length > 0) units.push({ lookups: w.lookups, phrase: w.phrase, canonicals: [], synonyms: [] });
        } else {
          for (const l of w.lookups) units.push({ lookups: [l], phrase: null, canonicals: [], synonyms: this.synonyms.get(l.loose) ?? [] });
        }
      }
    };
    for (const e of entities) {
      pushWords(e.first);
      const covered = words.slice(e.first, e.last + 1);
      const phrase = covered.length === 1 && covered[0]!.phrase !== null ? covered[0]!.phrase : null;
      units.push({ lookups: covered.flatMap((w) => w.lookups), phrase, canonicals: e.canonicals, synonyms: [] });
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
    const filters = parsed.filters.slice(0, this.o.maxClauses).map((f) => {
      const selected = new Uint8Array(this.s.tables[f.facet].values.length);
      for (const id of resolveFilterValues(this.s.catalog, this.s.tables, f.facet, f.value, this.o.resolveEntities)) selected[id] = 1;
      return { facet: f.facet, selected, negated: f.negated };
    });
    return {
      units: units.slice(0, this.o.maxClauses),
      excluded: excluded.slice(0, this.o.maxClauses),
      filters,
      empty: units.length === 0 && positives.length > 0,
    };
  }

  private phraseHolds(pid: number, phrase: readonly string[]): boolean {
    return containsSequence(phraseKeys(analyzeText(this.s.texts[pid]!)), phrase).length > 0;
  }

  /** Paragraphs matching every word of a synonym, scored at the synonym's weight. */
  private lookupSynonym(alt: SynonymAlternative): Map<number, WordMatch> {
    const maps = alt.keys.map((loose) =>
      lookupWord(this.s.mini, { exact: '', loose, exactFuzzy: 0, looseFuzzy: 0, prefix: false }, this.weights),
    );
    const out = new Map<number, WordMatch>();
    for (const pid of intersectMaps(maps)) {
      let score = 0;
      const looseTerms: string[] = [];
      for (const m of maps) {
        const hit = m.get(pid)!;
        score += hit.score;
        looseTerms.push(...hit.looseTerms);
      }
      out.set(pid, { score: (score / maps.length) * alt.weight, looseTerms, exactTerms: [] });
    }
    return out;
  }

  private evaluateUnit(unit: Unit): UnitResult {
    const termMaps = unit.lookups.map((l) => lookupWord(this.s.mini, l, this.weights));
    if (termMaps.length === 1 && unit.synonyms.length > 0) {
      const main = termMaps[0]!;
      for (const alt of unit.synonyms) {
        for (const [pid, hit] of this.lookupSynonym(alt)) {
          const own = main.get(pid);
          if (own === undefined) main.set(pid, hit);
          else own.looseTerms = [...own.looseTerms, ...hit.looseTerms];
        }
      }
    }
    const scores = new Map<number, number>();
    if (termMaps.length > 0) {
      for (const pid of intersectMaps(termMaps)) {
        if (unit.phrase !== null && unit.phrase.length > 1 && !this.phraseHolds(pid, unit.phrase)) continue;
        let score = 0;
        for (const m of termMaps) score += m.get(pid)!.score;
        scores.set(pid, unit.phrase !== null ? score * this.o.phraseBoost : score);
      }
    }
    for (const canonical of unit.canonicals) {
      const postings = entityPostings(this.s.catalog, this.s.tables, canonical);
      const bonus = this.o.entityBoost * bm25Idf(this.s.texts.length, postings.length) * Math.max(1, unit.lookups.length);
      for (const pid of postings) scores.set(pid, (scores.get(pid) ?? 0) + bonus);
    }
    return { unit, termMaps, scores };
  }

  private excludedSet(plan: Plan): Set<number> {
    const out = new Set<number>();
    for (const x of plan.excluded) {
      const maps = x.lookups.map((l) => lookupWord(this.s.mini, l, this.weights));
      for (const pid of intersectMaps(maps)) {
        if (x.phrase === null || x.phrase.length <= 1 || this.phraseHolds(pid, x.phrase)) out.add(pid);
      }
    }
    return out;
  }

  private titleBonus(units: Unit[]): Map<number, number> {
    const bonus = new Map<number, number>();
    for (const u of units) {
      for (const l of u.lookups) {
        for (const [doc, m] of lookupWord(this.s.titleMini, { ...l, exactFuzzy: 0, looseFuzzy: 0 }, this.weights)) {
          bonus.set(doc, (bonus.get(doc) ?? 0) + m.score * this.o.titleBoost);
        }
      }
    }
    return bonus;
  }

  search(params: SearchParams): SearchResponse {
    const started = performance.now();
    const s = this.s;
    const n = s.texts.length;
    const plan = this.plan(params.q ?? '');
    const urlFilters = FACET_NAMES.filter((f) => params.filters[f].length > 0).map((f) => {
      const selected = new Uint8Array(s.tables[f].values.length);
      for (const v of params.filters[f]) {
        const id = s.tables[f].ids.get(v);
        if (id !== undefined) selected[id] = 1;
      }
      return { facet: f, selected };
    });
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
        total: n,
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
    const excluded = this.excludedSet(plan);
    const passesBase = (pid: number): boolean => {
      if (pid < docRange[0] || pid >= docRange[1] || excluded.has(pid)) return false;
      for (const f of plan.filters) if (hasAnyValue(s.tables[f.facet], pid, f.selected) === f.negated) return false;
      return true;
    };
    const maskOf = (pid: number): number => {
      let mask = 0;
      for (const f of urlFilters) if (!hasAnyValue(s.tables[f.facet], pid, f.selected)) mask |= FACET_BIT[f.facet];
      if (dated) {
        const d = s.paragraphDoc[pid]!;
        if (s.pubFirst[d] === 0 || s.pubFirst[d]! > toLast || s.pubLast[d]! < fromFirst) mask |= DATE_BIT;
      }
      return mask;
    };

    let unitResults: UnitResult[] = [];
    let ids: number[] = [];
    let partialIds: number[] = [];
    const scores = new Map<number, number>();
    const matched = new Map<number, number>();
    if (browsing && !plan.empty) {
      for (let pid = docRange[0]; pid < docRange[1]; pid++) if (passesBase(pid)) ids.push(pid);
    } else if (!browsing) {
      unitResults = plan.units.map((u) => this.evaluateUnit(u));
      for (const r of unitResults) {
        for (const [pid, score] of r.scores) {
          scores.set(pid, (scores.get(pid) ?? 0) + score);
          matched.set(pid, (matched.get(pid) ?? 0) + 1);
        }
      }
      const titleBonus = this.titleBonus(plan.units);
      for (const [pid, score] of scores) {
        const bonus = titleBonus.get(s.paragraphDoc[pid]!);
        if (bonus !== undefined) scores.set(pid, score + bonus);
        if (!passesBase(pid)) continue;
        if (matched.get(pid) === unitResults.length) ids.push(pid);
        else partialIds.push(pid);
      }
    }

    let masks = Uint8Array.from(ids, maskOf);
    const partialMasks = Uint8Array.from(partialIds, maskOf);
    let relaxed = false;
    if (!masks.includes(0) && partialMasks.includes(0)) {
      // No paragraph has every part: the partial matches become the result, most parts first.
      relaxed = true;
      ids = ids.concat(partialIds);
      const merged = new Uint8Array(masks.length + partialMasks.length);
      merged.set(masks);
      merged.set(partialMasks, masks.length);
      masks = merged;
      partialIds = [];
    }

    const idArray = Uint32Array.from(ids);
    const counts = {
      speaker: countValues(s.tables.speaker, idArray, masks, FACET_BIT.speaker),
      actor: countValues(s.tables.actor, idArray, masks, FACET_BIT.actor),
      location: countValues(s.tables.location, idArray, masks, FACET_BIT.location),
      group: countValues(s.tables.group, idArray, masks, FACET_BIT.group),
      date: countValues(s.dateTable, idArray, masks, DATE_BIT),
    };
    const matching: number[] = [];
    for (let i = 0; i < idArray.length; i++) if (masks[i] === 0) matching.push(idArray[i]!);

    const scoreOf = (pid: number): number => scores.get(pid) ?? 0;
    const dateOf = (pid: number): number => s.pubFirst[s.paragraphDoc[pid]!]!;
    const before = (a: number, b: number): boolean => {
      if (browsing) {
        const da = dateOf(a);
        const db = dateOf(b);
        return da !== db ? da > db : a < b;
      }
      if (params.sort === 'date') {
        const da = dateOf(a);
        const db = dateOf(b);
        if (da !== db) return da > db;
      }
      const ma = matched.get(a) ?? 0;
      const mb = matched.get(b) ?? 0;
      if (ma !== mb) return ma > mb;
      const sa = scoreOf(a);
      const sb = scoreOf(b);
      return sa !== sb ? sa > sb : a < b;
    };
    const wanted = params.offset + params.limit;
    let ranked = selectTop(matching, wanted, before);
    if (ranked.length < wanted && partialIds.length > 0) {
      // Past the last full match, the page continues with partial matches (ranked after every full one).
      // A partial match in an article that fully matches is likelier about the same event: rank it first.
      const fullDocs = new Set(matching.map((pid) => s.paragraphDoc[pid]!));
      const local = (pid: number): number => (fullDocs.has(s.paragraphDoc[pid]!) ? 1 : 0);
      const beforePartial = (a: number, b: number): boolean => {
        const la = local(a);
        const lb = local(b);
        return la !== lb ? la > lb : before(a, b);
      };
      const backfill = partialIds.filter((_, i) => partialMasks[i] === 0);
      ranked = ranked.concat(selectTop(backfill, wanted - ranked.length, beforePartial));
    }
    const page = ranked.slice(params.offset);
    return this.finish(started, {
      total: matching.length,
      relaxed,
      hits: page.map((pid) => this.buildHit(pid, scoreOf(pid), unitResults)),
      facets: this.facetsFromCounts(counts, params.facetSize),
    });
  }

  private finish(started: number, body: Omit<SearchResponse, 'took_ms'>): SearchResponse {
    const took = Math.round((performance.now() - started) * 1000) / 1000;
    return { total: body.total, took_ms: took, relaxed: body.relaxed, hits: body.hits, facets: body.facets };
  }

  private facetsFromCounts(counts: Record<FacetName | 'date', Uint32Array>, size: number): FacetCounts {
    return {
      speaker: topValues(this.s.tables.speaker, counts.speaker, size),
      actor: topValues(this.s.tables.actor, counts.actor, size),
      location: topValues(this.s.tables.location, counts.location, size),
      group: topValues(this.s.tables.group, counts.group, size),
      date: topValues(this.s.dateTable, counts.date, size),
    };
  }

  private marksFor(pid: number, tokens: readonly AnalyzedToken[], unitResults: UnitResult[]): MarkSpan[] {
    const text = this.s.texts[pid]!;
    const marks: MarkSpan[] = [];
    let entitySpans: { canonical: string; start: number; end: number }[] | null = null;
    unitResults.forEach((r, unit) => {
      if (!r.scores.has(pid)) return;
      const before = marks.length;
      if (r.unit.phrase !== null && r.unit.phrase.length > 1) {
        const { keys, index } = phraseTokenIndex(tokens);
        for (const at of containsSequence(keys, r.unit.phrase)) {
          marks.push({ start: tokens[index[at]!]!.start, end: tokens[index[at + r.unit.phrase.length - 1]!]!.end, unit });
        }
      } else {
        for (const m of r.termMaps) {
          const hit = m.get(pid);
          if (hit === undefined) continue;
          const loose = new Set(hit.looseTerms);
          const exact = new Set(hit.exactTerms);
          for (const t of tokens) if (t.content && (loose.has(t.loose) || exact.has(t.exact))) marks.push({ start: t.start, end: t.end, unit });
        }
      }
      if (r.unit.canonicals.length === 0) return;
      if (this.o.resolveEntities !== undefined) {
        if (entitySpans === null) {
          try {
            entitySpans = this.o.resolveEntities(text);
          } catch {
            entitySpans = [];
          }
        }
        for (const e of entitySpans) if (r.unit.canonicals.includes(e.canonical)) marks.push({ start: e.start, end: e.end, unit });
      }
      if (marks.length === before) {
        // Matched through its facets only: highlight the words of the entity's name that the text does use.
        const nameKeys = new Set(r.unit.canonicals.flatMap((c) => analyzeText(c).filter((t) => t.content).map((t) => t.loose)));
        for (const t of tokens) if (t.content && nameKeys.has(t.loose)) marks.push({ start: t.start, end: t.end, unit });
      }
      const speaker = this.s.docs[this.s.paragraphDoc[pid]!]!.paragraphs[this.s.paragraphPos[pid]!]!.speaker;
      if (marks.length === before && speaker !== null && r.unit.canonicals.includes(speaker)) {
        for (const span of attributionSpans(tokens)) marks.push({ ...span, unit });
      }
    });
    return marks.filter((m) => m.start >= 0 && m.end <= text.length);
  }

  private buildHit(pid: number, score: number, unitResults: UnitResult[]): SearchHit {
    const s = this.s;
    const doc = s.docs[s.paragraphDoc[pid]!]!;
    const p = doc.paragraphs[s.paragraphPos[pid]!]!;
    const tokens = analyzeText(p.text);
    const marks = unitResults.length > 0 ? this.marksFor(pid, tokens, unitResults) : [];
    return {
      id: `${doc.id}#${p.anchor}`,
      doc: { id: doc.id, title: doc.title, source: doc.source, published: doc.published },
      anchor: p.anchor,
      url: `/doc/${encodeURIComponent(doc.id)}#${p.anchor}`,
      text: p.text,
      snippet: buildSnippet(p.text, tokens, marks, { windowWords: this.o.snippetWords }),
      speaker: p.speaker,
      actors: [...p.actors],
      locations: [...p.locations],
      groups: [...p.groups],
      dates: [...p.dates],
      score: Math.round(score * 1000) / 1000,
    };
  }
}

/** Builds the engine over indexed documents (paragraph ids follow the given order). */
export function createSearchEngine(docs: IndexedDocument[], options?: Partial<EngineOptions>): SiftEngine {
  return new Engine(buildState(docs, null), resolveOptions(options));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rebuilds an engine from `toJSON()` output; a different format version is refused with `index_version`. */
export function loadSearchEngine(json: unknown, options?: Partial<EngineOptions>): SiftEngine {
  if (!isRecord(json) || json.format !== INDEX_FORMAT) {
    throw new SiftError('index_corrupt', `the search index is not a ${INDEX_FORMAT} file; rebuild it with \`npm run index\``);
  }
  if (json.version !== INDEX_FORMAT_VERSION) {
    throw new SiftError(
      'index_version',
      `the search index has format version ${JSON.stringify(json.version)} but this build reads version ${INDEX_FORMAT_VERSION}; rebuild it with \`npm run index\``,
    );
  }
  const vocab = json.vocabulary;
  if (!Array.isArray(json.documents) || !isRecord(json.text) || !isRecord(vocab) || !Array.isArray(vocab.terms) || !Array.isArray(vocab.frequencies)) {
    throw new SiftError('index_corrupt', 'the search index is incomplete; rebuild it with `npm run index`');
  }
  let mini: ReturnType<typeof createMiniSearch>;
  try {
    mini = loadMiniSearch(json.text);
  } catch (err) {
    throw new SiftError('index_corrupt', `the search index could not be read (${err instanceof Error ? err.message : String(err)}); rebuild it with \`npm run index\``);
  }
  const state = buildState(json.documents as IndexedDocument[], {
    mini,
    vocabulary: { terms: vocab.terms as string[], frequencies: Uint32Array.from(vocab.frequencies as number[]) },
  });
  return new Engine(state, resolveOptions(options));
}
