// Decides which facet each matched entity counts toward: a state or capital is a place after a locative word, an agent otherwise.

import { readFileSync } from 'node:fs';
import { wordsOfAllLanguages } from '../../text';
import { foldToken } from '../../text/fold-name';
import type { Mention } from '../../types';
import { type PlaceWords, unmarkedCapital } from './capital-marking';
import { type AdjectiveWords, isStateAdjective } from './state-adjective';
import { isCompoundModifier, isCurrency, isPossessiveOwner, isPostRemit, isStanceObject, isTitledHolder, type ModifierWords } from './modifier-roles';
import type { AliasMatch } from './entity-matcher';
import type { Gazetteer } from './gazetteer';
import type { NameToken } from './name-tokens';

export interface RoleWords {
  locativePrepositions: string[];
  motionWordsBeforeTo: string[];
  spatialNounsBeforeOf: string[];
  /** "the Humanitarian Coordinator for Syria": after these, "for" introduces the place a post covers. */
  titlesBeforeFor?: string[];
  directionWords: string[];
  skippableBeforePlace: string[];
  coordinators: string[];
  governmentNouns: string[];
  governmentWindow: number;
  /** Verbs whose object is a territory ("liberated Damascus", "entered Türkiye", "ruled Syria"). */
  placeObjectVerbs?: string[];
  /** Nouns after which "with" names the other side of a boundary ("crossings with Türkiye"). */
  boundaryNounsBeforeWith?: string[];
  /** The words for "with" after those nouns in each language («границы с Турцией», "الحدودي مع تركيا"). */
  boundaryPrepositions?: string[];
  /** Hyphenated modifiers and possessed heads (modifier-roles.ts). */
  compoundParticiples?: string[];
  stancePrefixes?: string[];
  opposingPrefixes?: string[];
  /** "colleagues from Iran", «наблюдатели из США»: after an agent noun, these make the state the agents' own. */
  originPrepositions?: string[];
  possessedHeads?: string[];
  possessedModifiers?: string[];
  /** Place nouns after a possessive state ("Syria's second city"), past `possessiveModifiers`. */
  placeNounsAfterPossessive?: string[];
  possessiveModifiers?: string[];
  /** Words after a state name that make it a currency, not a state ("US dollar", "US$"). */
  currencyWords?: string[];
  /** How many words may separate a motion verb from "to" ("brought Syrian fighters to Libya"). */
  motionWindow?: number;
  /** "for <state>" counts as the place a thing is for, unless an infinitive follows ("for Syria to"). */
  forIntroducesPlace?: boolean;
  /** A state right before one of these is the subject acting, even after "in" ("allies in the US should…"). */
  modalVerbs?: string[];
  /** Nouns for people acting for a state ("allies", "partners"): "<noun> in <state> <modal>" makes the state act. */
  agentNounsBeforeLocative?: string[];
  /** Job titles a region may qualify ("Middle East director"): such a region is not a place of the story. */
  postTitlesAfterRegion?: string[];
  /** Verbs that, right after a capital, make it stand for its government ("Ankara has", "Damascus wants"). */
  capitalAgentVerbs?: string[];
  /** Verbs whose object, when a capital, is its government addressed ("asking Moscow to", "urged Ankara"). */
  capitalAddressVerbs?: string[];
  /** Titles whose holder's state stands between title and name ("министр обороны Турции Фикри Ышык"): that state is no mention. */
  postTitlesBeforeState?: string[];
  /** Place nouns right before a name, or before it and a comma, that make it a place ("the capital Damascus", "the Syrian capital, Damascus,"). */
  placeNounsBeforeName?: string[];
  /** Russian and Arabic words after which a capital is a place, beside the lists above (capital-marking.ts). */
  placeWordsBeforeCapital?: string[];
  /** Arabic state names spelled like their feminine adjective, and the words an adjective follows (state-adjective.ts). */
  stateAdjectiveHomographs?: string[];
  adjectiveLeadWords?: string[];
}

