// Media and monitoring outlets named by their context ("told The National", "the network DeirEzzor 24").

import type { NameToken } from '../name-tokens';
import type { NameSets } from './name-evidence';
import type { Run } from './name-runs';

/** Words an outlet's name may have, past which a run is no outlet name but a clause. */
const MAX_OUTLET_WORDS = 3;

/** A text test that passes whenever `findOutlets` could find something: a cue before "The", or an outlet noun before a capital. */
export function buildOutletHint(sets: NameSets): RegExp | null {
  // Case-sensitive, so that "The" and the capital stay selective; a word may open a sentence capitalised.
  const escape = (words: Set<string>) =>
    [...words]
      .flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)])
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
  const parts: string[] = [];
  if (sets.outletCues.size > 0) parts.push(`\\b(?:${escape(sets.outletCues)})\\s+The\\s`);
  if (sets.outletNouns.size > 0) parts.push(`\\b(?:${escape(sets.outletNouns)})\\s+\\p{Lu}`);
  return parts.length === 0 ? null : new RegExp(parts.join('|'), 'u');
}

/**
 * Media and monitoring outlets named by their context: "told The National" (a capitalised "The" after a cue word,
 * kept in the name) and "the monitoring network DeirEzzor 24" (an outlet noun before the name, a number ending it).
 * An outlet's name may hold a known place ("the network Raqqa 24"); the caller lets the outlet win over it.
 */
export function findOutlets(tokens: NameToken[], covered: boolean[], places: boolean[], sets: NameSets): Run[] {
  const outlets: Run[] = [];
  const usable = (k: number) => tokens[k] !== undefined && !tokens[k]!.breakBefore && tokens[k]!.capital && (!covered[k] || places[k] === true);
  for (let k = 1; k < tokens.length - 1; k++) {
    const token = tokens[k]!;
    const titled = token.raw === 'The' && !covered[k] && !token.breakBefore && sets.outletCues.has(tokens[k - 1]!.lower);
    if (!titled && !sets.outletNouns.has(token.lower)) continue;
    let end = k + 1;
    while (end - k <= MAX_OUTLET_WORDS && usable(end)) end++;
    if (end === k + 1 || end - k > MAX_OUTLET_WORDS) continue;
    const number = tokens[end];
    const numbered = number !== undefined && !number.breakBefore && /^\d+$/.test(number.raw);
    // "the newspaper Damascus" alone is too thin; a place inside a name needs "The" or a number around it.
    const onlyPlaces = tokens.slice(k + 1, end).every((_, i) => places[k + 1 + i] === true);
    if (!titled && onlyPlaces && !numbered) continue;
    // "the monitor Syrians for Truth…", "the website Monday": a demonym or common word opens no outlet's name here.
    const opening = tokens[k + 1]!.lower;
    if (!titled && (sets.demonyms.has(opening) || sets.runStoppers.has(opening))) continue;
    outlets.push({ first: titled ? k : k + 1, end: numbered ? end + 1 : end });
    k = end;
  }
  return outlets;
}

