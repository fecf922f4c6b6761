// Russian and Arabic mark a place: a capital written in them with no place word before it stands for its government.

import { foldToken } from '../../text/fold-name';
import type { AliasMatch } from './entity-matcher';
import type { GazetteerEntry } from './gazetteer';
import type { NameToken } from './name-tokens';

/** Folded words that make a capital after them a place. */
export interface PlaceWords {
  /** Prepositions, place nouns, direction words, capture and visit words, right before the capital. */
  before: ReadonlySet<string>;
  /** Nouns for a city that may stand one word further back ("столица Сирии Дамаск", "العاصمة السورية دمشق"). */
  cityNouns: ReadonlySet<string>;
}

/** Arabic prepositions glued to a name: "بدمشق" (in Damascus), "لدمشق" (to Damascus), "كدمشق". */
const GLUED_PREPOSITION = /[بلك]/u;
const CYRILLIC_OR_ARABIC = /^[\u0400-\u04ff\u0600-\u06ff]/u;
/** A Russian name in the prepositional (or dative) case, which follows a preposition: «в Москве», «в Дамаске». */
const RUSSIAN_PREPOSITIONAL = /^[А-ЯЁ][а-яё-]+е$/u;
/** Separators that open an apposition or a list item: "حلب، دمشق", «до столицы — Дамаска». */
const APPOSITION = /[,،—–-]/u;

const firstWordsOf = new WeakMap<GazetteerEntry, Set<string>>();

/** Folded first words of the entry's names, to tell a glued proclitic from a name's own first letter ("بيروت"). */
function ownFirstWords(entry: GazetteerEntry): Set<string> {
  let words = firstWordsOf.get(entry);
  if (!words) {
    words = new Set([entry.canonical, ...entry.aliases].map((a) => foldToken(a.split(/[\s-]+/u)[0] ?? '')));
    firstWordsOf.set(entry, words);
  }
  return words;
}

/** The letters glued before the name in its first word ("وب" in "وبدمشق"), or "" when it is written bare. */
function gluedPrefix(token: NameToken, entry: GazetteerEntry): string {
  const own = ownFirstWords(entry);
  for (let cut = 0; cut <= 2 && cut < token.raw.length - 1; cut++) {
    if (own.has(foldToken(token.raw.slice(cut)))) return token.raw.slice(0, cut);
  }
  return '';
}

function isPlaceWord(token: NameToken | undefined, words: ReadonlySet<string>): boolean {
  return token !== undefined && (words.has(token.fold) || words.has(foldToken(token.lower)));
}

/**
 * True when a Cyrillic or Arabic capital shows no sign of being a place: no glued preposition, no place word right
 * before it (or before the adjective after such a word: "العاصمة السورية، دمشق"). Russian and Arabic say "in", "from",
 * "the streets of" every time they mean the city, so what is left is the government: «Москва предлагает»,
 * «действия Вашингтона», "قلق موسكو", "أن واشنطن تحاول", "وموسكو تتحقق".
 */
export function unmarkedCapital(tokens: NameToken[], match: AliasMatch, words: PlaceWords): boolean {
  const first = tokens[match.firstToken]!;
  if (!CYRILLIC_OR_ARABIC.test(first.raw)) return false;
  if (GLUED_PREPOSITION.test(gluedPrefix(first, match.entry)) || RUSSIAN_PREPOSITIONAL.test(tokens[match.endToken - 1]!.raw)) return false;
  const previous = tokens[match.firstToken - 1];
  // A name standing alone (a query, a heading) is the place; opening a sentence it is its subject.
  if (previous === undefined) return tokens[match.endToken] !== undefined && !tokens[match.endToken]!.breakBefore;
  // After a comma or a dash the capital is an item of a list or an apposition: left a place; any other clause break
  // leaves it its clause's subject.
  if (first.breakBefore) return !APPOSITION.test(first.sepBefore);
  // The rule reads Russian and Arabic grammar: after a word of another script (a query's lead-in) there is none.
  if (!CYRILLIC_OR_ARABIC.test(previous.raw)) return false;
  if (isPlaceWord(previous, words.before)) return false;
  // "العاصمة السورية دمشق", «столица Сирии Дамаск»: a city noun with one word qualifying it.
  return !(!previous.breakBefore && isPlaceWord(tokens[match.firstToken - 2], words.cityNouns));
}