interface RoleSets {
  locative: Set<string>;
  motion: Set<string>;
  spatial: Set<string>;
  titlesBeforeFor: Set<string>;
  direction: Set<string>;
  skippable: Set<string>;
  coordinators: Set<string>;
  government: Set<string>;
  governmentWindow: number;
  placeObject: Set<string>;
  boundary: Set<string>;
  boundaryWith: Set<string>;
  modifiers: ModifierWords;
  origin: Set<string>;
  possessivePlace: Set<string>;
  possessiveModifiers: Set<string>;
  currency: Set<string>;
  motionWindow: number;
  forPlace: boolean;
  modals: Set<string>;
  agentNouns: Set<string>;
  postTitles: Set<string>;
  /** Verbs (say-verbs of every language and the role file's agent verbs) that make a capital next to them a government. */
  capitalActs: Set<string>;
  capitalAddressed: Set<string>;
  placeNouns: Set<string>;
  /** Folded: the words after which a Cyrillic or Arabic capital is a place. */
  capitalPlaceWords: PlaceWords;
  stateAdjectives: AdjectiveWords;
  /** Folded. */
  statePosts: Set<string>;
}

export interface FacetAssigner {
  /** `datelineEnd`: length of a wire dateline opening the paragraph, whose places are places, never agents. */
  assignFacets(tokens: NameToken[], matches: AliasMatch[], datelineEnd?: number): Mention[];
}

/** Reads `data/role-words.json`. */
export function loadRoleWords(): RoleWords {
  return JSON.parse(readFileSync(new URL('../data/role-words.json', import.meta.url), 'utf8')) as RoleWords;
}

