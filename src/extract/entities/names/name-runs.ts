// Runs of capitalised words, uncovered by the gazetteer, that may be names.

import type { NameToken } from '../name-tokens';
import type { NameSets } from './name-evidence';

/** Token indexes of a candidate name: first, and one past the last. */
export interface Run {
  first: number;
  end: number;
}

const TIME_PREPOSITIONS = new Set(['on', 'in']);
const DATE_WORD =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Maximal sequences of capitalised words (with name connectors like "al", "bin", "of" inside), uncovered by the gazetteer. */
export function findCapitalRuns(tokens: NameToken[], covered: boolean[], sets: NameSets): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (covered[i] || !t.capital || sets.runStoppers.has(t.lower) || sets.demonyms.has(t.lower) || /^\d/.test(t.raw)) {
      i++;
      continue;
    }
    let end = i + 1;
    let j = i + 1;
    while (j < tokens.length && !covered[j] && !tokens[j]!.breakBefore) {
      const u = tokens[j]!;
      // "Shir Tahta on Friday", "Abdin in March": a preposition before a date word ends the name.
      if (TIME_PREPOSITIONS.has(u.lower) && DATE_WORD.test(tokens[j + 1]?.raw ?? '')) break;
      if (u.capital && !/^\d/.test(u.raw)) end = j + 1;
      else if (!(sets.connectors.has(u.lower) || u.article)) break;
      if (tokens[j - 1]!.possessive) break;
      j++;
    }
    // A leading article belongs to the name ("al-Halabi").
    let first = i > 0 && tokens[i - 1]!.article && !covered[i - 1] && !t.breakBefore ? i - 1 : i;
    // "Researcher Nawar Oliver" at a sentence start: the capitalised title is evidence, not part of the name.
    // «Представитель Минобороны Игорь Смирнов», «Центра Сергей Кураленко»: a title or a body's word is no part of the name.
    while (end - first > 2 && (sets.titles.has(tokens[first]!.lower) || sets.bodyWords.has(tokens[first]!.lower)) && !tokens[first]!.article && tokens[first + 1]!.capital && !tokens[first + 1]!.upper) first++;
    runs.push({ first: afterInnerTitle(tokens, first, end, sets), end });
    i = end;
  }
  return runs;
}


/**
 * "National Security Advisor Qasim al-Araji", "Deputy Foreign Minister Ali Bagheri": the name starts after the last
 * title word when two or more capitalised words follow it and none of them heads an institution or a group.
 */
function afterInnerTitle(tokens: NameToken[], first: number, end: number, sets: NameSets): number {
  for (let k = end - 3; k > first; k--) {
    const word = tokens[k]!;
    if (!sets.titles.has(word.lower) || word.article) continue;
    const rest = tokens.slice(k + 1, end);
    const names = rest.filter((t) => t.capital && !t.article);
    const plain = rest.every((t) => t.capital || t.article) && !rest.some((t) => sets.orgHeads.has(t.lower) || sets.groupHeads.has(t.lower) || sets.titles.has(t.lower));
    return names.length >= 2 && plain ? k + 1 : first;
  }
  return first;
}
