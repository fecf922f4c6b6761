// Builds a text segment (and the phrase index) from analysed texts added in id order (0, 1, …).
import type { AnalyzedToken } from '../../text';
import { GrowableArray } from './growable-array';
import { ARTICLE, buildDictionary, encodeFirst, NO_POSITION } from './text-segment';
import type { FieldIndex, PhraseIndex, SizeHint, TextSegment } from './text-segment';

class FieldBuilder {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly postTerms: GrowableArray<Uint32ArrayConstructor>;
  private readonly postFreqs: GrowableArray<Uint16ArrayConstructor>;
  private readonly docStarts: GrowableArray<Uint32ArrayConstructor>;
  private readonly lengths: GrowableArray<Uint32ArrayConstructor>;
  private tf = new Uint32Array(1 << 12);
  private first = new Uint16Array(1 << 12);
  private readonly touched: number[] = [];
  private readonly postFirsts: GrowableArray<Uint16ArrayConstructor> | null;
  private avg = 0;

  constructor(withPositions: boolean, expected: SizeHint) {
    // Sized from the expected totals: doubling multi-hundred-MB buffers costs copies and full GCs.
    const postings = Math.max(1 << 12, expected.postings);
    const texts = Math.max(1 << 10, expected.texts + 1);
    this.postTerms = new GrowableArray(Uint32Array, postings);
    this.postFreqs = new GrowableArray(Uint16Array, postings);
    this.postFirsts = withPositions ? new GrowableArray(Uint16Array, postings) : null;
    this.docStarts = new GrowableArray(Uint32Array, texts);
    this.lengths = new GrowableArray(Uint32Array, texts);
  }

  /** Adds the next text's terms; `positions[i]` is where keys[i] first occurs in its phrase keys (with positions only). */
  add(keys: readonly string[], positions?: readonly number[]): void {
    const count = this.lengths.length;
    this.docStarts.push(this.postTerms.length);
    let empty = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key === '') {
        empty = 1; // counted in the field length but never indexed, as MiniSearch does
        continue;
      }
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.terms.length;
        this.ids.set(key, id);
        this.terms.push(key);
        if (id >= this.tf.length) {
          const next = new Uint32Array(this.tf.length * 2);
          next.set(this.tf);
          this.tf = next;
          const firsts = new Uint16Array(this.first.length * 2);
          firsts.set(this.first);
          this.first = firsts;
        }
      }
      if (this.tf[id] === 0) {
        this.touched.push(id);
        this.first[id] = positions === undefined ? NO_POSITION : positions[i]!;
      }
      this.tf[id]! += 1;
    }
    for (const id of this.touched) {
      this.postTerms.push(id);
      this.postFreqs.push(Math.min(this.tf[id]!, 0xffff));
      this.postFirsts?.push(this.first[id]!);
      this.tf[id] = 0;
    }
    const length = this.touched.length + empty;
    this.touched.length = 0;
    this.lengths.push(length);
    this.avg = (this.avg * count + length) / (count + 1);
  }

  finish(): FieldIndex {
    const order = this.terms.map((_, i) => i).sort((a, b) => (this.terms[a]! < this.terms[b]! ? -1 : 1));
    const rank = new Uint32Array(order.length);
    order.forEach((id, r) => (rank[id] = r));
    const terms = order.map((id) => this.terms[id]!);
    const total = this.postTerms.length;
    const offsets = new Uint32Array(terms.length + 1);
    for (let i = 0; i < total; i++) offsets[rank[this.postTerms.get(i)]! + 1]! += 1;
    for (let t = 0; t < terms.length; t++) offsets[t + 1]! += offsets[t]!;
    const cursor = offsets.slice(0, terms.length);
    const docs = new Uint32Array(total);
    const freqs = new Uint16Array(total);
    const firsts = this.postFirsts === null ? undefined : new Uint16Array(total);
    const n = this.lengths.length;
    for (let d = 0; d < n; d++) {
      const end = d + 1 < n ? this.docStarts.get(d + 1) : total;
      for (let i = this.docStarts.get(d); i < end; i++) {
        const at = cursor[rank[this.postTerms.get(i)]!]!++;
        docs[at] = d;
        freqs[at] = this.postFreqs.get(i);
        if (firsts !== undefined) firsts[at] = this.postFirsts!.get(i);
      }
    }
    // The build buffers are copied out: let them go before the next field is finished (the peak of a build).
    this.postTerms.release();
    this.postFreqs.release();
    this.postFirsts?.release();
    this.docStarts.release();
    this.ids.clear();
    const field: FieldIndex = { terms, dict: buildDictionary(terms), offsets, docs, freqs, lengths: this.lengths.take(), avgLength: this.avg };
    if (firsts !== undefined) field.firsts = firsts;
    return field;
  }
}

