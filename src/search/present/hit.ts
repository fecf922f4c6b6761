// One hit of a response: the paragraph, its document, facets, and a snippet with the query's marks.
import type { SearchHit } from '../../types';
import type { SearchContext } from '../execute/context';
import type { UnitQuery } from '../execute/unit-query';
import { paragraphAt } from '../index/engine-state';
import { analyzeText } from '../../text';
import { marksFor } from './highlight';
import { buildSnippet } from './snippet';

export function buildHit(ctx: SearchContext, pid: number, score: number, units: readonly UnitQuery[]): SearchHit {
  const s = ctx.s;
  const doc = s.docs[s.paragraphDoc[pid]!]!;
  const p = paragraphAt(s, pid);
  const tokens = analyzeText(p.text);
  const marks = units.length > 0 ? marksFor(ctx, pid, p.text, tokens, units) : [];
  return {
    id: `${doc.id}#${p.anchor}`,
    doc: { id: doc.id, title: doc.title, source: doc.source, published: doc.published },
    anchor: p.anchor,
    url: `/doc/${encodeURIComponent(doc.id)}#${p.anchor}`,
    text: p.text,
    snippet: buildSnippet(p.text, tokens, marks, { windowWords: ctx.o.snippetWords }),
    speaker: p.speaker,
    actors: p.actors,
    locations: p.locations,
    groups: p.groups,
    dates: p.dates,
    score: Math.round(score * 1000) / 1000,
  };
}
