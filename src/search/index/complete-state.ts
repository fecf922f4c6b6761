// Derives the lookup structures of the engine state that are cheap to recompute (linear, or over facet values only),
// so neither the index file nor a live overlay has to carry them.
import { facetValues } from '../../facets/registry';
import { FACET_NAMES } from '../../types';
import type { DocumentMeta } from '../../types';
import { buildEntityCatalog } from '../entity-expansion';
import type { FacetTables } from '../entity-expansion';
import { buildFacetCounter } from '../facets/facet-counter';
import { buildFacetTable, emptyFacetTable } from '../facets/facet-table';
import type { FacetTable } from '../facets/facet-table';
import { parsePublishedSpan, publicationBucket } from '../query/date-range';
import { buildSuggestIndex } from '../suggest';
import type { CoreState, EngineState } from './engine-state';
import type { TextSegment } from './text-segment';

/** Index words with their paragraph counts, for suggestions. */
export interface SuggestTerms {
  terms: string[];
  frequencies: Uint32Array;
}

interface DocumentColumns {
  docIndex: Map<string, number>;
  paragraphDoc: Uint32Array;
  pubFirst: Uint32Array;
  pubLast: Uint32Array;
}

function documentColumns(docs: readonly DocumentMeta[], docStart: Uint32Array, live: (d: number) => boolean): DocumentColumns {
  const n = docStart[docs.length]!;
  const docIndex = new Map<string, number>();
  const paragraphDoc = new Uint32Array(n);
  const pubFirst = new Uint32Array(docs.length);
  const pubLast = new Uint32Array(docs.length);
  docs.forEach((d, i) => {
    if (live(i)) docIndex.set(d.id, i);
    paragraphDoc.fill(i, docStart[i]!, docStart[i + 1]!);
    const span = parsePublishedSpan(d.published);
    pubFirst[i] = span?.first ?? 0;
    pubLast[i] = span?.last ?? 0;
  });
  return { docIndex, paragraphDoc, pubFirst, pubLast };
}

/** A facet whose value belongs to the document (publication bucket, language), as a paragraph column. */
function documentFacet(docs: readonly DocumentMeta[], paragraphDoc: Uint32Array, valuesOf: (d: number) => string[]): FacetTable {
  const perDoc = docs.map((_, d) => valuesOf(d));
  return buildFacetTable(paragraphDoc.length, (p) => perDoc[paragraphDoc[p]!]!);
}

/** Paragraph ids newest publication first, then reading order; and each paragraph's place in that order. */
function browseOrdering(docStart: Uint32Array, pubFirst: Uint32Array, live: (d: number) => boolean): Pick<EngineState, 'browseOrder' | 'browseRank' | 'liveParagraphs'> {
  const documents = docStart.length - 1;
  // Paragraphs of a document are consecutive ids, so ordering documents orders paragraphs.
  const docOrder = Array.from({ length: documents }, (_, i) => i)
    .filter(live)
    .sort((a, b) => pubFirst[b]! - pubFirst[a]! || a - b);
  const liveParagraphs = docOrder.reduce((sum, d) => sum + docStart[d + 1]! - docStart[d]!, 0);
  const browseOrder = new Uint32Array(liveParagraphs);
  const browseRank = new Uint32Array(docStart[documents]!).fill(0xffffffff);
  let k = 0;
  for (const d of docOrder) {
    for (let p = docStart[d]!; p < docStart[d + 1]!; p++) {
      browseRank[p] = k;
      browseOrder[k++] = p;
    }
  }
  return { browseOrder, browseRank, liveParagraphs };
}

/** Paragraphs per value: a facet's counts when nothing narrows the set (browsing). */
function valueFrequencies(table: FacetTable): Uint32Array {
  const counts = new Uint32Array(table.values.length);
  for (let v = 0; v < counts.length; v++) counts[v] = table.postingOffsets[v + 1]! - table.postingOffsets[v]!;
  return counts;
}

function segmentTerms(segment: TextSegment): SuggestTerms {
  const exact = segment.exact;
  const frequencies = new Uint32Array(exact.terms.length);
  for (let t = 0; t < frequencies.length; t++) frequencies[t] = exact.offsets[t + 1]! - exact.offsets[t]!;
  return { terms: exact.terms, frequencies };
}

/** Every facet's table: the core's paragraph-level ones, document-level ones read from the live documents' metadata. */
function allFacetTables(core: CoreState, paragraphDoc: Uint32Array, live: (d: number) => boolean): Record<string, FacetTable> {
  const tables: Record<string, FacetTable> = {};
  for (const f of core.facets) {
    const own = core.tables[f.name];
    if (f.level === 'paragraph' && own !== undefined) tables[f.name] = own;
    else if (f.level === 'paragraph') throw new Error(`facet ${f.name} has no column`);
    else tables[f.name] = documentFacet(core.docs, paragraphDoc, (d) => (live(d) ? facetValues(f, {}, core.docs[d]!) : []));
  }
  return tables;
}

/** The full state from its core; `terms` replaces the segment's word counts for suggestions (a live overlay's). */
export function completeState(core: CoreState, terms?: SuggestTerms): EngineState {
  const { docs, docStart } = core;
  const hiddenDocs = core.hiddenDocs ?? null;
  const live = (d: number): boolean => hiddenDocs === null || hiddenDocs[d] !== 1;
  const columns = documentColumns(docs, docStart, live);
  const n = columns.paragraphDoc.length;
  const dateTable = documentFacet(docs, columns.paragraphDoc, (d) => {
    const bucket = live(d) ? publicationBucket(docs[d]!.published) : null;
    return bucket ? [bucket] : [];
  });
  const tables = allFacetTables(core, columns.paragraphDoc, live);
  const entityTables = Object.fromEntries(FACET_NAMES.map((f) => [f, tables[f] ?? emptyFacetTable(n)])) as FacetTables;
  const browseCounts: Record<string, Uint32Array> = { date: valueFrequencies(dateTable) };
  for (const f of core.facets) browseCounts[f.name] = valueFrequencies(tables[f.name]!);
  const suggestTerms = terms ?? segmentTerms(core.segment);
  return {
    ...core,
    ...columns,
    ...browseOrdering(docStart, columns.pubFirst, live),
    tables,
    entityTables,
    delta: core.delta ?? null,
    deltaTexts: core.deltaTexts ?? [],
    hidden: core.hidden ?? null,
    hiddenDocs,
    liveDocuments: columns.docIndex.size,
    dateTable,
    catalog: buildEntityCatalog(entityTables),
    browseCounts,
    counter: buildFacetCounter([...core.facets.map((f) => tables[f.name]!), dateTable], n),
    suggestIndex: buildSuggestIndex(entityTables, suggestTerms.terms, suggestTerms.frequencies),
  };
}
