// Loads and validates the canonical-entity data files (src/extract/data/*.json).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { EntityKind } from '../../types';
import { foldName } from '../../text/fold-name';
import { expandForceNames, loadForceNames, type ForceNames } from './force-names';
import { cuedTwins, splitMoreNames, type MoreNames } from './cued-names';

export interface GazetteerEntry {
  canonical: string;
  kind: EntityKind;
  aliases: string[];
  notes?: string;
  /** For capitals: the entity the city stands for when used as an agent ("Moscow says" → Russia). */
  metonymOf?: string;
  /**
   * For places that house a body (Khmeimim, seat of the Russian reconciliation centre): the body the place stands for
   * only when it speaks ("أشار “حميميم”"); attacked, visited or named in a list it stays the place.
   */
  speaksFor?: string;
  /** For states: adjectives and plurals naming the state's people ("Syrian"), used to resolve "the Syrian ministry". */
  demonyms?: string[];
  /** For a government named apart from its state ("Syrian government"): that state. */
  governmentOf?: string;
  /** For people and organisations: the state they speak for or belong to (Maria Zakharova → Russia). */
  state?: string;
  /** For places: the place (or state) containing it (Sheikh Maqsoud → Aleppo). */
  within?: string;
  /** For organisations: a news outlet, which relays others' words rather than speaking for its state. */
  media?: boolean;
  /**
   * For states: the country the reporting is about (Syria). Its name is the setting of every story, a location,
   * whatever the grammar; the gold names it as an agent only through its government ("Syrian government").
   */
  theatre?: boolean;
  /**
   * For places taken from GeoNames rather than read by hand (places-geonames.json): a village may be named like a
   * word ("the farm", "the neighbourhood"), so its name counts only where the text says a place follows (place-cues.ts).
   */
  needsCue?: boolean;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  byCanonical: Map<string, GazetteerEntry>;
  /** Generic names of states' armed forces, when loaded (their phrases are already among the groups' aliases). */
  forceNames?: ForceNames;
  /** Phrases that hold an alias but name nothing, generated with the force names ("Russian military bases"). */
  blockers?: string[];
  /** Cue-needing twins of hand-written places, carrying the extra names GeoNames gives them (cued-names.ts). */
  cuedTwins?: GazetteerEntry[];
}

export interface GazetteerOptions {
  /** Folder holding the data files. */
  dir: string;
  files: string[];
  /** Entries added after the files (tests, local additions). */
  extraEntries: unknown[];
  /** File (in `dir`) of generic armed-force names to expand into aliases, or null for none (the default with another `dir`). */
  forceNames: string | null;
}

export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organisation', 'state', 'armed_group', 'place'];

export const defaultGazetteerOptions: GazetteerOptions = {
  dir: fileURLToPath(new URL('../data/', import.meta.url)),
  files: ['people.json', 'organisations.json', 'states.json', 'armed-groups.json', 'places.json', 'places-geonames.json'],
  extraEntries: [],
  forceNames: 'force-names.json',
};

export class GazetteerError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`invalid gazetteer:\n  ${problems.join('\n  ')}`);
    this.name = 'GazetteerError';
    this.problems = problems;
  }
}

