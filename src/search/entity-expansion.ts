// Maps query words, phrases and facet:value filters onto entity facet values (through the resolver's aliases or the index's own values).
import type { FacetName, SubplaceExpansion } from '../types';
import { FACET_NAMES } from '../types';
import type { FacetTable } from './facets/facet-table';
import type { ResolvedEntity } from '../types';
import { valuePostings } from './facets/facet-table';
import { analyzeText, foldWords, translitWords } from '../text';
import { unionIds } from './execute/sorted-ids';

export type { ResolvedEntity };

export type ResolveEntities = (text: string) => ResolvedEntity[];

export type FacetTables = Record<FacetName, FacetTable>;

export interface EntityCatalog {
  /** Canonical name → the facets (and value ids) it occurs in. */
  byName: Map<string, { facet: FacetName; id: number }[]>;
  /** Loose keys of a name's content words, space-joined → canonical names. */
  byKeys: Map<string, string[]>;
  /** Most content words in any name. */
  maxWords: number;
  /** Per facet, each value's folded forms for substring matching of filter values. */
  folded: Record<FacetName, { plain: string[]; translit: string[] }>;
}

/** A run of query words (or one phrase) that names an entity present in the index. */
export interface QueryEntity {
  canonicals: string[];
  /** Indexes into the words array given to findQueryEntities. */
  first: number;
  last: number;
}

/** A positive query word or phrase with its span in the query and its content loose keys. */
export interface EntityCandidateWord {
  start: number;
  end: number;
  keys: string[];
  phrase: boolean;
}

export function buildEntityCatalog(tables: FacetTables): EntityCatalog {
  const byName = new Map<string, { facet: FacetName; id: number }[]>();
  const byKeys = new Map<string, string[]>();
  let maxWords = 1;
  const folded = {} as EntityCatalog['folded'];
  for (const facet of FACET_NAMES) {
    const table = tables[facet];
    const plain = table.values.map(foldWords);
    folded[facet] = { plain, translit: plain.map(translitWords) };
    table.values.forEach((value, id) => {
      let refs = byName.get(value);
      if (refs === undefined) {
        refs = [];
        byName.set(value, refs);
        const keys = analyzeText(value)
          .filter((t) => t.content)
          .map((t) => t.loose);
        if (keys.length > 0) {
          const joined = keys.join(' ');
          byKeys.set(joined, [...(byKeys.get(joined) ?? []), value]);
          maxWords = Math.max(maxWords, keys.length);
        }
      }
      refs.push({ facet, id });
    });
  }
  return { byName, byKeys, maxWords, folded };
}

