import { describe, expect, it } from 'vitest';
import { groupByArticle } from '../../web/state/group-hits';
import type { SearchHit } from '../../src/types';

const hit = (doc: string, n: number) => ({ id: `${doc}#p-${n}`, doc: { id: doc }, anchor: `p-${n}` }) as unknown as SearchHit;

describe('groupByArticle', () => {
  it('keeps one group per document in the order of its best paragraph', () => {
    const groups = groupByArticle([hit('a', 3), hit('b', 1), hit('a', 1), hit('c', 2), hit('a', 7), hit('a', 9), hit('b', 4)]);
    expect(groups.map((g) => g.lead.id)).toEqual(['a#p-3', 'b#p-1', 'c#p-2']);
    expect(groups[0]!.extra.map((h) => h.id)).toEqual(['a#p-1', 'a#p-7']);
    expect(groups[0]!.more).toBe(1);
    expect(groups[1]!.more).toBe(0);
  });

  it('returns nothing for no hits', () => {
    expect(groupByArticle([])).toEqual([]);
  });
});
