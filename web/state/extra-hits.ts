// The hits a page shows past its full matches (SearchHit.extra), in sections that say why each is there: the
// analyst must never read an unattributed or partial match as one the filters and words select.
import type { SearchHit } from '../../src/types';

export type ExtraKind = NonNullable<SearchHit['extra']>;

export interface ExtraSection {
  kind: ExtraKind;
  heading: string;
  hits: SearchHit[];
}

const HEADINGS: Record<ExtraKind, string> = {
  unattributed: 'No speaker attributed: paragraphs with every word, from documents where the selected speaker speaks or is named',
  partial: 'Paragraphs with some of the words',
};

/** The full matches, then one section per run of extra hits of one kind, in page order. */
export function splitExtraHits(hits: readonly SearchHit[]): { full: SearchHit[]; sections: ExtraSection[] } {
  const full: SearchHit[] = [];
  const sections: ExtraSection[] = [];
  for (const hit of hits) {
    if (hit.extra === undefined) {
      full.push(hit);
      continue;
    }
    const last = sections[sections.length - 1];
    if (last?.kind === hit.extra) last.hits.push(hit);
    else sections.push({ kind: hit.extra, heading: HEADINGS[hit.extra], hits: [hit] });
  }
  return { full, sections };
}
