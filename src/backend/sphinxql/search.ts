// Runs /api/search on the aggregator: one SELECT with FACET clauses, extra facet queries for filtered facets (multi-select),
// partial-match fallback, snippets, and `partial`/`missing` when a shard did not answer.
import type { Pool } from 'mysql2/promise';
import { SiftError } from '../../errors';
import type { ResolveEntities } from '../../search/entity-expansion';
import type { FacetCounts, FacetValueCount, SearchHit, SearchParams, SearchResponse } from '../../types';
import { errorMessage, select, showMeta, showWarnings, withConnection } from './connection';
import type { Row } from './connection';
import type { Dictionary } from './dictionary';
import { searchFilters, whereClause } from './filters';
import type { SearchFilters } from './filters';
import { parseStored } from './rows';
import { PARAGRAPH_INDEX, STORED_FACETS, facetAttribute } from './schema';
import { buildSnippets } from './snippets';
import { intList } from './sql';
import type { QueryTranslator } from './translate';

export interface SearchContext {
  aggregator: Pool;
  dictionary: Dictionary;
  translator: QueryTranslator;
  resolveEntities?: ResolveEntities;
  /** Names the shards that do not answer, given the agent addresses the aggregator reported. */
  missingShards: (agents: string[]) => Promise<string[]>;
  /** Reloads the dictionary when a facet value id is unknown (written by another Sift process). */
  refreshDictionary: () => Promise<void>;
  ranking: string;
  timeoutMs: number;
  snippetAround: number;
  snippetLimit: number;
}

export type PartialSearchResponse = SearchResponse & { partial?: boolean; missing?: string[] };

interface Answer {
  rows: Row[];
  total: number;
  facets: Map<string, Row[]>;
  agents: string[];
}

// WEIGHT() without an alias: Sphinx 2.2 loses an aliased WEIGHT() on a distributed index with FACET.
const COLUMNS = 'id, WEIGHT(), doc, body, para, meta';
const AGENT = /agent ([^\s:]+:\d+)/g;

function orderBy(params: SearchParams, browsing: boolean): string {
  // oldest first; undated documents (pub_first 0) come first here, unlike the embedded engine
  if (params.sort === 'oldest') return 'ORDER BY pub_first ASC, docid ASC, pnum ASC';
  if (browsing) return 'ORDER BY pub_first DESC, docid ASC, pnum ASC';
  return params.sort === 'date' ? 'ORDER BY pub_first DESC, WEIGHT() DESC' : 'ORDER BY WEIGHT() DESC, pub_first DESC';
}

/**
 * `max_matches` bounds how many rows (and groups per facet) each shard sends the aggregator, and the aggregator's
 * cost grows with it (measured: 3 ms at 100, ~30 ms at 1,000, ~180 ms at 5,000 for one facet). So it is the page's end,
 * or the facet size with a margin, whichever is larger: the top values' counts are exact when they are among each
 * shard's `max_matches` most frequent (always, when a facet has fewer distinct values in the result).
 */
function maxMatches(params: SearchParams): number {
  return Math.max(params.offset + Math.max(1, params.limit), params.facetSize + 20, MIN_MATCHES);
}

function facetClause(facet: string, size: number): string {
  // A margin past `size`: the engine orders by count only, Sift then breaks ties by value as the embedded engine does.
  return `FACET ${facetAttribute(facet)} ORDER BY COUNT(*) DESC LIMIT ${size + 20}`;
}

function agentsIn(warnings: string[]): string[] {
  const out = new Set<string>();
  for (const w of warnings) for (const m of w.matchAll(AGENT)) out.add(m[1]!);
  return [...out];
}

/** One statement on one connection, then its total and the agents that failed (from SHOW META / SHOW WARNINGS). */
async function run(ctx: SearchContext, sql: string): Promise<Answer> {
  return withConnection(ctx.aggregator, async (conn) => {
    const sets = await select(conn, sql, [], ctx.timeoutMs);
    const meta = await showMeta(conn);
    const warnings = meta.has('warning') ? await showWarnings(conn) : [];
    const facets = new Map<string, Row[]>();
    for (const set of sets.slice(1)) {
      const column = Object.keys(set[0] ?? {}).find((k) => k.startsWith('f_'));
      if (column !== undefined) facets.set(column.slice(2), set);
    }
    return { rows: sets[0] ?? [], total: Number(meta.get('total_found') ?? 0), facets, agents: agentsIn([...warnings, meta.get('warning') ?? '']) };
  });
}

