// Misspelt or variant Latin spellings of known people's surnames ("Dmitry Piskov" → Dmitry Peskov), taken only with
// evidence: the known person's first name, a spelling the document already resolved, or a say-verb after a bare surname.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention } from '../../types';
import { wordsOfAllLanguages } from '../../text';
import { editDistance } from '../../text/edit-distance';
import { foldName } from '../../text/fold-name';
import { defaultGazetteerOptions, GazetteerError, type Gazetteer } from './gazetteer';
import { coveredTokens, type LinkContext } from './link-mentions';
import type { NameToken } from './name-tokens';
import { createArabicSurnameLookup } from './arabic-name-variants';
import { sortByStart } from '../by-start';

/** Letters of the shortest Arabic surname compared (its consonants must be at least 4). */
const MIN_ARABIC_SURNAME = 4;

/** A code unit of the Arabic block. */
function isArabicCode(code: number): boolean {
  return code >= 0x600 && code <= 0x6ff;
}

export interface NameVariantRules {
  /** Shortest surname read as a variant when a first name of the known person stands before it. */
  minSurnameLength: number;
  /** Shortest surname written alone (before a say-verb) read as a variant of a surname the document never wrote. */
  minBareSurnameLength: number;
  /** Shortest surname written alone (before a say-verb) read as a variant of a person the document named. */
  minDocumentSurnameLength: number;
  /** Edits (letters changed, added, dropped or swapped) a variant may be from the known surname. */
  maxDistance: number;
  /** Male and female endings of one surname ("ov"/"ova"): a variant that only swaps them names another person. */
  genderedEndings: [string, string][];
}

/** Reads and validates `data/name-variants.json`. */
export function loadNameVariantRules(dir: string = defaultGazetteerOptions.dir): NameVariantRules {
  const parsed = JSON.parse(readFileSync(join(dir, 'name-variants.json'), 'utf8')) as Record<string, unknown>;
  const problems: string[] = [];
  const count = (name: string): number => {
    const value = parsed[name];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) problems.push(`name-variants.json: "${name}" must be a positive integer`);
    return typeof value === 'number' ? value : 0;
  };
  const endings = parsed['genderedEndings'];
  const pairs = Array.isArray(endings) && endings.every((p) => Array.isArray(p) && p.length === 2 && p.every((w) => typeof w === 'string' && w !== ''));
  if (!pairs) problems.push('name-variants.json: "genderedEndings" must be an array of [male, female] ending pairs');
  const rules: NameVariantRules = {
    minSurnameLength: count('minSurnameLength'),
    minBareSurnameLength: count('minBareSurnameLength'),
    minDocumentSurnameLength: count('minDocumentSurnameLength'),
    maxDistance: count('maxDistance'),
    genderedEndings: pairs ? (endings as [string, string][]) : [],
  };
  if (problems.length > 0) throw new GazetteerError(problems);
  return rules;
}

interface KnownPerson {
  canonical: string;
  /** Folded first words of the person's Latin names ("dmitry", "dmitri"). */
  firstNames: Set<string>;
}

