import { describe, expect, it } from 'vitest';
import { listPages } from '../../web/components/Pagination';
import { buildHitLink } from '../../web/components/ResultItem';

describe('buildHitLink', () => {
  it.each([
    ['/doc/004_1bb#p-4', 'shelling', '/doc/004_1bb?q=shelling#p-4'],
    ['/doc/004_1bb#p-4', '  ', '/doc/004_1bb#p-4'],
    ['/doc/a%20b#p-1', 'a&b "c"', '/doc/a%20b?q=a%26b+%22c%22#p-1'],
  ])('adds the query to %s before the fragment', (url, q, expected) => {
    expect(buildHitLink(url, q)).toBe(expected);
  });
});

describe('listPages', () => {
  it.each([
    [1, 3, [1, 2, 3]],
    [5, 10, [1, 0, 4, 5, 6, 0, 10]],
    [1, 10, [1, 2, 0, 10]],
  ])('lists the pages around %i of %i with gaps', (page, count, expected) => {
    expect(listPages(page, count)).toEqual(expected);
  });
});
