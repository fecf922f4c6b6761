// The engine's data — documents, paragraph texts and facets, word and phrase indexes — built from documents or loaded from binary sections.
import { FACET_NAMES } from '../types';
import type { DocumentMeta, FacetName, IndexedDocument, Paragraph } from '../types';
import { fromSection, requireSection, toSection } from './binary-sections';
import type { Sections } from './binary-sections';
import { parsePublishedSpan, publicationBucket } from './date-range';
import type { EntityCatalog, FacetTables } from './entity-expansion';
import { buildEntityCatalog } from './entity-expansion';
import type { FacetCounter, FacetTable } from './facets';
import { buildFacetCounter, buildFacetTable, facetTableFromColumns } from './facets';
import { GrowableArray } from './growable-array';
import { analyzeText } from './normalize';
import type { SuggestIndex } from './suggest';
import { buildSuggestIndex } from './suggest';
import { phrasesFromSections, phrasesToSections, segmentFromSections, segmentToSections, sizeHintFor, TextSegmentBuilder } from './text-segment';
import type { PhraseIndex, SegmentMeta, TextSegment } from './text-segment';
import { textAt, TextStoreBuilder } from './text-store';
import type { TextStore } from './text-store';

/** What a paragraph holds that the facet tables cannot give back as-is (rare: a non-standard anchor, a repeated value). */
export interface ParagraphOverride {
  anchor?: string;
  speaker?: string | null;
  actors?: string[];
  locations?: string[];
  groups?: string[];
}

/** A string list per paragraph, order and repeats kept (paragraph dates). */
export interface ListColumn {
  values: string[];
  offsets: Uint32Array;
  refs: Uint32Array;
}

export interface EngineState {
  /** Document metadata without paragraphs (any extra fields kept). */
  docs: DocumentMeta[];
  docIndex: Map<string, number>;
  /** Document d's paragraphs are ids docStart[d] .. docStart[d+1]-1. */
  docStart: Uint32Array;
  paragraphDoc: Uint32Array;
  texts: TextStore;
  overrides: Map<number, ParagraphOverride>;
  dates: ListColumn;
  pubFirst: Uint32Array;
  pubLast: Uint32Array;
  tables: FacetTables;
  dateTable: FacetTable;
  catalog: EntityCatalog;
  /** Paragraph ids, newest publication first (a partial date sorts as its first day), then reading order. */
  browseOrder: Uint32Array;
  /** Position of each paragraph in browseOrder. */
  browseRank: Uint32Array;
  browseCounts: Record<FacetName | 'date', Uint32Array>;
  /** speaker, actor, location, group and date columns merged, in that order (bit t of a filter mask = column t). */
  counter: FacetCounter;
  segment: TextSegment;
  phrases: PhraseIndex;
  titles: TextSegment;
  suggestIndex: SuggestIndex;
}

export const STATE_FORMAT = 'sift-search-index';
export const STATE_FORMAT_VERSION = 2;

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

function facetList(p: Paragraph, facet: FacetName): readonly string[] {
  if (facet === 'speaker') return p.speaker ? [p.speaker] : [];
  return facet === 'actor' ? p.actors : facet === 'location' ? p.locations : p.groups;
}

function hasRepeats(values: readonly string[]): boolean {
  return values.length > 1 && new Set(values).size !== values.length;
}

function overrideOf(p: Paragraph, position: number): ParagraphOverride | null {
  const o: ParagraphOverride = {};
  if (p.anchor !== `p-${position + 1}`) o.anchor = p.anchor;
  if (p.speaker === '') o.speaker = p.speaker;
  if (hasRepeats(p.actors)) o.actors = [...p.actors];
  if (hasRepeats(p.locations)) o.locations = [...p.locations];
  if (hasRepeats(p.groups)) o.groups = [...p.groups];
  return Object.keys(o).length > 0 ? o : null;
}

/** Builds everything from documents (paragraph ids follow the given order). */
export function buildEngineState(documents: readonly IndexedDocument[]): EngineState {
  const docs: DocumentMeta[] = [];
  const docStart = new Uint32Array(documents.length + 1);
  let paragraphCount = 0;
  let characters = 0;
  for (const d of documents) {
    paragraphCount += d.paragraphs.length;
    for (const p of d.paragraphs) characters += p.text.length;
  }
  const texts = new TextStoreBuilder(Math.ceil(characters * 1.05));
  const words = new TextSegmentBuilder(true, sizeHintFor(paragraphCount, characters));
  const titles = new TextSegmentBuilder(false);
  const overrides = new Map<number, ParagraphOverride>();
  const dateIds = new Map<string, number>();
  const dateValues: string[] = [];
  const dateOffsets = new GrowableArray(Uint32Array, 1 << 12);
  const dateRefs = new GrowableArray(Uint32Array, 1 << 12);
  const paragraphs: Paragraph[] = [];
  documents.forEach((d, i) => {
    const { paragraphs: own, ...meta } = d;
    docs.push(meta);
    docStart[i] = paragraphs.length;
    own.forEach((p, j) => {
      const o = overrideOf(p, j);
      if (o !== null) overrides.set(paragraphs.length, o);
      paragraphs.push(p);
      texts.add(p.text);
      words.add(analyzeText(p.text));
      dateOffsets.push(dateRefs.length);
      for (const value of p.dates) {
        let id = dateIds.get(value);
        if (id === undefined) {
          id = dateValues.length;
          dateIds.set(value, id);
          dateValues.push(value);
        }
        dateRefs.push(id);
      }
    });
    titles.add(analyzeText(d.title ?? ''));
  });
  const n = paragraphs.length;
  docStart[documents.length] = n;
  dateOffsets.push(dateRefs.length);
  const tables = Object.fromEntries(FACET_NAMES.map((f) => [f, buildFacetTable(n, (p) => facetList(paragraphs[p]!, f))])) as FacetTables;
  const built = words.finish();
  return completeState({
    docs,
    docStart,
    texts: texts.finish(),
    overrides,
    dates: { values: dateValues, offsets: dateOffsets.toArray(), refs: dateRefs.toArray() },
    tables,
    segment: built.segment,
    phrases: built.phrases!,
    titles: titles.finish().segment,
  });
}

