import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidates } from '../../src/search/execute/candidates';
import { topByRelevance } from '../../src/search/execute/rank-page';

function candidates(rows: { id: number; matched: number; score: number }[]): Candidates {
  return {
    ids: Uint32Array.from(rows, (r) => r.id),
    scores: Float64Array.from(rows, (r) => r.score),
    matched: Uint8Array.from(rows, (r) => r.matched),
    failed: new Uint16Array(rows.length),
  };
}

// The oracle: every candidate sorted by the documented relevance order (most units, best score, reading order).
function sortedIndices(c: Candidates, k: number): number[] {
  return [...c.ids.keys()]
    .sort((a, b) => c.matched[b]! - c.matched[a]! || c.scores[b]! - c.scores[a]! || c.ids[a]! - c.ids[b]!)
    .slice(0, k);
}

describe('topByRelevance', () => {
  it('keeps the k best candidates in relevance order, ties broken by reading order, whatever order they come in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(5000), { maxLength: 300 }),
        fc.array(fc.record({ matched: fc.integer({ min: 1, max: 3 }), score: fc.constantFrom(0, 0.5, 1.25, 2, 7.75) }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 60 }),
        (ids, attrs, k) => {
          const rows = ids.map((id, i) => ({ id, ...(attrs[i] ?? { matched: 1, score: 1 }) }));
          const c = candidates(rows);
          expect([...topByRelevance(c, k)]).toEqual(sortedIndices(c, k));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns every candidate when fewer than k match', () => {
    const c = candidates([{ id: 4, matched: 1, score: 1 }, { id: 2, matched: 2, score: 0.5 }]);
    expect([...topByRelevance(c, 10)]).toEqual([1, 0]);
  });
});
