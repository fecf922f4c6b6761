// Live corpus changes over an immutable main segment: changed and new documents go to a delta segment, their older
// versions and deleted documents are tombstoned, and the state served becomes the overlay of both.
import type { IndexedDocument } from '../../types';
import type { EngineState } from '../index/engine-state';
import { DeltaSegment } from './delta-segment';
import { overlayState } from './overlay-state';

/** Documents added or changed (whole, as `toIndexedDocument` gives them) and ids of documents deleted. */
export interface DocumentChanges {
  upsert: IndexedDocument[];
  remove: string[];
}

/** How much of what is served lives outside the main segment: the cue for compaction. */
export interface DeltaStats {
  /** Documents and paragraphs in the delta segment. */
  documents: number;
  paragraphs: number;
  /** Paragraphs of the main segment hidden by tombstones. */
  tombstoned: number;
}

export class LiveCorpus {
  private delta: DeltaSegment | null = null;
  /** Main-segment documents replaced or deleted since the build. */
  private hiddenDocs: Uint8Array | null = null;

  constructor(private readonly main: EngineState) {}

  /** Applies the changes and returns the state to serve (the main one again when nothing differs from it). */
  apply(changes: DocumentChanges): EngineState {
    const main = this.main;
    const delta = (this.delta ??= new DeltaSegment());
    const hidden = (this.hiddenDocs ??= new Uint8Array(main.docs.length));
    const tombstone = (id: string): void => {
      const d = main.docIndex.get(id);
      if (d !== undefined) hidden[d] = 1;
    };
    for (const id of changes.remove) {
      delta.remove(id);
      tombstone(id);
    }
    for (const doc of changes.upsert) {
      tombstone(doc.id);
      delta.upsert(doc);
    }
    if (delta.size === 0 && !hidden.includes(1)) {
      this.delta = null;
      this.hiddenDocs = null;
      return main;
    }
    return overlayState(main, delta, hidden);
  }

  stats(): DeltaStats {
    let tombstoned = 0;
    const hidden = this.hiddenDocs;
    if (hidden !== null) {
      for (let d = 0; d < hidden.length; d++) if (hidden[d] === 1) tombstoned += this.main.docStart[d + 1]! - this.main.docStart[d]!;
    }
    return { documents: this.delta?.size ?? 0, paragraphs: this.delta?.paragraphCount ?? 0, tombstoned };
  }
}
