// Finds people, organisations, armed groups and places the gazetteer does not know, keeping only well-evidenced ones.

import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import type { EntityKind } from '../../types';
import type { NameToken } from './name-tokens';

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
}

export interface FoundName {
  kind: Exclude<EntityKind, 'state'>;
  /** The name as written (articles kept, possessive dropped). */
  name: string;
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
  /** A media or monitoring outlet named by its context, whose name may hold a known place ("Raqqa 24"). */
  outlet?: boolean;
}

export interface NameFinderOptions {
  /** Confirm say-verb-only person evidence and place-after-preposition evidence with compromise's tagger. */
  useTagger: boolean;
  /** Words naming a nationality ("Syrian", "Russian"): never a name on their own. */
  demonyms: string[];
}

export const defaultNameFinderOptions: NameFinderOptions = { useTagger: true, demonyms: [] };

export interface NameFinder {
  /** `covered[i]` marks tokens already inside a gazetteer match. */
  /** `places[i]` (optional) marks tokens inside a known place: lists and institutions are read against them. */
  findNames(text: string, tokens: NameToken[], covered: boolean[], places?: boolean[]): FoundName[];
}

interface Sets {
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
}

/** Reads `data/name-evidence.json`. */
export function loadNameEvidence(): NameEvidence {
  return JSON.parse(readFileSync(new URL('../data/name-evidence.json', import.meta.url), 'utf8')) as NameEvidence;
}

/** Builds the finder once; the tagger runs only for candidates the context does not settle, once per distinct name. */
export function createNameFinder(options: Partial<NameFinderOptions> = {}, evidence: NameEvidence = loadNameEvidence()): NameFinder {
  const resolved: NameFinderOptions = {
    useTagger: options.useTagger ?? defaultNameFinderOptions.useTagger,
    demonyms: options.demonyms ?? defaultNameFinderOptions.demonyms,
  };
  const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
  const sets: Sets = {
    titles: lower(evidence.personTitles),
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
    demonyms: lower(resolved.demonyms),
    kunya: lower(evidence.kunyaPrefixes ?? []),
    genericModifiers: lower(evidence.genericOrgModifiers ?? []),
    placeNameHeads: lower(evidence.placeNameHeads ?? []),
    strikeNouns: lower(evidence.strikeNounsBeforeOn ?? []),
    outletNouns: lower(evidence.outletNounsBeforeName ?? []),
    outletCues: lower(evidence.outletCues ?? []),
  };
  for (const word of sets.notNames) {
    if (!sets.orgHeads.has(word) && !sets.groupHeads.has(word) && !sets.groupPrefixes.has(word)) sets.runStoppers.add(word);
  }
  // Outlet cues are rare: one scan of the text spares most paragraphs the token walk.
  const outletHint = buildOutletHint(sets);

  function findNames(text: string, tokens: NameToken[], covered: boolean[], places: boolean[] = []): FoundName[] {
    const found: FoundName[] = [];
    const isPlace = (k: number) => places[k] === true || found.some((f) => f.kind === 'place' && f.firstToken <= k && k < f.endToken);
    const pending: { run: Run; check: TagCheck }[] = [];
    const push = (run: Run, kind: FoundName['kind'], outlet = false) => {
      const first = tokens[run.first]!;
      const last = tokens[run.end - 1]!;
      found.push({
        kind,
        name: text.slice(first.start, last.end).replace(/\s+/g, ' '),
        firstToken: run.first,
        endToken: run.end,
        start: first.start,
        end: last.end,
        ...(outlet ? { outlet } : {}),
      });
    };
    const outlets = outletHint?.test(text) === true ? findOutlets(tokens, covered, places, sets) : [];
    for (const outlet of outlets) push(outlet, 'organisation', true);
    const free = outlets.length === 0 ? covered : covered.map((c, k) => c || outlets.some((o) => k >= o.first && k < o.end));
    for (const whole of findCapitalRuns(tokens, free, sets)) {
      const run = trimAtOf(whole, tokens, sets);
      const verdict = classifyRun(run, tokens, sets);
      const listed = verdict === null ? continuesPlaceList(run, tokens, sets, isPlace) : null;
      if (listed) {
        for (const part of splitCoordinated(listed, tokens)) push(part, 'place');
        continue;
      }
      if (verdict === null) {
        const institution = nameLocalInstitution(run, tokens, sets, places);
        if (institution) found.push({ kind: 'organisation', ...institution, name: institution.name(text) });
        continue;
      }
      if (verdict === 'place') for (const part of splitCoordinated(run, tokens)) push(part, verdict);
      else if (typeof verdict === 'string') push(run, verdict);
      else if (resolved.useTagger) pending.push({ run, check: verdict });
    }
    if (pending.length > 0) {
      for (const { run, check } of pending) {
        const kind = check(tagName(text.slice(tokens[run.first]!.start, tokens[run.end - 1]!.end)));
        if (kind) push(run, kind);
      }
      found.sort((a, b) => a.start - b.start);
    }
    return found;
  }

  return { findNames };
}