/** Builds the role rules once; `assignFacets` turns alias matches into mentions with their facet. */
export function createFacetAssigner(gazetteer: Gazetteer, words: RoleWords = loadRoleWords()): FacetAssigner {
  const sayVerbs = new Set(wordsOfAllLanguages('speech', 'verbs').map((v) => v.toLowerCase()));
  const sets: RoleSets = {
    locative: new Set(words.locativePrepositions),
    motion: new Set(words.motionWordsBeforeTo),
    spatial: new Set(words.spatialNounsBeforeOf),
    titlesBeforeFor: new Set(words.titlesBeforeFor ?? []),
    direction: new Set(words.directionWords),
    skippable: new Set(words.skippableBeforePlace),
    coordinators: new Set(words.coordinators),
    government: new Set(words.governmentNouns),
    governmentWindow: words.governmentWindow,
    placeObject: new Set(words.placeObjectVerbs ?? []),
    boundary: new Set(words.boundaryNounsBeforeWith ?? []),
    boundaryWith: new Set(words.boundaryPrepositions ?? ['with']),
    origin: new Set(words.originPrepositions ?? []),
    modifiers: {
      compoundParticiples: new Set(words.compoundParticiples ?? []),
      stancePrefixes: new Set(words.stancePrefixes ?? []),
      opposingPrefixes: new Set(words.opposingPrefixes ?? []),
      forceNouns: new Set(Object.values(gazetteer.forceNames?.nouns ?? {}).flat().map((w) => w.split(' ').at(-1)!.toLowerCase())),
      possessedHeads: new Set(words.possessedHeads ?? []),
      possessedModifiers: new Set(words.possessedModifiers ?? []),
    },
    possessivePlace: new Set(words.placeNounsAfterPossessive ?? []),
    possessiveModifiers: new Set(words.possessiveModifiers ?? []),
    currency: new Set(words.currencyWords ?? []),
    motionWindow: words.motionWindow ?? 1,
    forPlace: words.forIntroducesPlace ?? false,
    modals: new Set(words.modalVerbs ?? []),
    agentNouns: new Set(words.agentNounsBeforeLocative ?? []),
    postTitles: new Set(words.postTitlesAfterRegion ?? []),
    capitalAddressed: new Set(words.capitalAddressVerbs ?? []),
    placeNouns: new Set(words.placeNounsBeforeName ?? []),
    capitalPlaceWords: {
      before: new Set(
        [...words.locativePrepositions, ...words.directionWords, ...(words.placeNounsBeforeName ?? []), ...(words.placeWordsBeforeCapital ?? [])].map((w) => foldToken(w)),
      ),
      cityNouns: new Set((words.placeNounsBeforeName ?? []).map((w) => foldToken(w))),
    },
    stateAdjectives: {
      homographs: new Set((words.stateAdjectiveHomographs ?? []).map((w) => foldToken(w))),
      leads: new Set((words.adjectiveLeadWords ?? []).map((w) => foldToken(w))),
    },
    statePosts: new Set((words.postTitlesBeforeState ?? []).map((w) => foldToken(w))),
    capitalActs: new Set([...wordsOfAllLanguages('speech', 'verbs'), ...(words.capitalAgentVerbs ?? [])].filter((w) => !w.includes(' ')).map((w) => w.toLowerCase())),
  };

  function assignFacets(tokens: NameToken[], matches: AliasMatch[], datelineEnd = 0): Mention[] {
    const mentions: Mention[] = [];
    /** Per match: counted as a place, and (for capitals) standing for a government. */
    const roles: { place: boolean; agent: boolean }[] = [];
    matches.forEach((match, index) => {
      const { entry } = match;
      const base = { start: match.start, end: match.end, surface: match.surface, origin: 'gazetteer' as const };
      // "anti-Assad forces", "U.S.-backed fighters", "Iraq's Ministry of …": the name qualifies a word, nobody acts or is placed.
      if (isModifierOnly(tokens, matches, index, sets)) {
        roles.push({ place: false, agent: false });
        return;
      }
      if (entry.kind === 'armed_group') {
        roles.push({ place: false, agent: false });
        mentions.push({ ...base, canonical: entry.canonical, kind: entry.kind, facet: 'group' });
        return;
      }
      if (entry.kind === 'person' || entry.kind === 'organisation') {
        roles.push({ place: false, agent: true });
        mentions.push({ ...base, canonical: entry.canonical, kind: entry.kind, facet: 'actor' });
        return;
      }
      // "deputy Middle East director": the region names a post's remit, not a place of the story.
      if ((entry.kind === 'place' || entry.kind === 'state') && (isPostRemit(tokens, match, sets.postTitles) || (entry.kind === 'state' && isTitledHolder(tokens, match, sets.statePosts)))) {
        roles.push({ place: false, agent: false });
        return;
      }
      if (entry.kind === 'place' && entry.metonymOf === undefined && entry.speaksFor === undefined) {
        roles.push({ place: true, agent: false });
        mentions.push({ ...base, canonical: entry.canonical, kind: entry.kind, facet: 'location' });
        return;
      }
      if (entry.kind === 'state' && (isCurrency(tokens, match, sets.currency) || isStateAdjective(tokens, match, sets.stateAdjectives))) {
        roles.push({ place: false, agent: false });
        return;
      }
      // "AMMAN (Reuters) -": the place the story was filed from, not Jordan acting.
      const context = match.end <= datelineEnd ? { place: true, governmentNear: false } : readContext(tokens, matches, index, roles, sets);
      if (entry.kind === 'state' && entry.theatre === true) {
        // The country the reporting is about is the setting whatever the grammar ("the territorial integrity of
        // Syria", "Syria's civil war"); its role still counts for the names coordinated with it.
        roles.push({ place: context.place, agent: !context.place });
        mentions.push({ ...base, canonical: entry.canonical, kind: entry.kind, facet: 'location' });
        return;
      }
      if (entry.kind === 'state') {
        roles.push({ place: context.place, agent: !context.place });
        mentions.push({ ...base, canonical: entry.canonical, kind: entry.kind, facet: context.place ? 'location' : 'actor' });
        return;
      }
      const stands = gazetteer.byCanonical.get((entry.metonymOf ?? entry.speaksFor)!);
      // A capital is a place unless it acts: "Ankara said", "Damascus has rejected", «заявил Дамаск», "قالت دمشق"; a
      // place that only speaks for a body needs its verb, not just a lack of place words ("استهدفوا حميميم").
      const previousActs = index > 0 && roles[index - 1]!.agent && coordinatedWith(tokens, matches[index - 1]!, match, sets);
      const acting =
        !context.place &&
        (entry.metonymOf === undefined
          ? placeSpeaks(tokens, match, sayVerbs)
          : previousActs || capitalActs(tokens, match, sets) || unmarkedCapital(tokens, match, sets.capitalPlaceWords));
      const agent = acting || context.governmentNear;
      roles.push({ place: !acting, agent });
      if (!acting) mentions.push({ ...base, canonical: entry.canonical, kind: entry.kind, facet: 'location' });
      if (agent && stands) mentions.push({ ...base, canonical: stands.canonical, kind: stands.kind, facet: 'actor' });
    });
    return mentions;
  }

  return { assignFacets };
}

