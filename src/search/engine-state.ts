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
import { analyzeText } from '../text';
import type { DeltaSegment } from './delta-segment';
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
  /** Each paragraph's document language (ISO 639-1), when known. */
  langTable: FacetTable;
  catalog: EntityCatalog;
  /** Paragraph ids, newest publication first (a partial date sorts as its first day), then reading order. */
  browseOrder: Uint32Array;
  /** Position of each paragraph in browseOrder. */
  browseRank: Uint32Array;
  browseCounts: Record<FacetName | 'date' | 'lang', Uint32Array>;
  /** speaker, actor, location, group, date and lang columns merged, in that order (bit t of a filter mask = column t). */
  counter: FacetCounter;
  /** Word index of paragraphs 0 .. segment.size-1 (the main segment); later ids are the live delta's. */
  segment: TextSegment;
  phrases: PhraseIndex;
  /** Title index of documents 0 .. titles.size-1. */
  titles: TextSegment;
  suggestIndex: SuggestIndex;
  /** Live corpus only: the delta segment answering for paragraphs from segment.size on, and their texts. */
  delta: DeltaSegment | null;
  deltaTexts: string[];
  /** Tombstones: paragraphs and documents of the main segment replaced or deleted since it was built (null: none). */
  hidden: Uint8Array | null;
  hiddenDocs: Uint8Array | null;
  /** Documents and paragraphs served (tombstoned ones excluded). */
  liveDocuments: number;
  liveParagraphs: number;
}

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

type FacetLists = Pick<Paragraph, 'speaker' | 'actors' | 'locations' | 'groups'>;

function facetList(p: FacetLists, facet: FacetName): readonly string[] {
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
  let paragraphs = 0;
  let characters = 0;
  for (const d of documents) {
    paragraphs += d.paragraphs.length;
    for (const p of d.paragraphs) characters += p.text.length;
  }
  const builder = createEngineStateBuilder(paragraphs, characters);
  builder.add(documents);
  return builder.finish();
}

export interface EngineStateBuilder {
  /** Indexes the next documents (paragraph ids continue from the previous call's). */
  add(documents: readonly IndexedDocument[]): void;
  /** Paragraphs added so far. */
  readonly paragraphs: number;
  /** The state of every document added; the builder is spent afterwards. */
  finish(): EngineState;
}

/**
 * The same build as `buildEngineState`, fed a run of documents at a time (so indexing can overlap extraction).
 * The expected sizes only presize buffers; the output does not depend on them. Only facet lists are kept per
 * paragraph, so a caller dropping its documents after `add` lets their texts be collected.
 */