/** Every paragraph carrying `canonical` in any facet (speaker, actors, locations, groups), ascending. */
export function entityPostings(catalog: EntityCatalog, tables: FacetTables, canonical: string): Uint32Array {
  const refs = catalog.byName.get(canonical) ?? [];
  if (refs.length === 0) return new Uint32Array(0);
  return unionIds(refs.map((r) => valuePostings(tables[r.facet], r.id)));
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Title-cases every word without moving any offset (a letter whose upper case is longer stays as it is).
 * The gazetteer matcher wants names capitalised as in running text; a searcher types `zakharova`.
 */
export function titleCaseWords(text: string): string {
  let out = '';
  let atWordStart = true;
  for (const char of text) {
    const isLetter = /\p{L}/u.test(char);
    const upper = char.toUpperCase();
    out += isLetter && atWordStart && upper.length === char.length ? upper : char;
    atWordStart = !/[\p{L}\p{N}'’-]/u.test(char);
  }
  return out;
}

/**
 * A word put before the query when it is resolved. A query is keywords, not a sentence: its first word is not the
 * subject opening one, which the resolver reads as a capital standing for its government ("Damascus" → the Syrian
 * government); after a neutral word a capital is the place unless a verb makes it act ("Ankara said").
 */
const LEAD_IN = 'x ';

/** The resolver's spans for the query as typed and title-cased, so recognition never depends on case. */
function resolveAnyCase(q: string, resolve: ResolveEntities): ResolvedEntity[] {
  const safe = (text: string): ResolvedEntity[] => {
    try {
      return resolve(LEAD_IN + text)
        .map((s) => ({ ...s, start: s.start - LEAD_IN.length, end: s.end - LEAD_IN.length }))
        .filter((s) => s.start >= 0);
    } catch {
      return [];
    }
  };
  const spans = safe(q);
  const titled = titleCaseWords(q);
  if (titled === q) return spans;
  const seen = new Set(spans.map((s) => `${s.start}:${s.end}:${s.canonical}`));
  for (const span of safe(titled)) {
    const key = `${span.start}:${span.end}:${span.canonical}`;
    // what the resolver found in the query as typed wins over a title-cased reading of the same words
    if (seen.has(key) || spans.some((s) => overlaps(s, span))) continue;
    seen.add(key);
    spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Finds entities among the query's positive words and phrases: first through the resolver's spans
 * (aliases, spelling variants), then by matching runs of words against the names in the index.
 * A phrase is an entity only when the entity covers the whole phrase.
 */
export function findQueryEntities(
  q: string,
  words: readonly EntityCandidateWord[],
  catalog: EntityCatalog,
  resolve: ResolveEntities | undefined,
): QueryEntity[] {
  const found: QueryEntity[] = [];
  const used = new Uint8Array(words.length);
  if (resolve !== undefined) {
    for (const span of resolveAnyCase(q, resolve)) {
      if (!catalog.byName.has(span.canonical)) continue;
      const covered: number[] = [];
      words.forEach((w, i) => {
        if (overlaps(w, span)) covered.push(i);
      });
      if (covered.length === 0) continue;
      const first = covered[0]!;
      const last = covered[covered.length - 1]!;
      const hasPhrase = covered.some((i) => words[i]!.phrase);
      if (hasPhrase && covered.length > 1) continue;
      if (hasPhrase) {
        const w = words[first]!;
        const named = analyzeText(q.slice(span.start, span.end)).filter((t) => t.content).length;
        if (named < w.keys.length) continue;
      }
      if (covered.some((i) => used[i] === 1)) {
        const same = found.find((e) => e.first === first && e.last === last);
        if (same !== undefined && !same.canonicals.includes(span.canonical)) same.canonicals.push(span.canonical);
        continue;
      }
      for (let i = first; i <= last; i++) used[i] = 1;
      found.push({ canonicals: [span.canonical], first, last });
    }
  }
  for (let i = 0; i < words.length; i++) {
    if (used[i] === 1) continue;
    if (words[i]!.phrase) {
      const names = catalog.byKeys.get(words[i]!.keys.join(' '));
      if (names !== undefined) {
        used[i] = 1;
        found.push({ canonicals: [...names], first: i, last: i });
      }
      continue;
    }
    // Longest run of plain words (stopwords included) whose content keys spell a known name.
    let best: { last: number; names: string[] } | null = null;
    const keys: string[] = [];
    for (let j = i; j < words.length && !words[j]!.phrase && used[j] !== 1; j++) {
      keys.push(...words[j]!.keys);
      if (keys.length > catalog.maxWords) break;
      if (words[j]!.keys.length === 0) continue;
      const names = catalog.byKeys.get(keys.join(' '));
      if (names !== undefined) best = { last: j, names };
    }
    if (best !== null) {
      for (let k = i; k <= best.last; k++) used[k] = 1;
      found.push({ canonicals: [...best.names], first: i, last: best.last });
      i = best.last;
    }
  }
  return found.sort((a, b) => a.first - b.first);
}

/**
 * Value ids of one facet that a `facet:value` filter names: the exact value, the resolver's canonical
 * for it, or else every value containing the folded text at a word start (zakharova → Maria Zakharova).
 */
export function resolveFilterValues(
  catalog: EntityCatalog,
  tables: FacetTables,
  facet: FacetName,
  raw: string,
  resolve: ResolveEntities | undefined,
): number[] {
  const table = tables[facet];
  const exact = table.ids.get(raw);
  if (exact !== undefined) return [exact];
  if (resolve !== undefined) {
    let spans: ResolvedEntity[] = [];
    try {
      spans = resolve(raw);
    } catch {
      spans = [];
    }
    const ids = spans.map((s) => table.ids.get(s.canonical)).filter((id): id is number => id !== undefined);
    if (ids.length > 0) return [...new Set(ids)];
  }
  const plain = foldWords(raw);
  if (plain === '') return [];
  const translit = translitWords(plain);
  const { plain: values, translit: translitValues } = catalog.folded[facet];
  const out: number[] = [];
  for (let id = 0; id < values.length; id++) {
    if (` ${values[id]!}`.includes(` ${plain}`) || ` ${translitValues[id]!}`.includes(` ${translit}`)) out.push(id);
  }
  return out;
}

/**
 * The places a query searched together with places within them ("Aleppo" also finds Sheikh Maqsoud): each with how
 * many such places the index holds and the query that means exactly the place (its words quoted). Empty: no key.
 */
export function subplaceNotice(
  s: { entityTables: FacetTables },
  plan: { units: readonly { canonicals: string[]; related: string[]; span?: [number, number] }[] },
  q: string,
): { subplaces?: SubplaceExpansion[] } {
  const places = s.entityTables.location;
  const out: SubplaceExpansion[] = [];
  for (const u of plan.units) {
    if (u.span === undefined || u.related.length === 0) continue;
    const place = u.canonicals.find((c) => places.ids.has(c));
    const within = u.related.filter((r) => places.ids.has(r)).length;
    if (place === undefined || within === 0) continue;
    const [start, end] = u.span;
    out.push({ place, within, exact_q: `${q.slice(0, start)}"${q.slice(start, end)}"${q.slice(end)}` });
  }
  return out.length > 0 ? { subplaces: out } : {};
}
