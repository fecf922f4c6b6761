// One hit of a response: the paragraph, its document, facets, and a snippet with the query's marks.
import type { SearchHit } from '../../types';
import type { SearchContext } from '../execute/context';
import type { UnitQuery } from '../execute/unit-query';
import { paragraphAt } from '../index/engine-state';
import { analyzeText } from '../../text';
import { alsoIn } from '../../statements/attach';

function withReasons(text: string, marks: readonly MarkSpan[], units: readonly UnitQuery[], f: Partial<Record<string, unknown>>): { matched?: string[] } {
  if (units.length === 0) return {};
  const values = [f.speaker, f.actors, f.locations, f.groups].flat().filter((v): v is string => typeof v === 'string');
  const matched = matchReasons(text, marks, units, values);
  return matched.length === 0 ? {} : { matched };
}

function withAlsoIn(s: SearchContext['s'], pid: number): { also_in?: ReturnType<typeof alsoIn> } {
  const also = alsoIn(s, pid);
  return also === undefined ? {} : { also_in: also };
}
import { marksFor } from './highlight';
import { buildSnippet } from './snippet';
import type { MarkSpan } from './snippet';
import { matchReasons } from './match-reasons';

/** A hit carries the paragraph's facet fields (one per paragraph-level registry facet), its dates and speaker cue. */
export function buildHit(ctx: SearchContext, pid: number, score: number, units: readonly UnitQuery[]): SearchHit {
  const s = ctx.s;
  const doc = s.docs[s.paragraphDoc[pid]!]!;
  const { anchor, text, ...fields } = paragraphAt(s, pid);
  const key = String(pid);
  let tokens = ctx.tokenCache.get(key);
  if (tokens === undefined) {
    tokens = analyzeText(text);
    ctx.tokenCache.set(key, tokens);
  }
  const marks = units.length > 0 ? marksFor(ctx, pid, text, tokens, units) : [];
  return {
    id: `${doc.id}#${anchor}`,
    doc: { id: doc.id, title: doc.title, source: doc.source, published: doc.published },
    anchor,
    url: `/doc/${encodeURIComponent(doc.id)}#${anchor}`,
    text,
    snippet: buildSnippet(text, tokens, marks, { windowWords: ctx.o.snippetWords }),
    ...fields,
    score: Math.round(score * 1000) / 1000,
    ...withAlsoIn(s, pid),
    ...withReasons(text, marks, units, fields),
  };
}
