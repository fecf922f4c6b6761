// The state a live corpus is served from: the main segment with tombstones, followed by the delta segment's documents.
import { facetValues } from '../../facets/registry';
import type { DocumentMeta, IndexedDocument } from '../../types';
import { facetTableFromColumns } from '../facets/facet-table';
import type { FacetTable } from '../facets/facet-table';
import { completeState } from '../index/complete-state';
import { CueColumnBuilder } from '../index/cue-column';
import { overrideOf, paragraphFacets } from '../index/engine-state';
import type { EngineState } from '../index/engine-state';
import { GrowableArray } from '../index/growable-array';
import { ListColumnBuilder } from '../index/list-column';
import { textAt } from '../index/text-store';
import { analyzeText } from '../../text';
import type { DeltaSegment } from './delta-segment';

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

/** Tombstoned main-segment paragraphs (sized for the overlay's ids) and their texts, whose words leave the suggestions. */
function tombstones(main: EngineState, hiddenDocs: Uint8Array, n: number): { hidden: Uint8Array; hiddenTexts: string[] } {
  const hidden = new Uint8Array(n);
  const hiddenTexts: string[] = [];
  for (let d = 0; d < main.docs.length; d++) {
    if (hiddenDocs[d] !== 1) continue;
    hidden.fill(1, main.docStart[d]!, main.docStart[d + 1]!);
    for (let p = main.docStart[d]!; p < main.docStart[d + 1]!; p++) hiddenTexts.push(textAt(main.texts, p));
  }
  return { hidden, hiddenTexts };
}

/** The main segment's documents followed by the delta's, with the delta's paragraphs' overrides and speaker cues. */
function appendDocuments(main: EngineState, added: readonly IndexedDocument[], n: number): Pick<EngineState, 'docs' | 'docStart' | 'overrides' | 'speakerCues'> {
  const mainDocs = main.docs.length;
  const docs: DocumentMeta[] = [...main.docs];
  const docStart = new Uint32Array(mainDocs + added.length + 1);
  docStart.set(main.docStart.subarray(0, mainDocs + 1));
  const overrides = new Map(main.overrides);
  const cues = new CueColumnBuilder(main.speakerCues);
  let pid = main.segment.size;
  added.forEach((d, i) => {
    const { paragraphs: own, ...meta } = d;
    docs.push(meta);
    docStart[mainDocs + i] = pid;
    own.forEach((p, j) => {
      const o = overrideOf(p, j, main.facets, cues.add(p.speaker_cue, p.text));
      if (o !== null) overrides.set(pid, o);
      pid++;
    });
  });
  docStart[docs.length] = n;
  return { docs, docStart, overrides, speakerCues: cues.finish() };
}

/**
 * The state a live corpus is served from: the main segment's documents with `hiddenDocs` tombstoned, followed by
 * the delta's documents (numbered here). Word, phrase and title indexes of the main segment are shared as they
 * are; facet columns, browse order and suggestions are re-derived over both (linear passes, no text analysis
 * of unchanged paragraphs).
 */
export function overlayState(main: EngineState, delta: DeltaSegment, hiddenDocs: Uint8Array): EngineState {
  const mainSize = main.segment.size;
  const added = delta.documents();
  const paragraphs = added.flatMap((d) => d.paragraphs);
  const n = mainSize + paragraphs.length;
  const { hidden, hiddenTexts } = tombstones(main, hiddenDocs, n);
  // Dates: the main column as it is, then the delta's values.
  const dates = new ListColumnBuilder(main.dates);
  for (const p of paragraphs) dates.add(p.dates);
  const tables: Record<string, FacetTable> = {};
  for (const f of paragraphFacets(main.facets)) {
    tables[f.name] = overlayFacetTable(main.tables[f.name]!, mainSize, hidden, paragraphs.map((p) => facetValues(f, p, {})));
  }
  delta.number(mainSize, main.docs.length);
  const deltaTexts = paragraphs.map((p) => p.text);
  const core = { ...appendDocuments(main, added, n), texts: main.texts, dates: dates.finish(), facets: main.facets, tables, segment: main.segment, phrases: main.phrases, titles: main.titles };
  return completeState({ ...core, delta, deltaTexts, hidden, hiddenDocs }, overlayTerms(main, hiddenTexts, deltaTexts));
}
