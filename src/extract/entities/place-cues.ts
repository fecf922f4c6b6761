// Keeps a GeoNames place name (needsCue) only where the text shows a place: a village may be named like a word.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldToken } from '../../text/fold-name';
import { defaultGazetteerOptions, GazetteerError, type GazetteerEntry } from './gazetteer';
import type { AliasMatch } from './entity-matcher';
import type { NameToken } from './name-tokens';

export interface PlaceCues {
  /** Prepositions and settlement nouns before a place, per language ("in", «в», "في", "village", «село», "قرية"). */
  before: Record<string, string[]>;
  /** Words before "of" that make the next name a place ("the village of", "north of"). */
  beforeOf: string[];
  /** Descriptors after a place ("Hajin town", "X countryside"). */
  after: string[];
  /** Words joining the items of a list ("Hajin and Susah", «Хаджин и Сусах», "ذيبان والشحيل"). */
  conjunctions: string[];
  /** Arabic prepositions glued to the name ("بهجين": in Hajin) and conjunctions glued to it ("والشحيل"). */
  gluedPrepositions: string[];
  gluedConjunctions: string[];
}

/** A one-letter proclitic before the glued article: "وال…", "بال…", "فال…". */
const GLUED_BEFORE_ARTICLE = /^[وفبك]ال(?=..)/u;

export type PlaceCueFilter = (tokens: NameToken[], matches: AliasMatch[]) => AliasMatch[];

/** Reads and validates `data/place-cues.json`. */
export function loadPlaceCues(dir: string = defaultGazetteerOptions.dir): PlaceCues {
  const parsed = JSON.parse(readFileSync(join(dir, 'place-cues.json'), 'utf8')) as Record<string, unknown>;
  const problems: string[] = [];
  const list = (value: unknown, name: string): string[] => {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
      problems.push(`place-cues.json: "${name}" must be an array of words`);
      return [];
    }
    return value as string[];
  };
  const before: Record<string, string[]> = {};
  const rawBefore = parsed.before;
  if (typeof rawBefore !== 'object' || rawBefore === null || Array.isArray(rawBefore)) problems.push('place-cues.json: "before" must map languages to words');
  else for (const [lang, words] of Object.entries(rawBefore)) before[lang] = list(words, `before.${lang}`);
  const cues: PlaceCues = {
    before,
    beforeOf: list(parsed.beforeOf, 'beforeOf'),
    after: list(parsed.after, 'after'),
    conjunctions: list(parsed.conjunctions, 'conjunctions'),
    gluedPrepositions: list(parsed.gluedPrepositions, 'gluedPrepositions'),
    gluedConjunctions: list(parsed.gluedConjunctions, 'gluedConjunctions'),
  };
  if (problems.length > 0) throw new GazetteerError(problems);
  return cues;
}

/** Builds the filter once; it keeps every match of an entry without `needsCue` as it is. */
export function createPlaceCueFilter(cues: PlaceCues): PlaceCueFilter {
  const fold = (words: string[]) => new Set(words.map(foldToken));
  const before = fold(Object.values(cues.before).flat());
  const beforeOf = fold(cues.beforeOf);
  const after = fold(cues.after);
  const conjunctions = fold(cues.conjunctions);
  const firstWords = new WeakMap<GazetteerEntry, Set<string>>();

  /** Folded first letters-and-all of the entry's names, to tell a glued proclitic from a name's own first letter. */
  function ownFirstWords(entry: GazetteerEntry): Set<string> {
    let words = firstWords.get(entry);
    if (!words) {
      words = new Set([entry.canonical, ...entry.aliases].map((a) => foldToken(a.split(/[\s-]+/u)[0] ?? '')));
      firstWords.set(entry, words);
    }
    return words;
  }

  /** The one-letter Arabic proclitic glued to the match's first word ("بهجين", "والشحيل"), when the name does not start with it. */
  function gluedProclitic(m: AliasMatch, tokens: NameToken[]): string | null {
    const word = tokens.slice(m.firstToken, m.endToken).find((t) => !t.article);
    if (!word || word.raw.charCodeAt(0) < 0x600) return null;
    const letters = word.raw.replace(/[^\p{L}]/gu, '');
    if (GLUED_BEFORE_ARTICLE.test(letters)) return letters[0]!;
    return word.altFold !== undefined && !ownFirstWords(m.entry).has(word.fold) ? letters[0]! : null;
  }

  function isCueWord(token: NameToken | undefined, set: ReadonlySet<string>): boolean {
    return token !== undefined && (set.has(token.fold) || (token.altFold !== undefined && set.has(token.altFold)));
  }

  function cuedBefore(m: AliasMatch, tokens: NameToken[]): boolean {
    if (tokens[m.firstToken]!.breakBefore) return false;
    const previous = tokens[m.firstToken - 1];
    if (isCueWord(previous, before)) return true;
    if (previous?.lower === 'of' && !previous.breakBefore) return isCueWord(tokens[m.firstToken - 2], beforeOf);
    return false;
  }

  function cuedAfter(m: AliasMatch, tokens: NameToken[]): boolean {
    const next = tokens[m.endToken];
    return next !== undefined && !next.breakBefore && isCueWord(next, after);
  }

  /** "Hajin, Susah and Al-Shuhayl": a name listed right after a place is a place too. */
  function continuesList(m: AliasMatch, tokens: NameToken[], placeEnd: number, glued: string | null): boolean {
    if (placeEnd < 0) return false;
    if (glued !== null && cues.gluedConjunctions.includes(glued)) return placeEnd === m.firstToken;
    const first = tokens[m.firstToken]!;
    if (placeEnd === m.firstToken && first.sepBefore === ',') return true;
    const previous = tokens[m.firstToken - 1];
    return placeEnd === m.firstToken - 1 && previous !== undefined && !first.breakBefore && conjunctions.has(previous.fold);
  }

  /** "Kafr Batna", "Tall Rifat", "عين عيسى": a name of two capitalised (or Arabic) words is a name, not a word. */
  function selfEvident(m: AliasMatch, tokens: NameToken[]): boolean {
    const words = tokens.slice(m.firstToken, m.endToken).filter((t) => !t.article);
    return words.length >= 2 && words.every((t) => t.capital || t.raw.charCodeAt(0) >= 0x600);
  }

  /** "Kafr Sousa district": a capitalised word glued before the name makes it the tail of a longer, unknown name. */
  function tailOfName(m: AliasMatch, tokens: NameToken[]): boolean {
    const previous = tokens[m.firstToken - 1];
    return previous !== undefined && previous.capital && !previous.article && !tokens[m.firstToken]!.breakBefore && !isCueWord(previous, before);
  }

  return (tokens, matches) => {
    if (!matches.some((m) => m.entry.needsCue === true)) return matches;
    const kept: AliasMatch[] = [];
    let placeEnd = -1;
    for (const m of matches) {
      const isPlace = m.entry.kind === 'place' || m.entry.kind === 'state';
      if (m.entry.needsCue === true) {
        const glued = gluedProclitic(m, tokens);
        const cued =
          !tailOfName(m, tokens) &&
          (selfEvident(m, tokens) ||
          (glued !== null && cues.gluedPrepositions.includes(glued)) ||
          cuedBefore(m, tokens) ||
          cuedAfter(m, tokens) ||
          continuesList(m, tokens, placeEnd, glued));
        if (!cued) continue;
      }
      kept.push(m);
      if (isPlace) placeEnd = m.endToken;
    }
    return kept;
  };
}
