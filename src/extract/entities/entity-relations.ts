// Relations between gazetteer entities: the state a person or body belongs to, and which places lie within which.
import type { Gazetteer } from './gazetteer';

export interface EntityRelations {
  /**
   * The state an entity speaks for or belongs to: its `state` (Maria Zakharova → Russia), a government's state
   * (Syrian government → Syria), a state itself; null when unknown or not in the gazetteer.
   */
  affiliationOf(canonical: string): string | null;
  /** People and organisations whose affiliation is `state`, in gazetteer order. */
  affiliatesOf(state: string): string[];
  /** Places lying within `canonical`, directly or through other places (Aleppo → Sheikh Maqsoud, Afrin, Jandairis…). */
  placesWithin(canonical: string): string[];
  /** The places (and state) containing `canonical`, nearest first (Sheikh Maqsoud → Aleppo, Syria). */
  containersOf(canonical: string): string[];
}

/** Builds the relation maps once per gazetteer; every lookup afterwards is a map read. */
export function createEntityRelations(gazetteer: Gazetteer): EntityRelations {
  const affiliation = new Map<string, string>();
  const affiliates = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const entry of gazetteer.entries) {
    const state = entry.kind === 'state' ? entry.canonical : entry.state ?? entry.governmentOf;
    if (state !== undefined) affiliation.set(entry.canonical, state);
    if (entry.kind !== 'state' && state !== undefined) pushTo(affiliates, state, entry.canonical);
    if (entry.within !== undefined) pushTo(children, entry.within, entry.canonical);
  }

  const withinCache = new Map<string, string[]>();
  function placesWithin(canonical: string): string[] {
    const cached = withinCache.get(canonical);
    if (cached) return [...cached];
    const found: string[] = [];
    const seen = new Set([canonical]);
    const queue = [...(children.get(canonical) ?? [])];
    // Breadth first, so nearer places come before the places inside them.
    for (let i = 0; i < queue.length; i++) {
      const place = queue[i]!;
      if (seen.has(place)) continue;
      seen.add(place);
      found.push(place);
      queue.push(...(children.get(place) ?? []));
    }
    withinCache.set(canonical, found);
    return [...found];
  }

  function containersOf(canonical: string): string[] {
    const chain: string[] = [];
    let next = gazetteer.byCanonical.get(canonical)?.within;
    while (next !== undefined && !chain.includes(next) && next !== canonical) {
      chain.push(next);
      next = gazetteer.byCanonical.get(next)?.within;
    }
    return chain;
  }

  return {
    affiliationOf: (canonical) => affiliation.get(canonical) ?? null,
    affiliatesOf: (state) => [...(affiliates.get(state) ?? [])],
    placesWithin,
    containersOf,
  };
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
