// Orders mentions by their start offset as `sort((a, b) => a.start - b.start)` does (stably), without the work array
// V8's sort allocates for every call: these lists are short, almost always already in order, and are ordered several
// times per paragraph, so the copies were a visible share of extraction's garbage.

interface Spanned {
  start: number;
}

/** Above this length the quadratic insertion sort gives way to the built-in sort (same order: both are stable). */
const INSERTION_LIMIT = 32;

/** Sorts `items` in place by `start`, keeping equal starts in their order; returns `items`. */
export function sortByStart<T extends Spanned>(items: T[]): T[] {
  if (items.length > INSERTION_LIMIT) return items.sort((a, b) => a.start - b.start);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    if (items[j]!.start <= item.start) continue;
    while (j >= 0 && items[j]!.start > item.start) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}

/** `items` ordered by `start`: the array itself when it already is (do not modify the result), else a sorted copy. */
export function inStartOrder<T extends Spanned>(items: readonly T[]): readonly T[] {
  for (let i = 1; i < items.length; i++) {
    if (items[i - 1]!.start > items[i]!.start) return sortByStart(items.slice());
  }
  return items;
}
