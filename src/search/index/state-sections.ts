// The engine state as binary sections (typed arrays stored raw) plus JSON-able meta, and back.
import { FACET_NAMES } from '../../types';
import type { DocumentMeta, FacetName } from '../../types';
import type { FacetTables } from '../entity-expansion';
import { facetTableFromColumns } from '../facets/facet-table';
import { fromSection, requireSection, toSection } from './binary-sections';
import type { Sections } from './binary-sections';
import { completeState } from './complete-state';
import type { EngineState, ParagraphOverride } from './engine-state';
import { phrasesFromSections, phrasesToSections, segmentFromSections, segmentToSections } from './segment-sections';
import type { SegmentMeta } from './segment-sections';

export const STATE_FORMAT = 'sift-search-index';
export const STATE_FORMAT_VERSION = 3;

/** The JSON part of a serialized engine; typed arrays live in the sections beside it. */
export interface StateMeta {
  format: string;
  version: number;
  paragraphs: number;
  documents: DocumentMeta[];
  segment: SegmentMeta;
  titles: SegmentMeta;
  facets: Record<FacetName, string[]>;
  dates: string[];
  overrides: [number, ParagraphOverride][];
}

/** Binary form: JSON-able meta (document metadata, dictionaries of facet values) and raw typed-array sections. */
export function serializeState(s: EngineState): { meta: StateMeta; sections: Sections } {
  const sections: Sections = {};
  sections['doc.start'] = toSection(s.docStart);
  sections['text.bytes'] = s.texts.bytes;
  sections['text.offsets'] = toSection(s.texts.offsets);
  const segment = segmentToSections(s.segment, 'para', sections);
  const titles = segmentToSections(s.titles, 'title', sections);
  phrasesToSections(s.phrases, sections);
  for (const f of FACET_NAMES) {
    sections[`facet.${f}.offsets`] = toSection(s.tables[f].offsets);
    sections[`facet.${f}.refs`] = toSection(s.tables[f].refs);
  }
  sections['date.offsets'] = toSection(s.dates.offsets);
  sections['date.refs'] = toSection(s.dates.refs);
  const meta: StateMeta = {
    format: STATE_FORMAT,
    version: STATE_FORMAT_VERSION,
    paragraphs: s.docStart[s.docs.length]!,
    documents: s.docs,
    segment,
    titles,
    facets: Object.fromEntries(FACET_NAMES.map((f) => [f, s.tables[f].values])) as Record<FacetName, string[]>,
    dates: s.dates.values,
    overrides: [...s.overrides],
  };
  return { meta, sections };
}

function checkColumn(name: string, offsets: Uint32Array, refs: Uint32Array, n: number, values: number): void {
  if (offsets.length !== n + 1 || offsets[n] !== refs.length) throw new Error(`section ${name} does not cover ${n} paragraphs`);
  for (let i = 0; i < refs.length; i++) if (refs[i]! >= values) throw new Error(`section ${name} refers to an unknown value`);
}

/** Rebuilds the state from `serializeState` output; throws an Error naming the first inconsistency. */
export function deserializeState(meta: StateMeta, sections: Sections): EngineState {
  const docStart = fromSection(Uint32Array, requireSection(sections, 'doc.start'), 'doc.start');
  const n = meta.paragraphs;
  if (!Array.isArray(meta.documents) || docStart.length !== meta.documents.length + 1 || docStart[meta.documents.length] !== n) {
    throw new Error('section doc.start does not match the documents');
  }
  const texts = { bytes: requireSection(sections, 'text.bytes'), offsets: fromSection(Uint32Array, requireSection(sections, 'text.offsets'), 'text.offsets') };
  if (texts.offsets.length !== n + 1 || texts.offsets[n] !== texts.bytes.byteLength) throw new Error('section text.offsets is inconsistent');
  const tables = {} as FacetTables;
  for (const f of FACET_NAMES) {
    const values = meta.facets?.[f];
    if (!Array.isArray(values)) throw new Error(`facet ${f} values are missing`);
    const offsets = fromSection(Uint32Array, requireSection(sections, `facet.${f}.offsets`), `facet.${f}.offsets`);
    const refs = fromSection(Uint32Array, requireSection(sections, `facet.${f}.refs`), `facet.${f}.refs`);
    checkColumn(`facet.${f}`, offsets, refs, n, values.length);
    tables[f] = facetTableFromColumns(values, offsets, refs);
  }
  const dates = {
    values: meta.dates,
    offsets: fromSection(Uint32Array, requireSection(sections, 'date.offsets'), 'date.offsets'),
    refs: fromSection(Uint32Array, requireSection(sections, 'date.refs'), 'date.refs'),
  };
  if (!Array.isArray(dates.values)) throw new Error('date values are missing');
  checkColumn('date', dates.offsets, dates.refs, n, dates.values.length);
  if (meta.segment?.size !== n || meta.titles?.size !== meta.documents.length) throw new Error('index sizes do not match the documents');
  return completeState({
    docs: meta.documents,
    docStart,
    texts,
    overrides: new Map(meta.overrides ?? []),
    dates,
    tables,
    segment: segmentFromSections(sections, 'para', meta.segment),
    phrases: phrasesFromSections(sections, n),
    titles: segmentFromSections(sections, 'title', meta.titles),
  });
}
