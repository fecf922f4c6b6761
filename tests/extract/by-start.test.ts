import { describe, expect, it } from 'vitest';
import { inStartOrder, sortByStart } from '../../src/extract/by-start';

interface Item {
  start: number;
  id: string;
}

const items = (starts: number[]): Item[] => starts.map((start, i) => ({ start, id: `${start}#${i}` }));
const builtIn = (list: Item[]) => list.slice().sort((a, b) => a.start - b.start).map((m) => m.id);

describe('sortByStart', () => {
  it.each([
    ['already in order', [0, 4, 9, 12]],
    ['reversed', [12, 9, 4, 0]],
    ['equal starts kept in their order', [5, 2, 5, 2, 0, 5]],
    ['one item', [3]],
    ['none', []],
    ['longer than the insertion limit', Array.from({ length: 80 }, (_, i) => (i * 37) % 23)],
  ])('orders %s as the built-in sort does', (_name, starts) => {
    const list = items(starts);
    expect(sortByStart(list).map((m) => m.id)).toEqual(builtIn(items(starts)));
  });

  it('sorts in place and returns the same array', () => {
    const list = items([3, 1, 2]);
    expect(sortByStart(list)).toBe(list);
    expect(list.map((m) => m.start)).toEqual([1, 2, 3]);
  });
});

describe('inStartOrder', () => {
  it('returns the array itself when it is already in order', () => {
    const list = items([1, 1, 4]);
    expect(inStartOrder(list)).toBe(list);
  });

  it('returns a sorted copy and leaves the input untouched when it is not', () => {
    const list = items([7, 1, 7, 0]);
    const ordered = inStartOrder(list);
    expect(ordered).not.toBe(list);
    expect(ordered.map((m) => m.id)).toEqual(builtIn(list));
    expect(list.map((m) => m.start)).toEqual([7, 1, 7, 0]);
  });
});
