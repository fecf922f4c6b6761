// The engine's data — documents, paragraph texts and facets, word and phrase indexes — and reading paragraphs back from it.
// Built by build-state.ts, derived by complete-state.ts, persisted by state-sections.ts, overlaid by live/overlay-state.ts.
import type { DocumentMeta, FacetName, IndexedDocument, Paragraph } from '../../types';
import type { EntityCatalog, FacetTables } from '../entity-expansion';
import type { FacetCounter } from '../facets/facet-counter';
import type { FacetTable } from '../facets/facet-table';
import type { DeltaSegment } from '../live/delta-segment';
import type { SuggestIndex } from '../suggest';
import type { PhraseIndex, TextSegment } from './text-segment';
import { listAt } from './list-column';
import type { ListColumn } from './list-column';
import { textAt } from './text-store';
import type { TextStore } from './text-store';

/** What a paragraph holds that the facet tables cannot give back as-is (rare: a non-standard anchor, a repeated value). */
export interface ParagraphOverride {
  anchor?: string;
  speaker?: string | null;
  actors?: string[];
  locations?: string[];
  groups?: string[];
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

/** What a build or an overlay provides; complete-state.ts derives the rest. */
export type CoreState = Pick<EngineState, 'docs' | 'docStart' | 'texts' | 'overrides' | 'dates' | 'tables' | 'segment' | 'phrases' | 'titles'> &
  Partial<Pick<EngineState, 'delta' | 'deltaTexts' | 'hidden' | 'hiddenDocs'>>;

export type FacetLists = Pick<Paragraph, 'speaker' | 'actors' | 'locations' | 'groups'>;

export function facetList(p: FacetLists, facet: FacetName): readonly string[] {
  if (facet === 'speaker') return p.speaker ? [p.speaker] : [];
  return facet === 'actor' ? p.actors : facet === 'location' ? p.locations : p.groups;
}

function hasRepeats(values: readonly string[]): boolean {
  return values.length > 1 && new Set(values).size !== values.length;
}

export function overrideOf(p: Paragraph, position: number): ParagraphOverride | null {
  const o: ParagraphOverride = {};
  if (p.anchor !== `p-${position + 1}`) o.anchor = p.anchor;
  if (p.speaker === '') o.speaker = p.speaker;
  if (hasRepeats(p.actors)) o.actors = [...p.actors];
  if (hasRepeats(p.locations)) o.locations = [...p.locations];
  if (hasRepeats(p.groups)) o.groups = [...p.groups];
  return Object.keys(o).length > 0 ? o : null;
}

/** Paragraph `pid` as the documents gave it (text decoded from the store). */
export function paragraphAt(s: EngineState, pid: number): Paragraph {
  const o = s.overrides.get(pid);
  const facet = (f: FacetName): string[] => listAt(s.tables[f], pid);
  const speaker = facet('speaker')[0] ?? null;
  return {
    anchor: o?.anchor ?? `p-${pid - s.docStart[s.paragraphDoc[pid]!]! + 1}`,
    text: pid < s.segment.size ? textAt(s.texts, pid) : s.deltaTexts[pid - s.segment.size]!,
    speaker: o?.speaker !== undefined ? o.speaker : speaker,
    actors: o?.actors ?? facet('actor'),
    locations: o?.locations ?? facet('location'),
    groups: o?.groups ?? facet('group'),
    dates: listAt(s.dates, pid),
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
