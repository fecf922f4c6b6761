// One result per statement: a hit whose paragraph another hit above already lists in `also_in` is folded into it.
import type { SearchHit } from '../../src/types';

export function collapseStatements(hits: readonly SearchHit[]): SearchHit[] {
  const covered = new Set<string>();
  const out: SearchHit[] = [];
  for (const hit of hits) {
    if (covered.has(hit.id)) continue;
    out.push(hit);
    for (const other of hit.also_in ?? []) covered.add(`${other.doc}#${other.anchor}`);
  }
  return out;
}
