// The engine state as binary sections (typed arrays stored raw) plus JSON-able meta, and back.
import type { FacetDeclaration } from '../../facets/registry';
import type { DocumentMeta } from '../../types';
import { facetTableFromColumns } from '../facets/facet-table';
import type { FacetTable } from '../facets/facet-table';
import { fromSection, requireSection, toSection } from './binary-sections';
import type { Sections } from './binary-sections';
import { completeState } from './complete-state';
import type { CueColumn } from './cue-column';
import { paragraphFacets } from './engine-state';
import type { EngineState, ParagraphOverride } from './engine-state';
import { phrasesFromSections, phrasesToSections, segmentFromSections, segmentToSections } from './segment-sections';
import type { SegmentMeta } from './segment-sections';

export const STATE_FORMAT = 'sift-search-index';
/** 4: one column per registry facet (by name), speaker cues, overrides by field. */
export const STATE_FORMAT_VERSION = 4;

/** The JSON part of a serialized engine; typed arrays live in the sections beside it. */
export interface StateMeta {
  format: string;
  version: number;
  paragraphs: number;
  documents: DocumentMeta[];
  segment: SegmentMeta;
  titles: SegmentMeta;
  /** Value dictionaries of the paragraph-level facets, by facet name (document-level ones are read from `documents`). */
  facets: Record<string, string[]>;
  dates: string[];
  speakerCueKinds: string[];
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
  const facets: Record<string, string[]> = {};
  for (const f of paragraphFacets(s.facets)) {
    const table = s.tables[f.name]!;
    sections[`facet.${f.name}.offsets`] = toSection(table.offsets);
    sections[`facet.${f.name}.refs`] = toSection(table.refs);
    facets[f.name] = table.values;
  }
  sections['date.offsets'] = toSection(s.dates.offsets);
  sections['date.refs'] = toSection(s.dates.refs);
  sections['cue.kind'] = toSection(s.speakerCues.kind);
  sections['cue.start'] = toSection(s.speakerCues.start);
  sections['cue.end'] = toSection(s.speakerCues.end);
  sections['cue.from'] = toSection(s.speakerCues.from);
  const meta: StateMeta = {
    format: STATE_FORMAT,
    version: STATE_FORMAT_VERSION,
    paragraphs: s.docStart[s.docs.length]!,
    documents: s.docs,
    segment,
    titles,
    facets,
    dates: s.dates.values,
    speakerCueKinds: s.speakerCues.kinds,
    overrides: [...s.overrides],
  };
  return { meta, sections };
}

function checkColumn(name: string, offsets: Uint32Array, refs: Uint32Array, n: number, values: number): void {
  if (offsets.length !== n + 1 || offsets[n] !== refs.length) throw new Error(`section ${name} does not cover ${n} paragraphs`);
  for (let i = 0; i < refs.length; i++) if (refs[i]! >= values) throw new Error(`section ${name} refers to an unknown value`);
}

/** A values-per-paragraph column (facet or dates) from its dictionary and sections, checked. */
function readColumn(sections: Sections, name: string, values: unknown, n: number): { values: string[]; offsets: Uint32Array; refs: Uint32Array } {
  if (!Array.isArray(values)) throw new Error(`${name} values are missing (the index was built with other facets)`);
  const offsets = fromSection(Uint32Array, requireSection(sections, `${name}.offsets`), `${name}.offsets`);
  const refs = fromSection(Uint32Array, requireSection(sections, `${name}.refs`), `${name}.refs`);
  checkColumn(name, offsets, refs, n, values.length);
  return { values: values as string[], offsets, refs };
}

function readCues(meta: StateMeta, sections: Sections, n: number): CueColumn {
  const kinds = meta.speakerCueKinds;
  if (!Array.isArray(kinds)) throw new Error('speaker cue kinds are missing');
  const kind = fromSection(Uint8Array, requireSection(sections, 'cue.kind'), 'cue.kind');
  const start = fromSection(Uint32Array, requireSection(sections, 'cue.start'), 'cue.start');
  const end = fromSection(Uint32Array, requireSection(sections, 'cue.end'), 'cue.end');
  // Indexes written before cue sources were kept have no cue.from: their cues simply name no source paragraph.
  const from = sections['cue.from'] !== undefined ? fromSection(Uint32Array, requireSection(sections, 'cue.from'), 'cue.from') : new Uint32Array(n);
  if (kind.length !== n || start.length !== n || end.length !== n || from.length !== n) throw new Error(`the speaker cue sections do not cover ${n} paragraphs`);
  for (let p = 0; p < n; p++) if (kind[p]! >= kinds.length + 2) throw new Error('section cue.kind refers to an unknown kind');
  return { kinds, kind, start, end, from };
}

/** Rebuilds the state from `serializeState` output for the registry's `facets`; throws an Error naming the first inconsistency. */
export function deserializeState(meta: StateMeta, sections: Sections, facets: readonly FacetDeclaration[]): EngineState {
  const docStart = fromSection(Uint32Array, requireSection(sections, 'doc.start'), 'doc.start');
  const n = meta.paragraphs;
  if (!Array.isArray(meta.documents) || docStart.length !== meta.documents.length + 1 || docStart[meta.documents.length] !== n) {
    throw new Error('section doc.start does not match the documents');
  }
  const texts = { bytes: requireSection(sections, 'text.bytes'), offsets: fromSection(Uint32Array, requireSection(sections, 'text.offsets'), 'text.offsets') };
  if (texts.offsets.length !== n + 1 || texts.offsets[n] !== texts.bytes.byteLength) throw new Error('section text.offsets is inconsistent');
  const tables: Record<string, FacetTable> = {};
  for (const f of paragraphFacets(facets)) {
    const column = readColumn(sections, `facet.${f.name}`, meta.facets?.[f.name], n);
    tables[f.name] = facetTableFromColumns(column.values, column.offsets, column.refs);
  }
  const dates = readColumn(sections, 'date', meta.dates, n);
  if (meta.segment?.size !== n || meta.titles?.size !== meta.documents.length) throw new Error('index sizes do not match the documents');
  return completeState({
    docs: meta.documents,
    docStart,
    texts,
    overrides: new Map(meta.overrides ?? []),
    dates,
    facets,
    tables,
    speakerCues: readCues(meta, sections, n),
    segment: segmentFromSections(sections, 'para', meta.segment),
    phrases: phrasesFromSections(sections, n),
    titles: segmentFromSections(sections, 'title', meta.titles),
  });
}
