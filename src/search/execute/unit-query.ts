// A unit of the plan resolved against the index: its words' term expansions, synonym alternatives, phrase key ids and
// entity postings. It can be materialized (every matching paragraph, ascending, with scores) or probed for one
// paragraph; both give the same score, so AND queries materialize only their rarest unit.
import { entityPostings } from '../entity-expansion';
import { firstPositions, phraseKeyIds } from '../index/phrase-index';
import type { PhraseQuery } from '../index/phrase-index';
import { documentFrequency } from '../index/text-segment';
import type { WordLookup } from '../index/text-segment';
import type { Unit } from '../query/plan';
import type { SynonymAlternative } from '../synonyms';
import type { SearchContext } from './context';
import { IdCursor, intersectIds, unionAddBonus, unionIds, unionKeepFirst } from './sorted-ids';
import type { ScoredIds } from './sorted-ids';
import { enginePhraseHolds, materializeEngineWord, probeEngineWord, resolveEngineWord } from './word-access';
import type { EnginePhrase, EngineWord } from './word-access';

export interface SynonymQuery {
  keys: string[];
  weight: number;
  words: EngineWord[];
}

export interface UnitQuery {
  unit: Unit;
  words: EngineWord[];
  /** Alternatives of a single-word unit: all their words required, score averaged and weighted. */
  synonyms: SynonymQuery[];
  /** Per word of a multi-word entity unit, its alternatives (empty lists when none). */
  wordSynonyms: SynonymQuery[][];
  /** Phrase key ids to verify in the main segment (null: no check needed; false: it occurs nowhere there). */
  phrase: PhraseQuery | null | false;
  /** The phrase's keys for delta paragraphs (null: no check needed). */
  deltaPhrase: string[] | null;
  entities: EntityMatch[];
  /** Upper bound of the paragraphs it matches. */
  estimate: number;
  materialized: ScoredIds | null;
  /** Probes' place in `materialized` (made with it). */
  probed?: IdCursor;
}

/** An entity's paragraphs and the score bonus they give; `probed`: probes' place in its postings. */
interface EntityMatch {
  postings: Uint32Array;
  bonus: number;
  probed?: IdCursor;
}

const NO_IDS = new Uint32Array(0);
const NO_SCORES = new Float64Array(0);

export function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * Phrase keys as ids, or null when the phrase needs no check; `false` when it cannot occur anywhere.
 * The check starts from the rarest key among the phrase's words (which every candidate holds).
 */
export function phraseIds(ctx: SearchContext, phrase: string[] | null, lookups: readonly WordLookup[]): PhraseQuery | null | false {
  if (phrase === null || phrase.length <= 1) return null;
  const loose = ctx.s.segment.loose;
  const required = new Set(lookups.map((l) => l.loose));
  const rarity = (key: string): number => {
    if (!required.has(key)) return Number.POSITIVE_INFINITY;
    const t = loose.dict.get(key);
    return t === undefined ? Number.POSITIVE_INFINITY : documentFrequency(loose, t);
  };
  return phraseKeyIds(ctx.s.phrases, phrase, rarity) ?? false;
}

/** The paragraphs of one entity name (cached), scored as a unit of `words` words at `weight`. */
function entityMatch(ctx: SearchContext, canonical: string, weight: number, words: number): EntityMatch {
  let postings = ctx.entityCache.get(canonical);
  if (postings === undefined) {
    postings = entityPostings(ctx.s.catalog, ctx.s.entityTables, canonical);
    ctx.entityCache.set(canonical, postings);
  }
  const n = ctx.s.paragraphDoc.length;
  return { postings, bonus: weight * ctx.o.entityBoost * bm25Idf(n, postings.length) * Math.max(1, words) };
}

