// A name that only qualifies another word ("U.S.-backed", "anti-Assad", "Iraq's Ministry of Migration") is no actor or place.

import type { AliasMatch } from './entity-matcher';
import type { NameToken } from './name-tokens';

export interface ModifierWords {
  /** Participles a name is hyphenated to as a modifier: "U.S.-backed", "Britain-based", "Ankara-aligned". */
  compoundParticiples: ReadonlySet<string>;
  /** Prefixes hyphenated before a name that make a stance of it: "anti-Assad", "pro-regime". */
  stancePrefixes: ReadonlySet<string>;
  /** Those of them that oppose: "anti-government forces" are not the government's forces, "pro-regime soldiers" are its. */
  opposingPrefixes: ReadonlySet<string>;
  /** Lower-cased last words of generic force phrases ("forces", "troops"): "anti-ISIS campaign" still names ISIS. */
  forceNouns: ReadonlySet<string>;
  /** Posts, bodies and weapons a possessive state owns: "Iraq's Ministry …", "Iran's top diplomat". */
  possessedHeads: ReadonlySet<string>;
  /** Words that may stand between the possessive and such a head ("Kazakhstan's deputy Foreign Minister"). */
  possessedModifiers: ReadonlySet<string>;
}

const HYPHEN = /^[-‐‑]$/u;
/** How far a possessive may stand from its head noun: "Israel's Defense Minister", "Iraq's National Security Advisor". */
const HEAD_REACH = 3;

/** "U.S.-backed forces", "a Britain-based monitor": the name is hyphenated to a participle and qualifies the noun after it. */
export function isCompoundModifier(tokens: NameToken[], match: AliasMatch, words: ModifierWords): boolean {
  const next = tokens[match.endToken];
  return next !== undefined && HYPHEN.test(next.sepBefore) && words.compoundParticiples.has(next.lower);
}

/** "anti-Assad forces", "the anti-government uprising": the name is the object of a stance, not a party to the story. */
export function isStanceObject(tokens: NameToken[], match: AliasMatch, words: ModifierWords): boolean {
  const previous = tokens[match.firstToken - 1];
  if (previous === undefined || !HYPHEN.test(tokens[match.firstToken]!.sepBefore)) return false;
  if (match.entry.kind !== 'armed_group') return words.stancePrefixes.has(previous.lower);
  // A force phrase after "anti-" names the other side ("anti-Assad forces"); a group's own name stays ("anti-ISIS campaign").
  return words.opposingPrefixes.has(previous.lower) && words.forceNouns.has(tokens[match.endToken - 1]!.lower);
}

/**
 * "Iraq's Ministry of Migration", "Israel's Defense Minister Israel Katz", "Syria's SANA news agency": a possessive state
 * before a post, a body or a known institution names whose they are; the post holder or the body is the actor.
 */
export function isPossessiveOwner(tokens: NameToken[], matches: AliasMatch[], index: number, words: ModifierWords): boolean {
  const match = matches[index]!;
  if (!tokens[match.endToken - 1]!.possessive) return false;
  const next = matches[index + 1];
  if (next !== undefined && next.firstToken === match.endToken && (next.entry.kind === 'organisation' || next.entry.kind === 'armed_group')) return true;
  for (let i = match.endToken; i < tokens.length && i - match.endToken < HEAD_REACH; i++) {
    const token = tokens[i]!;
    if (token.breakBefore) return false;
    if (words.possessedHeads.has(token.lower)) return true;
    if (!words.possessedModifiers.has(token.lower)) return false;
  }
  return false;
}

/** A region or state directly qualifying a job title after it ("Middle East director", "Syria researcher"). */
export function isPostRemit(tokens: NameToken[], match: AliasMatch, postTitles: ReadonlySet<string>): boolean {
  const next = tokens[match.endToken];
  return next !== undefined && !next.breakBefore && !tokens[match.endToken - 1]!.possessive && postTitles.has(next.lower);
}

/** Tokens a title may stand before the state it qualifies ("министр иностранных дел России"). */
const TITLE_REACH = 4;

/** «президента РФ Дмитрий Песков», "Президент Сирии Башар Асад": a state between a post title and its holder's name. */
export function isTitledHolder(tokens: NameToken[], match: AliasMatch, statePosts: ReadonlySet<string>): boolean {
  const next = tokens[match.endToken];
  if (next === undefined || next.breakBefore || !next.capital || tokens[match.endToken - 1]!.possessive) return false;
  for (let i = match.firstToken - 1; i >= 0 && match.firstToken - i <= TITLE_REACH; i--) {
    if (statePosts.has(tokens[i]!.fold)) return true;
    if (tokens[i + 1]!.breakBefore) return false;
  }
  return false;
}

/** "US$2,000", "one US dollar": a state name that only labels a currency. */
export function isCurrency(tokens: NameToken[], match: AliasMatch, currency: ReadonlySet<string>): boolean {
  const next = tokens[match.endToken];
  if (next === undefined) return false;
  if (/^[$¢]/u.test(next.sepBefore)) return true;
  return !next.breakBefore && currency.has(next.lower);
}