/** A name that only qualifies a word: hyphenated to a participle or after a stance prefix, or a state owning a post or body. */
function isModifierOnly(tokens: NameToken[], matches: AliasMatch[], index: number, sets: RoleSets): boolean {
  const match = matches[index]!;
  const kind = match.entry.kind;
  if (isStanceObject(tokens, match, sets.modifiers)) return true;
  // Groups and institutions keep their mention: "SDF-held areas" are the SDF's, "UN-backed talks" involve the UN.
  if (kind === 'armed_group' || kind === 'organisation') return false;
  if (isCompoundModifier(tokens, match, sets.modifiers)) return true;
  return kind === 'state' && isPossessiveOwner(tokens, matches, index, sets.modifiers);
}

/** A say-verb right before the place ("وأشار “حميميم”", verb first) or right after it ("Hmeimim said"). */
function placeSpeaks(tokens: NameToken[], match: AliasMatch, sayVerbs: ReadonlySet<string>): boolean {
  const previous = tokens[match.firstToken - 1];
  const next = tokens[match.endToken];
  return (previous !== undefined && sayVerbs.has(previous.lower)) || (next !== undefined && !next.breakBefore && sayVerbs.has(next.lower));
}

/** "Washington and Moscow": two names joined by a coordinator only. */
function coordinatedWith(tokens: NameToken[], first: AliasMatch, second: AliasMatch, sets: RoleSets): boolean {
  return second.firstToken === first.endToken + 1 && sets.coordinators.has(tokens[first.endToken]!.lower) && !tokens[second.firstToken]!.breakBefore;
}

/** Tokens a subject may run over to its verb: "Moscow and Ankara were". */
const COORDINATED_SUBJECT_REACH = 6;
/** Words inside a coordinated subject ("Damascus and its Russian allies should"). */
const SUBJECT_GLUE = new Set(['its', 'their', 'his', 'her']);

