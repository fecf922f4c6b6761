// Bounded selection of the k best numeric ids without sorting everything.

/** Returns up to k ids from `ids`, best first, where `before(a, b)` says a ranks ahead of b (must be a strict total order). */
export function selectTop(ids: ArrayLike<number>, k: number, before: (a: number, b: number) => boolean): number[] {
  if (k <= 0 || ids.length === 0) return [];
  if (ids.length <= k * 4 || ids.length <= 64) {
    const all = Array.from(ids);
    all.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    return all.slice(0, k);
  }
  // Min-heap on rank: heap[0] is the worst of the k kept so far.
  const heap: number[] = [];
  const worse = (a: number, b: number): boolean => before(b, a);
  const siftUp = (i: number): void => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const siftDown = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (heap.length < k) {
      heap.push(id);
      siftUp(heap.length - 1);
    } else if (before(id, heap[0]!)) {
      heap[0] = id;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}

/** The k best of the indices 0..count-1, best first, where `before(a, b)` says index a ranks ahead of b (strict total order). */
export function selectTopIndices(count: number, k: number, before: (a: number, b: number) => boolean): number[] {
  if (k <= 0 || count === 0) return [];
  const heap: number[] = [];
  const byRank = (a: number, b: number): number => (before(a, b) ? -1 : before(b, a) ? 1 : 0);
  if (count <= k * 4 || count <= 64) {
    for (let i = 0; i < count; i++) heap.push(i);
    return heap.sort(byRank).slice(0, k);
  }
  // Min-heap on rank: heap[0] is the worst of the k kept so far; most candidates lose one comparison with it.
  for (let i = 0; i < count; i++) {
    if (heap.length < k) {
      heap.push(i);
      let c = heap.length - 1;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if (!before(heap[parent]!, heap[c]!)) break;
        [heap[c], heap[parent]] = [heap[parent]!, heap[c]!];
        c = parent;
      }
    } else if (before(i, heap[0]!)) {
      heap[0] = i;
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        const r = l + 1;
        let m = c;
        if (l < heap.length && before(heap[m]!, heap[l]!)) m = l;
        if (r < heap.length && before(heap[m]!, heap[r]!)) m = r;
        if (m === c) break;
        [heap[c], heap[m]] = [heap[m]!, heap[c]!];
        c = m;
      }
    }
  }
  return heap.sort(byRank);
}
