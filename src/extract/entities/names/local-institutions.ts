// Generic institutions named by their place ("the Kobanê Canton Executive Council", "the Local Council of Salqin").

import type { NameToken } from '../name-tokens';
import type { NameSets } from './name-evidence';
import type { Run } from './name-runs';

/** A generic institution name ("Executive Council", "Local Council"): generic modifiers and a head word only. */
function isGenericInstitution(run: Run, tokens: NameToken[], sets: NameSets): boolean {
  const words = tokens.slice(run.first, run.end).filter((w) => !w.article && !sets.connectors.has(w.lower));
  const last = words[words.length - 1];
  if (last === undefined || !sets.orgHeads.has(last.lower) || words.length < 2) return false;
  return words.slice(0, -1).every((w) => sets.genericModifiers.has(w.lower) || sets.orgHeads.has(w.lower));
}

/**
 * A generic institution named by its place: "the Kobanê Canton Executive Council" (the place just before it)
 * or "the Local Council of the city of Salqin" (read as "Salqin Local Council").
 */
export function nameLocalInstitution(
  run: Run,
  tokens: NameToken[],
  sets: NameSets,
  places: boolean[],
): { firstToken: number; endToken: number; start: number; end: number; name: (text: string) => string } | null {
  if (!isGenericInstitution(run, tokens, sets)) return null;
  const head = tokens[run.first]!;
  const last = tokens[run.end - 1]!;
  if (run.first > 0 && places[run.first - 1] && !head.breakBefore) {
    let first = run.first - 1;
    while (first > 0 && places[first - 1] && !tokens[first]!.breakBefore) first--;
    const start = tokens[first]!.start;
    return { firstToken: first, endToken: run.end, start, end: last.end, name: (text) => text.slice(start, last.end).replace(/\s+/g, ' ') };
  }
  // "of (the) (city|town… of) <Place>"
  let k = run.end;
  const word = (i: number) => (tokens[i] !== undefined && !tokens[i]!.breakBefore ? tokens[i]!.lower : '');
  if (word(k) !== 'of') return null;
  k++;
  if (word(k) === 'the') k++;
  if (sets.placeHeadsBeforeOf.has(word(k)) && word(k + 1) === 'of') k += 2;
  if (!places[k] || tokens[k]!.breakBefore) return null;
  let end = k;
  while (end < tokens.length && places[end] && (end === k || !tokens[end]!.breakBefore)) end++;
  const place = { start: tokens[k]!.start, end: tokens[end - 1]!.end };
  const lastEnd = tokens[end - 1]!.end;
  return {
    firstToken: run.first,
    endToken: end,
    start: head.start,
    end: lastEnd,
    name: (text) => `${text.slice(place.start, place.end)} ${text.slice(head.start, last.end)}`.replace(/\s+/g, ' '),
  };
}