/** Reads the data files and validates them; throws GazetteerError listing every problem found. */
export function loadGazetteer(options: Partial<GazetteerOptions> = {}): Gazetteer {
  const resolved: GazetteerOptions = {
    dir: options.dir ?? defaultGazetteerOptions.dir,
    files: options.files ?? defaultGazetteerOptions.files,
    extraEntries: options.extraEntries ?? defaultGazetteerOptions.extraEntries,
    // Another folder's entries need not hold the states the default force names refer to.
    forceNames: options.forceNames !== undefined ? options.forceNames : options.dir === undefined ? defaultGazetteerOptions.forceNames : null,
  };
  const raw: { source: string; value: unknown }[] = [];
  const problems: string[] = [];
  for (const file of resolved.files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(resolved.dir, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: cannot read JSON (${(error as Error).message})`);
      continue;
    }
    if (!Array.isArray(parsed)) {
      problems.push(`${file}: expected an array of entries, got ${typeof parsed}`);
      continue;
    }
    parsed.forEach((value, i) => raw.push({ source: `${file}[${i}]`, value }));
  }
  resolved.extraEntries.forEach((value, i) => raw.push({ source: `extraEntries[${i}]`, value }));
  const split = splitMoreNames(raw);
  problems.push(...split.problems);
  if (problems.length > 0) throw new GazetteerError(problems);
  return withMoreNames(loadEntries(split.entries, resolved), split.moreNames);
}

function withMoreNames(gazetteer: Gazetteer, moreNames: MoreNames[]): Gazetteer {
  if (moreNames.length === 0) return gazetteer;
  const { twins, problems } = cuedTwins(moreNames, gazetteer.entries, gazetteer.byCanonical);
  if (problems.length > 0) throw new GazetteerError(problems);
  return { ...gazetteer, cuedTwins: twins };
}

function loadEntries(raw: { source: string; value: unknown }[], resolved: GazetteerOptions): Gazetteer {
  if (resolved.forceNames === null) return buildGazetteer(raw);
  let forceNames: ForceNames;
  try {
    forceNames = loadForceNames(resolved.dir, resolved.forceNames);
  } catch (error) {
    throw new GazetteerError([(error as Error).message]);
  }
  const { aliases, blockers } = expandForceNames(forceNames, raw.map((r) => r.value).filter(isEntryLike));
  const expanded = raw.map((r) => {
    const extra = isEntryLike(r.value) ? aliases.get(r.value.canonical) : undefined;
    return extra && isEntryLike(r.value) ? { ...r, value: { ...r.value, aliases: [...r.value.aliases, ...extra] } } : r;
  });
  const gazetteer = buildGazetteer(expanded);
  const missing = forceNames.states.flatMap((s) => [s.state, s.forces, ...(s.air ? [s.air] : [])]).filter((name) => !gazetteer.byCanonical.has(name));
  if (missing.length > 0) throw new GazetteerError(missing.map((name) => `${resolved.forceNames}: "${name}" names no entry`));
  return { ...gazetteer, forceNames, blockers };
}

function isEntryLike(value: unknown): value is { canonical: string; kind: string; aliases: string[] } {
  const v = value as { canonical?: unknown; kind?: unknown; aliases?: unknown } | null;
  return typeof v === 'object' && v !== null && typeof v.canonical === 'string' && typeof v.kind === 'string' && Array.isArray(v.aliases) && v.aliases.every((a) => typeof a === 'string');
}

/** Reads `data/not-entities.json`: phrases containing an alias that name no entity ("Operation Olive Branch"). */
export function loadNotEntities(dir: string = defaultGazetteerOptions.dir): string[] {
  const parsed = JSON.parse(readFileSync(join(dir, 'not-entities.json'), 'utf8')) as { phrases?: unknown };
  if (!Array.isArray(parsed.phrases) || parsed.phrases.some((p) => typeof p !== 'string')) {
    throw new GazetteerError(['not-entities.json: "phrases" must be an array of strings']);
  }
  return parsed.phrases as string[];
}

/** Validates entries given in memory (each labelled by where it came from) and indexes them. */
export function validateGazetteer(values: unknown[]): Gazetteer {
  return buildGazetteer(values.map((value, i) => ({ source: `entry[${i}]`, value })));
}

function buildGazetteer(raw: { source: string; value: unknown }[]): Gazetteer {
  const problems: string[] = [];
  const entries: GazetteerEntry[] = [];
  for (const { source, value } of raw) {
    const entry = checkEntry(source, value, problems);
    if (entry) entries.push(entry);
  }
  const byCanonical = new Map<string, GazetteerEntry>();
  for (const entry of entries) {
    const previous = byCanonical.get(entry.canonical);
    if (previous) problems.push(`duplicate canonical name "${entry.canonical}" (${previous.kind} and ${entry.kind})`);
    else byCanonical.set(entry.canonical, entry);
  }
  const owners = new Map<string, GazetteerEntry>();
  for (const entry of entries) {
    for (const alias of new Set([entry.canonical, ...entry.aliases])) {
      const key = `${entry.kind}\u0000${foldName(alias)}`;
      const owner = owners.get(key);
      if (owner && owner !== entry) {
        problems.push(
          `alias "${alias}" of ${entry.kind} "${entry.canonical}" is also an alias of "${owner.canonical}" (same folded form "${foldName(alias)}")`,
        );
      } else owners.set(key, entry);
    }
    for (const field of ['metonymOf', 'speaksFor', 'governmentOf'] as const) {
      const target = entry[field];
      if (target !== undefined && !byCanonical.has(target)) problems.push(`"${entry.canonical}": ${field} "${target}" names no entry`);
    }
  }
  checkRelations(entries, byCanonical, problems);
  if (problems.length > 0) throw new GazetteerError(problems);
  return { entries, byCanonical };
}

/** Kinds that may carry each relation field, and the kinds its target may have. */
const RELATION_RULES = {
  state: { on: ['person', 'organisation', 'armed_group'], targets: ['state'] },
  within: { on: ['place'], targets: ['place', 'state'] },
} as const satisfies Record<string, { on: readonly EntityKind[]; targets: readonly EntityKind[] }>;

/** `state` and `within` must name an entry of a fitting kind, and `within` chains must not loop. */
function checkRelations(entries: GazetteerEntry[], byCanonical: Map<string, GazetteerEntry>, problems: string[]): void {
  for (const entry of entries) {
    for (const field of ['state', 'within'] as const) {
      const target = entry[field];
      if (target === undefined) continue;
      const rule = RELATION_RULES[field];
      if (!(rule.on as readonly EntityKind[]).includes(entry.kind)) {
        problems.push(`"${entry.canonical}": ${field} is allowed only on ${rule.on.join(', ')} entries, not on a ${entry.kind}`);
        continue;
      }
      const found = byCanonical.get(target);
      if (!found) problems.push(`"${entry.canonical}": ${field} "${target}" names no entry`);
      else if (!(rule.targets as readonly EntityKind[]).includes(found.kind)) {
        problems.push(`"${entry.canonical}": ${field} "${target}" is a ${found.kind}; expected ${rule.targets.join(' or ')}`);
      }
    }
  }
  for (const entry of entries) {
    const path = [entry.canonical];
    let next = entry.within === undefined ? undefined : byCanonical.get(entry.within);
    while (next) {
      if (next === entry) {
        problems.push(`"${entry.canonical}": within forms a cycle (${[...path, entry.canonical].join(' → ')})`);
        break;
      }
      if (path.length > byCanonical.size) break;
      path.push(next.canonical);
      next = next.within === undefined ? undefined : byCanonical.get(next.within);
    }
  }
}

function checkEntry(source: string, value: unknown, problems: string[]): GazetteerEntry | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${source}: expected an object, got ${JSON.stringify(value)}`);
    return null;
  }
  const v = value as Record<string, unknown>;
  const label = typeof v.canonical === 'string' ? `${source} "${v.canonical}"` : source;
  let ok = true;
  if (typeof v.canonical !== 'string' || v.canonical.trim() === '' || foldName(v.canonical) === '') {
    problems.push(`${label}: "canonical" must be a non-empty name, got ${JSON.stringify(v.canonical)}`);
    ok = false;
  }
  if (typeof v.kind !== 'string' || !ENTITY_KINDS.includes(v.kind as EntityKind)) {
    problems.push(`${label}: "kind" must be one of ${ENTITY_KINDS.join(', ')}, got ${JSON.stringify(v.kind)}`);
    ok = false;
  }
  if (!Array.isArray(v.aliases) || v.aliases.some((a) => typeof a !== 'string' || foldName(a) === '')) {
    problems.push(`${label}: "aliases" must be an array of non-empty names, got ${JSON.stringify(v.aliases)}`);
    ok = false;
  }
  for (const field of ['notes', 'metonymOf', 'speaksFor', 'governmentOf', 'state', 'within'] as const) {
    if (v[field] !== undefined && typeof v[field] !== 'string') {
      problems.push(`${label}: "${field}" must be a string when present, got ${JSON.stringify(v[field])}`);
      ok = false;
    }
  }
  if (v.media !== undefined && (typeof v.media !== 'boolean' || v.kind !== 'organisation')) {
    problems.push(`${label}: "media" must be true or false, and only on an organisation, got ${JSON.stringify(v.media)}`);
    ok = false;
  }
  if (v.theatre !== undefined && (typeof v.theatre !== 'boolean' || v.kind !== 'state')) {
    problems.push(`${label}: "theatre" must be true or false, and only on a state, got ${JSON.stringify(v.theatre)}`);
    ok = false;
  }
  if (v.needsCue !== undefined && (typeof v.needsCue !== 'boolean' || v.kind !== 'place')) {
    problems.push(`${label}: "needsCue" must be true or false, and only on a place, got ${JSON.stringify(v.needsCue)}`);
    ok = false;
  }
  if (v.demonyms !== undefined && (!Array.isArray(v.demonyms) || v.demonyms.some((d) => typeof d !== 'string'))) {
    problems.push(`${label}: "demonyms" must be an array of strings when present`);
    ok = false;
  }
  if (!ok) return null;
  const entry: GazetteerEntry = {
    canonical: (v.canonical as string).trim(),
    kind: v.kind as EntityKind,
    aliases: v.aliases as string[],
  };
  if (typeof v.notes === 'string') entry.notes = v.notes;
  if (typeof v.metonymOf === 'string') entry.metonymOf = v.metonymOf;
  if (typeof v.speaksFor === 'string') entry.speaksFor = v.speaksFor;
  if (typeof v.governmentOf === 'string') entry.governmentOf = v.governmentOf;
  if (typeof v.state === 'string') entry.state = v.state;
  if (typeof v.within === 'string') entry.within = v.within;
  if (v.media === true) entry.media = true;
  if (v.theatre === true) entry.theatre = true;
  if (v.needsCue === true) entry.needsCue = true;
  if (Array.isArray(v.demonyms)) entry.demonyms = v.demonyms as string[];
  return entry;
}
