// Finds people, organisations, armed groups and places the gazetteer does not know, keeping only well-evidenced ones.

import type { EntityKind } from '../../types';
import type { NameToken } from './name-tokens';
import { buildNameSets, loadNameEvidence, type NameEvidence } from './names/name-evidence';
import { findCapitalRuns, type Run } from './names/name-runs';
import { continuesPlaceList, splitCoordinated } from './names/place-lists';
import { nameLocalInstitution } from './names/local-institutions';
import { buildOutletHint, findOutlets } from './names/outlet-names';
import { classifyRun, trimAtOf, type TagCheck } from './names/classify-run';
import { tagName } from './names/name-tagger';
import { sortByStart } from '../by-start';

export { loadNameEvidence, type NameEvidence };

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
  /**
   * `covered[i]` marks tokens already inside a gazetteer match; `places[i]` (optional) marks tokens inside a known
   * place: lists and institutions are read against them.
   */
  findNames(text: string, tokens: NameToken[], covered: boolean[], places?: boolean[]): FoundName[];
}

/** Builds the finder once; the tagger runs only for candidates the context does not settle, once per distinct name. */
export function createNameFinder(options: Partial<NameFinderOptions> = {}, evidence: NameEvidence = loadNameEvidence()): NameFinder {
  const resolved: NameFinderOptions = {
    useTagger: options.useTagger ?? defaultNameFinderOptions.useTagger,
    demonyms: options.demonyms ?? defaultNameFinderOptions.demonyms,
  };
  const sets = buildNameSets(evidence, resolved.demonyms);
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
      sortByStart(found);
    }
    return found;
  }

  return { findNames };
}

