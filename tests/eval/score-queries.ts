// Scores graded gold queries against an in-process engine the way the evaluation kit's eval.mjs does over HTTP.
import { parseSearchParams } from '../../src/search/search-params';
import type { FacetName, SearchEngine, SearchHit } from '../../src/types';
import { foldEntity, foldText } from '../extract/score-gold';

export interface GoldRelevant {
  doc: string;
  match: string;
  grade: number;
}
export interface GoldQuery {
  q: string;
  filters?: Partial<Record<FacetName, string[]>>;
  relevant: GoldRelevant[];
  note?: string;
}

export interface QueryRow {
  q: string;
  total: number;
  relaxed: boolean;
  /** A filter whose alias list matched no facet value (eval.mjs then searches without it). */
  unmappable: boolean;
  ndcg10?: number;
  recall10?: number;
  noAnswerHeld?: boolean;
  /** Relevant paragraphs missing from the top 10, for reading when a floor fails. */
  missed: string[];
}

export interface QueryReport {
  count: number;
  ndcg10: number;
  recall10: number;
  noAnswer: { held: number; total: number };
  rows: QueryRow[];
}

const matchesAny = (value: string, aliases: string[]) => aliases.some((a) => foldEntity(a) === foldEntity(value));
const dcg = (grades: number[]) => grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

function relevantOf(hit: SearchHit, relevant: GoldRelevant[]): GoldRelevant | undefined {
  const text = foldText(hit.text);
  let best: GoldRelevant | undefined;
  for (const r of relevant) {
    if (r.doc === hit.doc.id && text.includes(foldText(r.match)) && (best === undefined || r.grade > best.grade)) best = r;
  }
  return best;
}

function facetValues(engine: SearchEngine): Record<string, string[]> {
  const res = engine.search(parseSearchParams({ q: [''], limit: ['0'], facet_size: ['1000'] }));
  return Object.fromEntries(Object.entries(res.facets).map(([facet, list]) => [facet, list.map((v) => v.value)]));
}

/** nDCG@10, recall@10 and no-answer handling of each query, with limit 20 as eval.mjs asks. */
export function scoreQueries(engine: SearchEngine, queries: GoldQuery[]): QueryReport {
  const values = facetValues(engine);
  const rows: QueryRow[] = queries.map((query) => {
    const params: Record<string, string[]> = { q: [query.q], limit: ['20'] };
    let unmappable = false;
    for (const [facet, aliases] of Object.entries(query.filters ?? {})) {
      const value = (values[facet] ?? []).find((v) => matchesAny(v, aliases ?? []));
      if (value === undefined) unmappable = true;
      else params[facet] = [value];
    }
    const res = engine.search(parseSearchParams(params));
    const row: QueryRow = { q: query.q, total: res.total, relaxed: res.relaxed, unmappable, missed: [] };
    if (query.relevant.length === 0) {
      row.noAnswerHeld = res.total === 0 || res.relaxed;
      return row;
    }
    const judged = res.hits.map((h) => relevantOf(h, query.relevant));
    const ideal = query.relevant.map((r) => r.grade).sort((a, b) => b - a);
    row.ndcg10 = dcg(judged.slice(0, 10).map((r) => r?.grade ?? 0)) / dcg(ideal.slice(0, 10));
    const found = new Set(judged.slice(0, 10).filter((r) => r !== undefined));
    row.recall10 = found.size / Math.min(10, query.relevant.length);
    row.missed = query.relevant.filter((r) => !found.has(r)).map((r) => `${r.doc} "${r.match.slice(0, 50)}…" (grade ${r.grade})`);
    return row;
  });
  const answered = rows.filter((r) => r.ndcg10 !== undefined);
  const empty = rows.filter((r) => r.noAnswerHeld !== undefined);
  return {
    count: rows.length,
    ndcg10: mean(answered.map((r) => r.ndcg10 ?? 0)),
    recall10: mean(answered.map((r) => r.recall10 ?? 0)),
    noAnswer: { held: empty.filter((r) => r.noAnswerHeld).length, total: empty.length },
    rows,
  };
}

/** One line per query plus the means, for the test log. */
export function formatQueryReport(r: QueryReport): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = r.rows.map((row) => {
    const fig = row.ndcg10 !== undefined ? `nDCG ${pct(row.ndcg10)} R ${pct(row.recall10 ?? 0)}` : `no-answer ${row.noAnswerHeld ? 'held' : `broken (total ${row.total})`}`;
    const flags = `${row.relaxed ? ' relaxed' : ''}${row.unmappable ? ' (filter value not found in facets)' : ''}`;
    return `  ${JSON.stringify(row.q)}: ${fig}, total ${row.total}${flags}${row.missed.map((m) => `\n      missed ${m}`).join('')}`;
  });
  return [`queries ${r.count}: nDCG@10 ${pct(r.ndcg10)} recall@10 ${pct(r.recall10)} no-answer held ${r.noAnswer.held}/${r.noAnswer.total}`, ...lines].join('\n');
}
