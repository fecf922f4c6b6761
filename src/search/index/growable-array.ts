// Append-only typed arrays that double as they grow: build-time buffers for postings and offsets.

type TypedArrayKind = Uint8ArrayConstructor | Uint16ArrayConstructor | Uint32ArrayConstructor;
type TypedArrayOf<K extends TypedArrayKind> = InstanceType<K>;

export class GrowableArray<K extends TypedArrayKind> {
  private data: TypedArrayOf<K>;
  length = 0;

  constructor(
    private readonly kind: K,
    capacity = 1024,
  ) {
    this.data = new kind(capacity) as TypedArrayOf<K>;
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i]!;
  }

  /** A tight copy of the contents (the buffer is released by the caller dropping this object). */
  toArray(): TypedArrayOf<K> {
    return this.data.slice(0, this.length) as TypedArrayOf<K>;
  }

  /**
   * A tight copy of the contents as `kind` (values must fit it), letting this buffer go at once: when an index is
   * finished, each build buffer is released as soon as its copy exists rather than all of them at the end.
   */
  take<T extends TypedArrayKind = K>(kind?: T): TypedArrayOf<T> {
    const out = new (kind ?? this.kind)(this.length) as TypedArrayOf<T>;
    out.set(this.data.subarray(0, this.length));
    this.release();
    return out;
  }

  /** Drops the contents and the buffer (the builder holding this is spent). */
  release(): void {
    this.data = new this.kind(0) as TypedArrayOf<K>;
    this.length = 0;
  }

  private grow(min: number): void {
    let capacity = Math.max(16, this.data.length * 2);
    while (capacity < min) capacity *= 2;
    const next = new this.kind(capacity) as TypedArrayOf<K>;
    next.set(this.data);
    this.data = next;
  }
}
