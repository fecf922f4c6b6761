// Query planning: the text of `q` as units to AND (words, phrases, named entities), exclusions and in-query facet filters.
import { FACET_NAMES } from '../../types';
import type { FacetName } from '../../types';
import type { SearchContext } from '../execute/context';
import { findQueryEntities, resolveFilterValues } from '../entity-expansion';
import { matchingValues } from '../facets/facet-table';
import type { FacetTable } from '../facets/facet-table';
import { withNameVariants } from '../facets/url-filters';
import type { WordLookup } from '../index/text-segment';
import { analyzeText, arabicKeyReadings, phraseKeys } from '../../text';
import { parseQuery } from '../query-parser';
import type { QueryClause } from '../query-parser';
import { phraseKey } from '../synonyms';
import type { SynonymAlternative } from '../synonyms';
import { resolveLanguageValues } from './languages';
import { loadWordVariants } from './word-variants';

const MAX_RELATED = 100;
const MAX_QUERY_CHARS = 4000;

/** Facets whose values are gazetteer entities: a prefix value is any alias or spelling of one. */
function isEntityFacet(name: string): name is FacetName {
  return (FACET_NAMES as readonly string[]).includes(name);
}

/** A conjunct of the query: its words (ANDed), an optional phrase to verify, and entities that also satisfy it. */
export interface Unit {
  lookups: WordLookup[];
  phrase: string[] | null;
  canonicals: string[];
  /** Entities that also satisfy the unit at `relatedWeight`: a state's people and bodies, a place's places. */
  related: string[];
  /** Other words that satisfy a single-word unit, at a lower weight. */
  synonyms: SynonymAlternative[];
  /**
   * Per word of an unquoted entity unit, the other words that satisfy it: a name the gazetteer knows in one language
   * only ("Constitutional Committee") still finds its translation word by word ("Конституционный комитет").
   */
  wordSynonyms?: SynonymAlternative[][];
  /** For an entity unit: the words' span in `q` (to offer the exact, quoted form). */
  span?: [number, number];
}

/** A `facet:value` filter written in the query, resolved to the values it selects. */
export interface PlanFilter {
  table: FacetTable;
  selected: Uint8Array;
  negated: boolean;
}

export interface Plan {
  units: Unit[];
  excluded: { lookups: WordLookup[]; phrase: string[] | null }[];
  filters: PlanFilter[];
  /** True when the query has words but none can match (only stopwords). */
  empty: boolean;
}

/**
 * Typo budget by word length: none up to 4 letters, 1 from 5, 2 from 9. It applies to the exact
 * (surface) key only: fuzzy matching on stemmed/folded keys joins unrelated short stems (vaccin ~ vicin).
 */
export function typoBudget(word: string): number {
  return word.length <= 4 ? 0 : word.length <= 8 ? 1 : 2;
}

/** A positive clause analysed: its word lookups, phrase keys, and what entity finding needs of it. */
interface ClauseWords {
  lookups: WordLookup[];
  phrase: string[] | null;
  candidate: { start: number; end: number; keys: string[]; phrase: boolean };
}

function clauseWords(c: QueryClause, typing: boolean, minPrefixLength: number): ClauseWords {
  const tokens = analyzeText(c.text);
  const content = tokens.filter((t) => t.content);
  const lookups = content.map((t, k): WordLookup => {
    if (c.kind === 'phrase') return { exact: t.exact, loose: t.loose, exactFuzzy: 0, looseFuzzy: 0, prefix: false };
    const prefix = typing && k === content.length - 1 && t.exact.length >= minPrefixLength;
    return { exact: t.exact, loose: t.loose, exactFuzzy: typoBudget(t.exact), looseFuzzy: 0, prefix };
  });
  return {
    lookups,
    phrase: c.kind === 'phrase' ? phraseKeys(tokens) : null,
    candidate: { start: c.start, end: c.end, keys: content.map((t) => t.loose), phrase: c.kind === 'phrase' },
  };
}

/** Related entities of the named ones that the index holds, without the named ones; bounded to keep plans small. */
function relatedTo(ctx: SearchContext, canonicals: readonly string[]): string[] {
  if (ctx.o.relatedEntities === undefined) return [];
  const named = new Set(canonicals);
  const out = new Set<string>();
  for (const c of canonicals) {
    for (const r of ctx.o.relatedEntities(c)) if (!named.has(r) && out.size < MAX_RELATED) out.add(r);
  }
  return [...out];
}

/** An Arabic word's other reading (first letter a proclitic or its own) is the same word: next to its own spelling. */
const READING_WEIGHT = 0.95;

