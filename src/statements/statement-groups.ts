// Groups of near-duplicate paragraphs in different documents (the same statement reported by several outlets):
// MinHash signatures banded for locality-sensitive hashing, candidates verified by signature similarity, joined
// by union-find. Computed once per index state and kept in memory (src/statements/attach.ts).
import { SIGNATURE_SIZE, shingles, signature, similarity } from './minhash';

const BANDS = 32;
const ROWS = SIGNATURE_SIZE / BANDS;
/** Estimated Jaccard of shingles from which two paragraphs count as the same statement. */
export const SAME_STATEMENT = 0.4;
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

/**
 * Builds the groups a range of paragraphs at a time, so a large index can be grouped in slices that let the
 * event loop run between them. Band keys are numbers (a hash of the band's rows), not strings: at a few hundred
 * thousand paragraphs string keys alone would cost hundreds of megabytes.
 */
export class StatementGrouper {
  private readonly sigs: (Uint32Array | null)[];
  private readonly docs: Int32Array;
  private readonly buckets: Map<number, number[]>[] = Array.from({ length: BANDS }, () => new Map());
  private next = 0;

  constructor(
    readonly count: number,
    private readonly paragraph: (pid: number) => StatementParagraph | null,
  ) {
    this.sigs = new Array(count).fill(null);
    this.docs = new Int32Array(count);
  }

  /** Signs the next `n` paragraphs; true while some are left. */
  step(n: number): boolean {
    const end = Math.min(this.count, this.next + n);
    for (let pid = this.next; pid < end; pid++) this.sign(pid);
    this.next = end;
    return this.next < this.count;
  }

  private sign(pid: number): void {
    const p = this.paragraph(pid);
    const sh = p === null ? null : shingles(p.text);
    if (p === null || sh === null) return;
    const sig = signature(sh);
    this.sigs[pid] = sig;
    this.docs[pid] = p.doc;
    for (let b = 0; b < BANDS; b++) {
      let key = 0x811c9dc5;
      for (let r = b * ROWS; r < (b + 1) * ROWS; r++) key = Math.imul(key ^ sig[r]!, 0x01000193) >>> 0;
      const bucket = this.buckets[b]!.get(key);
      if (bucket === undefined) this.buckets[b]!.set(key, [pid]);
      else if (bucket.length <= MAX_BUCKET) bucket.push(pid);
    }
  }

  /** Joins the candidates whose signatures agree enough (union-find) into groups; call once every paragraph is signed. */
  finish(): StatementGroups {
    const { sigs, docs, count } = this;
    const parent = Int32Array.from({ length: count }, (_, i) => i);
    for (const band of this.buckets) {
      for (const bucket of band.values()) {
        if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
        for (let i = 1; i < bucket.length; i++) {
          const a = bucket[0]!;
          const b = bucket[i]!;
          if (docs[a] !== docs[b] && similarity(sigs[a]!, sigs[b]!) >= SAME_STATEMENT) parent[find(parent, a)] = find(parent, b);
        }
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
}

/** All groups at once (small corpora, tests). */
export function buildStatementGroups(count: number, paragraph: (pid: number) => StatementParagraph | null): StatementGroups {
  const grouper = new StatementGrouper(count, paragraph);
  grouper.step(count);
  return grouper.finish();
}
