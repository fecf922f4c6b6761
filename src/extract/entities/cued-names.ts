// More names for a hand-written place, taken from GeoNames (`{"moreNamesOf": "Hajin", "aliases": ["هجين"]}`): they
// match only with a place cue, as the entries of places-geonames.json do, while the hand-written names match anywhere.

import { foldName } from '../../text/fold-name';
import type { GazetteerEntry } from './gazetteer';

export interface MoreNames {
  moreNamesOf: string;
  aliases: string[];
  source: string;
}

/** Takes the `moreNamesOf` records out of the raw entries. */
export function splitMoreNames<T extends { source: string; value: unknown }>(raw: T[]): { entries: T[]; moreNames: MoreNames[]; problems: string[] } {
  const entries: T[] = [];
  const moreNames: MoreNames[] = [];
  const problems: string[] = [];
  for (const r of raw) {
    const v = r.value as { moreNamesOf?: unknown; aliases?: unknown } | null;
    if (typeof v !== 'object' || v === null || v.moreNamesOf === undefined) {
      entries.push(r);
      continue;
    }
    if (typeof v.moreNamesOf !== 'string' || !Array.isArray(v.aliases) || v.aliases.some((a) => typeof a !== 'string' || foldName(a) === '')) {
      problems.push(`${r.source}: "moreNamesOf" needs a canonical name and "aliases", an array of non-empty names`);
      continue;
    }
    moreNames.push({ moreNamesOf: v.moreNamesOf, aliases: v.aliases as string[], source: r.source });
  }
  return { entries, moreNames, problems };
}

/**
 * One cue-needing twin per extended place: the place's own fields with the extra names. Problems: a target that is
 * no place, or an extra name another place already owns.
 */
export function cuedTwins(moreNames: MoreNames[], entries: GazetteerEntry[], byCanonical: Map<string, GazetteerEntry>): { twins: GazetteerEntry[]; problems: string[] } {
  const problems: string[] = [];
  const owners = new Map<string, string>();
  for (const e of entries) if (e.kind === 'place') for (const a of [e.canonical, ...e.aliases]) owners.set(foldName(a), e.canonical);
  const twins: GazetteerEntry[] = [];
  for (const more of moreNames) {
    const target = byCanonical.get(more.moreNamesOf);
    if (!target || target.kind !== 'place') {
      problems.push(`${more.source}: moreNamesOf "${more.moreNamesOf}" names no place`);
      continue;
    }
    for (const alias of more.aliases) {
      const owner = owners.get(foldName(alias));
      if (owner !== undefined && owner !== target.canonical) problems.push(`${more.source}: "${alias}" is already a name of "${owner}"`);
      else owners.set(foldName(alias), target.canonical);
    }
    twins.push({ ...target, aliases: more.aliases, needsCue: true });
  }
  return { twins, problems };
}
