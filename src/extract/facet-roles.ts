// Decides which facet each matched entity counts toward: a state or capital is a place after a locative word, an agent otherwise.

import { readFileSync } from 'node:fs';
import type { Mention } from '../types';
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
}

export interface FacetAssigner {
  /** `datelineEnd`: length of a wire dateline opening the paragraph, whose places are places, never agents. */
  assignFacets(tokens: NameToken[], matches: AliasMatch[], datelineEnd?: number): Mention[];
}

/** Reads `data/role-words.json`. */
export function loadRoleWords(): RoleWords {
  return JSON.parse(readFileSync(new URL('./data/role-words.json', import.meta.url), 'utf8')) as RoleWords;
}

/** Builds the role rules once; `assignFacets` turns alias matches into mentions with their facet. */
export function createFacetAssigner(gazetteer: Gazetteer, words: RoleWords = loadRoleWords()): FacetAssigner {
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
  };

  function assignFacets(tokens: NameToken[], matches: AliasMatch[], datelineEnd = 0): Mention[] {
    const mentions: Mention[] = [];
    /** Per match: counted as a place, and (for capitals) standing for a government. */
    const roles: { place: boolean; agent: boolean }[] = [];
    matches.forEach((match, index) => {
      const { entry } = match;
      const base = { start: match.start, end: match.end, surface: match.surface, origin: 'gazetteer' as const };
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
      if (entry.kind === 'place' && entry.metonymOf === undefined) {
        roles.push({ place: true, agent: false });
        mentions.push({ ...base, canonical: entry.canonical, kind: entry.kind, facet: 'location' });
        return;
      }
      // "AMMAN (Reuters) -": the place the story was filed from, not Jordan acting.
      const context = match.end <= datelineEnd ? { place: true, governmentNear: false } : readContext(tokens, matches, index, roles, sets);
      if (entry.kind === 'state') {
        roles.push({ place: context.place, agent: !context.place });
        mentions.push({ ...base, canonical: entry.canonical, kind: entry.kind, facet: context.place ? 'location' : 'actor' });
        return;
      }
      const stands = gazetteer.byCanonical.get(entry.metonymOf!);
      const agent = !context.place || context.governmentNear;
      roles.push({ place: context.place, agent });
      if (context.place) mentions.push({ ...base, canonical: entry.canonical, kind: entry.kind, facet: 'location' });
      if (agent && stands) mentions.push({ ...base, canonical: stands.canonical, kind: stands.kind, facet: 'actor' });
    });
    return mentions;
  }

  return { assignFacets };
}

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
    const nextToken = tokens[match.endToken];
    const place =
      (next !== undefined && next.firstToken === match.endToken && next.entry.kind === 'place') ||
      (nextToken !== undefined && (sets.direction.has(nextToken.lower) || sets.spatial.has(nextToken.lower)));
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
  else if (word === 'to' && sets.motion.has(before)) place = true;
  else if (word === 'of' && sets.spatial.has(before)) place = true;
  else if (word === 'for' && sets.titlesBeforeFor.has(before)) place = true;
  else if (sets.coordinators.has(word)) {
    const result = coordinated(k);
    if (result) return result;
  }
  if (!place) return { place: false, governmentNear: false };
  return { place: true, governmentNear: governmentBefore(tokens, k, sets) };
}

function governmentBefore(tokens: NameToken[], at: number, sets: RoleSets): boolean {
  for (let i = at - 1; i >= 0 && at - i <= sets.governmentWindow; i--) {
    if (/[.;:!?]/.test(tokens[i + 1]!.sepBefore)) return false;
    if (sets.government.has(tokens[i]!.lower)) return true;
  }
  return false;
}