type CoreState = Pick<EngineState, 'docs' | 'docStart' | 'texts' | 'overrides' | 'dates' | 'tables' | 'segment' | 'phrases' | 'titles'>;

/** Derives the lookup structures that are cheap to recompute (linear or over facet values only). */
function completeState(core: CoreState): EngineState {
  const { docs, docStart, tables, segment } = core;
  const n = docStart[docs.length]!;
  const docIndex = new Map<string, number>();
  docs.forEach((d, i) => docIndex.set(d.id, i));
  const paragraphDoc = new Uint32Array(n);
  const pubFirst = new Uint32Array(docs.length);
  const pubLast = new Uint32Array(docs.length);
  docs.forEach((d, i) => {
    paragraphDoc.fill(i, docStart[i]!, docStart[i + 1]!);
    const span = parsePublishedSpan(d.published);
    pubFirst[i] = span?.first ?? 0;
    pubLast[i] = span?.last ?? 0;
  });
  const buckets = docs.map((d) => publicationBucket(d.published));
  const dateTable = buildFacetTable(n, (p) => {
    const b = buckets[paragraphDoc[p]!];
    return b ? [b] : [];
  });
  // Paragraphs of a document are consecutive ids, so ordering documents orders paragraphs.
  const docOrder = Array.from({ length: docs.length }, (_, i) => i).sort((a, b) => pubFirst[b]! - pubFirst[a]! || a - b);
  const browseOrder = new Uint32Array(n);
  const browseRank = new Uint32Array(n);
  let k = 0;
  for (const d of docOrder) {
    for (let p = docStart[d]!; p < docStart[d + 1]!; p++) {
      browseRank[p] = k;
      browseOrder[k++] = p;
    }
  }
  const frequencies = (table: FacetTable): Uint32Array => {
    const counts = new Uint32Array(table.values.length);
    for (let v = 0; v < counts.length; v++) counts[v] = table.postingOffsets[v + 1]! - table.postingOffsets[v]!;
    return counts;
  };
  const browseCounts = {
    speaker: frequencies(tables.speaker),
    actor: frequencies(tables.actor),
    location: frequencies(tables.location),
    group: frequencies(tables.group),
    date: frequencies(dateTable),
  };
  const exact = segment.exact;
  const termFrequencies = new Uint32Array(exact.terms.length);
  for (let t = 0; t < termFrequencies.length; t++) termFrequencies[t] = exact.offsets[t + 1]! - exact.offsets[t]!;
  return {
    ...core,
    docIndex,
    paragraphDoc,
    pubFirst,
    pubLast,
    dateTable,
    catalog: buildEntityCatalog(tables),
    browseOrder,
    browseRank,
    browseCounts,
    counter: buildFacetCounter([tables.speaker, tables.actor, tables.location, tables.group, dateTable], n),
    suggestIndex: buildSuggestIndex(tables, exact.terms, termFrequencies),
  };
}

function listAt(values: readonly string[], offsets: Uint32Array, refs: Uint32Array, p: number): string[] {
  const out: string[] = [];
  for (let i = offsets[p]!; i < offsets[p + 1]!; i++) out.push(values[refs[i]!]!);
  return out;
}

/** Paragraph `pid` as the documents gave it (text decoded from the store). */
export function paragraphAt(s: EngineState, pid: number): Paragraph {
  const o = s.overrides.get(pid);
  const facet = (f: FacetName): string[] => listAt(s.tables[f].values, s.tables[f].offsets, s.tables[f].refs, pid);
  const speaker = facet('speaker')[0] ?? null;
  return {
    anchor: o?.anchor ?? `p-${pid - s.docStart[s.paragraphDoc[pid]!]! + 1}`,
    text: textAt(s.texts, pid),
    speaker: o?.speaker !== undefined ? o.speaker : speaker,
    actors: o?.actors ?? facet('actor'),
    locations: o?.locations ?? facet('location'),
    groups: o?.groups ?? facet('group'),
    dates: listAt(s.dates.values, s.dates.offsets, s.dates.refs, pid),
  };
}

export function documentAt(s: EngineState, d: number): IndexedDocument {
  const paragraphs: Paragraph[] = [];
  for (let p = s.docStart[d]!; p < s.docStart[d + 1]!; p++) paragraphs.push(paragraphAt(s, p));
  return { ...s.docs[d]!, paragraphs };
}

/** The speaker of a paragraph without decoding anything else. */
export function speakerAt(s: EngineState, pid: number): string | null {
  const o = s.overrides.get(pid);
  if (o?.speaker !== undefined) return o.speaker;
  const t = s.tables.speaker;
  return t.offsets[pid + 1]! > t.offsets[pid]! ? t.values[t.refs[t.offsets[pid]!]!]! : null;
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
