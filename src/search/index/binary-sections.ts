// Typed arrays ↔ raw little-endian byte sections (loaded as views, without parsing), and their base64 JSON form.
import { endianness } from 'node:os';

export type Sections = Record<string, Uint8Array>;

type NumericArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;
type NumericArrayKind =
  | Uint8ArrayConstructor
  | Uint16ArrayConstructor
  | Uint32ArrayConstructor
  | Int32ArrayConstructor
  | Float64ArrayConstructor;

const LITTLE_ENDIAN = endianness() === 'LE';

/** The bytes of a typed array as stored in a section (little-endian). */
export function toSection(array: NumericArray): Uint8Array {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  if (LITTLE_ENDIAN || array.BYTES_PER_ELEMENT === 1) return bytes;
  return swapBytes(bytes, array.BYTES_PER_ELEMENT);
}

/**
 * A typed array over a section: a zero-copy view when the bytes are aligned for the element size,
 * else one copy. Throws when the length is not a whole number of elements.
 */
export function fromSection<K extends NumericArrayKind>(kind: K, bytes: Uint8Array, name: string): InstanceType<K> {
  const size = kind.BYTES_PER_ELEMENT;
  if (bytes.byteLength % size !== 0) throw new Error(`section ${name} has ${bytes.byteLength} bytes, not a multiple of ${size}`);
  let source = bytes;
  if (!LITTLE_ENDIAN && size > 1) source = swapBytes(bytes, size);
  else if (source.byteOffset % size !== 0) source = new Uint8Array(source); // a copy (Buffer#slice would be a view)
  return new kind(source.buffer as ArrayBuffer, source.byteOffset, source.byteLength / size) as InstanceType<K>;
}

function swapBytes(bytes: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(bytes.byteLength);
  for (let i = 0; i < bytes.byteLength; i += size) for (let j = 0; j < size; j++) out[i + j] = bytes[i + size - 1 - j]!;
  return out;
}

/** Strings without newlines (index terms, phrase keys) as one UTF-8 section. */
export function stringsToSection(strings: readonly string[]): Uint8Array {
  return Buffer.from(strings.join('\n'), 'utf8');
}

export function sectionToStrings(bytes: Uint8Array): string[] {
  if (bytes.byteLength === 0) return [];
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').split('\n');
}

/** The section of a set, or an error naming what is missing. */
export function requireSection(sections: Sections, name: string): Uint8Array {
  const bytes = sections[name];
  if (!(bytes instanceof Uint8Array)) throw new Error(`section ${name} is missing`);
  return bytes;
}

export function sectionsToBase64(sections: Sections): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(sections)) {
    out[name] = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  }
  return out;
}

export function sectionsFromBase64(encoded: Record<string, unknown>): Sections {
  const out: Sections = {};
  for (const [name, value] of Object.entries(encoded)) {
    if (typeof value !== 'string') throw new Error(`section ${name} is not base64 text`);
    out[name] = Buffer.from(value, 'base64');
  }
  return out;
}
