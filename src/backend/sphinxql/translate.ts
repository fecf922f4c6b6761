// Sift's query language → a SphinxQL MATCH expression: words ANDed, phrases, exclusions, prefix on the word being typed,
// typo candidates and synonyms from Sift's own dictionary, entity names (aliases, other scripts) as entity tokens.
import { readFileSync } from 'node:fs';
import { findQueryEntities, resolveFilterValues } from '../../search/entity-expansion';
import type { ResolveEntities } from '../../search/entity-expansion';
import { typoBudget } from '../../search/query/plan';
import { resolveLanguageValues } from '../../search/query/languages';
import { analyzeText, foldWords, normalizeToken, phraseKeys } from '../../text';
import { parseQuery } from '../../search/query-parser';
import type { QueryClause } from '../../search/query-parser';
import type { SynonymTable } from '../../search/synonyms';
import type { FacetName } from '../../types';
import type { Dictionary } from './dictionary';
import { entityToken, facetToken, valueId } from './ids';
import { ALL_TOKEN } from './schema';

export interface TranslateOptions {
  synonyms: SynonymTable;
  /** Loose keys of a synonym (space-joined) → its words as written, for the snippets to mark. */
  synonymWords?: Map<string, string>;
  resolveEntities?: ResolveEntities;
  relatedEntities?: (canonical: string) => string[];
  /** The word being typed gets prefix matching from this many letters. */
  minPrefixLength: number;
  /** Dictionary words tried for a possibly misspelt query word. */
  maxTypoCandidates: number;
  maxClauses: number;
  maxRelated: number;
}

export interface TranslatedQuery {
  /** The MATCH expression, or null when the query has no words (browsing). */
  match: string | null;
  /** The units ORed instead of ANDed: partial matches when nothing has every word (null with fewer than two units). */
  relaxed: string | null;
  /** Words were typed but none can match (only stopwords, or characters the index does not hold). */
  empty: boolean;
  /** `facet:value` prefixes in the query: value ids per facet, ANDed with the URL filters. */
  filters: { facet: string; ids: number[] }[];
  /** Words for CALL SNIPPETS to mark. */
  highlight: string[];
  /** Entities the query names (and their related ones): their mentions are marked too. */
  entities: string[];
}

/** Stands for a query word the index cannot hold: matches nothing, keeps the query valid. */
const NOTHING = 'siftnothing';
const KEY = /^[0-9a-z_\u00DF-\u024F\u0430-\u044F\u0451\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u06D3\u06F0-\u06F9]+$/;

function key(k: string): string {
  return KEY.test(k) ? k : NOTHING;
}

interface Lookup {
  exact: string;
  loose: string;
  prefix: boolean;
  fuzzy: boolean;
}

interface Unit {
  lookups: Lookup[];
  phrase: string[] | null;
  canonicals: string[];
}

function wordsOf(c: QueryClause, typing: boolean, minPrefix: number): { lookups: Lookup[]; phrase: string[] | null; keys: string[] } {
  const tokens = analyzeText(c.text);
  const content = tokens.filter((t) => t.content);
  const lookups = content.map((t, k) => ({
    exact: t.exact,
    loose: t.loose,
    prefix: c.kind === 'word' && typing && k === content.length - 1 && t.exact.length >= minPrefix,
    fuzzy: c.kind === 'word',
  }));
  return { lookups, phrase: c.kind === 'phrase' ? phraseKeys(tokens) : null, keys: content.map((t) => t.loose) };
}

export class QueryTranslator {
  constructor(
    private readonly dictionary: Dictionary,
    private readonly o: TranslateOptions,
  ) {}

  translate(q: string): TranslatedQuery {
    const parsed = parseQuery(q);
    const positives = parsed.clauses.filter((c) => !c.negated);
    const lastWord = parsed.endsInWord ? positives[positives.length - 1] : undefined;
    const words = positives.map((c) => ({ clause: c, ...wordsOf(c, c === lastWord, this.o.minPrefixLength) }));
    const { catalog } = this.dictionary.catalog();
    const entities = findQueryEntities(
      q,
      words.map((w) => ({ start: w.clause.start, end: w.clause.end, keys: w.keys, phrase: w.phrase !== null })),
      catalog,
      this.o.resolveEntities,
    );
    const units: Unit[] = [];
    let next = 0;
    const pushWords = (until: number): void => {
      for (; next < until; next++) {
        const w = words[next]!;
        if (w.phrase !== null) {
          if (w.lookups.length > 0) units.push({ lookups: w.lookups, phrase: w.phrase, canonicals: [] });
        } else for (const l of w.lookups) units.push({ lookups: [l], phrase: null, canonicals: [] });
      }
    };
    for (const e of entities) {
      pushWords(e.first);
      const covered = words.slice(e.first, e.last + 1);
      const phrase = covered.length === 1 && covered[0]!.phrase !== null ? covered[0]!.phrase : null;
      units.push({ lookups: covered.flatMap((w) => w.lookups), phrase, canonicals: e.canonicals });
      next = e.last + 1;
    }
    pushWords(words.length);
    const kept = units.slice(0, this.o.maxClauses);
    const named = new Set<string>();
    const highlight = new Set(this.highlightWords(positives));
    const expressions = kept.map((u) => this.unitExpression(u, named, highlight));
    const exclusions = this.exclusions(parsed.clauses, parsed.filters);
    const filters = parsed.filters
      .filter((f) => !f.negated)
      .map((f) => ({ facet: f.facet, ids: this.filterValues(f.facet, f.value).map((v) => valueId(f.facet, v)) }));
    const join = (parts: string[], op: string): string | null => {
      if (parts.length === 0 && exclusions.length === 0) return null;
      const positive = parts.length === 0 ? `(@ents ${ALL_TOKEN})` : parts.join(op);
      return [op === ' | ' && parts.length > 1 ? `(${positive})` : positive, ...exclusions].join(' ');
    };
    return {
      match: join(expressions, ' '),
      relaxed: expressions.length > 1 ? join(expressions, ' | ') : null,
      empty: kept.length === 0 && positives.length > 0,
      filters,
      highlight: [...highlight],
      entities: [...named],
    };
  }

