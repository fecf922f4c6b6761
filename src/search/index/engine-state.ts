// The engine's data — documents, paragraph texts and facets, word and phrase indexes — and reading paragraphs back from it.
// Built by build-state.ts, derived by complete-state.ts, persisted by state-sections.ts, overlaid by live/overlay-state.ts.
import type { FacetDeclaration } from '../../facets/registry';
import type { DocumentMeta, IndexedDocument, Paragraph } from '../../types';
import type { EntityCatalog, FacetTables } from '../entity-expansion';
import type { FacetCounter } from '../facets/facet-counter';
import type { FacetTable } from '../facets/facet-table';
import type { DeltaSegment } from '../live/delta-segment';
import type { SuggestIndex } from '../suggest';
import type { PhraseIndex, TextSegment } from './text-segment';
import { cueAt } from './cue-column';
import type { CueColumn } from './cue-column';
import { listAt } from './list-column';
import type { ListColumn } from './list-column';
import { textAt } from './text-store';
import type { TextStore } from './text-store';

/** What a paragraph holds that the columns cannot give back as-is (rare: a non-standard anchor, a repeated value). */
export interface ParagraphOverride {
  anchor?: string;
  /** Facet fields as the paragraph gave them, by field name (`speaker: ''`, `actors` with a repeat). */
  fields?: Record<string, string | null | string[]>;
  /** The speaker cue's words when they are not the paragraph's text at the cue's offsets. */
  cueText?: string;
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
  /** The registry's facets this state was built for, in counter-column order. */
  facets: readonly FacetDeclaration[];
  /** One table per registry facet, by name: paragraph-level ones from the paragraphs, document-level ones from the metadata. */
  tables: Record<string, FacetTable>;
  /** The tables entity lookups read (speaker, actor, location, group; empty when the registry lacks one). */
  entityTables: FacetTables;
  /** Publication-date buckets (the `date` facet, not a registry entry: it is filtered by `from`/`to`). */
  dateTable: FacetTable;
  speakerCues: CueColumn;
  catalog: EntityCatalog;
  /** Paragraph ids, newest publication first (a partial date sorts as its first day), then reading order. */
  browseOrder: Uint32Array;
  /** Position of each paragraph in browseOrder. */
  browseRank: Uint32Array;
  /** Paragraphs per value of each facet (by name, and `date`): the counts when nothing narrows the set. */
  browseCounts: Record<string, Uint32Array>;
  /** Every facet's column merged, in `facets` order, then the date column (see dateColumn). */
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
export type CoreState = Pick<EngineState, 'docs' | 'docStart' | 'texts' | 'overrides' | 'dates' | 'facets' | 'speakerCues' | 'segment' | 'phrases' | 'titles'> &
  /** Paragraph-level facets' tables; complete-state.ts adds the document-level ones. */
  Pick<EngineState, 'tables'> &
  Partial<Pick<EngineState, 'delta' | 'deltaTexts' | 'hidden' | 'hiddenDocs'>>;

/** The counter column of the date facet (after every registry facet's). */
export function dateColumn(s: Pick<EngineState, 'facets'>): number {
  return s.facets.length;
}

export function paragraphFacets(facets: readonly FacetDeclaration[]): FacetDeclaration[] {
  return facets.filter((f) => f.level === 'paragraph');
}

function hasRepeats(values: readonly unknown[]): boolean {
  return values.length > 1 && new Set(values).size !== values.length;
}

/** A facet field the tables give back differently: an empty single value, a list with repeats or non-values. */
function fieldNeedsOverride(f: FacetDeclaration, raw: unknown): boolean {
  if (raw === undefined) return false;
  if (!f.multi) return raw === '';
  return Array.isArray(raw) && (hasRepeats(raw) || raw.some((v) => typeof v !== 'string' || v === ''));
}

/** What paragraph `p` (at `position` in its document) holds beyond what its columns give back; null when nothing. */
export function overrideOf(p: Paragraph, position: number, facets: readonly FacetDeclaration[], cueText: string | undefined): ParagraphOverride | null {
  const o: ParagraphOverride = {};
  if (p.anchor !== `p-${position + 1}`) o.anchor = p.anchor;
  const raw = p as unknown as Record<string, unknown>;
  for (const f of paragraphFacets(facets)) {
    const value = raw[f.field];
    if (!fieldNeedsOverride(f, value)) continue;
    o.fields ??= {};
    o.fields[f.field] = Array.isArray(value) ? [...(value as string[])] : (value as string);
  }
  if (cueText !== undefined) o.cueText = cueText;
  return Object.keys(o).length > 0 ? o : null;
}

/** Paragraph `pid` as the documents gave it (text decoded from the store, facet fields from their tables). */
export function paragraphAt(s: EngineState, pid: number): Paragraph {
  const o = s.overrides.get(pid);
  const text = pid < s.segment.size ? textAt(s.texts, pid) : s.deltaTexts[pid - s.segment.size]!;
  const p: Record<string, unknown> = { anchor: o?.anchor ?? `p-${pid - s.docStart[s.paragraphDoc[pid]!]! + 1}`, text };
  for (const f of s.facets) {
    if (f.level !== 'paragraph') continue;
    const own = o?.fields?.[f.field];
    if (own !== undefined) {
      p[f.field] = own;
      continue;
    }
    const list = listAt(s.tables[f.name]!, pid);
    p[f.field] = f.multi ? list : (list[0] ?? null);
  }
  p.dates = listAt(s.dates, pid);
  const cue = cueAt(s.speakerCues, pid, text, o?.cueText);
  if (cue !== undefined) p.speaker_cue = cue;
  return p as unknown as Paragraph;
}

export function documentAt(s: EngineState, d: number): IndexedDocument {
  const paragraphs: Paragraph[] = [];
  for (let p = s.docStart[d]!; p < s.docStart[d + 1]!; p++) paragraphs.push(paragraphAt(s, p));
  return { ...s.docs[d]!, paragraphs };
}

/** The speaker of a paragraph without decoding anything else. */
export function speakerAt(s: EngineState, pid: number): string | null {
  const own = s.overrides.get(pid)?.fields?.speaker;
  if (own !== undefined) return typeof own === 'string' ? own : null;
  const t = s.entityTables.speaker;
  return t.offsets[pid + 1]! > t.offsets[pid]! ? t.values[t.refs[t.offsets[pid]!]!]! : null;
}
