// Set operations on ascending id arrays (posting lists): galloping intersection, unions that carry scores.

/** Position of `id` in ascending `ids`, or -1. */
export function indexOfId(ids: Uint32Array, id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid]!;
    if (v < id) lo = mid + 1;
    else if (v > id) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** First position ≥ `from` whose id is ≥ `id` (exponential then binary search). */
function gallop(ids: Uint32Array, from: number, id: number): number {
  let step = 1;
  let hi = from;
  while (hi < ids.length && ids[hi]! < id) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > ids.length) hi = ids.length;
  let lo = from;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Positions in one ascending list for probes that mostly come in ascending order (a driver's ids, a filter's
 * paragraphs): each gallops on from where the last one stopped instead of a binary search over the whole list.
 */
export class IdCursor {
  private at = 0;

  constructor(readonly ids: Uint32Array) {}

  /** Position of `id`, or -1 (any order is answered; a probe behind the last one starts from the list's head). */
  indexOf(id: number): number {
    const ids = this.ids;
    let from = this.at;
    if (from > 0 && ids[from - 1]! >= id) from = 0;
    const at = gallop(ids, from, id);
    this.at = at;
    return at < ids.length && ids[at] === id ? at : -1;
  }
}

/**
 * Ids present in every list, ascending, with each one's position in each list (for its scores).
 * Driven by the shortest list; the others are searched by galloping, so cost follows the rarest term.
 */
export function intersectIds(lists: readonly Uint32Array[]): { ids: Uint32Array; positions: Uint32Array[] } {
  if (lists.length === 0) return { ids: new Uint32Array(0), positions: [] };
  if (lists.length === 1) {
    const positions = new Uint32Array(lists[0]!.length);
    for (let i = 0; i < positions.length; i++) positions[i] = i;
    return { ids: lists[0]!, positions: [positions] };
  }
  let shortest = 0;
  for (let k = 1; k < lists.length; k++) if (lists[k]!.length < lists[shortest]!.length) shortest = k;
  const driver = lists[shortest]!;
  const ids = new Uint32Array(driver.length);
  const positions = lists.map(() => new Uint32Array(driver.length));
  const cursors = new Uint32Array(lists.length);
  let count = 0;
  outer: for (let i = 0; i < driver.length; i++) {
    const id = driver[i]!;
    for (let k = 0; k < lists.length; k++) {
      if (k === shortest) continue;
      const list = lists[k]!;
      const at = gallop(list, cursors[k]!, id);
      cursors[k] = at;
      if (at >= list.length) break outer;
      if (list[at] !== id) continue outer;
    }
    for (let k = 0; k < lists.length; k++) positions[k]![count] = k === shortest ? i : cursors[k]!;
    ids[count++] = id;
  }
  return { ids: ids.subarray(0, count), positions: positions.map((p) => p.subarray(0, count)) };
}

export interface ScoredIds {
  ids: Uint32Array;
  scores: Float64Array;
}

/**
 * Union of two scored lists; an id in both keeps the first list's score. Scored lists are read-only once made, so
 * an empty side returns the other as it is (most of a word's alternatives, in the other scripts, match nothing).
 */
export function unionKeepFirst(a: ScoredIds, b: ScoredIds): ScoredIds {
  if (b.ids.length === 0) return a;
  if (a.ids.length === 0) return b;
  const ids = new Uint32Array(a.ids.length + b.ids.length);
  const scores = new Float64Array(ids.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : 0xffffffff;
    const y = j < b.ids.length ? b.ids[j]! : 0xffffffff;
    if (x <= y) {
      ids[k] = x;
      scores[k++] = a.scores[i++]!;
      if (x === y) j++;
    } else {
      ids[k] = y;
      scores[k++] = b.scores[j++]!;
    }
  }
  return { ids: ids.subarray(0, k), scores: scores.subarray(0, k) };
}

/** Union of a scored list and plain ids, adding `bonus` to each of the plain ids (0 + bonus for new ones). */
export function unionAddBonus(a: ScoredIds, b: Uint32Array, bonus: number): ScoredIds {
  if (b.length === 0) return a;
  const ids = new Uint32Array(a.ids.length + b.length);
  const scores = new Float64Array(ids.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.ids.length || j < b.length) {
    const x = i < a.ids.length ? a.ids[i]! : 0xffffffff;
    const y = j < b.length ? b[j]! : 0xffffffff;
    if (x < y) {
      ids[k] = x;
      scores[k++] = a.scores[i++]!;
    } else if (x > y) {
      ids[k] = y;
      scores[k++] = 0 + bonus;
      j++;
    } else {
      ids[k] = x;
      scores[k++] = a.scores[i++]! + bonus;
      j++;
    }
  }
  return { ids: ids.subarray(0, k), scores: scores.subarray(0, k) };
}

/**
 * Union of ascending id lists, ascending, without repeats: merged pairwise in halves (linear passes, no sort), each
 * list's repeats dropped as well.
 */
export function unionIds(lists: readonly Uint32Array[]): Uint32Array {
  if (lists.length === 0) return new Uint32Array(0);
  if (lists.length === 1) return lists[0]!;
  if (lists.length === 2) return unionTwo(lists[0]!, lists[1]!);
  const half = lists.length >> 1;
  return unionTwo(unionIds(lists.slice(0, half)), unionIds(lists.slice(half)));
}

function unionTwo(a: Uint32Array, b: Uint32Array): Uint32Array {
  const merged = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : NO_ID;
    const y = j < b.length ? b[j]! : NO_ID;
    const id = x <= y ? x : y;
    if (x === id) i++;
    if (y === id) j++;
    if (k === 0 || merged[k - 1] !== id) merged[k++] = id;
  }
  return merged.subarray(0, k);
}

const NO_ID = 0xffffffff;
