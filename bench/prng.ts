// Seeded pseudo-random numbers (mulberry32) so a corpus and a query mix are reproducible from one seed.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Index in [0, size) with probability roughly proportional to 1/(rank+1) (Zipf, s = 1). */
  zipf(size: number): number;
  chance(p: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    // Inverse CDF of the continuous 1/x density on [1, size + 1]: O(1), close enough to discrete Zipf.
    zipf: (size: number): number => Math.min(size - 1, Math.floor(Math.exp(next() * Math.log(size + 1))) - 1),
    chance: (p: number): boolean => next() < p,
  };
}

/** Derives an independent seed for a named sub-stream, so adding draws in one place does not shift another. */
export function deriveSeed(seed: number, label: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  }
  return h;
}
