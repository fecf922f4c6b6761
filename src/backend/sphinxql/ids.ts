// Stable numeric ids from strings: row ids, document keys, facet value ids and the shard a document lives on.
import { createHash } from 'node:crypto';

function digest(text: string): Buffer {
  return createHash('sha1').update(text, 'utf8').digest();
}

/** 63 bits of the paragraph's key (`doc#p-N`), as a decimal string: the row id (never 0, fits a signed 64-bit id). */
export function rowId(docId: string, anchor: string): string {
  const n = digest(`${docId}#${anchor}`).readBigUInt64BE(0) & 0x7fffffffffffffffn;
  return (n === 0n ? 1n : n).toString();
}

/** 53 bits (a safe JavaScript integer, never 0): a document's key attribute and facet value ids. */
function safe53(text: string): number {
  const buf = digest(text);
  const n = (buf.readUInt32BE(0) & 0x1fffff) * 2 ** 32 + buf.readUInt32BE(4);
  return n === 0 ? 1 : n;
}

/** Several documents may share a key (a 53-bit hash); readers check the stored id string. */
export function docKey(docId: string): number {
  return safe53(`doc\u0000${docId}`);
}

/**
 * Full-text token naming a paragraph's document: a document's rows are found through the inverted index
 * (`MATCH('@ents d…')`) instead of an attribute filter, which Sphinx answers by scanning every row of the shard.
 */
export function docToken(docId: string): string {
  return `d${docKey(docId).toString(36)}`;
}

/** The id of a facet value in that facet's multi-value attribute (the dictionary maps it back). */
export function valueId(facet: string, value: string): number {
  return safe53(`${facet}\u0000${value}`);
}

/** Full-text token for "this paragraph carries entity X in some facet": a query naming X also matches it. */
export function entityToken(canonical: string): string {
  return `e${safe53(`entity\u0000${canonical}`).toString(36)}`;
}

/** Full-text token for "this paragraph has value X in facet F" (negated `facet:value` in a query). */
export function facetToken(facet: string, value: string): string {
  return `v${valueId(facet, value).toString(36)}`;
}

/** The shard a document is written to: stable for a fixed number of shards (changing it means re-indexing). */
export function shardOf(docId: string, shards: number): number {
  return digest(`shard\u0000${docId}`).readUInt32BE(0) % shards;
}

/** Dictionary row id of a facet value or an index word (`kind` `v`, `t` or `s`). */
export function dictionaryRowId(kind: string, facet: string, value: string): string {
  return rowId(`${kind}\u0000${facet}`, value);
}
