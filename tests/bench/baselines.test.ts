import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlexSearchBaseline } from '../../bench/engines/flexsearch-baseline';
import { createMiniSearchBaseline } from '../../bench/engines/minisearch-baseline';
import { countFacetsNaively, matchesFilters } from '../../bench/engines/naive-facets';
import type { BenchEngine, BenchParagraph, BenchQuery } from '../../bench/engines/types';
import { generateCorpus } from '../../bench/generate-corpus';
import { createQueryMix } from '../../bench/query-mix';
import { readBenchParagraphs } from '../../bench/read-corpus';

let dir = '';
let paragraphs: BenchParagraph[] = [];
let queries: BenchQuery[] = [];
const engines: Record<string, BenchEngine> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sift-bench-baselines-'));
  const corpus = await generateCorpus({ paragraphs: 1500, seed: 2, outDir: join(dir, 'input'), truthFile: join(dir, 'truth.jsonl') });
  paragraphs = await readBenchParagraphs(join(dir, 'input'), join(dir, 'truth.jsonl'), corpus.model);
  queries = createQueryMix(corpus, { seed: 2 });
  for (const engine of [createMiniSearchBaseline(), createFlexSearchBaseline()]) {
    await engine.build({ corpusDir: join(dir, 'input'), workDir: dir, loadParagraphs: async () => paragraphs });
    engines[engine.name] = engine;
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Lower-cased text and word set of each paragraph, split once for all queries (the oracle's cost was in re-splitting). */
const tokenized = new Map<BenchParagraph, { lower: string; words: Set<string> }>();
function tokens(p: BenchParagraph): { lower: string; words: Set<string> } {
  let t = tokenized.get(p);
  if (t === undefined) {
    const lower = p.text.toLowerCase();
    t = { lower, words: new Set(lower.split(/[\n\r\p{Z}\p{P}]+/u)) };
    tokenized.set(p, t);
  }
  return t;
}

/** Brute force: every paragraph holding every query word (MiniSearch's default tokenizer rules), the phrase, and the filters. */
function oracleTotal(query: BenchQuery): number {
  const phrase = query.category === 'phrase' ? query.terms.join(' ') : null;
  return paragraphs.filter((p) => {
    if (!matchesFilters(p, query.filters)) return false;
    const { lower, words } = tokens(p);
    if (!query.terms.every((t) => words.has(t))) return false;
    return phrase === null || lower.includes(phrase);
  }).length;
}

const exactCategories = new Set(['common', 'rare', 'and2', 'and3', 'phrase', 'browse']);

describe('readBenchParagraphs', () => {
  it('reads every generated paragraph with its truth facets', () => {
    expect(paragraphs).toHaveLength(1500);
    expect(paragraphs[0]!.key).toBe('bench-0000001#p-1');
    const withSpeaker = paragraphs.filter((p) => p.speaker !== null);
    expect(withSpeaker.length).toBeGreaterThan(100);
    for (const p of withSpeaker) expect(p.text).toContain(p.speaker!);
    for (const p of paragraphs) for (const l of p.locations) expect(p.text).toContain(l);
  });
});

describe('createMiniSearchBaseline', () => {
  it('matches the brute-force count for word, AND, phrase and browse queries, with and without filters', async () => {
    const [queryOnly, withFacets] = engines.minisearch!.modes;
    const checked = queries.filter((q) => exactCategories.has(q.category));
    expect(checked.length).toBeGreaterThan(100);
    for (const q of checked) {
      const expected = oracleTotal(q);
      expect((await queryOnly!.search(q)).total, q.id).toBe(expected);
      expect((await withFacets!.search(q)).total, q.id).toBe(expected);
    }
    expect(checked.filter((q) => oracleTotal(q) > 0).length).toBeGreaterThan(checked.length / 4);
  });

  it('finds the misspelt word’s original through fuzzy matching and prefixes through prefix search', async () => {
    const [mode] = engines.minisearch!.modes;
    const typo: BenchQuery = { id: 't', category: 'typo', filterCount: 0, terms: ['kurdissh'], q: 'kurdissh', filters: {} };
    const prefix: BenchQuery = { id: 'p', category: 'prefix', filterCount: 0, terms: ['kurd'], q: 'kurd', filters: {} };
    const exact: BenchQuery = { id: 'e', category: 'common', filterCount: 0, terms: ['kurdish'], q: 'kurdish', filters: {} };
    expect((await mode!.search(typo)).total).toBeGreaterThanOrEqual((await mode!.search(exact)).total);
    expect((await mode!.search(prefix)).total).toBeGreaterThanOrEqual((await mode!.search(exact)).total);
    expect((await mode!.search(exact)).total).toBeGreaterThan(0);
  });

  it('persists its index as JSON and reports the size', async () => {
    const report = await engines.minisearch!.persist!(dir);
    expect(report.error).toBeUndefined();
    expect(report.bytes).toBeGreaterThan(10_000);
  });
});

describe('createFlexSearchBaseline', () => {
  it('finds at least every brute-force match (its forward tokenizer also matches longer words) and exactly all when browsing', async () => {
    const [queryOnly, withFacets] = engines.flexsearch!.modes;
    expect(queries.filter((x) => x.category === 'browse').length).toBeGreaterThan(0);
    for (const q of queries.filter((x) => exactCategories.has(x.category))) {
      const expected = oracleTotal(q);
      expect((await withFacets!.search(q)).total, q.id).toBeGreaterThanOrEqual(expected);
      if (q.category === 'browse') expect((await withFacets!.search(q)).total, q.id).toBe(expected);
      expect((await queryOnly!.search(q)).hits, q.id).toBeLessThanOrEqual(20);
    }
  });
});

describe('matchesFilters', () => {
  const p: BenchParagraph = { key: 'd#p-1', text: '', published: '2016-06-04', speaker: 'A', actors: ['B', 'C'], locations: ['D'], groups: [] };
  it.each([
    [{}, true],
    [{ speaker: ['A'] }, true],
    [{ speaker: ['X'] }, false],
    [{ actor: ['X', 'C'] }, true],
    [{ actor: ['B'], location: ['D'] }, true],
    [{ actor: ['B'], location: ['X'] }, false],
    [{ group: ['B'] }, false],
  ])('applies %j as OR within a facet and AND across facets → %s', (filters, expected) => {
    expect(matchesFilters(p, filters)).toBe(expected);
  });
});

describe('countFacetsNaively', () => {
  it('counts each facet value and the publication month over the given paragraphs, most frequent first', () => {
    const ps: BenchParagraph[] = [
      { key: 'a', text: '', published: '2016-06-04', speaker: 'A', actors: ['B'], locations: [], groups: ['G'] },
      { key: 'b', text: '', published: '2016-06-20', speaker: null, actors: ['B', 'C'], locations: ['L'], groups: [] },
      { key: 'c', text: '', published: '2017-01-01', speaker: 'A', actors: ['C'], locations: [], groups: [] },
    ];
    const counts = countFacetsNaively(ps, [0, 1], 10);
    expect(counts).toEqual({
      speaker: [['A', 1]],
      actor: [['B', 2], ['C', 1]],
      location: [['L', 1]],
      group: [['G', 1]],
      date: [['2016-06', 2]],
    });
  });
});
