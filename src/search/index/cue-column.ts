// Each paragraph's speaker cue (the words that credit its speaker) as typed-array columns, the cue's text taken from the
// paragraph's own text where the offsets point at it.
import type { SpeakerCue, SpeakerCueKind } from '../../types';
import { GrowableArray } from './growable-array';

/**
 * kind[p]: 0 = the paragraph gave no `speaker_cue`, 1 = null, k ≥ 2 = kinds[k - 2]; start/end are UTF-16 offsets;
 * from[p]: N for a cue borrowed from paragraph "p-N" of the same document (`SpeakerCue.from`), 0 for none.
 */
export interface CueColumn {
  kinds: string[];
  kind: Uint8Array;
  start: Uint32Array;
  end: Uint32Array;
  from: Uint32Array;
}

const ABSENT = 0;
const NONE = 1;
const FIRST_KIND = 2;

export class CueColumnBuilder {
  private readonly kinds: string[];
  private readonly kindIds = new Map<string, number>();
  private readonly kind: GrowableArray<Uint8ArrayConstructor>;
  private readonly start: GrowableArray<Uint32ArrayConstructor>;
  private readonly end: GrowableArray<Uint32ArrayConstructor>;
  private readonly from: GrowableArray<Uint32ArrayConstructor>;

  /** Starts empty, or with the cues of `from` (a main segment's column the delta's paragraphs follow). */
  constructor(from?: CueColumn) {
    this.kinds = [...(from?.kinds ?? [])];
    this.kinds.forEach((k, i) => this.kindIds.set(k, i + FIRST_KIND));
    const rows = Math.max(1 << 10, from?.kind.length ?? 0);
    this.kind = new GrowableArray(Uint8Array, rows);
    this.start = new GrowableArray(Uint32Array, rows);
    this.end = new GrowableArray(Uint32Array, rows);
    this.from = new GrowableArray(Uint32Array, rows);
    if (from === undefined) return;
    for (let p = 0; p < from.kind.length; p++) this.push(from.kind[p]!, from.start[p]!, from.end[p]!, from.from[p]!);
  }

  private push(kind: number, start: number, end: number, source = 0): void {
    this.kind.push(kind);
    this.start.push(start);
    this.end.push(end);
    this.from.push(source);
  }

  /** Adds the next paragraph's cue; returns the cue's text when the paragraph's text at its offsets differs (kept aside). */
  add(cue: SpeakerCue | null | undefined, text: string): string | undefined {
    if (cue === undefined || cue === null) {
      this.push(cue === undefined ? ABSENT : NONE, 0, 0);
      return undefined;
    }
    let id = this.kindIds.get(cue.kind);
    if (id === undefined) {
      id = this.kinds.length + FIRST_KIND;
      if (id > 0xff) throw new Error(`too many speaker cue kinds (${cue.kind})`);
      this.kinds.push(cue.kind);
      this.kindIds.set(cue.kind, id);
    }
    const start = Math.max(0, Math.trunc(cue.start));
    const end = Math.max(start, Math.trunc(cue.end));
    this.push(id, start, end, paragraphNumber(cue.from));
    return text.slice(start, end) === cue.text && start === cue.start && end === cue.end ? undefined : cue.text;
  }

  finish(): CueColumn {
    return { kinds: this.kinds, kind: this.kind.toArray(), start: this.start.toArray(), end: this.end.toArray(), from: this.from.toArray() };
  }
}

/** "p-12" → 12; anything else (no source, another anchor form) → 0. */
function paragraphNumber(anchor: string | undefined): number {
  const m = anchor === undefined ? null : /^p-(\d{1,9})$/.exec(anchor);
  return m ? Number(m[1]) : 0;
}

/** Paragraph p's cue as given (undefined when it gave none); `ownText` replaces the text read from `text`. */
export function cueAt(column: CueColumn, p: number, text: string, ownText?: string): SpeakerCue | null | undefined {
  const kind = column.kind[p] ?? ABSENT;
  if (kind === ABSENT) return undefined;
  if (kind === NONE) return null;
  const start = column.start[p]!;
  const end = column.end[p]!;
  const cue: SpeakerCue = { kind: column.kinds[kind - FIRST_KIND] as SpeakerCueKind, text: ownText ?? text.slice(start, end), start, end };
  const source = column.from[p] ?? 0;
  if (source > 0) cue.from = `p-${source}`;
  return cue;
}