/** The paragraphs of all related entities as one cached posting list, scored at `relatedWeight` (none when empty). */
function relatedEntity(ctx: SearchContext, related: readonly string[], words: number): EntityMatch[] {
  if (related.length === 0) return [];
  const key = `\u0000related\u0000${related.join('\u0000')}`;
  let postings = ctx.entityCache.get(key);
  if (postings === undefined) {
    postings = unionIds(related.map((c) => entityPostings(ctx.s.catalog, ctx.s.entityTables, c)));
    ctx.entityCache.set(key, postings);
  }
  if (postings.length === 0) return [];
  const n = ctx.s.paragraphDoc.length;
  return [{ postings, bonus: ctx.o.relatedWeight * ctx.o.entityBoost * bm25Idf(n, postings.length) * Math.max(1, words) }];
}

export function resolveUnit(ctx: SearchContext, unit: Unit): UnitQuery {
  const words = unit.lookups.map((l) => resolveEngineWord(ctx, l));
  const resolveAlternative = (alt: SynonymAlternative): SynonymQuery => ({
    keys: alt.keys,
    weight: alt.weight,
    words: alt.keys.map((loose) => resolveEngineWord(ctx, { exact: '', loose, exactFuzzy: 0, looseFuzzy: 0, prefix: false })),
  });
  const synonyms = words.length === 1 ? unit.synonyms.map(resolveAlternative) : [];
  const wordSynonyms = words.length > 1 && unit.wordSynonyms !== undefined ? unit.wordSynonyms.map((list) => list.map(resolveAlternative)) : [];
  const entities = [
    ...unit.canonicals.map((c) => entityMatch(ctx, c, 1, unit.lookups.length)),
    ...relatedEntity(ctx, unit.related, unit.lookups.length),
  ];
  const alternativesEstimate = (alts: readonly SynonymQuery[]): number => alts.reduce((sum, alt) => sum + Math.min(...alt.words.map((w) => w.estimate)), 0);
  let estimate = words.length === 0 ? 0 : Math.min(...words.map((w, k) => w.estimate + alternativesEstimate(wordSynonyms[k] ?? [])));
  estimate += alternativesEstimate(synonyms);
  for (const e of entities) estimate += e.postings.length;
  const deltaPhrase = ctx.s.delta !== null && unit.phrase !== null && unit.phrase.length > 1 ? unit.phrase : null;
  return { unit, words, synonyms, wordSynonyms, phrase: phraseIds(ctx, unit.phrase, unit.lookups), deltaPhrase, entities, estimate, materialized: null };
}

/** The word lists a unit ANDs: its words, or a lone word merged with its synonyms' paragraphs. */
function unitLists(ctx: SearchContext, uq: UnitQuery): ScoredIds[] {
  const words: ScoredIds[] = uq.words.map((w) => materializeEngineWord(ctx, w));
  if (words.length !== 1 || uq.synonyms.length === 0) return words;
  let merged = words[0]!;
  for (const alt of uq.synonyms) merged = unionKeepFirst(merged, materializeSynonym(ctx, alt.words, alt.weight));
  return [merged];
}

/** The paragraphs holding every list (and the phrase, checked only among `among` when given), with summed scores. */
function intersectUnit(ctx: SearchContext, uq: UnitQuery, lists: ScoredIds[], among: Uint32Array | undefined): ScoredIds {
  const { ids, positions } = intersectIds(lists.map((l) => l.ids));
  return keepHolding(ctx, uq, ids, among, (i, k) => lists[k]!.scores[positions[k]![i]!]!);
}

/**
 * `intersectUnit` for a unit of several words: only its rarest word is materialized, the others are probed for that
 * word's paragraphs (a phrase of two common words no longer scores both words' every posting). Probes give the
 * scores materializing gives, summed in the same word order, so the result is the same.
 */
