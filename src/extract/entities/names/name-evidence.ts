// The word lists that count as evidence of a name (data/name-evidence.json), as the sets the name finder reads.

import { readFileSync } from 'node:fs';

export interface NameEvidence {
  personTitles: string[];
  sayVerbs: string[];
  orgHeads: string[];
  groupHeads: string[];
  groupPrefixes: string[];
  placeHeads: string[];
  placeHeadsBeforeOf: string[];
  placePrepositions: string[];
  /** First words of Levantine place names ("Tal", "Kafr", "Deir"): a place after a locative preposition. */
  placePrefixes?: string[];
  nameConnectors: string[];
  notNames: string[];
  /** "Abu", "Umm": a kunya ("Abu Hamza") names a person on its own. */
  kunyaPrefixes?: string[];
  /** Modifiers that leave an institution generic ("Executive", "Local"): "Executive Council" alone names nothing. */
  genericOrgModifiers?: string[];
  /** Last words that make a name a place ("Umayyad Mosque", "Istiklal Avenue"). */
  placeNameHeads?: string[];
  /** Nouns for what falls or is launched on a place ("barrel bombs on X", "airstrikes on X"). */
  strikeNounsBeforeOn?: string[];
  /** Nouns that introduce a media or monitoring outlet by name ("the monitoring network DeirEzzor 24"). */
  outletNounsBeforeName?: string[];
  /** Words after which "The <Name>" is an outlet ("told The National", "reported by The National"). */
  outletCues?: string[];
  /** Verbs whose object is a person ("appointed X as", "arrested X"): a two-word name after one may be a person. */
  personObjectVerbs?: string[];
  /** Russian words for a body, written capitalised before its officer's name («Центра Сергей Кураленко»): never part of the name. */
  bodyWordsBeforeName?: string[];
  /** Russian titles (Russian has no tagger here): a capitalised pair right after one, or after one and its body, is a person. */
  russianPersonTitles?: string[];
}

export interface NameSets {
  titles: Set<string>;
  say: Set<string>;
  orgHeads: Set<string>;
  groupHeads: Set<string>;
  groupPrefixes: Set<string>;
  placeHeads: Set<string>;
  placeHeadsBeforeOf: Set<string>;
  placePrepositions: Set<string>;
  placePrefixes: Set<string>;
  connectors: Set<string>;
  notNames: Set<string>;
  /** Words that cannot start a name run: function words, dates, titles (heads like "Ministry" may). */
  runStoppers: Set<string>;
  demonyms: Set<string>;
  kunya: Set<string>;
  genericModifiers: Set<string>;
  placeNameHeads: Set<string>;
  strikeNouns: Set<string>;
  outletNouns: Set<string>;
  outletCues: Set<string>;
  personObjects: Set<string>;
  bodyWords: Set<string>;
}

/** Reads `data/name-evidence.json`. */
export function loadNameEvidence(): NameEvidence {
  return JSON.parse(readFileSync(new URL('../../data/name-evidence.json', import.meta.url), 'utf8')) as NameEvidence;
}

/** The evidence as lower-cased sets; `demonyms` are words naming a nationality, never a name on their own. */
export function buildNameSets(evidence: NameEvidence, demonyms: string[]): NameSets {
  const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
  const sets: NameSets = {
    titles: lower([...evidence.personTitles, ...(evidence.russianPersonTitles ?? [])]),
    say: lower(evidence.sayVerbs),
    orgHeads: lower(evidence.orgHeads),
    groupHeads: lower(evidence.groupHeads),
    groupPrefixes: lower(evidence.groupPrefixes),
    placeHeads: lower(evidence.placeHeads),
    placeHeadsBeforeOf: lower(evidence.placeHeadsBeforeOf),
    placePrepositions: lower(evidence.placePrepositions),
    placePrefixes: lower(evidence.placePrefixes ?? []),
    connectors: lower(evidence.nameConnectors),
    notNames: lower(evidence.notNames),
    runStoppers: new Set<string>(),
    demonyms: lower(demonyms),
    kunya: lower(evidence.kunyaPrefixes ?? []),
    genericModifiers: lower(evidence.genericOrgModifiers ?? []),
    placeNameHeads: lower(evidence.placeNameHeads ?? []),
    strikeNouns: lower(evidence.strikeNounsBeforeOn ?? []),
    personObjects: lower(evidence.personObjectVerbs ?? []),
    bodyWords: lower(evidence.bodyWordsBeforeName ?? []),
    outletNouns: lower(evidence.outletNounsBeforeName ?? []),
    outletCues: lower(evidence.outletCues ?? []),
  };
  for (const word of sets.notNames) {
    if (!sets.orgHeads.has(word) && !sets.groupHeads.has(word) && !sets.groupPrefixes.has(word)) sets.runStoppers.add(word);
  }
  return sets;
}
