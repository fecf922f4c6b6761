// Query-time synonym expansion from data/synonyms.json: a query word also matches its group's other members.
import { readFileSync } from 'node:fs';
import { analyzeText } from '../text';

export interface SynonymAlternative {
  /** Loose keys of the alternative's content words (all required). */
  keys: string[];
  weight: number;
}

/**
 * Loose key of a single query word → the alternatives it expands to; a multi-word member's loose keys joined by a
 * space ("oliv branch") → the alternatives of those words typed together (phraseKey).
 */
export type SynonymTable = Map<string, SynonymAlternative[]>;

/** The table key of query words typed together. */
export function phraseKey(keys: readonly string[]): string {
  return keys.join(' ');
}

interface SynonymData {
  groups: { weight: number; terms: string[] }[];
}

export function loadSynonyms(url: URL = new URL('./data/synonyms.json', import.meta.url)): SynonymTable {
  return buildSynonymTable(JSON.parse(readFileSync(url, 'utf8')) as SynonymData, url.pathname);
}

export function buildSynonymTable(data: SynonymData, source = 'synonyms'): SynonymTable {
  if (!Array.isArray(data?.groups)) throw new Error(`${source}: "groups" must be an array`);
  const table: SynonymTable = new Map();
  data.groups.forEach((group, i) => {
    if (!(typeof group.weight === 'number' && group.weight > 0 && group.weight <= 1) || !Array.isArray(group.terms)) {
      throw new Error(`${source}: group ${i} needs "weight" in (0, 1] and a "terms" array`);
    }
    const members = group.terms.map((t) => analyzeText(String(t)).filter((x) => x.content).map((x) => x.loose)).filter((k) => k.length > 0);
    for (const member of members) {
      const key = phraseKey(member);
      const list = table.get(key) ?? [];
      for (const other of members) {
        if (phraseKey(other) === key) continue;
        const existing = list.find((a) => a.keys.join(' ') === other.join(' '));
        if (existing) existing.weight = Math.max(existing.weight, group.weight);
        else list.push({ keys: other, weight: group.weight });
      }
      table.set(key, list);
    }
  });
  return table;
}
