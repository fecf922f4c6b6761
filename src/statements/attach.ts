// The hook where hits are built: `also_in` lists the same statement in other documents (statement-groups.ts).
// Groups are computed on the first search of an index state and kept in memory beside it (a live change makes a new
// state): at once for small indexes, in slices between requests for large ones, not at all past MAX_STATEMENT_PARAGRAPHS.
import type { AlsoReported } from '../types';
import type { EngineState } from '../search/index/engine-state';
import { paragraphAt } from '../search/index/engine-state';
import { StatementGrouper, type StatementGroups } from './statement-groups';

/** Up to this many paragraphs the groups are computed at once on the first search (tens of milliseconds). */
const AT_ONCE = 20_000;
/** Larger indexes are grouped in slices of this many paragraphs (about 30 ms of CPU)… */
const SLICE = 500;
/** …with this pause after each, so grouping takes about a quarter of a core from the searches it runs beside. */
const PAUSE_MS = 100;
/** Past this size statement tracking is off: its memory and first pass would cost more than it gives (README). */
export const MAX_STATEMENT_PARAGRAPHS = 200_000;

const NONE: StatementGroups = new Map();
/** Per index state: its groups, or null while they are being computed in the background. */
const byState = new WeakMap<EngineState, StatementGroups | null>();

function grouperFor(s: EngineState): StatementGrouper {
  return new StatementGrouper(s.paragraphDoc.length, (pid) => {
    const d = s.paragraphDoc[pid]!;
    if (s.hiddenDocs !== null && s.hiddenDocs[d] === 1) return null;
    return { text: paragraphAt(s, pid).text, doc: d };
  });
}

/** The groups of a state; a large state's are computed in the background, and its hits have no `also_in` until then. */
function groupsOf(s: EngineState): StatementGroups {
  const known = byState.get(s);
  if (known !== undefined) return known ?? NONE;
  const count = s.paragraphDoc.length;
  if (count > MAX_STATEMENT_PARAGRAPHS) {
    byState.set(s, NONE);
    return NONE;
  }
  const grouper = grouperFor(s);
  if (count <= AT_ONCE) {
    grouper.step(count);
    const groups = grouper.finish();
    byState.set(s, groups);
    return groups;
  }
  byState.set(s, null);
  const slice = (): void => {
    if (grouper.step(SLICE)) setTimeout(slice, PAUSE_MS).unref();
    else byState.set(s, grouper.finish());
  };
  setTimeout(slice, PAUSE_MS).unref();
  return NONE;
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