function intersectByProbes(ctx: SearchContext, uq: UnitQuery, among: Uint32Array | undefined): ScoredIds {
  const words = uq.words;
  const alternatives = (k: number): SynonymQuery[] => uq.wordSynonyms[k] ?? [];
  const estimate = (k: number): number => words[k]!.estimate + alternatives(k).reduce((sum, alt) => sum + Math.min(...alt.words.map((w) => w.estimate)), 0);
  let rarest = 0;
  for (let k = 1; k < words.length; k++) if (estimate(k) < estimate(rarest)) rarest = k;
  // the rarest word's paragraphs with its alternatives' (the word's own score first); the others are probed
  let driver: ScoredIds = materializeEngineWord(ctx, words[rarest]!);
  for (const alt of alternatives(rarest)) driver = unionKeepFirst(driver, materializeSynonym(ctx, alt.words, alt.weight));
  const found = new Uint32Array(driver.ids.length);
  const wordScores = new Float64Array(driver.ids.length * words.length);
  let count = 0;
  outer: for (let i = 0; i < driver.ids.length; i++) {
    const pid = driver.ids[i]!;
    for (let k = 0; k < words.length; k++) {
      const score = k === rarest ? driver.scores[i]! : probeWord(ctx, uq, k, pid);
      if (Number.isNaN(score)) continue outer;
      wordScores[count * words.length + k] = score;
    }
    found[count++] = pid;
  }
  return keepHolding(ctx, uq, found.subarray(0, count), among, (i, k) => wordScores[i * words.length + k]!);
}

/** Of `ids` (ascending, holding every word), those holding the phrase, scored by the sum of `scoreOf(i, word)`. */
function keepHolding(ctx: SearchContext, uq: UnitQuery, ids: Uint32Array, among: Uint32Array | undefined, scoreOf: (i: number, k: number) => number): ScoredIds {
  const phrase = uq.phrase;
  const check: EnginePhrase = { main: phrase, keys: uq.deltaPhrase };
  const kept = new Uint32Array(ids.length);
  const scores = new Float64Array(ids.length);
  const firstAnchor = phrase === null || phrase === false ? null : firstPositions(ctx.s.segment, phrase.anchorKey);
  const words = Math.max(1, uq.words.length);
  let count = 0;
  let j = 0;
  for (let i = 0; i < ids.length; i++) {
    const pid = ids[i]!;
    if (among !== undefined && phrase !== null) {
      while (j < among.length && among[j]! < pid) j++;
      if (j === among.length) break;
      if (among[j] !== pid) continue;
    }
    if (phrase !== null && !enginePhraseHolds(ctx, check, pid, firstAnchor === null ? undefined : firstAnchor(pid))) continue;
    let score = 0;
    for (let k = 0; k < words; k++) score += scoreOf(i, k);
    kept[count] = pid;
    scores[count++] = uq.unit.phrase !== null ? score * ctx.o.phraseBoost : score;
  }
  return { ids: kept.subarray(0, count), scores: scores.subarray(0, count) };
}

/**
 * Every paragraph satisfying the unit, ascending, with its score. With `among` (ascending), a phrase is only
 * checked in those paragraphs (others may be missing from the result, which is then not kept for reuse).
 */
export function materializeUnit(ctx: SearchContext, uq: UnitQuery, among?: Uint32Array): ScoredIds {
  if (uq.materialized !== null) return uq.materialized;
  let result: ScoredIds = { ids: NO_IDS, scores: NO_SCORES };
  // Without a delta, a phrase missing from the main segment matches nowhere; with one, delta paragraphs may hold it.
  const possible = uq.phrase !== false || uq.deltaPhrase !== null;
  const lists = uq.words.length > 1 && uq.synonyms.length === 0 ? null : unitLists(ctx, uq);
  if (lists === null) {
    if (possible) result = intersectByProbes(ctx, uq, among);
  } else if (lists.length === 1 && uq.phrase === null) {
    const only = lists[0]!;
    let scores = only.scores;
    if (uq.unit.phrase !== null) {
      scores = new Float64Array(only.scores.length);
      for (let i = 0; i < scores.length; i++) scores[i] = (0 + only.scores[i]!) * ctx.o.phraseBoost;
    }
    result = { ids: only.ids, scores };
  } else if (lists.length > 0 && possible) {
    result = intersectUnit(ctx, uq, lists, among);
  }
  for (const e of uq.entities) result = unionAddBonus(result, e.postings, e.bonus);
  if (among === undefined) uq.materialized = result;
  return result;
}