const LATIN_WORD = /^[a-z][a-z'-]*$/u;
/** Entries each per-resolver memo holds before it is cleared. */
const KEPT = 100_000;

/** Builds the resolver once per gazetteer; it rewrites a document's mentions in place, after surnames are linked. */
export function createNameVariantResolver(gazetteer: Gazetteer, rules: NameVariantRules): (context: LinkContext) => void {
  /** Folded Latin surname → the one known person spelt with it (null: several people share it). */
  const owners = new Map<string, string | null>();
  const people = new Map<string, KnownPerson>();
  /** Every folded word of every entry: a word some name is spelt with is no misspelling of another. */
  const knownWords = new Set<string>();
  for (const entry of gazetteer.entries) {
    for (const alias of [entry.canonical, ...entry.aliases]) {
      const words = foldName(alias).split(' ');
      for (const w of words) knownWords.add(w);
      const surname = words.at(-1)!;
      if (entry.kind !== 'person' || !LATIN_WORD.test(surname)) continue;
      const person = people.get(entry.canonical) ?? { canonical: entry.canonical, firstNames: new Set<string>() };
      if (words.length >= 2 && LATIN_WORD.test(words[0]!)) person.firstNames.add(words[0]!);
      people.set(entry.canonical, person);
      const owner = owners.get(surname);
      owners.set(surname, owner === undefined || owner === entry.canonical ? entry.canonical : null);
    }
  }
  const knownSurnames = new Map([...owners].filter((o): o is [string, string] => o[1] !== null));
  const sayVerbs = new Set(wordsOfAllLanguages('speech', 'verbs').filter((v) => !v.includes(' ')));
  const adverbials = new Set(wordsOfAllLanguages('roles', 'adverbials'));
  const titles = new Set(wordsOfAllLanguages('roles', 'personRoles'));
  const arabicSurname = createArabicSurnameLookup(gazetteer, knownWords);

  /** The gazetteer's surnames by length: a variant is within maxDistance letters of its surname's length. */
  const knownByLength = new Map<number, [string, string][]>();
  for (const entry of knownSurnames) {
    const bucket = knownByLength.get(entry[0].length);
    if (bucket === undefined) knownByLength.set(entry[0].length, [entry]);
    else bucket.push(entry);
  }

  /** The surnames of `from` whose length is near `written`'s (all of a document's few, the gazetteer's by length). */
  function* candidates(written: string, from: ReadonlyMap<string, string>): Iterable<[string, string]> {
    if (from !== knownSurnames) {
      yield* from;
      return;
    }
    for (let length = written.length - rules.maxDistance; length <= written.length + rules.maxDistance; length++) yield* knownByLength.get(length) ?? [];
  }

  /**
   * The one known surname `written` is a variant of, or null (none, several, or only the other gender's form). The
   * answer does not depend on the order the candidates come in: any gender pair or second person among them is null.
   */
  function closest(written: string, from: ReadonlyMap<string, string>): string | null {
    if (knownWords.has(written) || !LATIN_WORD.test(written)) return null;
    let found: string | null = null;
    for (const [surname, canonical] of candidates(written, from)) {
      if (Math.abs(surname.length - written.length) > rules.maxDistance || editDistance(surname, written, rules.maxDistance) > rules.maxDistance) continue;
      if (isGenderPair(surname, written, rules.genderedEndings)) return null;
      if (found !== null && found !== canonical) return null;
      found = canonical;
    }
    return found;
  }
  /** `closest` against the gazetteer's surnames, remembered per written word: names recur across documents (bounded). */
  const closestKnownKept = new Map<string, string | null>();
  function closestKnown(written: string): string | null {
    let found = closestKnownKept.get(written);
    if (found === undefined) {
      if (closestKnownKept.size >= KEPT) closestKnownKept.clear();
      found = closest(written, knownSurnames);
      closestKnownKept.set(written, found);
    }
    return found;
  }

  /**
   * A canonical name's folded words, remembered: every mention of every document is folded here, and the same few
   * thousand names recur (bounded, cleared when full).
   */
  const foldedWords = new Map<string, readonly string[]>();
  function wordsOf(canonical: string): readonly string[] {
    let words = foldedWords.get(canonical);
    if (words === undefined) {
      if (foldedWords.size >= KEPT) foldedWords.clear();
      words = foldName(canonical).split(' ');
      foldedWords.set(canonical, words);
    }
    return words;
  }

  return (context) => {
    const renamed = new Map<string, string>();
    const variants = new Map<string, string>();
    for (const mention of context.mentions.flat()) {
      if (mention.kind !== 'person' || mention.origin !== 'nlp' || renamed.has(mention.canonical)) continue;
      const words = wordsOf(mention.canonical);
      const surname = words.at(-1)!;
      if (words.length < 2 || surname.length < rules.minSurnameLength) continue;
      // "Foreign Minister Lavrow" (folded as written "Lavrov"): a known surname the finder read with its title.
      const canonical = knownSurnames.get(surname) ?? closestKnown(surname);
      const firstNames = canonical === null ? new Set<string>() : (people.get(canonical)?.firstNames ?? new Set<string>());
      // "Dmitry Piskov", "Foreign Minister Lavrow": the known person's first name or a title is the evidence; "Russian
      // Piskov" is none.
      if (canonical === null || !words.slice(0, -1).some((w) => titles.has(w) || isFirstName(w, firstNames, rules.maxDistance))) continue;
      renamed.set(mention.canonical, canonical);
      variants.set(surname, canonical);
    }
    for (const mention of context.mentions.flat()) {
      const canonical = mention.kind === 'person' ? renamed.get(mention.canonical) : undefined;
      if (canonical !== undefined) Object.assign(mention, { canonical, origin: 'gazetteer' as const });
    }
    const documentSurnames = new Map<string, string>(variants);
    for (const mention of context.mentions.flat()) {
      const words = wordsOf(mention.canonical);
      if (mention.kind === 'person' && words.length >= 2) documentSurnames.set(words.at(-1)!, mention.canonical);
    }
    context.tokens.forEach((tokens, p) => addBareVariants(tokens, context.mentions[p]!, context.texts[p]!, variants, documentSurnames));
  };

  /** "Biskov also said": a bare surname before a say-verb, close to a surname the document or the gazetteer holds. */
  function addBareVariants(tokens: NameToken[], mentions: Mention[], text: string, variants: ReadonlyMap<string, string>, documentSurnames: ReadonlyMap<string, string>): void {
    const covered = coveredTokens(tokens, mentions);
    let added = false;
    tokens.forEach((token, i) => {
      if (!covered[i] && token.fold.length >= MIN_ARABIC_SURNAME && isArabicCode(token.raw.charCodeAt(0)) && hasArabicEvidence(tokens, i)) {
        // "ورأى بيدرسون" (Pedersen considered): Arabic has no capitals; a say-verb or a title next to the word is the
        // evidence, and its consonants must be those of one known surname.
        const canonical = arabicSurname(token.fold);
        if (canonical !== null) {
          mentions.push({ canonical, kind: 'person', start: token.start, end: token.end, surface: token.raw, facet: 'actor', origin: 'gazetteer' });
          added = true;
        }
        return;
      }
      if (covered[i] || !token.capital || token.upper || token.fold.length < Math.min(rules.minDocumentSurnameLength, rules.minSurnameLength)) return;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      // A word of a longer name the finder left ("Abu Piskov") is not the surname alone.
      const titled = prev !== undefined && !token.breakBefore && titles.has(prev.lower);
      if ((prev && prev.capital && !covered[i - 1] && !token.breakBefore && !titled) || (next && next.capital && !next.breakBefore)) return;
      let canonical = variants.get(token.fold) ?? null;
      // "Biskov also said", "spokesman Piskov": a say-verb after the surname, a title before it; with both, a shorter one.
      const evidence = (beforeSayVerb(tokens, i) ? 1 : 0) + (titled ? 1 : 0);
      if (canonical === null && evidence > 0) {
        const minKnown = evidence === 2 ? rules.minSurnameLength : rules.minBareSurnameLength;
        const inDocument = token.fold.length >= rules.minDocumentSurnameLength ? closest(token.fold, documentSurnames) : null;
        canonical = inDocument ?? (token.fold.length >= minKnown ? closestKnown(token.fold) : null);
      }
      if (canonical === null) return;
      mentions.push({ canonical, kind: 'person', start: token.start, end: token.end, surface: text.slice(token.start, token.end), facet: 'actor', origin: 'gazetteer' });
      added = true;
    });
    if (added) sortByStart(mentions);
  }

  /**
   * A say-verb or a title just before an Arabic word ("ورأى بيدرسون", "المبعوث الأممي بيدرسون": one adjective may stand
   * between), or a say-verb right after it.
   */
  function hasArabicEvidence(tokens: NameToken[], i: number): boolean {
    for (let j = i - 1; j >= Math.max(0, i - 2) && !tokens[j + 1]!.breakBefore; j--) {
      if (sayVerbs.has(tokens[j]!.lower) || titles.has(tokens[j]!.lower)) return true;
    }
    const next = tokens[i + 1];
    return next !== undefined && !next.breakBefore && sayVerbs.has(next.lower);
  }

  function beforeSayVerb(tokens: NameToken[], i: number): boolean {
    let j = i + 1;
    while (j < tokens.length && adverbials.has(tokens[j]!.lower) && !tokens[j]!.breakBefore) j++;
    const verb = tokens[j];
    return verb !== undefined && !verb.breakBefore && sayVerbs.has(verb.lower);
  }
}

function isFirstName(word: string, firstNames: ReadonlySet<string>, maxDistance: number): boolean {
  if (firstNames.has(word)) return true;
  // "Dmitriy" for "Dmitry": a first name is as open to variant spelling as the surname, when long enough to tell.
  return word.length >= 4 && [...firstNames].some((f) => editDistance(f, word, maxDistance) <= maxDistance);
}

/** Whether `a` and `b` are the male and female forms of one surname ("lavrov", "lavrova"). */
function isGenderPair(a: string, b: string, endings: readonly [string, string][]): boolean {
  return endings.some(([male, female]) => {
    const stem = (w: string, end: string) => (w.endsWith(end) ? w.slice(0, -end.length) : null);
    const pair = (x: string, y: string) => stem(x, male) !== null && stem(x, male) === stem(y, female);
    return pair(a, b) || pair(b, a);
  });
}
