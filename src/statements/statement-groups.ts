// Groups of near-duplicate paragraphs in different documents (the same statement reported by several outlets):
// MinHash signatures banded for locality-sensitive hashing, candidates verified by signature similarity, joined
// by union-find. Computed once per index state and kept in memory (src/statements/attach.ts).
import { SIGNATURE_SIZE, shingles, signature, similarity } from './minhash';

const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
/** Estimated Jaccard of shingles from which two paragraphs count as the same statement. */
export const SAME_STATEMENT = 0.5;
/** A bucket this large is boilerplate shared by many paragraphs, not one statement: skipped. */
const MAX_BUCKET = 50;

export interface StatementParagraph {
  text: string;
  doc: number;
}

/** Per paragraph id, the ids of its near-duplicates in other documents (absent: none). */
export type StatementGroups = Map<number, number[]>;

function find(parent: Int32Array, x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]!]!;
    x = parent[x]!;
  }
  return x;
}

export function buildStatementGroups(count: number, paragraph: (pid: number) => StatementParagraph | null): StatementGroups {
  const sigs: (Uint32Array | null)[] = new Array(count).fill(null);
  const docs = new Int32Array(count);
  const buckets = new Map<string, number[]>();
  for (let pid = 0; pid < count; pid++) {
    const p = paragraph(pid);
    const sh = p === null ? null : shingles(p.text);
    if (p === null || sh === null) continue;
    const sig = signature(sh);
    sigs[pid] = sig;
    docs[pid] = p.doc;
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`;
      const bucket = buckets.get(key);
      if (bucket === undefined) buckets.set(key, [pid]);
      else if (bucket.length <= MAX_BUCKET) bucket.push(pid);
    }
  }
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
    for (let i = 1; i < bucket.length; i++) {
      const a = bucket[0]!;
      const b = bucket[i]!;
      if (docs[a] !== docs[b] && similarity(sigs[a]!, sigs[b]!) >= SAME_STATEMENT) parent[find(parent, a)] = find(parent, b);
    }
  }
  const members = new Map<number, number[]>();
  for (let pid = 0; pid < count; pid++) {
    if (sigs[pid] === null) continue;
    const root = find(parent, pid);
    const list = members.get(root);
    if (list === undefined) members.set(root, [pid]);
    else list.push(pid);
  }
  const groups: StatementGroups = new Map();
  for (const list of members.values()) {
    if (list.length < 2) continue;
    for (const pid of list) groups.set(pid, list.filter((o) => o !== pid && docs[o] !== docs[pid]));
  }
  return groups;
}
