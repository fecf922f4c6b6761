// Paragraph texts kept off the V8 heap: one UTF-8 buffer with byte offsets, decoded only for the hits shown.

export interface TextStore {
  bytes: Uint8Array;
  /** Text i is bytes[offsets[i] .. offsets[i+1]). */
  offsets: Uint32Array;
}

export class TextStoreBuilder {
  private buffer: Buffer;
  private used = 0;
  private readonly starts: number[] = [0];

  /** `expectedBytes`: a guess of the total UTF-8 size (the buffer still grows past it). */
  constructor(expectedBytes = 1 << 20) {
    this.buffer = Buffer.allocUnsafe(Math.max(1 << 16, expectedBytes));
  }

  add(text: string): void {
    const length = Buffer.byteLength(text, 'utf8');
    if (this.used + length > this.buffer.length) {
      let capacity = Math.max(1 << 16, this.buffer.length * 2);
      while (capacity < this.used + length) capacity *= 2;
      const grown = Buffer.allocUnsafe(capacity);
      this.buffer.copy(grown, 0, 0, this.used);
      this.buffer = grown;
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
    if (this.used > 0xffffffff) throw new Error('paragraph texts exceed 4 GB');
    this.starts.push(this.used);
  }

  finish(): TextStore {
    const bytes = new Uint8Array(this.used);
    bytes.set(this.buffer.subarray(0, this.used));
    // The builder is spent: its buffer (the size of every text, or more) need not live until the whole index is done.
    this.buffer = Buffer.alloc(0);
    return { bytes, offsets: Uint32Array.from(this.starts) };
  }
}

export function textAt(store: TextStore, i: number): string {
  const { bytes, offsets } = store;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', offsets[i]!, offsets[i + 1]!);
}
