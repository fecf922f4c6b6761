// Shared scaffolding of the extraction class tests: extract a document written for the test (its paragraphs in
// order) and read one paragraph's facets, so that each test file states texts and expectations, not set-up.
import { createExtractor } from '../../src/extract/extract-document';
import type { DocumentMeta, ParagraphFacets } from '../../src/types';

const extractor = createExtractor();

/** A document with no metadata but a publication day, so that relative dates resolve. */
export const TEST_META: DocumentMeta = { id: 'd', title: null, source: null, url: null, published: '2023-05-14' };

/** The facets of every paragraph of a written document. */
export function extractText(paragraphs: readonly string[] | string, meta: Partial<DocumentMeta> = {}): ParagraphFacets[] {
  const list = typeof paragraphs === 'string' ? [paragraphs] : [...paragraphs];
  return extractor.extractDocument({ ...TEST_META, ...meta }, list);
}

/** The facets of paragraph `n` (negative counts from the end: -1 is the last). */
export function paragraphFacets(paragraphs: readonly string[] | string, n = -1, meta: Partial<DocumentMeta> = {}): ParagraphFacets {
  const facets = extractText(paragraphs, meta);
  const paragraph = facets.at(n);
  if (!paragraph) throw new Error(`the document has ${facets.length} paragraphs, none at ${n}`);
  return paragraph;
}

/** The speaker of paragraph `n` (the last by default). */
export function speakerOf(paragraphs: readonly string[] | string, n = -1): string | null {
  return paragraphFacets(paragraphs, n).speaker;
}
