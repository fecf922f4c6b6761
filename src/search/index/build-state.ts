// Builds the engine state from documents, a run at a time (indexing can overlap extraction).
import { facetValues } from '../../facets/registry';
import type { FacetDeclaration } from '../../facets/registry';
import type { DocumentMeta, IndexedDocument } from '../../types';
import { FacetTableBuilder } from '../facets/facet-table';
import type { FacetTable } from '../facets/facet-table';
import { analyzeText } from '../../text';
import { completeState } from './complete-state';
import { CueColumnBuilder } from './cue-column';
import { overrideOf, paragraphFacets } from './engine-state';
import type { EngineState, ParagraphOverride } from './engine-state';
import { ListColumnBuilder } from './list-column';
import { TextSegmentBuilder } from './segment-builder';
import { sizeHintFor } from './text-segment';
import { TextStoreBuilder } from './text-store';

/** Builds everything from documents (paragraph ids follow the given order). */
export function buildEngineState(documents: readonly IndexedDocument[], facets: readonly FacetDeclaration[]): EngineState {
  let paragraphs = 0;
  let characters = 0;
  for (const d of documents) {
    paragraphs += d.paragraphs.length;
    for (const p of d.paragraphs) characters += p.text.length;
  }
  const builder = createEngineStateBuilder(paragraphs, characters, facets);
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
 * The expected sizes only presize buffers; the output does not depend on them. Nothing of a document is kept
 * but its metadata, so a caller dropping its documents after `add` lets their texts be collected.
 */
export function createEngineStateBuilder(expectedParagraphs: number, expectedCharacters: number, facets: readonly FacetDeclaration[]): EngineStateBuilder {
  return new StateBuilder(expectedParagraphs, expectedCharacters, facets);
}

class StateBuilder implements EngineStateBuilder {
  private readonly docs: DocumentMeta[] = [];
  private readonly docStarts: number[] = [];
  private readonly texts: TextStoreBuilder;
  private readonly words: TextSegmentBuilder;
  private readonly titles = new TextSegmentBuilder(false);
  private readonly overrides = new Map<number, ParagraphOverride>();
  private readonly dates = new ListColumnBuilder();
  private readonly cues = new CueColumnBuilder();
  /** One table builder per paragraph-level facet, with the declaration it reads. */
  private readonly columns: { facet: FacetDeclaration; table: FacetTableBuilder }[];
  private count = 0;
  private finished = false;

  constructor(
    expectedParagraphs: number,
    expectedCharacters: number,
    private readonly facets: readonly FacetDeclaration[],
  ) {
    this.texts = new TextStoreBuilder(Math.ceil(expectedCharacters * 1.05));
    this.words = new TextSegmentBuilder(true, sizeHintFor(expectedParagraphs, expectedCharacters));
    this.columns = paragraphFacets(facets).map((facet) => ({ facet, table: new FacetTableBuilder(expectedParagraphs) }));
  }

  get paragraphs(): number {
    return this.count;
  }

  add(documents: readonly IndexedDocument[]): void {
    if (this.finished) throw new Error('the engine state builder is already finished');
    for (const d of documents) {
      const { paragraphs: own, ...meta } = d;
      this.docs.push(meta);
      this.docStarts.push(this.count);
      own.forEach((p, j) => {
        const o = overrideOf(p, j, this.facets, this.cues.add(p.speaker_cue, p.text));
        if (o !== null) this.overrides.set(this.count, o);
        for (const c of this.columns) c.table.add(facetValues(c.facet, p, meta));
        this.count++;
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
    const docs = this.docs;
    const docStart = new Uint32Array(docs.length + 1);
    docStart.set(this.docStarts);
    docStart[docs.length] = this.count;
    const tables: Record<string, FacetTable> = {};
    for (const c of this.columns) tables[c.facet.name] = c.table.finish();
    const built = this.words.finish();
    return completeState({
      docs,
      docStart,
      texts: this.texts.finish(),
      overrides: this.overrides,
      dates: this.dates.finish(),
      facets: this.facets,
      tables,
      speakerCues: this.cues.finish(),
      segment: built.segment,
      phrases: built.phrases!,
      titles: this.titles.finish().segment,
    });
  }
}
