// A state's armed forces named generically ("Turkish drones", "турецких войск", "القوات التركية"): data/force-names.json
// gives adjectives and force nouns per language; this module expands them into aliases of the state's armed group,
// and finds the adjectives coordinated before a match ("Syrian and Russian warplanes": both air arms).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldName } from '../../text/fold-name';
import type { AliasMatch } from './entity-matcher';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import type { NameToken } from './name-tokens';

const LANGUAGES = ['en', 'ru', 'ar'] as const;
type Language = (typeof LANGUAGES)[number];
type PerLanguage = Record<Language, string[]>;

export interface ForceState {
  /** The state (a gazetteer canonical) whose Russian names also form "войска Турции". */
  state: string;
  /** The armed group the phrases name. */
  forces: string;
  /** The state's air arm, when it is a group of its own. */
  air?: string;
  adjectives: PerLanguage;
  /** Words for the ruler or regime with nouns for the men fighting for it ("Assad militias", "regime gunmen"). */
  loyalists?: Loyalists;
}

export interface Loyalists {
  adjectives: PerLanguage;
  nouns: PerLanguage;
  /** The frame "<head> <link> <target>" ("gunmen loyal to the regime"): loyal-forces.ts. */
  heads?: PerLanguage;
  links?: PerLanguage;
  /** Canonical names of the ruler and government served, and words naming them bare ("regime", "للنظام"). */
  targets?: string[];
  targetWords?: PerLanguage;
}

/** Fighters named by their sponsor ("Turkish-backed factions"): loyal-forces.ts. */
export interface Sponsored {
  participles: string[];
  nouns: string[];
  adjectives: string[];
  groups: { group: string; sponsors: string[] }[];
}

export interface ForceNames {
  nouns: PerLanguage;
  airNouns: PerLanguage;
  modifierHeads: string[];
  states: ForceState[];
  sponsored?: Sponsored;
}

export class ForceNamesError extends Error {}

/** Reads and validates `force-names.json`; throws ForceNamesError naming the first problem. */
export function loadForceNames(dir: string, file = 'force-names.json'): ForceNames {
  const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
  const words = (value: unknown, where: string): string[] => {
    if (!Array.isArray(value) || value.some((w) => typeof w !== 'string' || foldName(w) === '')) throw new ForceNamesError(`${file}: ${where} must be an array of words`);
    return value as string[];
  };
  const perLanguage = (value: unknown, where: string): PerLanguage => {
    const v = (value ?? {}) as Record<string, unknown>;
    return { en: words(v.en ?? [], `${where}.en`), ru: words(v.ru ?? [], `${where}.ru`), ar: words(v.ar ?? [], `${where}.ar`) };
  };
  if (!Array.isArray(raw.states)) throw new ForceNamesError(`${file}: "states" must be an array`);
  const states = raw.states.map((s: Record<string, unknown>, i: number): ForceState => {
    if (typeof s.state !== 'string' || typeof s.forces !== 'string' || (s.air !== undefined && typeof s.air !== 'string')) {
      throw new ForceNamesError(`${file}: states[${i}] needs "state" and "forces" names (and "air" only as a name)`);
    }
    const loyalists = s.loyalists as Record<string, unknown> | undefined;
    return {
      state: s.state,
      forces: s.forces,
      ...(typeof s.air === 'string' ? { air: s.air } : {}),
      adjectives: perLanguage(s.adjectives, `states[${i}].adjectives`),
      ...(loyalists === undefined
        ? {}
        : { loyalists: parseLoyalists(loyalists, `states[${i}].loyalists`, perLanguage, words) }),
    };
  });
  const sponsored = raw.sponsored === undefined ? undefined : parseSponsored(raw.sponsored as Record<string, unknown>, words, file);
  return {
    nouns: perLanguage(raw.nouns, 'nouns'),
    airNouns: perLanguage(raw.airNouns, 'airNouns'),
    modifierHeads: words(raw.modifierHeads ?? [], 'modifierHeads'),
    states,
    ...(sponsored === undefined ? {} : { sponsored }),
  };
}

function parseSponsored(raw: Record<string, unknown>, words: (value: unknown, where: string) => string[], file: string): Sponsored {
  if (!Array.isArray(raw.groups) || raw.groups.some((g: Record<string, unknown>) => typeof g?.group !== 'string')) {
    throw new ForceNamesError(`${file}: sponsored.groups must be a list of {group, sponsors}`);
  }
  return {
    participles: words(raw.participles, 'sponsored.participles'),
    nouns: words(raw.nouns, 'sponsored.nouns'),
    adjectives: words(raw.adjectives ?? [], 'sponsored.adjectives'),
    groups: raw.groups.map((g: Record<string, unknown>, i: number) => ({ group: g.group as string, sponsors: words(g.sponsors, `sponsored.groups[${i}].sponsors`) })),
  };
}

function parseLoyalists(
  raw: Record<string, unknown>,
  where: string,
  perLanguage: (value: unknown, where: string) => PerLanguage,
  words: (value: unknown, where: string) => string[],
): Loyalists {
  const optional = (key: string) => (raw[key] === undefined ? {} : { [key]: perLanguage(raw[key], `${where}.${key}`) });
  return {
    adjectives: perLanguage(raw.adjectives, `${where}.adjectives`),
    nouns: perLanguage(raw.nouns, `${where}.nouns`),
    ...optional('heads'),
    ...optional('links'),
    ...optional('targetWords'),
    ...(raw.targets === undefined ? {} : { targets: words(raw.targets, `${where}.targets`) }),
  };
}

