// "armed men loyal to the Syrian regime", "forces affiliated with the regime", "القوات الموالية للنظام": fighters named by
// whom they serve are that ruler's armed forces; the regime named inside the phrase is no actor of its own.

import { foldToken } from '../../text/fold-name';
import type { Mention } from '../../types';
import type { ForceNames } from './force-names';
import type { Gazetteer } from './gazetteer';
import type { NameToken } from './name-tokens';
import { sortByStart } from '../by-start';

interface LoyaltyFrame {
  forces: string;
  /** Folded link phrases ("loyal to", "الموالية"), by their first word. */
  links: Map<string, string[][]>;
  heads: Set<string>;
  /** Canonical names of the ruler and government served, and folded words naming them bare ("regime", "للنظام"). */
  targets: Set<string>;
  targetWords: Set<string>;
}

/** Words that may stand between the link and the ruler: "loyal to the Syrian regime". */
const FILLERS = new Set(['the', 'syrian', 'president', 'سوري', 'سورية', 'сирийскому', 'сирийский']);
const MAX_FILLERS = 2;

export type LoyalForceFinder = (tokens: NameToken[], mentions: Mention[], text: string) => void;

/** Builds the frames of the states whose force-names entry lists `loyalists.links`; null when none does. */
export function createLoyalForceFinder(data: ForceNames, gazetteer: Gazetteer): LoyalForceFinder | null {
  const frames: LoyaltyFrame[] = [];
  for (const s of data.states) {
    const loyal = s.loyalists;
    if (loyal?.links === undefined || !gazetteer.byCanonical.has(s.forces)) continue;
    const links = new Map<string, string[][]>();
    for (const phrase of Object.values(loyal.links).flat()) {
      const words = phrase.split(/\s+/u).map((w) => foldToken(w));
      links.set(words[0]!, [...(links.get(words[0]!) ?? []), words]);
    }
    frames.push({
      forces: s.forces,
      links,
      heads: new Set(Object.values(loyal.heads ?? {}).flat().map((w) => foldToken(w))),
      targets: new Set(loyal.targets ?? []),
      targetWords: new Set(Object.values(loyal.targetWords ?? {}).flat().map((w) => foldToken(w))),
    });
  }
  if (frames.length === 0) return null;

  /** Adds a group mention per frame found, and drops the government mention the frame holds. */
  return (tokens, mentions, text) => {
    let found = false;
    for (let i = 1; i < tokens.length; i++) {
      for (const frame of frames) {
        const candidates = frame.links.get(tokens[i]!.fold);
        // «Силы, лояльные режиму»: a participle clause may follow its noun after a comma.
        if (candidates === undefined || !frame.heads.has(tokens[i - 1]!.fold) || (tokens[i]!.breakBefore && tokens[i]!.sepBefore !== ',')) continue;
        const link = candidates.find((words) => words.every((w, k) => tokens[i + k] !== undefined && (k === 0 || !tokens[i + k]!.breakBefore) && tokens[i + k]!.fold === w));
        if (link === undefined) continue;
        const end = targetEnd(tokens, i + link.length, mentions, frame);
        if (end === null) continue;
        const head = tokens[i - 1]!;
        const served = mentions.findIndex((m) => m.start >= tokens[i]!.start && m.end <= end && m.kind === 'organisation' && frame.targets.has(m.canonical));
        if (served >= 0) mentions.splice(served, 1);
        mentions.push({ canonical: frame.forces, kind: 'armed_group', start: head.start, end, surface: text.slice(head.start, end), facet: 'group', origin: 'gazetteer' });
        found = true;
      }
    }
    if (found) sortByStart(mentions);
  };
}

/** Where the ruler or government after the link ends, past a filler or two, or null when none follows. */
function targetEnd(tokens: NameToken[], from: number, mentions: Mention[], frame: LoyaltyFrame): number | null {
  for (let at = from; at < tokens.length && at - from <= MAX_FILLERS; at++) {
    const token = tokens[at]!;
    if (token.breakBefore) return null;
    const mention = mentions.find((m) => m.start === token.start && frame.targets.has(m.canonical));
    if (mention !== undefined) return mention.end;
    if (frame.targetWords.has(token.fold) || (token.altFold !== undefined && frame.targetWords.has(token.altFold))) return token.end;
    if (!FILLERS.has(token.lower) && !token.article) return null;
  }
  return null;
}
