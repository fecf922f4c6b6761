// ResultCache: bounded by entries and by bytes, and filled by nothing run inside withoutCaching.
import { describe, expect, it } from 'vitest';
import { estimateBytes, ResultCache, withoutCaching } from '../../src/search/result-cache';

const MiB = 1024 * 1024;
const text = (chars: number) => 'x'.repeat(chars);

describe('ResultCache', () => {
  it('evicts the least recently used entry past its entry count', () => {
    const cache = new ResultCache<string>(2);
    cache.set('a', 'A');
    cache.set('b', 'B');
    cache.get('a');
    cache.set('c', 'C');
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['A', undefined, 'C']);
  });

  it('never holds more than its byte budget, however many large entries arrive', () => {
    const cache = new ResultCache<{ hits: string[] }>(10_000, { maxBytes: 4 * MiB, maxEntryBytes: 2 * MiB });
    for (let i = 0; i < 300; i++) cache.set(`export-${i}`, { hits: Array.from({ length: 100 }, () => text(2500)) });
    expect(cache.bytes).toBeLessThanOrEqual(4 * MiB);
    expect(cache.size).toBeGreaterThan(0);
    expect(cache.size).toBeLessThan(300);
    // The newest entries are the ones kept.
    expect(cache.get('export-299')).toBeDefined();
    expect(cache.get('export-0')).toBeUndefined();
  });

  it('does not keep an entry larger than maxEntryBytes', () => {
    const cache = new ResultCache<string[]>(100, { maxBytes: 8 * MiB, maxEntryBytes: MiB });
    cache.set('small', [text(100)]);
    cache.set('huge', Array.from({ length: 1000 }, () => text(1000)));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('small')).toEqual([text(100)]);
  });

  it('keeps nothing set inside withoutCaching, across awaits, but still answers what it holds', async () => {
    const cache = new ResultCache<string>(10);
    cache.set('held', 'H');
    await withoutCaching(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      cache.set('page-1', 'P');
      expect(cache.get('held')).toBe('H');
    });
    expect(cache.get('page-1')).toBeUndefined();
    cache.set('after', 'A');
    expect(cache.get('after')).toBe('A');
  });

  it('accounts bytes back when entries are replaced or cleared', () => {
    const cache = new ResultCache<string>(10);
    cache.set('k', text(1000));
    const one = cache.bytes;
    cache.set('k', text(1000));
    expect(cache.bytes).toBe(one);
    cache.clear();
    expect(cache.bytes).toBe(0);
  });
});

describe('estimateBytes', () => {
  it.each([
    ['a short string', 'abc', 16, 40],
    ['a typed array', new Uint32Array(1000), 4000, 4200],
    ['a nested object', { a: ['xx', 'yy'], b: { c: 1 } }, 60, 300],
  ])('gives a plausible size for %s', (_label, value, low, high) => {
    const bytes = estimateBytes(value);
    expect(bytes).toBeGreaterThanOrEqual(low);
    expect(bytes).toBeLessThanOrEqual(high);
  });

  it('stops walking soon after the limit', () => {
    const big = Array.from({ length: 100_000 }, () => text(100));
    expect(estimateBytes(big, 10_000)).toBeLessThan(1_000_000);
  });
});