/** The other index keys an Arabic query word can have (arabicKeyReadings); none for other scripts. */
function otherReadings(l: WordLookup): string[] {
  if (!ARABIC_LETTER.test(l.exact)) return [];
  return arabicKeyReadings(l.exact).filter((key) => key !== l.loose);
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;

/**
 * What else satisfies a lone query word: its synonyms, then its inflected variants (query/word-variants.ts), and for
 * an Arabic word its other reading with the synonyms and variants of that reading.
 */
function alternativesOf(ctx: SearchContext, l: WordLookup): SynonymAlternative[] {
  const variants = loadWordVariants();
  const out = [...(ctx.synonyms.get(l.loose) ?? []), ...variants.of(l.loose)];
  for (const key of otherReadings(l)) {
    out.push({ keys: [key], weight: READING_WEIGHT }, ...(ctx.synonyms.get(key) ?? []), ...variants.of(key));
  }
  return out;
}

/** Most words of a multi-word synonym looked up as one run of query words. */
const MAX_PHRASE_WORDS = 4;

/**
 * Units of a run of plain query words, one per word. Where the words spell a multi-word member of a synonym group
 * ("olive branch", "death toll"; the longest first), each of them is also satisfied by the member's translations
 * («оливковая ветвь», «غصن الزيتون»), so reporting in another language matches every one of those units.
 */
function plainUnits(ctx: SearchContext, lookups: readonly WordLookup[]): Unit[] {
  const units: Unit[] = lookups.map((l) => ({ lookups: [l], phrase: null, canonicals: [], related: [], synonyms: alternativesOf(ctx, l) }));
  for (let i = 0; i < lookups.length; i++) {
    for (let n = Math.min(MAX_PHRASE_WORDS, lookups.length - i); n >= 2; n--) {
      const alternatives = ctx.synonyms.get(phraseKey(lookups.slice(i, i + n).map((l) => l.loose)));
      if (alternatives === undefined || alternatives.length === 0) continue;
      for (let k = i; k < i + n; k++) units[k]!.synonyms.push(...alternatives);
      i += n - 1;
      break;
    }
  }
  return units;
}

/** Units in query order: runs of words covered by a named entity become one entity unit, other words one unit each. */
function groupUnits(ctx: SearchContext, q: string, words: ClauseWords[]): Unit[] {
  const entities = findQueryEntities(
    q,
    words.map((w) => w.candidate),
    ctx.s.catalog,
    ctx.o.resolveEntities,
  );
  const units: Unit[] = [];
  let next = 0;
  const pushWords = (until: number): void => {
    const plain: WordLookup[] = [];
    const flush = (): void => {
      units.push(...plainUnits(ctx, plain));
      plain.length = 0;
    };
    for (; next < until; next++) {
      const w = words[next]!;
      if (w.phrase === null) {
        plain.push(...w.lookups);
        continue;
      }
      flush();
      if (w.lookups.length > 0) units.push({ lookups: w.lookups, phrase: w.phrase, canonicals: [], related: [], synonyms: [] });
    }
    flush();
  };
  for (const e of entities) {
    pushWords(e.first);
    const covered = words.slice(e.first, e.last + 1);
    const phrase = covered.length === 1 && covered[0]!.phrase !== null ? covered[0]!.phrase : null;
    // a quoted name means exactly that name: no places within it, no affiliates
    const related = phrase === null ? relatedTo(ctx, e.canonicals) : [];
    const span: [number, number] = [covered[0]!.candidate.start, covered[covered.length - 1]!.candidate.end];
    const lookups = covered.flatMap((w) => w.lookups);
    const wordSynonyms = phrase === null && lookups.length > 1 ? lookups.map((l) => alternativesOf(ctx, l)) : undefined;
    const synonyms = phrase === null && lookups.length === 1 ? alternativesOf(ctx, lookups[0]!) : [];
    units.push({ lookups, phrase, canonicals: e.canonicals, related, synonyms, span, ...(wordSynonyms ? { wordSynonyms } : {}) });
    next = e.last + 1;
  }
  pushWords(words.length);
  return units;
}

function excludedClause(c: QueryClause): Plan['excluded'][number] {
  const tokens = analyzeText(c.text);
  const lookups = tokens
    .filter((t) => t.content)
    .map((t): WordLookup => ({ exact: '', loose: t.loose, exactFuzzy: 0, looseFuzzy: 0, prefix: false }));
  return { lookups, phrase: tokens.length > 1 ? phraseKeys(tokens) : null };
}

/**
 * The values a `facet:value` prefix selects: languages by code or name, entities by any alias (entity facets),
 * other facets by their value compared folded. Null when the state has no such facet.
 */
function planFilter(ctx: SearchContext, name: string, value: string, negated: boolean): PlanFilter | null {
  const { s, o } = ctx;
  const facet = s.facets.find((f) => f.name === name);
  const table = s.tables[name];
  if (facet === undefined || table === undefined) return null;
  let ids: Iterable<number>;
  if (facet.valueFormat === 'language_code') ids = resolveLanguageValues(table, value);
  else if (isEntityFacet(name)) ids = withNameVariants(name, table, resolveFilterValues(s.catalog, s.entityTables, name, value, o.resolveEntities));
  else ids = matchingValues(table, value);
  const selected = new Uint8Array(table.values.length);
  for (const id of ids) selected[id] = 1;
  return { table, selected, negated };
}

export function planQuery(ctx: SearchContext, q: string): Plan {
  const { s, o } = ctx;
  const parsed = parseQuery(q.slice(0, MAX_QUERY_CHARS), o.facets);
  const positives = parsed.clauses.filter((c) => !c.negated);
  const lastWord = parsed.endsInWord ? positives[positives.length - 1] : undefined;
  const words = positives.map((c) => clauseWords(c, c === lastWord, o.minPrefixLength));
  const units = groupUnits(ctx, q, words);
  const excluded = parsed.clauses
    .filter((c) => c.negated)
    .map(excludedClause)
    .filter((x) => x.lookups.length > 0);
  const filters = parsed.filters
    .slice(0, o.maxClauses)
    .map((f) => planFilter(ctx, f.facet, f.value, f.negated))
    .filter((f): f is PlanFilter => f !== null);
  return {
    units: units.slice(0, o.maxClauses),
    excluded: excluded.slice(0, o.maxClauses),
    filters,
    empty: units.length === 0 && positives.length > 0,
  };
}
