import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../src/types';
import { collapseStatements } from '../../web/state/statements';

const hit = (id: string, also: string[] = []) =>
  ({ id, also_in: also.map((a) => ({ doc: a.split('#')[0]!, anchor: a.split('#')[1]!, source: null, published: null })) }) as unknown as SearchHit;

describe('collapseStatements', () => {
  it('keeps the first report of a statement and drops the later ones it lists', () => {
    const hits = [hit('a#p-1', ['b#p-2', 'c#p-1']), hit('x#p-1'), hit('b#p-2', ['a#p-1']), hit('c#p-1', ['a#p-1'])];
    expect(collapseStatements(hits).map((h) => h.id)).toEqual(['a#p-1', 'x#p-1']);
  });
});
