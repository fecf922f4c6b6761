// Decides what a run of capitalised words names (person, organisation, armed group, place) from its words and context.

import type { NameToken } from '../name-tokens';
import type { FoundName } from '../name-finder';
import type { NameSets } from './name-evidence';
import type { Run } from './name-runs';

/** Decides on the tagger's tags for a candidate the context alone does not settle. */
export type TagCheck = (tags: Set<string>) => FoundName['kind'] | null;

export function classifyRun(run: Run, tokens: NameToken[], sets: NameSets): FoundName['kind'] | TagCheck | null {
  const words = tokens.slice(run.first, run.end);
  const significant = words.filter((w) => !w.article && !sets.connectors.has(w.lower));
  if (significant.length === 0) return null;
  const lastWord = significant[significant.length - 1]!.lower;
  const firstWord = significant[0]!.lower;
  const distinctive = significant.filter(
    (w) => !sets.notNames.has(w.lower) && !sets.orgHeads.has(w.lower) && !sets.groupHeads.has(w.lower) && !sets.demonyms.has(w.lower),
  );
  const before = (k: number) => {
    const idx = run.first - k;
    if (idx < 0) return '';
    for (let m = idx + 1; m <= run.first; m++) {
      // "Dr. Zaher Sahloul", "Col. Ahmad": an abbreviated title's period does not end the phrase.
      const abbreviation = tokens[m]!.sepBefore === '.' && tokens[m - 1]!.raw.length <= 4 && sets.titles.has(tokens[m - 1]!.lower);
      if (tokens[m]!.breakBefore && !abbreviation) return '';
    }
    return tokens[idx]!.lower;
  };
  const after = tokens[run.end];
  const afterWord = after && !after.breakBefore ? after.lower : '';

  // "Under-Secretary-General for Humanitarian Affairs", "Minister of Foreign Affairs": a portfolio inside a title.
  const linkWord = before(1);
  if ((linkWord === 'for' || linkWord === 'of') && sets.titles.has(before(2))) return null;

  if (significant.length >= 2 && distinctive.length > 0) {
    const linked = words.some((w) => w.lower === 'of' || w.lower === 'for');
    // "Omran Center for Strategic Studies": a head word followed by what it is for.
    const headThenLink = words.some((w, k) => k > 0 && sets.orgHeads.has(w.lower) && (words[k + 1]?.lower === 'for' || words[k + 1]?.lower === 'of'));
    // "Executive Council", "Interim Government's Ministry": generic words around a head name no one institution.
    const generic = distinctive.every((w) => sets.genericModifiers.has(w.lower));
    if (sets.orgHeads.has(lastWord) || (sets.orgHeads.has(firstWord) && linked) || headThenLink) return generic ? null : 'organisation';
    if (sets.groupPrefixes.has(firstWord) || sets.groupHeads.has(lastWord)) return 'armed_group';
    if (sets.placeNameHeads.has(lastWord) && distinctive.length >= significant.length - 1) return 'place';
  }
  if (distinctive.length !== significant.length) return null;

  if (significant.every((w) => w.upper) || significant.some((w) => /\d/.test(w.raw))) return null;

  // Places: "the village of X", "X village", or after a locative preposition when the tagger agrees.
  const precededByPlaceOf = before(1) === 'of' && sets.placeHeadsBeforeOf.has(before(2));
  if (precededByPlaceOf || (afterWord !== '' && sets.placeHeads.has(afterWord) && !after!.capital)) return 'place';

  // "Abu Hamza", "Umm Ahmad": a kunya names a person, unless the context makes it a place ("in Abu Kamal").
  const kunya = words.length >= 2 && sets.kunya.has(words[0]!.lower) && words[1]!.capital && significant.length <= 3;
  const placeContext = sets.placePrepositions.has(before(1) === 'the' ? before(2) : before(1));
  if (kunya && !placeContext) return 'person';

  if (significant.length >= 2 && significant.length <= 4) {
    // "Gen. Ali Salem", «начальник Центра Сергей Кураленко»: a title, or a title and the body it heads, before the name.
    const bodyTitled = sets.bodyWords.has(before(1)) && (sets.titles.has(before(2)) || sets.titles.has(before(3)));
    // "Gen. Ali Salem": a short capitalised word between is an abbreviated title; «посол в Казахстане …»'s "в" is none.
    const abbreviated = before(1).length <= 4 && (tokens[run.first - 1]?.capital ?? false) && sets.titles.has(before(2));
    const titled = sets.titles.has(before(1)) || abbreviated || bodyTitled;
    const saidBefore = sets.say.has(before(1));
    const saidAfter = afterWord !== '' && sets.say.has(afterWord);
    const appositive = after !== undefined && after.sepBefore === ',' && appositiveTitle(tokens, run.end, sets);
    if (titled || appositive || titleBeforeComma(tokens, run.first, sets)) return 'person';
    // "has appointed Mohammad Bashir as …", "arrested Ahmad Saleh": the object of a verb done to people, when the tagger agrees.
    if (saidAfter || saidBefore || sets.personObjects.has(before(1))) {
      // "Bashar al-Wanba said": a capitalised word behind an Arabic article is a family name (nisba).
      const nisba = words.some((w, k) => w.article && words[k + 1]?.capital === true);
      return (tags) => ((tags.has('Person') || nisba) && !tags.has('Organization') && !tags.has('Place') ? 'person' : null);
    }
  }
  const prep = before(1) === 'the' ? before(2) : before(1);
  // "barrel bombs on Abdin", "the checkpoint in Shir Mghar": what strikes land on, and where a site stands, is a place.
  if (significant.length <= 3 && before(1) === 'on' && sets.strikeNouns.has(before(2))) return 'place';
  if (significant.length <= 3 && sets.placePrepositions.has(before(1)) && sets.placeHeads.has(before(2))) return 'place';
  // "in Tal Malah", "near Kafr Nabl": Levantine place names open with a word meaning hill, village, monastery…
  if (sets.placePrepositions.has(prep) && significant.length >= 2 && sets.placePrefixes.has(firstWord)) return 'place';
  if (sets.placePrepositions.has(prep)) {
    return (tags) =>
      (tags.has('City') || tags.has('Country') || tags.has('Region')) && !tags.has('Person') && !tags.has('Organization') ? 'place' : null;
  }
  return null;
}

