// One segmented document → the indexed document (paragraphs with anchors and facets, the canonical outlet), or why it has none.
// Its own module so the worker threads and the live watcher use it without importing the build (no import cycle).
import type { Extractor } from '../extract';
import { canonicalOutlet } from '../facets/outlet';
import type { IndexedDocument, SegmentedDocument, SkippedFile, SourceDocument } from '../types';
import { linkCueSources } from './link-cue-sources';
import { splitLongParagraph } from './split-long-paragraph';

export const NO_BODY_REASON = 'no article body found (only chrome or metadata lines)';

/** The skip report of a document without body: a record in a many-record file is named by its line and id. */
export function skippedWithoutBody(source: SourceDocument): SkippedFile {
  const many = source.format === 'json' || source.format === 'jsonl';
  return { file: source.origin ?? source.file, reason: many ? `record "${source.id}": ${NO_BODY_REASON}` : NO_BODY_REASON };
}

export function toIndexedDocument(segmented: SegmentedDocument, extractor: Extractor): IndexedDocument {
  // Extraction time grows faster than linearly with paragraph length: a whole page on one line is cut up first.
  const paragraphs = segmented.paragraphs.flatMap((text) => splitLongParagraph(text));
  const facets = extractor.extractDocument(segmented.meta, paragraphs);
  const outlet = canonicalOutlet(segmented.meta);
  return {
    ...segmented.meta,
    // A page whose text names no outlet is still credited to its site's.
    source: segmented.meta.source ?? outlet,
    outlet,
    paragraphs: linkCueSources(
      paragraphs.map((text, i) => {
        const f = facets[i] ?? { speaker: null, speaker_cue: null, actors: [], locations: [], groups: [], dates: [] };
        return { anchor: `p-${i + 1}`, text, ...f };
      }),
    ),
  };
}
