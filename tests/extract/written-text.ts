// Shared by the extraction tests: extract texts written for a test as one document and read one paragraph's facets.
import { createExtractor } from '../../src/extract';
import type { DocumentMeta, ParagraphFacets } from '../../src/types';

const extractor = createExtractor();
const meta: DocumentMeta = { id: 'written', title: null, source: null, url: null, published: '2024-03-05' };

/**
 * The facets of paragraph `index` of a document made of `paragraphs` (one string: a one-paragraph document); a
 * negative index counts from the end (-1: the last paragraph); `documentMeta` overrides the test document's metadata.
 */
export function facetsOfText(paragraphs: string | string[], index = 0, documentMeta: Partial<DocumentMeta> = {}): ParagraphFacets {
  const texts = typeof paragraphs === 'string' ? [paragraphs] : paragraphs;
  const facets = extractor.extractDocument({ ...meta, ...documentMeta }, texts).at(index);
  if (!facets) throw new Error(`the document has ${texts.length} paragraphs, none at ${index}`);
  return facets;
}

/** The speaker of the last of `paragraphs` (what the speaker class tests read). */
export function lastSpeakerOf(paragraphs: string[]): string | null {
  return facetsOfText(paragraphs, -1).speaker;
}

/** The extractor the helper uses, for tests that read its gazetteer. */
export const writtenTextExtractor = extractor;