/** "the Regional Humanitarian Coordinator, Panos Moumtzis": a title phrase ending just before the name's comma. */
function titleBeforeComma(tokens: NameToken[], first: number, sets: NameSets): boolean {
  if (first === 0 || tokens[first]!.sepBefore !== ',') return false;
  // "the co-chair of the Kobanê Canton Executive Council, Rojin Şêxo": the title may sit a few words back.
  for (let k = first - 1; k >= Math.max(0, first - 8); k--) {
    if (sets.titles.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.breakBefore) return false;
  }
  return false;
}

/** ", a spokesman for…", ", the director of…", ", spokeswoman…": an appositive title after the name. */
function appositiveTitle(tokens: NameToken[], at: number, sets: NameSets): boolean {
  for (let k = at; k < Math.min(tokens.length, at + 4); k++) {
    if (k > at && tokens[k]!.breakBefore) return false;
    if (sets.titles.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/**
 * "Sheikh Ibrahim al-Hifl of the Ugaidat tribe": a person's name stops before "of". The run is cut there when
 * the words before "of" hold no institution, group or place head (those make "Ministry of Defence" one name)
 * and they read as a person on their own.
 */
export function trimAtOf(run: Run, tokens: NameToken[], sets: NameSets): Run {
  for (let k = run.first + 2; k < run.end - 1; k++) {
    if (tokens[k]!.lower !== 'of') continue;
    const head = tokens.slice(run.first, k);
    const isHead = (w: NameToken) =>
      sets.orgHeads.has(w.lower) || sets.groupHeads.has(w.lower) || sets.groupPrefixes.has(w.lower) || sets.placeHeads.has(w.lower);
    if (head.some(isHead)) return run;
    return classifyRun({ first: run.first, end: k }, tokens, sets) === 'person' ? { first: run.first, end: k } : run;
  }
  return run;
}