export function createEngineStateBuilder(expectedParagraphs: number, expectedCharacters: number): EngineStateBuilder {
  const docs: DocumentMeta[] = [];
  const docStarts: number[] = [];
  const texts = new TextStoreBuilder(Math.ceil(expectedCharacters * 1.05));
  const words = new TextSegmentBuilder(true, sizeHintFor(expectedParagraphs, expectedCharacters));
  const titles = new TextSegmentBuilder(false);
  const overrides = new Map<number, ParagraphOverride>();
  const dateIds = new Map<string, number>();
  const dateValues: string[] = [];
  const dateOffsets = new GrowableArray(Uint32Array, 1 << 12);
  const dateRefs = new GrowableArray(Uint32Array, 1 << 12);
  const facets: FacetLists[] = [];
  let finished = false;
  return {
    get paragraphs() {
      return facets.length;
    },
    add(documents) {
      if (finished) throw new Error('the engine state builder is already finished');
      for (const d of documents) {
        const { paragraphs: own, ...meta } = d;
        docs.push(meta);
        docStarts.push(facets.length);
        own.forEach((p, j) => {
          const o = overrideOf(p, j);
          if (o !== null) overrides.set(facets.length, o);
          facets.push({ speaker: p.speaker, actors: p.actors, locations: p.locations, groups: p.groups });
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
      }
    },
    finish() {
      if (finished) throw new Error('the engine state builder is already finished');
      finished = true;
      const n = facets.length;
      const docStart = new Uint32Array(docs.length + 1);
      docStart.set(docStarts);
      docStart[docs.length] = n;
      dateOffsets.push(dateRefs.length);
      const tables = Object.fromEntries(FACET_NAMES.map((f) => [f, buildFacetTable(n, (p) => facetList(facets[p]!, f))])) as FacetTables;
      facets.length = 0;
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
    },
  };
}

type CoreState = Pick<EngineState, 'docs' | 'docStart' | 'texts' | 'overrides' | 'dates' | 'tables' | 'segment' | 'phrases' | 'titles'> &
  Partial<Pick<EngineState, 'delta' | 'deltaTexts' | 'hidden' | 'hiddenDocs'>>;

/** Derives the lookup structures that are cheap to recompute (linear or over facet values only). */
function completeState(core: CoreState, terms?: { terms: string[]; frequencies: Uint32Array }): EngineState {
  const { docs, docStart, tables, segment } = core;
  const hiddenDocs = core.hiddenDocs ?? null;
  const live = (d: number): boolean => hiddenDocs === null || hiddenDocs[d] !== 1;
  const n = docStart[docs.length]!;
  const docIndex = new Map<string, number>();
  docs.forEach((d, i) => {
    if (live(i)) docIndex.set(d.id, i);
  });
  const paragraphDoc = new Uint32Array(n);
  const pubFirst = new Uint32Array(docs.length);
  const pubLast = new Uint32Array(docs.length);
  docs.forEach((d, i) => {
    paragraphDoc.fill(i, docStart[i]!, docStart[i + 1]!);
    const span = parsePublishedSpan(d.published);
    pubFirst[i] = span?.first ?? 0;
    pubLast[i] = span?.last ?? 0;
  });
  const buckets = docs.map((d, i) => (live(i) ? publicationBucket(d.published) : null));
  const dateTable = buildFacetTable(n, (p) => {
    const b = buckets[paragraphDoc[p]!];
    return b ? [b] : [];
  });
  const langs = docs.map((d, i) => (live(i) && typeof d.lang === 'string' && d.lang !== '' ? [d.lang] : []));
  const langTable = buildFacetTable(n, (p) => langs[paragraphDoc[p]!]!);
  // Paragraphs of a document are consecutive ids, so ordering documents orders paragraphs.
  const docOrder = Array.from({ length: docs.length }, (_, i) => i)
    .filter(live)
    .sort((a, b) => pubFirst[b]! - pubFirst[a]! || a - b);
  const liveParagraphs = docOrder.reduce((sum, d) => sum + docStart[d + 1]! - docStart[d]!, 0);
  const browseOrder = new Uint32Array(liveParagraphs);
  const browseRank = new Uint32Array(n).fill(0xffffffff);
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
    lang: frequencies(langTable),
  };
  let suggestTerms = terms;
  if (suggestTerms === undefined) {
    const exact = segment.exact;
    const frequencies = new Uint32Array(exact.terms.length);
    for (let t = 0; t < frequencies.length; t++) frequencies[t] = exact.offsets[t + 1]! - exact.offsets[t]!;
    suggestTerms = { terms: exact.terms, frequencies };
  }
  return {
    ...core,
    delta: core.delta ?? null,
    deltaTexts: core.deltaTexts ?? [],
    hidden: core.hidden ?? null,
    hiddenDocs,
    liveDocuments: docIndex.size,
    liveParagraphs,
    docIndex,
    paragraphDoc,
    pubFirst,
    pubLast,
    dateTable,
    langTable,
    catalog: buildEntityCatalog(tables),
    browseOrder,
    browseRank,
    browseCounts,
    counter: buildFacetCounter([tables.speaker, tables.actor, tables.location, tables.group, dateTable, langTable], n),
    suggestIndex: buildSuggestIndex(tables, suggestTerms.terms, suggestTerms.frequencies),
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
    text: pid < s.segment.size ? textAt(s.texts, pid) : s.deltaTexts[pid - s.segment.size]!,
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

/**
 * One facet of the main segment with tombstoned paragraphs emptied, values no live paragraph carries dropped,
 * and the delta's paragraphs appended (their new values after the main ones).
 */
function overlayFacetTable(main: FacetTable, mainSize: number, hidden: Uint8Array, extra: readonly (readonly string[])[]): FacetTable {
  const used = new Uint8Array(main.values.length);
  for (let p = 0; p < mainSize; p++) {
    if (hidden[p] === 1) continue;
    for (let i = main.offsets[p]!; i < main.offsets[p + 1]!; i++) used[main.refs[i]!] = 1;
  }
  const remap = new Int32Array(main.values.length).fill(-1);
  const values: string[] = [];
  const ids = new Map<string, number>();
  main.values.forEach((v, id) => {
    if (used[id] !== 1) return;
    remap[id] = values.length;
    ids.set(v, values.length);
    values.push(v);
  });
  const n = mainSize + extra.length;
  const offsets = new Uint32Array(n + 1);
  const refs = new GrowableArray(Uint32Array, Math.max(1 << 12, main.refs.length + extra.length * 4));
  for (let p = 0; p < mainSize; p++) {
    offsets[p] = refs.length;
    if (hidden[p] === 1) continue;
    for (let i = main.offsets[p]!; i < main.offsets[p + 1]!; i++) refs.push(remap[main.refs[i]!]!);
  }
  extra.forEach((list, j) => {
    const start = refs.length;
    offsets[mainSize + j] = start;
    for (const v of list) {
      let id = ids.get(v);
      if (id === undefined) {
        id = values.length;
        ids.set(v, id);
        values.push(v);
      }
      let seen = false;
      for (let i = start; i < refs.length && !seen; i++) seen = refs.get(i) === id;
      if (!seen) refs.push(id);
    }
  });
  offsets[n] = refs.length;
  return facetTableFromColumns(values, offsets, refs.toArray());
}

/** The main segment's index words with their paragraph counts, less tombstoned paragraphs', plus the delta's. */
function overlayTerms(main: EngineState, hiddenTexts: readonly string[], deltaTexts: readonly string[]): { terms: string[]; frequencies: Uint32Array } {
  const change = new Map<string, number>();
  const count = (text: string, by: number): void => {
    const distinct = new Set<string>();
    for (const t of analyzeText(text)) if (t.content && t.exact !== '') distinct.add(t.exact);
    for (const key of distinct) change.set(key, (change.get(key) ?? 0) + by);
  };
  for (const text of hiddenTexts) count(text, -1);
  for (const text of deltaTexts) count(text, 1);
  const exact = main.segment.exact;
  const added = [...change.keys()].filter((key) => exact.dict.get(key) === undefined).sort((a, b) => (a < b ? -1 : 1));
  const terms: string[] = [];
  const frequencies = new GrowableArray(Uint32Array, exact.terms.length + added.length + 1);
  let j = 0;
  const push = (term: string, frequency: number): void => {
    if (frequency <= 0) return;
    terms.push(term);
    frequencies.push(frequency);
  };
  for (let t = 0; t < exact.terms.length; t++) {
    const term = exact.terms[t]!;
    while (j < added.length && added[j]! < term) push(added[j]!, change.get(added[j++]!)!);
    push(term, exact.offsets[t + 1]! - exact.offsets[t]! + (change.get(term) ?? 0));
  }
  while (j < added.length) push(added[j]!, change.get(added[j++]!)!);
  return { terms, frequencies: frequencies.toArray() };
}

/**
 * The state a live corpus is served from: the main segment's documents with `hiddenDocs` tombstoned, followed by
 * the delta's documents (numbered here). Word, phrase and title indexes of the main segment are shared as they
 * are; facet columns, browse order and suggestions are re-derived over both (linear passes, no text analysis
 * of unchanged paragraphs).
 */
export function overlayState(main: EngineState, delta: DeltaSegment, hiddenDocs: Uint8Array): EngineState {
  const mainSize = main.segment.size;
  const mainDocs = main.docs.length;
  const added = delta.documents();
  const paragraphs = added.flatMap((d) => d.paragraphs);
  const n = mainSize + paragraphs.length;
  const hidden = new Uint8Array(n);
  const hiddenTexts: string[] = [];
  for (let d = 0; d < mainDocs; d++) {
    if (hiddenDocs[d] !== 1) continue;
    hidden.fill(1, main.docStart[d]!, main.docStart[d + 1]!);
    for (let p = main.docStart[d]!; p < main.docStart[d + 1]!; p++) hiddenTexts.push(textAt(main.texts, p));
  }
  const docs: DocumentMeta[] = [...main.docs];
  const docStart = new Uint32Array(mainDocs + added.length + 1);
  docStart.set(main.docStart.subarray(0, mainDocs + 1));
  const overrides = new Map(main.overrides);
  let pid = mainSize;
  added.forEach((d, i) => {
    const { paragraphs: own, ...meta } = d;
    docs.push(meta);
    docStart[mainDocs + i] = pid;
    own.forEach((p, j) => {
      const o = overrideOf(p, j);
      if (o !== null) overrides.set(pid, o);
      pid++;
    });
  });
  docStart[docs.length] = n;
  // Dates: the main column as it is, then the delta's values.
  const dateIds = new Map<string, number>();
  main.dates.values.forEach((v, i) => dateIds.set(v, i));
  const dateValues = [...main.dates.values];
  const dateOffsets = new Uint32Array(n + 1);
  dateOffsets.set(main.dates.offsets.subarray(0, mainSize + 1));
  const dateRefs = new GrowableArray(Uint32Array, main.dates.refs.length + paragraphs.length * 2 + 1);
  for (let i = 0; i < main.dates.refs.length; i++) dateRefs.push(main.dates.refs[i]!);
  paragraphs.forEach((p, j) => {
    dateOffsets[mainSize + j] = dateRefs.length;
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
  dateOffsets[n] = dateRefs.length;
  const tables = Object.fromEntries(
    FACET_NAMES.map((f) => [f, overlayFacetTable(main.tables[f], mainSize, hidden, paragraphs.map((p) => facetList(p, f)))]),
  ) as FacetTables;
  delta.number(mainSize, mainDocs);
  const deltaTexts = paragraphs.map((p) => p.text);
  return completeState(
    {
      docs,
      docStart,
      texts: main.texts,
      overrides,
      dates: { values: dateValues, offsets: dateOffsets, refs: dateRefs.toArray() },
      tables,
      segment: main.segment,
      phrases: main.phrases,
      titles: main.titles,
      delta,
      deltaTexts,
      hidden,
      hiddenDocs,
    },
    overlayTerms(main, hiddenTexts, deltaTexts),
  );
}
