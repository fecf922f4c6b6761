// A least-recently-used cache bounded by entry count and by bytes, for repeated requests (paging back, facet
// clicks, several users) and per-query intermediates. Bytes matter: an entry can be one small page or a
// response of thousands of hits, and a cap by count alone let 300 exports hold 1.6 GB.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface ResultCacheOptions {
  /** Total estimated bytes held; the least recently used entries go first past it. */
  maxBytes: number;
  /** An entry estimated larger than this is not kept at all (it would push out many useful ones). */
  maxEntryBytes: number;
  /** Estimated size of a value; the default walks it (strings, arrays, typed arrays, plain objects). */
  sizeOf: (value: unknown, limit: number) => number;
}

const MiB = 1024 * 1024;

export const defaultResultCacheOptions: ResultCacheOptions = {
  maxBytes: 64 * MiB,
  maxEntryBytes: 16 * MiB,
  sizeOf: estimateBytes,
};

/** Inside `withoutCaching`, caches answer what they hold but keep nothing new. */
const noAdmission = new AsyncLocalStorage<true>();

/**
 * Runs `fn` (and whatever it awaits) without filling any ResultCache: for one-off bulk reads such as an
 * export, whose pages nobody asks for again and which would only push out the answers people do repeat.
 */
export function withoutCaching<T>(fn: () => T): T {
  return noAdmission.run(true, fn);
}

/**
 * Rough bytes a value keeps alive, stopping once past `limit` (only "too big" matters then). Strings count
 * two bytes a character plus a header, objects and arrays a slot per field.
 */
export function estimateBytes(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let total = 0;
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0 && total <= limit) {
    const v = stack.pop();
    if (typeof v === 'string') total += 16 + 2 * v.length;
    else if (typeof v !== 'object' || v === null) total += 8;
    else if (seen.has(v)) continue;
    else if (ArrayBuffer.isView(v)) {
      seen.add(v);
      total += 64 + v.byteLength;
    } else {
      seen.add(v);
      const items = Array.isArray(v) ? v : Object.values(v);
      total += 32 + 8 * items.length;
      for (const item of items) stack.push(item);
    }
  }
  return total;
}

export class ResultCache<T> {
  private readonly entries = new Map<string, { value: T; bytes: number }>();
  private readonly o: ResultCacheOptions;
  private heldBytes = 0;

  constructor(
    private readonly capacity: number,
    options: Partial<ResultCacheOptions> = {},
  ) {
    const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
    this.o = { ...defaultResultCacheOptions, ...defined };
  }

  get enabled(): boolean {
    return this.capacity > 0 && this.o.maxBytes > 0;
  }

  /** Estimated bytes held now. */
  get bytes(): number {
    return this.heldBytes;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: T): void {
    if (!this.enabled || noAdmission.getStore() === true) return;
    this.remove(key);
    const limit = Math.min(this.o.maxEntryBytes, this.o.maxBytes);
    const bytes = this.o.sizeOf(value, limit) + 2 * key.length;
    if (bytes > limit) return;
    this.entries.set(key, { value, bytes });
    this.heldBytes += bytes;
    while (this.entries.size > this.capacity || this.heldBytes > this.o.maxBytes) {
      this.remove(this.entries.keys().next().value!);
    }
  }

  /** Drops everything (the index changed). */
  clear(): void {
    this.entries.clear();
    this.heldBytes = 0;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.heldBytes -= entry.bytes;
  }
}
