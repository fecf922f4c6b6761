// "armed men loyal to the Syrian regime", "forces affiliated with the regime", "القوات الموالية للنظام": fighters named by
// whom they serve are that ruler's armed forces; the regime named inside the phrase is no actor of its own. "Turkish-backed
// Syrian factions", "rebels backed by Turkey": fighters named by their sponsor are the sponsor's proxy group.

import { foldToken } from '../../text/fold-name';
import type { Mention } from '../../types';
import type { ForceNames, Sponsored } from './force-names';
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
  const sponsored = data.sponsored === undefined ? null : sponsorFrames(data.sponsored, gazetteer);
  if (frames.length === 0 && sponsored === null) return null;
  /** Every word that may open a frame (a link's first word, a sponsor), so a paragraph costs one lookup a word. */
  const triggers = new Set<string>([...frames.flatMap((f) => [...f.links.keys()]), ...(sponsored?.groups.keys() ?? [])]);

  /** Adds a group mention per frame found, and drops the government mention the frame holds. */
  return (tokens, mentions, text) => {
    let found = false;
    for (let i = 0; i < tokens.length; i++) {
      if (!triggers.has(tokens[i]!.fold)) continue;
      if (sponsored !== null && addSponsoredGroupAt(tokens, i, mentions, text, sponsored)) found = true;
      if (i === 0) continue;
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

interface SponsorFrames {
  participles: Set<string>;
  nouns: Set<string>;
  adjectives: Set<string>;
  /** Folded sponsor word ("turkish", "ankara") → the proxy group. */
  groups: Map<string, string>;
}

function sponsorFrames(data: Sponsored, gazetteer: Gazetteer): SponsorFrames {
  const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
  const groups = new Map<string, string>();
  for (const g of data.groups) if (gazetteer.byCanonical.has(g.group)) for (const s of g.sponsors) groups.set(foldToken(s), g.group);
  return { participles: lower(data.participles), nouns: lower(data.nouns), adjectives: lower(data.adjectives), groups };
}

const HYPHENS = new Set(['-', '‐', '‑']);
/** Adjectives that may stand between the sponsor's participle and the fighters' noun ("Turkish-backed Syrian Arab factions"). */
const MAX_ADJECTIVES = 2;

/** "Turkish-backed Syrian factions", "Ankara-aligned forces", "rebels backed by Turkey" with the sponsor at `i`: adds the proxy group. */
function addSponsoredGroupAt(tokens: NameToken[], i: number, mentions: Mention[], text: string, frames: SponsorFrames): boolean {
  const group = frames.groups.get(tokens[i]!.fold);
  if (group === undefined) return false;
  let span: [number, number] | null = null;
  const participle = tokens[i + 1];
  if (participle !== undefined && HYPHENS.has(participle.sepBefore) && frames.participles.has(participle.lower)) {
    let j = i + 2;
    while (j < tokens.length && j - i - 2 < MAX_ADJECTIVES && !tokens[j]!.breakBefore && frames.adjectives.has(tokens[j]!.lower)) j++;
    const noun = tokens[j];
    if (noun !== undefined && !noun.breakBefore && frames.nouns.has(noun.lower)) span = [tokens[i]!.start, noun.end];
  } else span = passiveSponsorFrame(tokens, i, frames);
  if (span === null) return false;
  mentions.push({ canonical: group, kind: 'armed_group', start: span[0], end: span[1], surface: text.slice(span[0], span[1]), facet: 'group', origin: 'gazetteer' });
  return true;
}

/** Words that may join a participle to its sponsor: "backed by Turkey", "المدعومة من تركيا". */
const AGENT_MARKERS = new Set(['by', 'من']);

/**
 * The span of "rebels backed by Turkey", "الفصائل المدعومة من تركيا" (noun, participle, by, sponsor at `i`) or
 * «поддерживаемые Турцией боевики» (participle, sponsor at `i`, noun); null when the words around the sponsor are not one.
 */
function passiveSponsorFrame(tokens: NameToken[], i: number, frames: SponsorFrames): [number, number] | null {
  const joined = (k: number) => tokens[k] !== undefined && !tokens[k]!.breakBefore;
  const before = tokens[i - 1];
  if (before !== undefined && joined(i) && frames.participles.has(before.lower) && joined(i + 1) && frames.nouns.has(tokens[i + 1]!.lower)) {
    return [before.start, tokens[i + 1]!.end];
  }
  let k = i - 1;
  if (before !== undefined && AGENT_MARKERS.has(before.lower) && joined(i)) k--;
  const verb = tokens[k];
  const noun = tokens[k - 1];
  if (verb === undefined || noun === undefined || !joined(k) || !joined(k + 1) || !frames.participles.has(verb.lower) || !frames.nouns.has(noun.lower)) return null;
  return [noun.start, tokens[i]!.end];
}