export async function runSearch(ctx: SearchContext, params: SearchParams): Promise<PartialSearchResponse> {
  const started = performance.now();
  const t = ctx.translator.translate(params.q ?? '');
  if (t.empty) return finish(started, { total: 0, relaxed: false, hits: [], facets: emptyFacets() }, []);
  try {
    let filters = searchFilters(params, t.match, t.filters);
    let relaxed = false;
    let main = await run(ctx, mainStatement(ctx, params, filters, t.match === null));
    if (main.total === 0 && t.relaxed !== null && main.agents.length === 0) {
      filters = searchFilters(params, t.relaxed, t.filters);
      main = await run(ctx, mainStatement(ctx, params, filters, false));
      relaxed = main.total > 0;
    }
    const own = await Promise.all([...filters.byFacet.keys()].map(async (facet) => [facet, await run(ctx, facetStatement(filters, facet, params))] as const));
    const counts = new Map(main.facets);
    const agents = new Set(main.agents);
    for (const [facet, answer] of own) {
      counts.set(facet, answer.facets.get(facet) ?? []);
      for (const a of answer.agents) agents.add(a);
    }
    const partial = relaxed || t.relaxed === null ? [] : await partialPage(ctx, params, filters, searchFilters(params, t.relaxed, t.filters), main);
    const hits = await buildHits(ctx, params.limit === 0 ? [] : [...main.rows, ...partial], t.highlight, t.entities);
    const facets = await facetCounts(ctx, counts, params.facetSize);
    const missing = agents.size > 0 ? await ctx.missingShards([...agents]) : [];
    return finish(started, { total: main.total, relaxed, hits, facets }, missing);
  } catch (err) {
    if (err instanceof SiftError) throw err;
    throw new SiftError('busy', `the search cluster did not answer (${errorMessage(err)})`);
  }
}

const PARTIAL_POOL = 250;
const MIN_MATCHES = 250;

/**
 * Past the last full match a page continues with partial matches (any query part), as the embedded engine does:
 * those in a document that fully matches first, then by weight (or date).
 */
async function partialPage(ctx: SearchContext, params: SearchParams, strict: SearchFilters, loose: SearchFilters, main: Answer): Promise<Row[]> {
  const room = params.limit - main.rows.length;
  if (params.limit === 0 || room <= 0) return [];
  const full = await run(ctx, `SELECT id, doc FROM ${PARAGRAPH_INDEX} ${whereClause(strict)} LIMIT 0, ${Math.max(1, main.total)} OPTION max_matches=${Math.max(1, main.total)}`);
  const fullIds = new Set(full.rows.map((r) => String(r.id)));
  const fullDocs = new Set(full.rows.map((r) => String(r.doc)));
  // The pool is ranked on ids and weights only; the text and JSON of the few rows shown are fetched afterwards.
  const pool = await run(
    ctx,
    `SELECT id, WEIGHT(), doc, pub_first FROM ${PARAGRAPH_INDEX} ${whereClause(loose)} ORDER BY WEIGHT() DESC LIMIT 0, ${PARTIAL_POOL} OPTION max_matches=${PARTIAL_POOL}, ${ctx.ranking}`,
  );
  const local = (r: Row): number => (fullDocs.has(String(r.doc)) ? 1 : 0);
  const skip = Math.max(0, params.offset - main.total);
  const chosen = pool.rows
    .filter((r) => !fullIds.has(String(r.id)))
    .sort((a, b) => local(b) - local(a) || (params.sort === 'date' ? Number(b.pub_first) - Number(a.pub_first) : 0) || Number(b['weight()']) - Number(a['weight()']))
    .slice(skip, skip + room);
  if (chosen.length === 0) return [];
  const stored = await run(ctx, `SELECT ${COLUMNS} FROM ${PARAGRAPH_INDEX} WHERE id IN ${intList(chosen.map((r) => String(r.id)))} LIMIT ${chosen.length}`);
  const byId = new Map(stored.rows.map((r) => [String(r.id), r]));
  return chosen.flatMap((r) => {
    const row = byId.get(String(r.id));
    return row === undefined ? [] : [{ ...row, 'weight()': r['weight()'] }];
  });
}