/** A capital next to a verb it is the subject of: the verb right after it (or its possessive), or an Arabic/Russian verb right before. */
function capitalActs(tokens: NameToken[], match: AliasMatch, sets: RoleSets): boolean {
  const last = tokens[match.endToken - 1]!;
  if (last.possessive) return true;
  for (let i = match.endToken; i < Math.min(tokens.length, match.endToken + COORDINATED_SUBJECT_REACH); i++) {
    const next = tokens[i]!;
    if (next.breakBefore) break;
    if (sets.capitalActs.has(next.lower)) return true;
    // "the Tel Aviv regime", "the Ankara government": the capital names the government.
    if (i === match.endToken && sets.government.has(next.lower)) return true;
    // "Moscow and Ankara were": go on over a coordinated name only.
    if (!sets.coordinators.has(next.lower) && !next.capital && !SUBJECT_GLUE.has(next.lower) && !sets.agentNouns.has(next.lower)) break;
  }
  const previous = tokens[match.firstToken - 1];
  // The subject opening a sentence ("Ankara, which has …, has not commented"), or the agent after "by".
  if (previous === undefined || /[.!?:"“”«»]/u.test(tokens[match.firstToken]!.sepBefore)) return true;
  if (tokens[match.firstToken]!.breakBefore) return false;
  if (previous.lower === 'by' || sets.capitalAddressed.has(previous.lower)) return true;
  // "a key ally of Damascus", "Moscow's partners": the party an agent noun relates to is a government.
  const beforeOf = tokens[match.firstToken - 2];
  if (previous.lower === 'of' && beforeOf !== undefined && !tokens[match.firstToken - 1]!.breakBefore && sets.agentNouns.has(beforeOf.lower)) return true;
  // «поддерживаемые Анкарой», «переговоры с Москвой»: a capital in the instrumental is the agent or the party.
  if (RUSSIAN_INSTRUMENTAL.test(last.raw)) return true;
  // "وألقت واشنطن", "فرفضت أنقرة": a verb-first sentence, the verb agreeing with the capital in the feminine.
  if (ARABIC_FEMININE_VERB.test(previous.raw)) return true;
  return /[^\x00-\x7f]/u.test(previous.lower) && sets.capitalActs.has(previous.lower);
}

/** A capitalised Cyrillic name in the instrumental case (Москвой, Вашингтоном, Дамаском); locative uses are settled before. */
const RUSSIAN_INSTRUMENTAL = /^[А-ЯЁ][а-яё-]+(?:ой|ом|ем)$/u;
/** "وألقت", "فأعلنت": and/so glued to a perfect verb in the feminine; plurals in -ات are nouns. */
const ARABIC_FEMININE_VERB = /^[وف][\u0621-\u064a]{3,}(?<!ا)ت$/u;


interface Context {
  place: boolean;
  /** A government noun precedes the locative phrase ("the regime in Damascus"). */
  governmentNear: boolean;
}

function readContext(
  tokens: NameToken[],
  matches: AliasMatch[],
  index: number,
  roles: { place: boolean; agent: boolean }[],
  sets: RoleSets,
): Context {
  const match = matches[index]!;
  const last = tokens[match.endToken - 1]!;
  if (last.possessive) {
    // "Turkey's transgressions" is an agent; "Syria's Idlib" or "Syria's north" is a place.
    const next = matches[index + 1];
    let after = match.endToken;
    // "Syria's second city": ordinals and size words sit between the state and its place noun.
    while (after < tokens.length - 1 && after - match.endToken < 2 && !tokens[after]!.breakBefore && sets.possessiveModifiers.has(tokens[after]!.lower)) after++;
    const nextToken = tokens[after];
    const place =
      (next !== undefined && next.firstToken === match.endToken && next.entry.kind === 'place') ||
      (nextToken !== undefined &&
        !(after > match.endToken && nextToken.breakBefore) &&
        (sets.direction.has(nextToken.lower) || sets.spatial.has(nextToken.lower) || sets.possessivePlace.has(nextToken.lower)));
    return { place, governmentNear: false };
  }
  let idx = match.firstToken;
  let sawDirection = false;
  while (idx > 0 && !tokens[idx]!.breakBefore) {
    const prev = tokens[idx - 1]!;
    if (sets.direction.has(prev.lower)) sawDirection = true;
    else if (!sets.skippable.has(prev.lower)) break;
    idx--;
  }
  if (sawDirection) return { place: true, governmentNear: false };
  // "the capital Damascus", "the Syrian capital, Damascus", «в столице Дамаске», "العاصمة دمشق".
  const nounBefore = tokens[idx - 1];
  if (nounBefore !== undefined && sets.placeNouns.has(nounBefore.lower) && (!tokens[idx]!.breakBefore || tokens[idx]!.sepBefore === ',')) {
    return { place: true, governmentNear: false };
  }
  const previousMatch = index > 0 ? matches[index - 1] : undefined;
  const previousRole = index > 0 ? roles[index - 1] : undefined;
  const coordinated = (at: number): Context | null =>
    previousMatch && previousRole && previousMatch.endToken === at && previousRole.place
      ? { place: true, governmentNear: previousRole.agent }
      : null;
  if (tokens[idx]!.breakBefore) {
    if (tokens[idx]!.sepBefore.includes(',')) return coordinated(idx) ?? { place: false, governmentNear: false };
    return { place: false, governmentNear: false };
  }
  const k = idx - 1;
  if (k < 0) return { place: false, governmentNear: false };
  const word = tokens[k]!.lower;
  const before = k > 0 && !tokens[k]!.breakBefore ? tokens[k - 1]!.lower : '';
  let place = false;
  if (sets.locative.has(word)) place = true;
  else if (word === 'to' && motionBefore(tokens, k, sets)) place = true;
  else if (word === 'of' && sets.spatial.has(before)) place = true;
  else if (sets.boundaryWith.has(word) && sets.boundary.has(before)) place = true;
  else if (sets.placeObject.has(word)) place = true;
  else if (word === 'for' && sets.titlesBeforeFor.has(before)) place = true;
  // "Ned, on Syria – there are reports…", "On Syria, the minister said…": the country a remark turns to is its topic, a place.
  else if (word === 'on' && (k === 0 || tokens[k]!.breakBefore) && /[,:–—]/u.test(tokens[match.endToken]?.sepBefore ?? '')) place = true;
  // "a new era for Syria": the country a thing is for is a place; "for Syria to act" makes it an agent again.
  else if (word === 'for' && sets.forPlace && tokens[match.endToken]?.lower !== 'to') place = true;
  else if (sets.coordinators.has(word)) {
    const result = coordinated(k);
    if (result) return result;
  }
  if (!place) return { place: false, governmentNear: false };
  if (sets.origin.has(word) && sets.agentNouns.has(before)) return { place: false, governmentNear: false };
  // "allies in the United States and the European Union should press Ankara": those states act; "peace in Syria can…" stays a place.
  if (sets.locative.has(word) && sets.agentNouns.has(before) && subjectOfModal(tokens, matches, index, sets)) return { place: false, governmentNear: false };
  return { place: true, governmentNear: governmentBefore(tokens, k, sets) };
}

/** The state (with any names coordinated after it) is directly followed by a modal verb. */
function subjectOfModal(tokens: NameToken[], matches: AliasMatch[], index: number, sets: RoleSets): boolean {
  if (sets.modals.size === 0) return false;
  let i = matches[index]!.endToken;
  let next = index + 1;
  while (i < tokens.length && !tokens[i]!.breakBefore) {
    const m = matches[next];
    if (m !== undefined && m.firstToken === i) {
      i = m.endToken;
      next++;
      continue;
    }
    const word = tokens[i]!.lower;
    if (sets.modals.has(word)) return true;
    if (!sets.coordinators.has(word) && word !== 'the') return false;
    i++;
  }
  return false;
}

/** A motion verb shortly before "to" in the same clause: "send to Ukraine", "brought Syrian fighters to Libya". */
function motionBefore(tokens: NameToken[], to: number, sets: RoleSets): boolean {
  for (let i = to - 1; i >= 0 && to - i <= sets.motionWindow; i--) {
    if (tokens[i + 1]!.breakBefore) return false;
    if (sets.motion.has(tokens[i]!.lower)) return true;
  }
  return false;
}

function governmentBefore(tokens: NameToken[], at: number, sets: RoleSets): boolean {
  for (let i = at - 1; i >= 0 && at - i <= sets.governmentWindow; i--) {
    if (/[.;:!?]/.test(tokens[i + 1]!.sepBefore)) return false;
    if (sets.government.has(tokens[i]!.lower)) return true;
  }
  return false;
}
