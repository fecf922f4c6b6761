// Document languages as filter values: ISO 639-1 codes, also accepted by name (`lang:russian`, `lang:русский`).
import type { FacetTable } from '../facets/facet-table';
import { foldText } from '../../text';

const CODE = /^[a-z]{2}$/;

/** Whether a value is an ISO 639-1 code as the API takes it (two letters, any case). */
export function isLanguageCode(value: string): boolean {
  return CODE.test(value.toLowerCase());
}

const names = new Map<string, string[]>();

/** The folded names a language goes by: in English and in itself (Intl.DisplayNames, when the runtime has it). */
function namesOf(code: string): string[] {
  let out = names.get(code);
  if (out === undefined) {
    out = [];
    for (const locale of ['en', code]) {
      try {
        const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
        if (name !== undefined && name !== code) out.push(foldText(name));
      } catch {
        // an unknown locale or code: the code alone names it
      }
    }
    names.set(code, out);
  }
  return out;
}

/** Value ids of the language table that `raw` names: a code (any case) or a language's name. */
export function resolveLanguageValues(table: FacetTable, raw: string): number[] {
  const value = raw.trim().toLowerCase();
  const exact = table.ids.get(value);
  if (exact !== undefined) return [exact];
  if (isLanguageCode(value)) return [];
  const folded = foldText(value);
  const out: number[] = [];
  table.values.forEach((code, id) => {
    if (namesOf(code).includes(folded)) out.push(id);
  });
  return out;
}
