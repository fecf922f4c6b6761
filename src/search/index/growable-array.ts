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

  private grow(min: number): void {
    let capacity = this.data.length * 2;
    while (capacity < min) capacity *= 2;
    const next = new this.kind(capacity) as TypedArrayOf<K>;
    next.set(this.data);
    this.data = next;
  }
}