/** One generated phrase: the words in text order, and the group they name. */
interface ForcePhrase {
  text: string;
  canonical: string;
}

/** Every adjective x noun phrase of every state, in each language's order (Arabic: noun first). */
function forcePhrases(data: ForceNames, stateNames: (state: string) => string[]): ForcePhrase[] {
  const phrases: ForcePhrase[] = [];
  for (const s of data.states) {
    for (const lang of LANGUAGES) {
      const air = new Set(data.airNouns[lang]);
      for (const noun of data.nouns[lang]) {
        const canonical = s.air !== undefined && air.has(noun) ? s.air : s.forces;
        for (const adjective of s.adjectives[lang]) phrases.push({ text: lang === 'ar' ? `${noun} ${adjective}` : `${adjective} ${noun}`, canonical });
        // «войска Турции», «ВВС России»: the state's name in the genitive after the noun.
        if (lang === 'ru') for (const name of stateNames(s.state)) phrases.push({ text: `${noun} ${name}`, canonical });
      }
      for (const noun of s.loyalists?.nouns[lang] ?? []) {
        for (const adjective of s.loyalists!.adjectives[lang]) phrases.push({ text: lang === 'ar' ? `${noun} ${adjective}` : `${adjective} ${noun}`, canonical: s.forces });
      }
    }
  }
  return phrases;
}

/**
 * The aliases to add to each armed group (phrases another entry already owns are left to it), and blocker phrases
 * for an adjectival force word before a modifier head ("Russian military bases").
 */
export function expandForceNames(data: ForceNames, entries: readonly { canonical: string; kind: string; aliases: string[] }[]): { aliases: Map<string, string[]>; blockers: string[] } {
  const owned = new Set<string>();
  for (const e of entries) for (const a of [e.canonical, ...e.aliases]) owned.add(foldName(a));
  const cyrillicNames = new Map<string, string[]>();
  for (const e of entries) if (e.kind === 'state') cyrillicNames.set(e.canonical, e.aliases.filter((a) => /^[\u0400-\u04ff]+$/u.test(a)));
  const aliases = new Map<string, string[]>();
  for (const phrase of forcePhrases(data, (state) => cyrillicNames.get(state) ?? [])) {
    const key = foldName(phrase.text);
    if (owned.has(key)) continue;
    owned.add(key);
    const list = aliases.get(phrase.canonical) ?? [];
    list.push(phrase.text);
    aliases.set(phrase.canonical, list);
  }
  const blockers: string[] = [];
  for (const s of data.states) {
    for (const owner of [...s.adjectives.en, s.state]) for (const head of data.modifierHeads) blockers.push(`${owner} military ${head}`, `${owner} army ${head}`);
  }
  return { aliases, blockers };
}

export interface ForceCoordinator {
  /** Matches for adjectives coordinated with a force phrase ("Syrian and Russian jets" → "Syrian" names the Syrian air arm). */
  coordinated(tokens: NameToken[], matches: AliasMatch[]): AliasMatch[];
}

const JOINERS = new Set(['and', 'и', ',', '-', '–', '/']);

/** Builds the lookup of adjective + noun keys once per gazetteer. */
export function createForceCoordinator(data: ForceNames, gazetteer: Gazetteer): ForceCoordinator {
  const byKey = new Map<string, GazetteerEntry>();
  const adjectives = new Set<string>();
  for (const phrase of forcePhrases(data, () => [])) {
    const entry = gazetteer.byCanonical.get(phrase.canonical);
    if (entry) byKey.set(foldName(phrase.text), entry);
  }
  for (const s of data.states) for (const lang of LANGUAGES) for (const a of s.adjectives[lang]) if (!a.includes(' ')) adjectives.add(foldName(a));

  function coordinated(tokens: NameToken[], matches: AliasMatch[]): AliasMatch[] {
    const added: AliasMatch[] = [];
    for (const match of matches) {
      if (match.entry.kind !== 'armed_group' || match.endToken - match.firstToken < 2) continue;
      const head = tokens[match.firstToken]!;
      const nounFold = tokens.slice(match.firstToken + 1, match.endToken).map((t) => t.fold).join(' ');
      if (!adjectives.has(head.fold) || !byKey.has(`${head.fold} ${nounFold}`)) continue;
      // Walk back over "A, B and" / "A-" to the coordinated adjectives.
      let i = match.firstToken - 1;
      while (i >= 0) {
        const joiner = tokens[i + 1]!.sepBefore.trim() || tokens[i]!.lower;
        const isWord = tokens[i]!.lower === 'and' || tokens[i]!.lower === 'и';
        const at = isWord ? i - 1 : i;
        if (at < 0 || (!isWord && !JOINERS.has(joiner))) break;
        const entry = byKey.get(`${tokens[at]!.fold} ${nounFold}`);
        if (!entry || !adjectives.has(tokens[at]!.fold)) break;
        const t = tokens[at]!;
        added.push({ entry, firstToken: at, endToken: at + 1, start: t.start, end: t.end, surface: t.raw });
        i = at - 1;
      }
    }
    return added;
  }

  return { coordinated };
}