  /** The unit's MATCH expression; its entities go to `named` and its synonyms to `highlight` (for the snippets). */
  private unitExpression(u: Unit, named: Set<string>, highlight: Set<string>): string {
    const alternatives: string[] = [];
    if (u.phrase !== null) {
      const keys = u.phrase.map(key);
      alternatives.push(keys.length === 1 ? `(@loose ${keys[0]})` : `(@loose "${keys.join(' ')}")`);
    } else {
      const words = u.lookups.map((l) => this.wordExpression(l));
      alternatives.push(words.length === 1 ? words[0]! : `(${words.join(' ')})`);
      if (u.lookups.length === 1) {
        for (const alt of this.o.synonyms.get(u.lookups[0]!.loose) ?? []) {
          alternatives.push(`(@loose ${alt.keys.map(key).join(' ')})`);
          highlight.add(this.o.synonymWords?.get(alt.keys.join(' ')) ?? alt.keys.join(' '));
        }
      }
    }
    if (u.canonicals.length > 0) {
      const related = new Set<string>();
      for (const c of u.canonicals) {
        named.add(c);
        for (const r of this.o.relatedEntities?.(c) ?? []) if (!u.canonicals.includes(r) && related.size < this.o.maxRelated) related.add(r);
      }
      for (const r of related) named.add(r);
      alternatives.push(`(@ents ${u.canonicals.map(entityToken).join('|')})`);
      if (related.size > 0) alternatives.push(`(@rel ${[...related].map(entityToken).join('|')})`);
    }
    return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' | ')})`;
  }

  private wordExpression(l: Lookup): string {
    const loose = new Set([key(l.loose)]);
    if (l.fuzzy) {
      for (const w of this.dictionary.typoCandidates(l.exact, typoBudget(l.exact), this.o.maxTypoCandidates)) loose.add(key(normalizeToken(w).loose));
    }
    const stems = loose.size === 1 ? [...loose][0]! : `(${[...loose].join('|')})`;
    if (!l.prefix || !KEY.test(l.exact)) return `(@loose ${stems})`;
    return `((@loose ${stems}) | (@exact ${l.exact}*))`;
  }

  private exclusions(clauses: readonly QueryClause[], filters: ReturnType<typeof parseQuery>['filters']): string[] {
    const out: string[] = [];
    for (const c of clauses) {
      if (!c.negated) continue;
      const tokens = analyzeText(c.text);
      const keys = tokens.filter((t) => t.content).map((t) => key(t.loose));
      if (keys.length === 0) continue;
      out.push(tokens.length > 1 ? `-(@loose "${phraseKeys(tokens).map(key).join(' ')}")` : `-(@loose ${keys[0]})`);
    }
    for (const f of filters) {
      if (!f.negated) continue;
      const values = this.filterValues(f.facet, f.value);
      if (values.length > 0) out.push(`-(@ents ${values.map((v) => facetToken(f.facet, v)).join('|')})`);
    }
    return out;
  }

  /** Values of a facet a `facet:value` prefix names, resolved the way the embedded engine resolves them. */
  filterValues(facet: string, raw: string): string[] {
    const { catalog, tables } = this.dictionary.catalog();
    const table = tables[facet as FacetName];
    if (table === undefined) return [];
    const ids =
      facet === 'lang'
        ? resolveLanguageValues(table, raw)
        : facet in catalog.folded
          ? resolveFilterValues(catalog, tables, facet as FacetName, raw, this.o.resolveEntities)
          : table.values.flatMap((v, i) => (foldWords(v) === foldWords(raw) ? [i] : []));
    return ids.map((i) => table.values[i]!);
  }

  private highlightWords(positives: readonly QueryClause[]): string[] {
    const out = new Set<string>();
    for (const c of positives) {
      for (const t of analyzeText(c.text)) {
        if (!t.content) continue;
        out.add(c.text.slice(t.start, t.end));
        if (c.kind === 'word') for (const w of this.dictionary.typoCandidates(t.exact, typoBudget(t.exact), this.o.maxTypoCandidates)) out.add(w);
      }
    }
    return [...out];
  }
}

/** Loose keys → surface words of every synonym in the data file the synonym table is built from. */
export function synonymSurfaceWords(url: URL = new URL('../../search/data/synonyms.json', import.meta.url)): Map<string, string> {
  const data = JSON.parse(readFileSync(url, 'utf8')) as { groups: { terms: string[] }[] };
  const out = new Map<string, string>();
  for (const g of data.groups) {
    for (const term of g.terms) {
      const keys = analyzeText(term).filter((t) => t.content).map((t) => t.loose).join(' ');
      if (keys !== '' && !out.has(keys)) out.set(keys, term);
    }
  }
  return out;
}
