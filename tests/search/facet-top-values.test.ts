import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFacetTable, topValues } from '../../src/search/facets/facet-table';

// The oracle: every counted value sorted by count descending, then value ascending (the documented facet order).
function sortedTop(values: readonly string[], counts: Uint32Array, size: number): { value: string; count: number }[] {
  return values
    .map((value, v) => ({ value, count: counts[v]! }))
    .filter((e) => e.count > 0)
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, size);
}

describe('topValues', () => {
  it('lists the most frequent values, ties in value order, for any facet size (one pass or selection)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 150 }),
        fc.array(fc.nat(6), { maxLength: 150 }),
        fc.integer({ min: 1, max: 120 }),
        (values, raw, size) => {
          // Values enter the table in the order given, so value ids are not in string order.
          const table = buildFacetTable(1, () => values);
          const counts = new Uint32Array(values.length);
          values.forEach((_, v) => (counts[v] = raw[v] ?? 0));
          expect(topValues(table, counts, size)).toEqual(sortedTop(values, counts, size));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns nothing when no value is counted', () => {
    const table = buildFacetTable(1, () => ['Aleppo', 'Idlib']);
    expect(topValues(table, new Uint32Array(2), 10)).toEqual([]);
  });
});