function mainStatement(ctx: SearchContext, params: SearchParams, filters: SearchFilters, browsing: boolean): string {
  const limit = Math.max(1, params.limit);
  const facets = STORED_FACETS.filter((f) => !filters.byFacet.has(f.name)).map((f) => facetClause(f.name, params.facetSize));
  return (
    `SELECT ${COLUMNS} FROM ${PARAGRAPH_INDEX} ${whereClause(filters)} ${orderBy(params, browsing)} LIMIT ${params.offset}, ${limit} ` +
    `OPTION max_matches=${maxMatches(params)}, ${ctx.ranking} ${facets.join(' ')}`
  );
}

function facetStatement(filters: SearchFilters, facet: string, params: SearchParams): string {
  return `SELECT id FROM ${PARAGRAPH_INDEX} ${whereClause(filters, facet)} LIMIT 1 OPTION max_matches=${maxMatches(params)} ${facetClause(facet, params.facetSize)}`;
}

async function buildHits(ctx: SearchContext, rows: Row[], words: string[], entities: string[]): Promise<SearchHit[]> {
  const stored = rows.map((r) => parseStored(r as { meta: unknown; para: unknown }));
  const named = new Set(entities);
  // A paragraph that matched through its speaker: the words crediting them are marked, as the embedded engine does.
  const cues = stored.map(({ para }) => (para.speaker != null && named.has(para.speaker) ? (para.speaker_cue?.text ?? null) : null));
  const texts = rows.map((r) => String(r.body));
  const snippets = await withConnection(ctx.aggregator, (conn) =>
    buildSnippets(conn, { texts, words, entities, resolveEntities: ctx.resolveEntities, cues }, ctx.snippetAround, ctx.snippetLimit),
  );
  return rows.map((r, i) => {
    const { meta, para } = stored[i]!;
    const docId = String(r.doc);
    return {
      ...para,
      id: `${docId}#${para.anchor}`,
      doc: { id: docId, title: meta.title, source: meta.source, published: meta.published },
      anchor: para.anchor,
      url: `/doc/${encodeURIComponent(docId)}#${para.anchor}`,
      text: String(r.body),
      snippet: snippets[i] ?? '',
      score: Math.round(Number(r['weight()']) * 1000) / 1000,
    };
  });
}

async function facetCounts(ctx: SearchContext, counts: Map<string, Row[]>, size: number): Promise<FacetCounts> {
  const unknown = [...counts.values()].some((rows) => rows.some((r) => ctx.dictionary.valueOf(idOf(r)) === undefined));
  if (unknown) await ctx.refreshDictionary();
  const out = emptyFacets() as unknown as Record<string, FacetValueCount[]>;
  for (const f of STORED_FACETS) {
    const list: FacetValueCount[] = [];
    for (const r of counts.get(f.name) ?? []) {
      const value = ctx.dictionary.valueOf(idOf(r));
      if (value !== undefined) list.push({ value: value.value, count: Number(r['count(*)']) });
    }
    list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    out[f.name] = list.slice(0, size);
  }
  return out as unknown as FacetCounts;
}

function idOf(r: Row): string {
  return String(Object.entries(r).find(([k]) => k.startsWith('f_'))?.[1] ?? '');
}

function emptyFacets(): FacetCounts {
  return Object.fromEntries(STORED_FACETS.map((f) => [f.name, []])) as unknown as FacetCounts;
}

function finish(started: number, body: Omit<SearchResponse, 'took_ms'>, missing: string[]): PartialSearchResponse {
  const took = Math.round((performance.now() - started) * 1000) / 1000;
  const response: PartialSearchResponse = { total: body.total, took_ms: took, relaxed: body.relaxed, hits: body.hits, facets: body.facets };
  if (missing.length > 0) Object.assign(response, { partial: true, missing });
  return response;
}
