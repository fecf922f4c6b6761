// Builds the engine state from documents, a run at a time (indexing can overlap extraction).
import { FACET_NAMES } from '../../types';
import type { DocumentMeta, IndexedDocument } from '../../types';
import type { FacetTables } from '../entity-expansion';
import { buildFacetTable } from '../facets/facet-table';
import { analyzeText } from '../../text';
import { completeState } from './complete-state';
import { facetList, overrideOf } from './engine-state';
import type { EngineState, FacetLists, ParagraphOverride } from './engine-state';
import { ListColumnBuilder } from './list-column';
import { TextSegmentBuilder } from './segment-builder';
import { sizeHintFor } from './text-segment';
import { TextStoreBuilder } from './text-store';

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
  return new StateBuilder(expectedParagraphs, expectedCharacters);
}

class StateBuilder implements EngineStateBuilder {
  private readonly docs: DocumentMeta[] = [];
  private readonly docStarts: number[] = [];
  private readonly texts: TextStoreBuilder;
  private readonly words: TextSegmentBuilder;
  private readonly titles = new TextSegmentBuilder(false);
  private readonly overrides = new Map<number, ParagraphOverride>();
  private readonly dates = new ListColumnBuilder();
  private readonly facets: FacetLists[] = [];
  private finished = false;

  constructor(expectedParagraphs: number, expectedCharacters: number) {
    this.texts = new TextStoreBuilder(Math.ceil(expectedCharacters * 1.05));
    this.words = new TextSegmentBuilder(true, sizeHintFor(expectedParagraphs, expectedCharacters));
  }

  get paragraphs(): number {
    return this.facets.length;
  }

  add(documents: readonly IndexedDocument[]): void {
    if (this.finished) throw new Error('the engine state builder is already finished');
    for (const d of documents) {
      const { paragraphs: own, ...meta } = d;
      this.docs.push(meta);
      this.docStarts.push(this.facets.length);
      own.forEach((p, j) => {
        const o = overrideOf(p, j);
        if (o !== null) this.overrides.set(this.facets.length, o);
        this.facets.push({ speaker: p.speaker, actors: p.actors, locations: p.locations, groups: p.groups });
        this.texts.add(p.text);
        this.words.add(analyzeText(p.text));
        this.dates.add(p.dates);
      });
      this.titles.add(analyzeText(d.title ?? ''));
    }
  }

  finish(): EngineState {
    if (this.finished) throw new Error('the engine state builder is already finished');
    this.finished = true;
    const { docs, facets } = this;
    const n = facets.length;
    const docStart = new Uint32Array(docs.length + 1);
    docStart.set(this.docStarts);
    docStart[docs.length] = n;
    const tables = Object.fromEntries(FACET_NAMES.map((f) => [f, buildFacetTable(n, (p) => facetList(facets[p]!, f))])) as FacetTables;
    facets.length = 0;
    const built = this.words.finish();
    return completeState({
      docs,
      docStart,
      texts: this.texts.finish(),
      overrides: this.overrides,
      dates: this.dates.finish(),
      tables,
      segment: built.segment,
      phrases: built.phrases!,
      titles: this.titles.finish().segment,
    });
  }
}
