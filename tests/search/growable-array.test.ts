import { describe, expect, it } from 'vitest';
import { GrowableArray } from '../../src/search/index/growable-array';

describe('GrowableArray', () => {
  it.each([
    ['its own type', undefined, Uint32Array],
    ['a narrower type', Uint16Array, Uint16Array],
  ] as const)('takes a tight copy as %s and lets the buffer go', (_label, kind, expected) => {
    const a = new GrowableArray(Uint32Array, 2);
    for (const v of [3, 1, 65535, 7]) a.push(v);
    const taken = a.take(kind);
    expect(taken).toBeInstanceOf(expected);
    expect([...taken]).toEqual([3, 1, 65535, 7]);
    expect(a.length).toBe(0);
  });

  it('grows again when pushed to after its buffer was released', () => {
    const a = new GrowableArray(Uint8Array, 4);
    a.push(1);
    a.release();
    a.push(9);
    a.push(8);
    expect([...a.toArray()]).toEqual([9, 8]);
  });
});
