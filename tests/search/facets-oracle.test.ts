import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import type { FacetName, FacetValueCount, IndexedDocument, SearchParams } from '../../src/types';
import { generateCorpus, POOLS, VOCABULARY } from '../fixtures/search/generate-corpus';

/** Document languages and outlets cycle with gaps (unknown), so the document-level facets have gaps too. */
const LANGS = ['en', 'ru', 'ar', undefined] as const;
const OUTLETS = ['TASS', 'Reuters', undefined, 'SANA', 'Enab Baladi'] as const;
const corpora = [11, 22, 33].map((seed) =>
  generateCorpus(seed).map((d, i) => {
    const lang = LANGS[(i * 7 + seed) % LANGS.length];
    const outlet = OUTLETS[(i * 3 + seed) % OUTLETS.length];
    return { ...d, ...(lang === undefined ? {} : { lang }), ...(outlet === undefined ? {} : { outlet }) };
  }),
);
const engines = corpora.map((docs) => createSearchEngine(docs));
const FACETS: FacetName[] = ['speaker', 'actor', 'location', 'group'];

interface Row {
  docId: string;
  published: string | null;
  lang: string | null;
  outlet: string | null;
  words: Set<string>;
  values: Record<FacetName, string[]>;
}

function rowsOf(docs: IndexedDocument[]): Row[] {
  return docs.flatMap((d) =>
    d.paragraphs.map((p) => ({
      docId: d.id,
      published: d.published,
      lang: d.lang ?? null,
      outlet: d.outlet ?? null,
      words: new Set(p.text.split(' ')),
      values: { speaker: p.speaker ? [p.speaker] : [], actor: p.actors, location: p.locations, group: p.groups },
    })),
  );
}

/** Written independently of the engine: ISO strings padded to whole days and compared as text. */
function overlaps(published: string | null, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (published === null) return false;
  const start = (v: string) => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
  const end = (v: string) => (v.length === 4 ? `${v}-12-31` : v.length === 7 ? `${v}-31` : v);
  return (from === null || end(published) >= start(from)) && (to === null || start(published) <= end(to));
}

function top(counts: Map<string, number>, size: number): FacetValueCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, size);
}

/** Brute-force total and facet counts for AND-of-words with relaxed fallback, multi-select facets. */
function recount(rows: Row[], p: SearchParams, words: string[]) {
  const inDoc = (r: Row) => p.doc === null || r.docId === p.doc;
  const langs = p.lang ?? [];
  const outlets = p.filters.outlet ?? [];
  const passes = (r: Row, skip: FacetName | 'date' | 'lang' | 'outlet' | null) =>
    FACETS.every((f) => f === skip || p.filters[f].length === 0 || r.values[f].some((v) => p.filters[f].includes(v))) &&
    (skip === 'date' || overlaps(r.published, p.from, p.to)) &&
    (skip === 'lang' || langs.length === 0 || (r.lang !== null && langs.includes(r.lang))) &&
    (skip === 'outlet' || outlets.length === 0 || (r.outlet !== null && outlets.includes(r.outlet)));
  let matchesQuery = (r: Row) => words.every((w) => r.words.has(w));
  let relaxed = false;
  if (words.length >= 2 && !rows.some((r) => inDoc(r) && matchesQuery(r) && passes(r, null))) {
    const partial = (r: Row) => words.some((w) => r.words.has(w));
    if (rows.some((r) => inDoc(r) && partial(r) && passes(r, null))) {
      matchesQuery = partial;
      relaxed = true;
    }
  }
  const base = rows.filter((r) => inDoc(r) && matchesQuery(r));
  const facets = {} as Record<FacetName | 'date' | 'lang' | 'outlet', FacetValueCount[]>;
  for (const f of FACETS) {
    const counts = new Map<string, number>();
    for (const r of base) if (passes(r, f)) for (const v of new Set(r.values[f])) counts.set(v, (counts.get(v) ?? 0) + 1);
    facets[f] = top(counts, p.facetSize);
  }
  const months = new Map<string, number>();
  for (const r of base) {
    if (!passes(r, 'date') || r.published === null) continue;
    const bucket = r.published.slice(0, 7);
    months.set(bucket, (months.get(bucket) ?? 0) + 1);
  }
  facets.date = top(months, p.facetSize);
  const languages = new Map<string, number>();
  for (const r of base) if (passes(r, 'lang') && r.lang !== null) languages.set(r.lang, (languages.get(r.lang) ?? 0) + 1);
  facets.lang = top(languages, p.facetSize);
  const sources = new Map<string, number>();
  for (const r of base) if (passes(r, 'outlet') && r.outlet !== null) sources.set(r.outlet, (sources.get(r.outlet) ?? 0) + 1);
  facets.outlet = top(sources, p.facetSize);
  return { total: base.filter((r) => passes(r, null)).length, relaxed, facets };
}

const dates = fc.constantFrom(null, '2016', '2016-06', '2016-06-04', '2016-07-01', '2019', '2026-01-31');

describe('search facet counts', () => {
  it('equal a brute-force recount for random queries and filters', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: corpora.length - 1 }),
        fc.subarray(VOCABULARY, { maxLength: 3 }),
        fc.record({
          speaker: fc.subarray([...POOLS.speaker], { maxLength: 2 }),
          actor: fc.subarray([...POOLS.actor], { maxLength: 2 }),
          location: fc.subarray([...POOLS.location], { maxLength: 2 }),
          group: fc.subarray([...POOLS.group], { maxLength: 1 }),
          outlet: fc.subarray(['TASS', 'Reuters', 'SANA', 'AFP'], { maxLength: 2 }),
        }),
        dates,
        dates,
        fc.option(fc.integer({ min: 0, max: 11 }), { nil: null }),
        fc.integer({ min: 1, max: 12 }),
        fc.subarray(['en', 'ru', 'ar', 'fr'], { maxLength: 2 }),
        (c, words, filters, a, b, docNo, facetSize, lang) => {
          const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
          const params: SearchParams = {
            q: words.length > 0 ? `${words.join(' ')} ` : '',
            filters,
            from,
            to,
            doc: docNo === null ? null : `doc-${docNo}`,
            lang,
            sort: 'relevance',
            limit: 0,
            offset: 0,
            facetSize,
          };
          const got = engines[c]!.search(params);
          const want = recount(rowsOf(corpora[c]!), params, words);
          expect({ total: got.total, relaxed: got.relaxed, facets: got.facets }).toEqual(want);
        },
      ),
      { numRuns: 300, seed: 20240601 },
    );
  });

  it('hits the same paragraphs as the total says, page by page', () => {
    const engine = engines[0]!;
    const p: SearchParams = {
      q: 'alfa ',
      filters: { speaker: [], actor: [], location: [], group: [] },
      from: null,
      to: null,
      doc: null,
      sort: 'relevance',
      limit: 7,
      offset: 0,
      facetSize: 10,
    };
    const all = engine.search({ ...p, limit: 100 });
    const paged = [0, 7, 14, 21, 28].flatMap((offset) => engine.search({ ...p, offset }).hits.map((h) => h.id));
    expect(paged.slice(0, all.total)).toEqual(all.hits.slice(0, all.total).map((h) => h.id));
    expect(new Set(all.hits.map((h) => h.id)).size).toBe(all.hits.length);
  });
});