class PhraseBuilder {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly offsets: GrowableArray<Uint32ArrayConstructor>;
  private readonly tokens: GrowableArray<Uint32ArrayConstructor>;

  constructor(expected: SizeHint) {
    this.offsets = new GrowableArray(Uint32Array, Math.max(1 << 10, expected.texts + 1));
    this.tokens = new GrowableArray(Uint32Array, Math.max(1 << 12, expected.tokens));
  }

  add(tokens: readonly AnalyzedToken[]): void {
    this.offsets.push(this.tokens.length);
    for (const t of tokens) {
      if (t.loose === ARTICLE) continue;
      let id = this.ids.get(t.loose);
      if (id === undefined) {
        id = this.terms.length;
        this.ids.set(t.loose, id);
        this.terms.push(t.loose);
      }
      this.tokens.push(id);
    }
  }

  finish(): PhraseIndex {
    this.offsets.push(this.tokens.length);
    // Copied once, straight to the narrower type when the ids fit, and the build buffer let go.
    const tokens = this.terms.length <= 0x10000 ? this.tokens.take(Uint16Array) : this.tokens.take();
    return { ids: this.ids, terms: this.terms, offsets: this.offsets.take(), tokens };
  }
}

/** Builds a segment from texts added in id order (0, 1, …), optionally with the phrase index. */
export class TextSegmentBuilder {
  private readonly loose: FieldBuilder;
  private readonly exact: FieldBuilder;
  private readonly phrases: PhraseBuilder | null;
  private count = 0;
  private readonly looseKeys: string[] = [];
  private readonly exactKeys: string[] = [];
  private readonly positions: number[] = [];
  private readonly firstAt = new Map<string, number>();

  constructor(withPhrases: boolean, expected: SizeHint = { texts: 0, tokens: 0, postings: 0 }) {
    this.phrases = withPhrases ? new PhraseBuilder(expected) : null;
    this.loose = new FieldBuilder(withPhrases, expected);
    this.exact = new FieldBuilder(false, expected);
  }

  add(tokens: readonly AnalyzedToken[]): void {
    this.looseKeys.length = 0;
    this.exactKeys.length = 0;
    this.positions.length = 0;
    this.firstAt.clear();
    if (this.phrases !== null) {
      // Positions count phrase keys (articles are not phrase keys); any token, content or not, can be part of a phrase.
      let position = 0;
      for (const t of tokens) {
        if (t.loose === ARTICLE) continue;
        const seen = this.firstAt.get(t.loose);
        this.firstAt.set(t.loose, seen === undefined ? encodeFirst(position, true) : seen === NO_POSITION ? seen : seen & ~1);
        position++;
      }
    }
    for (const t of tokens) {
      if (!t.content) continue;
      this.looseKeys.push(t.loose);
      this.exactKeys.push(t.exact);
      this.positions.push(this.firstAt.get(t.loose) ?? NO_POSITION);
    }
    this.loose.add(this.looseKeys, this.phrases !== null ? this.positions : undefined);
    this.exact.add(this.exactKeys);
    this.phrases?.add(tokens);
    this.count++;
  }

  finish(): { segment: TextSegment; phrases: PhraseIndex | null } {
    return {
      segment: { size: this.count, loose: this.loose.finish(), exact: this.exact.finish() },
      phrases: this.phrases?.finish() ?? null,
    };
  }
}
