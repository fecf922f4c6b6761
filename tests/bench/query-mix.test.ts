import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_CATEGORIES } from '../../bench/engines/types';
import { generateCorpus } from '../../bench/generate-corpus';
import type { CorpusRecord, GeneratedCorpus } from '../../bench/generate-corpus';
import { createRandom } from '../../bench/prng';
import { createQueryMix, misspell } from '../../bench/query-mix';

let dir = '';
let corpus: GeneratedCorpus;
let texts: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sift-bench-mix-'));
  corpus = await generateCorpus({ paragraphs: 3000, seed: 4, outDir: dir });
  for (const file of await readdir(dir)) {
    for (const line of (await readFile(join(dir, file), 'utf8')).split('\n').filter(Boolean)) {
      texts.push(...(JSON.parse(line) as CorpusRecord).text.split('\n\n').map((t) => t.toLowerCase()));
    }
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const words = (text: string) => new Set(text.split(/[^a-z]+/));

describe('createQueryMix', () => {
  it('has about 200 queries with unique ids', () => {
    const mix = createQueryMix(corpus);
    expect(mix.length).toBeGreaterThanOrEqual(180);
    expect(mix.length).toBeLessThanOrEqual(220);
    expect(new Set(mix.map((q) => q.id)).size).toBe(mix.length);
  });

  it.each(QUERY_CATEGORIES.flatMap((c) => [0, 1, 2].map((f) => [c, f] as const)))('covers %s with %i facet filters', (category, filterCount) => {
    const cell = createQueryMix(corpus).filter((q) => q.category === category && q.filterCount === filterCount);
    expect(cell.length).toBeGreaterThanOrEqual(category === 'browse' ? 1 : 5);
    for (const q of cell) {
      expect(Object.keys(q.filters)).toHaveLength(filterCount);
      expect(Object.values(q.filters).every((v) => v.length === 1)).toBe(true);
    }
  });

  it('returns the same mix for the same corpus and seed, another for another seed', () => {
    expect(createQueryMix(corpus, { seed: 3 })).toEqual(createQueryMix(corpus, { seed: 3 }));
    expect(createQueryMix(corpus, { seed: 3 }).map((q) => q.q)).not.toEqual(createQueryMix(corpus, { seed: 4 }).map((q) => q.q));
  });

  it('uses words that occur in the corpus for word, AND and prefix queries', () => {
    const paragraphWords = texts.map(words);
    const allWords = new Set(paragraphWords.flatMap((w) => [...w]));
    for (const q of createQueryMix(corpus).filter((x) => ['common', 'rare', 'and2', 'and3'].includes(x.category))) {
      for (const term of q.terms) expect(allWords.has(term), `${q.id}: ${term}`).toBe(true);
    }
    for (const q of createQueryMix(corpus).filter((x) => x.category === 'prefix')) {
      expect([...allWords].some((w) => w.startsWith(q.terms[0]!) && w !== q.terms[0]), q.id).toBe(true);
    }
  });

  it('picks rare words that occur in at most 20 paragraphs, common ones in many', () => {
    const paragraphWords = texts.map(words);
    const df = (term: string) => paragraphWords.filter((w) => w.has(term)).length;
    const mix = createQueryMix(corpus);
    for (const q of mix.filter((x) => x.category === 'rare')) expect(df(q.terms[0]!)).toBeLessThanOrEqual(20);
    for (const q of mix.filter((x) => x.category === 'common')) expect(df(q.terms[0]!)).toBeGreaterThan(100);
  });

  it('quotes phrases that occur verbatim in the corpus', () => {
    for (const q of createQueryMix(corpus).filter((x) => x.category === 'phrase')) {
      expect(q.q).toBe(`"${q.terms.join(' ')}"`);
      expect(texts.some((t) => t.includes(q.terms.join(' '))), q.q).toBe(true);
    }
  });

  it('misspells typo queries into words the corpus does not have', () => {
    const vocabulary = new Set(corpus.model.vocabulary);
    for (const q of createQueryMix(corpus).filter((x) => x.category === 'typo')) {
      expect(vocabulary.has(q.terms[0]!)).toBe(false);
    }
  });

  it('filters on entities the corpus mentions', () => {
    const pools = { speaker: corpus.model.speakers, actor: corpus.model.actors, location: corpus.model.places, group: corpus.model.groups };
    for (const q of createQueryMix(corpus)) {
      for (const [facet, values] of Object.entries(q.filters)) {
        for (const v of values) expect(pools[facet as keyof typeof pools]).toContain(v);
      }
    }
  });
});

describe('misspell', () => {
  it.each(['aleppo', 'civilians', 'ministry', 'offensive'])('makes one edit inside %s, keeping its first and last letter', (word) => {
    const random = createRandom(11);
    for (let i = 0; i < 50; i++) {
      const typo = misspell(random, word);
      expect(typo).not.toBe(word);
      expect(typo[0]).toBe(word[0]);
      expect(typo.at(-1)).toBe(word.at(-1));
      expect(Math.abs(typo.length - word.length)).toBeLessThanOrEqual(1);
    }
  });
});
