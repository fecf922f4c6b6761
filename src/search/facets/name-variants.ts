// The other spellings of a person's or body's name among one facet's values: what a filter on the name also selects.
//
// Extraction writes an unresolved name as the page spells it, so one speaker can be several facet values: a typo or a
// transliteration ("Dmitry Piskov" for Dmitry Peskov), a surname alone or inflected («Жмурина» for Сергей Жмурин).
// An analyst filtering by the name wants them all. Two values are one name when their surnames (last words) are the
// same word up to one edit once stemmed and transliteration-folded, and the given names they both write agree; a
// surname alone joins a full name only when no other full name in the facet ends in it ("Assad", "Ministry").
import { analyzeText, foldWords, translitWords } from '../../text';
import { editDistance } from '../../text/edit-distance';
import type { FacetTable } from './facet-table';

/** Surnames shorter than this must match exactly: one edit turns short names into other names (Assad, Asad, Saad). */
const MIN_FUZZY = 5;
/** Variant lists kept per table, so a filter clicked again costs a lookup. */
const CACHE_LIMIT = 256;

interface NameKey {
  /** Folded words, transliteration-folded ("dmitry piskov"). */
  words: string[];
  /** The surname's loose key (stem, folded), for comparison. */
  surname: string;
}

const keysByTable = new WeakMap<FacetTable, (NameKey | null)[]>();
const variantsByTable = new WeakMap<FacetTable, Map<number, number[]>>();

function nameKey(value: string): NameKey | null {
  const words = translitWords(foldWords(value)).split(' ').filter((w) => w !== '');
  const last = words[words.length - 1];
  if (last === undefined || /\d/.test(last)) return null;
  const surname = analyzeText(last).find((t) => t.content)?.loose ?? last;
  return { words, surname };
}

function keysOf(table: FacetTable): (NameKey | null)[] {
  let keys = keysByTable.get(table);
  if (keys === undefined) {
    keys = table.values.map(nameKey);
    keysByTable.set(table, keys);
  }
  return keys;
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= MIN_FUZZY && a[0] === b[0] && editDistance(a, b, 1) <= 1;
}

/** A given name agrees with another when equal, an initial of it, or one edit away ("sergei", "sergey"). */
function sameGivenName(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return sameWord(a, b);
}

/** Whether two values name the same person or body: the rule in the header. */
export function sameName(a: NameKey, b: NameKey): boolean {
  if (a.words.length === 1 && b.words.length === 1) return false;
  if (!sameWord(a.surname, b.surname)) return false;
  // a surname alone goes with any full name ending in it; two full names must agree word for word
  if (a.words.length === 1 || b.words.length === 1) return true;
  if (a.words.length !== b.words.length) return false;
  for (let i = 0; i < a.words.length - 1; i++) if (!sameGivenName(a.words[i]!, b.words[i]!)) return false;
  return true;
}

/** Multi-word values whose surname matches the one-word value `single` (a surname alone). */
function fullNamesEndingIn(keys: readonly (NameKey | null)[], single: NameKey): number[] {
  const out: number[] = [];
  for (let v = 0; v < keys.length; v++) {
    const k = keys[v];
    if (k != null && k.words.length > 1 && Math.abs(k.surname.length - single.surname.length) <= 1 && sameName(single, k)) out.push(v);
  }
  return out;
}

function findVariants(keys: readonly (NameKey | null)[], id: number): number[] {
  const own = keys[id];
  if (own == null) return [];
  if (own.words.length === 1) {
    const full = fullNamesEndingIn(keys, own);
    return full.length === 1 ? full : [];
  }
  const out: number[] = [];
  for (let v = 0; v < keys.length; v++) {
    const other = keys[v];
    if (v === id || other == null || Math.abs(other.surname.length - own.surname.length) > 1 || !sameName(own, other)) continue;
    if (other.words.length === 1 && fullNamesEndingIn(keys, other).length !== 1) continue;
    out.push(v);
  }
  return out;
}

/** The value ids of `table` that spell the same name as value `id`, without `id` itself. */
export function nameVariants(table: FacetTable, id: number): number[] {
  let cache = variantsByTable.get(table);
  if (cache === undefined) {
    cache = new Map();
    variantsByTable.set(table, cache);
  }
  let out = cache.get(id);
  if (out === undefined) {
    out = findVariants(keysOf(table), id);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(id, out);
  }
  return out;
}

/** Test access to the comparison on raw values. */
export function namesMatch(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  return ka !== null && kb !== null && sameName(ka, kb);
}
