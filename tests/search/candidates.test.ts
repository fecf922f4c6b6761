import { describe, expect, it } from 'vitest';
import { CandidateFilter } from '../../src/search/execute/candidates';
import type { Scope } from '../../src/search/execute/candidates';
import { resolveEngineOptions } from '../../src/search/engine-options';
import { buildEngineState } from '../../src/search/index/build-state';
import { generateCorpus } from '../fixtures/search/generate-corpus';

const state = buildEngineState(generateCorpus(3, 30), resolveEngineOptions({}).facets.all);
const n = state.paragraphDoc.length;
const open: Scope = { docRange: [0, n], excluded: null, queryFilters: [], urlFilters: [], filterLists: [], days: null };
const ids = (count: number): Uint32Array => Uint32Array.from({ length: count }, (_, i) => i);

describe('CandidateFilter.keep', () => {
  it('gives every unfiltered candidate its unit count and no failure code, each answer its own counts', () => {
    const filter = new CandidateFilter(state, open);
    const three = filter.keep(ids(n), new Float64Array(n), 3);
    const one = filter.keep(ids(5), new Float64Array(5), 1);
    const bigger = filter.keep(ids(n), new Float64Array(n), 3);
    expect([...one.matched]).toEqual([1, 1, 1, 1, 1]);
    expect(new Set(three.matched)).toEqual(new Set([3]));
    expect(three.matched).toHaveLength(n);
    expect(new Set(bigger.matched)).toEqual(new Set([3]));
    expect(new Set([...three.failed, ...one.failed, ...bigger.failed])).toEqual(new Set([0]));
  });

  it('keeps only the paragraphs of the requested document', () => {
    const inDoc: Scope = { ...open, docRange: [2, 4] };
    expect([...new CandidateFilter(state, inDoc).keep(ids(6), new Float64Array(6), 1).ids]).toEqual([2, 3]);
  });
});
