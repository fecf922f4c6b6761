// A state's bodies by the noun the text writes before the state («минобороны РФ», «министерстве обороны России»), read
// once from the gazetteer's aliases, for subject phrases the entity matcher left as a bare state mention.
import { foldName } from '../../text/fold-name';
import type { Mention } from '../../types';
import type { Gazetteer } from '../entities/gazetteer';
import type { SpeakerCandidate } from './history';
import type { Word } from './phrase-words';

/** Folded body noun + state canonical → the body's canonical name. */
export type StateBodies = ReadonlyMap<string, string>;

/** Words a body noun before its state may have («министерство иностранных дел»). */
export const MAX_BODY_NOUN_WORDS = 3;

export function stateBodyKey(noun: string, state: string): string {
  return `${foldName(noun)}|${state}`;
}

/**
 * Every organisation alias written as "<noun> <an alias of its state>" ("Минобороны РФ", "Министерство обороны
 * России"), keyed by the folded noun (case endings folded: «министерстве» = «Министерство») and the state.
 */
export function buildStateBodies(gazetteer: Gazetteer): StateBodies {
  const stateAliases = new Map<string, string[]>();
  for (const entry of gazetteer.entries) if (entry.kind === 'state') stateAliases.set(entry.canonical, [entry.canonical, ...entry.aliases]);
  const bodies = new Map<string, string>();
  for (const entry of gazetteer.entries) {
    const names = entry.kind === 'organisation' && entry.state ? stateAliases.get(entry.state) : undefined;
    if (!names) continue;
    for (const alias of entry.aliases) {
      const state = names.find((s) => alias.length > s.length + 1 && alias.endsWith(` ${s}`));
      if (!state) continue;
      const noun = alias.slice(0, alias.length - state.length - 1);
      const key = stateBodyKey(noun, entry.state!);
      if (noun.split(' ').length <= MAX_BODY_NOUN_WORDS && !bodies.has(key)) bodies.set(key, entry.canonical);
    }
  }
  return bodies;
}

/**
 * «представитель минобороны РФ», «в министерстве обороны России»: the body named by the words right before a state
 * mention (at most MAX_BODY_NOUN_WORDS, the longest that names one), or null.
 */
export function bodyBeforeState(words: readonly Word[], state: Mention, bodies: StateBodies | undefined): SpeakerCandidate | null {
  if (!bodies || bodies.size === 0) return null;
  const before = words.filter((w) => w.end <= state.start);
  for (let n = Math.min(MAX_BODY_NOUN_WORDS, before.length); n >= 1; n--) {
    const nounWords = before.slice(before.length - n);
    const canonical = bodies.get(stateBodyKey(nounWords.map((w) => w.text).join(' '), state.canonical));
    if (canonical) return { canonical, isPerson: false, personLike: false, affiliations: [], written: { start: nounWords[0]!.start, end: state.end } };
  }
  return null;
}
