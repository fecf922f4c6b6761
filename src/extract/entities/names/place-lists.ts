// Unknown names listed with known places ("Harem, Salqin and Armanaz"), and such lists cut into one place each.

import type { NameToken } from '../name-tokens';
import type { NameSets } from './name-evidence';
import type { Run } from './name-runs';

/**
 * "Harem, Salqin, Armanaz and Azmarin", "Morek and Souran": an unknown name listed with a place is a place.
 * After "and"/"or" the item before must be a place; after a comma the list must go on after the name too.
 */
export function continuesPlaceList(whole: Run, tokens: NameToken[], sets: NameSets, isPlace: (k: number) => boolean): Run | null {
  // "Morek and Latmin on Sunday": the item ends at a connector that is not part of a place name.
  let end = whole.first + 1;
  while (end < whole.end && !ITEM_ENDS.has(tokens[end]!.lower)) end++;
  while (end > whole.first + 1 && !tokens[end - 1]!.capital) end--;
  const run = { first: whole.first, end };
  const words = tokens.slice(run.first, run.end);
  const significant = words.filter((w) => !w.article && !sets.connectors.has(w.lower));
  if (significant.length === 0 || significant.length > 3) return null;
  if (significant.some((w) => sets.notNames.has(w.lower) || sets.orgHeads.has(w.lower) || sets.groupHeads.has(w.lower) || sets.titles.has(w.lower) || sets.demonyms.has(w.lower) || w.upper)) return null;
  if (sets.kunya.has(words[0]!.lower) && !words.some((w) => w.lower === 'and')) return null;
  const first = tokens[run.first]!;
  const prev = run.first - 1;
  if (prev < 0) return null;
  const afterAnd = !first.breakBefore && (tokens[prev]!.lower === 'and' || tokens[prev]!.lower === 'or');
  if (afterAnd) return prev > 0 && isPlace(prev - 1) ? run : null;
  if (first.sepBefore !== ',' || !isPlace(prev)) return null;
  const next = tokens[run.end];
  const listGoesOn = next !== undefined && (next.sepBefore === ',' || ((next.lower === 'and' || next.lower === 'or') && !next.breakBefore));
  return listGoesOn || words.some((w) => w.lower === 'and' || w.lower === 'or') ? run : null;
}

/** Connectors that end a listed place rather than continue its name. */
const ITEM_ENDS = new Set(['on', 'in', 'of', 'for', 'the']);

/** "the villages of Tal Brak and Abu Hajira": places listed with "and" are one place each. */
export function splitCoordinated(run: Run, tokens: NameToken[]): Run[] {
  const parts: Run[] = [];
  let first = run.first;
  for (let k = run.first; k < run.end; k++) {
    const lower = tokens[k]!.lower;
    if (lower !== 'and' && lower !== 'or') continue;
    if (k > first) parts.push({ first, end: k });
    first = k + 1;
  }
  if (first < run.end) parts.push({ first, end: run.end });
  return parts.filter((p) => tokens.slice(p.first, p.end).some((t) => t.capital));
}

