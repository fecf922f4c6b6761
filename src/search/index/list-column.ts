// A string list per paragraph with order and repeats kept (paragraph dates), values interned once.
import { GrowableArray } from './growable-array';

export interface ListColumn {
  values: string[];
  offsets: Uint32Array;
  refs: Uint32Array;
}

export class ListColumnBuilder {
  private readonly ids = new Map<string, number>();
  private readonly values: string[] = [];
  private readonly offsets: GrowableArray<Uint32ArrayConstructor>;
  private readonly refs: GrowableArray<Uint32ArrayConstructor>;

  /** Starts empty, or with the lists of `from` (a main segment's column the delta's paragraphs follow). */
  constructor(from?: ListColumn) {
    const rows = from === undefined ? 0 : from.offsets.length - 1;
    this.offsets = new GrowableArray(Uint32Array, Math.max(1 << 12, rows + 1));
    this.refs = new GrowableArray(Uint32Array, Math.max(1 << 12, from?.refs.length ?? 0));
    if (from === undefined) return;
    from.values.forEach((v, i) => this.ids.set(v, i));
    this.values.push(...from.values);
    for (let p = 0; p < rows; p++) this.offsets.push(from.offsets[p]!);
    for (let i = 0; i < from.refs.length; i++) this.refs.push(from.refs[i]!);
  }

  add(list: readonly string[]): void {
    this.offsets.push(this.refs.length);
    for (const value of list) {
      let id = this.ids.get(value);
      if (id === undefined) {
        id = this.values.length;
        this.ids.set(value, id);
        this.values.push(value);
      }
      this.refs.push(id);
    }
  }

  finish(): ListColumn {
    this.offsets.push(this.refs.length);
    return { values: this.values, offsets: this.offsets.toArray(), refs: this.refs.toArray() };
  }
}

export function listAt(column: ListColumn, p: number): string[] {
  const out: string[] = [];
  for (let i = column.offsets[p]!; i < column.offsets[p + 1]!; i++) out.push(column.values[column.refs[i]!]!);
  return out;
}
