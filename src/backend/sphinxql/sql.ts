// SphinxQL literals: strings escaped, integers checked and written inline (Sphinx rejects quoted numbers), MVA lists.
import mysql from 'mysql2';
import { PARAGRAPH_ATTRIBUTES, PARAGRAPH_FIELDS, PARAGRAPH_INDEX, STORED_FACETS, facetAttribute } from './schema';
import type { ParagraphRow } from './rows';

export function str(value: string): string {
  return mysql.escape(value);
}

/** An unsigned integer or a decimal string of one (64-bit ids). */
export function int(value: number | string): string {
  const text = String(value);
  if (!/^\d{1,20}$/.test(text)) throw new Error(`not an unsigned integer: ${JSON.stringify(text)}`);
  return text;
}

export function intList(values: readonly (number | string)[]): string {
  return `(${values.map(int).join(',')})`;
}

const COLUMNS = ['id', ...PARAGRAPH_FIELDS, ...PARAGRAPH_ATTRIBUTES.map((a) => a.name), ...STORED_FACETS.map((f) => facetAttribute(f.name))];

/** One REPLACE statement for many paragraph rows. */
export function replaceParagraphs(rows: readonly ParagraphRow[]): string {
  const tuples = rows.map((r) => {
    const values = [
      int(r.id),
      ...PARAGRAPH_FIELDS.map((f) => str(r[f])),
      ...PARAGRAPH_ATTRIBUTES.map((a) => (a.type === 'string' ? str(String(r[a.name as keyof ParagraphRow])) : int(r[a.name as keyof ParagraphRow] as number))),
      ...STORED_FACETS.map((f) => intList(r.facets[f.name] ?? [])),
    ];
    return `(${values.join(',')})`;
  });
  return `REPLACE INTO ${PARAGRAPH_INDEX} (${COLUMNS.join(',')}) VALUES ${tuples.join(',')}`;
}
