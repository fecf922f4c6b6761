// The hook where hits are built: `also_in` lists the same statement in other documents (statement-groups.ts).
// Groups are computed on the first search of an index state and kept in memory beside it (a live change makes a new state).
import type { AlsoReported } from '../types';
import type { EngineState } from '../search/index/engine-state';
import { paragraphAt } from '../search/index/engine-state';
import { buildStatementGroups, type StatementGroups } from './statement-groups';

const byState = new WeakMap<EngineState, StatementGroups>();

function groupsOf(s: EngineState): StatementGroups {
  let groups = byState.get(s);
  if (groups === undefined) {
    groups = buildStatementGroups(s.paragraphDoc.length, (pid) => {
      const d = s.paragraphDoc[pid]!;
      if (s.hiddenDocs !== null && s.hiddenDocs[d] === 1) return null;
      return { text: paragraphAt(s, pid).text, doc: d };
    });
    byState.set(s, groups);
  }
  return groups;
}

/** The other documents' paragraphs carrying the same statement as `pid`, or undefined. */
export function alsoIn(s: EngineState, pid: number): AlsoReported[] | undefined {
  const others = groupsOf(s).get(pid);
  if (others === undefined || others.length === 0) return undefined;
  return others.map((o) => {
    const doc = s.docs[s.paragraphDoc[o]!]!;
    return { doc: doc.id, anchor: paragraphAt(s, o).anchor, source: doc.source, published: doc.published };
  });
}