/** Paragraphs holding every word of a synonym, scored at the synonym's weight. */
function materializeSynonym(ctx: SearchContext, words: EngineWord[], weight: number): ScoredIds {
  const lists = words.map((w) => materializeEngineWord(ctx, w));
  if (lists.length === 1) {
    // A one-word alternative (most are): its own list, no intersection, the same arithmetic as below.
    const only = lists[0]!;
    if (only.ids.length === 0) return only;
    const scores = new Float64Array(only.ids.length);
    for (let i = 0; i < scores.length; i++) scores[i] = ((0 + only.scores[i]!) / 1) * weight;
    return { ids: only.ids, scores };
  }
  const { ids, positions } = intersectIds(lists.map((w) => w.ids));
  const scores = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    let score = 0;
    for (let k = 0; k < lists.length; k++) score += lists[k]!.scores[positions[k]![i]!]!;
    scores[i] = (score / lists.length) * weight;
  }
  return { ids, scores };
}

export function probeSynonym(ctx: SearchContext, words: EngineWord[], weight: number, pid: number): number {
  let score = 0;
  for (const w of words) {
    const s = probeEngineWord(ctx, w, pid);
    if (Number.isNaN(s)) return Number.NaN;
    score += s;
  }
  return (score / words.length) * weight;
}

/** The summed score of the unit's words (each falling back to its alternatives) for one paragraph, or NaN. */
function probeWords(ctx: SearchContext, uq: UnitQuery, pid: number): number {
  let total = 0;
  for (let k = 0; k < uq.words.length; k++) {
    const s = probeWord(ctx, uq, k, pid);
    if (Number.isNaN(s)) return Number.NaN;
    total += s;
  }
  return total;
}

/** Word k's score for one paragraph, falling back to its alternatives in order (a lone word: the unit's synonyms), or NaN. */
function probeWord(ctx: SearchContext, uq: UnitQuery, k: number, pid: number): number {
  let s = probeEngineWord(ctx, uq.words[k]!, pid);
  if (!Number.isNaN(s)) return s;
  for (const alt of uq.words.length === 1 ? uq.synonyms : (uq.wordSynonyms[k] ?? [])) {
    s = probeSynonym(ctx, alt.words, alt.weight, pid);
    if (!Number.isNaN(s)) return s;
  }
  return Number.NaN;
}

/** The unit's score for one paragraph (exactly what materializeUnit gives it), or NaN when it does not satisfy the unit. */
export function probeUnit(ctx: SearchContext, uq: UnitQuery, pid: number): number {
  if (uq.materialized !== null) {
    if (uq.probed?.ids !== uq.materialized.ids) uq.probed = new IdCursor(uq.materialized.ids);
    const at = uq.probed.indexOf(pid);
    return at < 0 ? Number.NaN : uq.materialized.scores[at]!;
  }
  let score = Number.NaN;
  if (uq.words.length > 0 && (uq.phrase !== false || pid >= ctx.s.segment.size)) {
    const total = probeWords(ctx, uq, pid);
    if (!Number.isNaN(total) && (uq.phrase === null || enginePhraseHolds(ctx, { main: uq.phrase, keys: uq.deltaPhrase }, pid))) {
      score = uq.unit.phrase !== null ? total * ctx.o.phraseBoost : total;
    }
  }
  for (const e of uq.entities) {
    e.probed ??= new IdCursor(e.postings);
    if (e.probed.indexOf(pid) >= 0) score = (Number.isNaN(score) ? 0 : score) + e.bonus;
  }
  return score;
}