interface Run {
  first: number;
  end: number;
}

/**
 * "Sheikh Ibrahim al-Hifl of the Ugaidat tribe": a person's name stops before "of". The run is cut there when
 * the words before "of" hold no institution, group or place head (those make "Ministry of Defence" one name)
 * and they read as a person on their own.
 */
function trimAtOf(run: Run, tokens: NameToken[], sets: Sets): Run {
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

/** A generic institution name ("Executive Council", "Local Council"): generic modifiers and a head word only. */
function isGenericInstitution(run: Run, tokens: NameToken[], sets: Sets): boolean {
  const words = tokens.slice(run.first, run.end).filter((w) => !w.article && !sets.connectors.has(w.lower));
  const last = words[words.length - 1];
  if (last === undefined || !sets.orgHeads.has(last.lower) || words.length < 2) return false;
  return words.slice(0, -1).every((w) => sets.genericModifiers.has(w.lower) || sets.orgHeads.has(w.lower));
}

/**
 * A generic institution named by its place: "the Kobanê Canton Executive Council" (the place just before it)
 * or "the Local Council of the city of Salqin" (read as "Salqin Local Council").
 */
function nameLocalInstitution(
  run: Run,
  tokens: NameToken[],
  sets: Sets,
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

/**
 * "Harem, Salqin, Armanaz and Azmarin", "Morek and Souran": an unknown name listed with a place is a place.
 * After "and"/"or" the item before must be a place; after a comma the list must go on after the name too.
 */
function continuesPlaceList(whole: Run, tokens: NameToken[], sets: Sets, isPlace: (k: number) => boolean): Run | null {
  // "Morek and Latmin on Sunday": the item ends at a connector that is not part of a place name.
  let end = whole.first + 1;
  while (end < whole.end && !ITEM_ENDS.has(tokens[end]!.lower)) end++;
  while (end > whole.first + 1 && !tokens[end - 1]!.capital) end--;
  const run = { first: whole.first, end };
  const words = tokens.slice(run.first, run.end);
  const significant = words.filter((w) => !w.article && !sets.connectors.has(w.lower));
  if (significant.length === 0 || significant.length > 3) return null;
  if (significant.some((w) => sets.notNames.has(w.lower) || sets.orgHeads.has(w.lower) || sets.groupHeads.has(w.lower) || sets.titles.has(w.lower) || sets.demonyms.has(w.lower) || w.upper)) return null;
  if (sets.kunya.has(words[0]!.lower) && !words.some((w) => w.lower === 'and')) return null;
  const first = tokens[run.first]!;
  const prev = run.first - 1;
  if (prev < 0) return null;
  const afterAnd = !first.breakBefore && (tokens[prev]!.lower === 'and' || tokens[prev]!.lower === 'or');
  if (afterAnd) return prev > 0 && isPlace(prev - 1) ? run : null;
  if (first.sepBefore !== ',' || !isPlace(prev)) return null;
  const next = tokens[run.end];
  const listGoesOn = next !== undefined && (next.sepBefore === ',' || ((next.lower === 'and' || next.lower === 'or') && !next.breakBefore));
  return listGoesOn || words.some((w) => w.lower === 'and' || w.lower === 'or') ? run : null;
}

/** Connectors that end a listed place rather than continue its name. */
const ITEM_ENDS = new Set(['on', 'in', 'of', 'for', 'the']);

/** "the villages of Tal Brak and Abu Hajira": places listed with "and" are one place each. */
function splitCoordinated(run: Run, tokens: NameToken[]): Run[] {
  const parts: Run[] = [];
  let first = run.first;
  for (let k = run.first; k < run.end; k++) {
    const lower = tokens[k]!.lower;
    if (lower !== 'and' && lower !== 'or') continue;
    if (k > first) parts.push({ first, end: k });
    first = k + 1;
  }
  if (first < run.end) parts.push({ first, end: run.end });
  return parts.filter((p) => tokens.slice(p.first, p.end).some((t) => t.capital));
}

const TIME_PREPOSITIONS = new Set(['on', 'in']);
const DATE_WORD =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Maximal sequences of capitalised words (with name connectors like "al", "bin", "of" inside), uncovered by the gazetteer. */
function findCapitalRuns(tokens: NameToken[], covered: boolean[], sets: Sets): Run[] {
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
    while (end - first > 2 && sets.titles.has(tokens[first]!.lower) && !tokens[first]!.article && tokens[first + 1]!.capital) first++;
    runs.push({ first, end });
    i = end;
  }
  return runs;
}

/** Words an outlet's name may have, past which a run is no outlet name but a clause. */
const MAX_OUTLET_WORDS = 3;

/** A text test that passes whenever `findOutlets` could find something: a cue before "The", or an outlet noun before a capital. */
function buildOutletHint(sets: Sets): RegExp | null {
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
function findOutlets(tokens: NameToken[], covered: boolean[], places: boolean[], sets: Sets): Run[] {
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

/** Decides on the tagger's tags for a candidate the context alone does not settle. */
type TagCheck = (tags: Set<string>) => FoundName['kind'] | null;

function classifyRun(run: Run, tokens: NameToken[], sets: Sets): FoundName['kind'] | TagCheck | null {
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
    const titled = sets.titles.has(before(1)) || (before(1).length <= 4 && sets.titles.has(before(2)));
    const saidBefore = sets.say.has(before(1));
    const saidAfter = afterWord !== '' && sets.say.has(afterWord);
    const appositive = after !== undefined && after.sepBefore === ',' && appositiveTitle(tokens, run.end, sets);
    if (titled || appositive || titleBeforeComma(tokens, run.first, sets)) return 'person';
    if (saidAfter || saidBefore) {
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
function titleBeforeComma(tokens: NameToken[], first: number, sets: Sets): boolean {
  if (first === 0 || tokens[first]!.sepBefore !== ',') return false;
  // "the co-chair of the Kobanê Canton Executive Council, Rojin Şêxo": the title may sit a few words back.
  for (let k = first - 1; k >= Math.max(0, first - 8); k--) {
    if (sets.titles.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.breakBefore) return false;
  }
  return false;
}

/** ", a spokesman for…", ", the director of…", ", spokeswoman…": an appositive title after the name. */
function appositiveTitle(tokens: NameToken[], at: number, sets: Sets): boolean {
  for (let k = at; k < Math.min(tokens.length, at + 4); k++) {
    if (k > at && tokens[k]!.breakBefore) return false;
    if (sets.titles.has(tokens[k]!.lower)) return true;
  }
  return false;
}

const tagCache = new Map<string, Set<string>>();
const TAG_CACHE_LIMIT = 100_000;
/** Lexicon lookup and the first-pass tagger only: names are judged by their words, and the later passes cost as much again. */
const TAGGER_STEPS = ['lexicon', 'preTagger'];

interface TaggedView {
  compute(steps: string[]): unknown;
  docs: { tags: Set<string> }[][];
}

/**
 * Tags a candidate name on its own with compromise, memoised: the tagger's value here is its lexicon of
 * first names and places, which needs no context, and a corpus repeats the same names, so each distinct
 * name costs one call instead of one per paragraph.
 */
function tagName(name: string): Set<string> {
  const cached = tagCache.get(name);
  if (cached) return cached;
  const tags = new Set<string>();
  const view = (nlp as unknown as { tokenize(text: string): TaggedView }).tokenize(name);
  view.compute(TAGGER_STEPS);
  for (const sentence of view.docs) for (const term of sentence) for (const tag of term.tags) tags.add(tag);
  if (tagCache.size >= TAG_CACHE_LIMIT) tagCache.clear();
  tagCache.set(name, tags);
  return tags;
}
