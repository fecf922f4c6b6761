// An Arabic country name spelled like its feminine adjective ("سورية": Syria / Syrian) after an indefinite noun is the adjective.

import { foldToken } from '../../text/fold-name';
import type { AliasMatch } from './entity-matcher';
import type { NameToken } from './name-tokens';

export interface AdjectiveWords {
  /** Folded state names that are also the feminine adjective ("سورية"). */
  homographs: ReadonlySet<string>;
  /** Folded words an adjective follows whatever their ending ("غير سورية": non-Syrian, "وأخرى سورية": and other Syrian ones). */
  leads: ReadonlySet<string>;
}

/** The indefinite feminine ending of the noun or adjective an adjective agrees with: "منظمة", "إعلامية", "جنسيات". */
const INDEFINITE_FEMININE = /(?:ة|ات)$/u;
const ARABIC = /^[\u0600-\u06ff]/u;
const GLUED_ARTICLE = /^[وبفكل]?ال/u;
const GLUED_CONJUNCTION = /^[وف]/u;

/**
 * "منظمة سورية" (a Syrian organisation), "مصادر إعلامية سورية", "جنسيات غير سورية", "وأخرى سورية": the homograph
 * written bare right after an indefinite feminine word or an adjective's lead qualifies it and names no place. Written
 * after a preposition, a direction or a noun without the ending ("في سورية", "شمال سورية", "حدود سورية") it is the country.
 */
export function isStateAdjective(tokens: NameToken[], match: AliasMatch, words: AdjectiveWords): boolean {
  if (match.endToken - match.firstToken !== 1) return false;
  const token = tokens[match.firstToken]!;
  if (token.breakBefore || !ARABIC.test(token.raw) || !words.homographs.has(foldToken(token.raw))) return false;
  const previous = tokens[match.firstToken - 1];
  if (previous === undefined || !ARABIC.test(previous.raw)) return false;
  const bare = previous.raw.replace(GLUED_CONJUNCTION, '');
  if (words.leads.has(previous.fold) || words.leads.has(foldToken(bare))) return true;
  return !GLUED_ARTICLE.test(previous.raw) && INDEFINITE_FEMININE.test(previous.raw);
}
