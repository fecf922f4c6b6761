// Group by article: one result per document, its best paragraphs first, and how many more it has.
import type { SearchHit } from '../../src/types';

export interface ArticleGroup {
  /** The document's best-ranked paragraph. */
  lead: SearchHit;
  /** Its next best paragraphs shown under the lead. */
  extra: SearchHit[];
  /** Further matching paragraphs of the article in this answer, not shown. */
  more: number;
}

/** Groups hits by document in rank order of each document's best paragraph. */
export function groupByArticle(hits: readonly SearchHit[], extraShown = 2): ArticleGroup[] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.doc.id);
    if (list) list.push(hit);
    else groups.set(hit.doc.id, [hit]);
  }
  return [...groups.values()].map(([lead, ...rest]) => ({ lead: lead!, extra: rest.slice(0, extraShown), more: Math.max(0, rest.length - extraShown) }));
}
