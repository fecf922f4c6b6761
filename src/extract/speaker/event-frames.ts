// Say-event frames beyond "X said": passive agents ("was stated by X"), tallies of a monitor, participles reporting
// their sentence's subject, relays inside a clause, and the shapes of a subject's apposition.
import type { Mention } from '../../types';
import type { SpeakerLexicon } from './lexicon';

const WORD_BEFORE = /([\p{L}’'-]+)\s*$/u;

/**
 * "وثّق المرصد السوري … تنفيذ 1009 غارات", "أحصى المرصد الخسائر": after a verb-first tally verb the subject is the name
 * that follows it, or its first word ("المرصد"); the tally's object follows with no mark between.
 */
export function recordedBy(text: string, from: number, sentenceEnd: number, mentions: readonly Mention[]): { start: number; end: number } | undefined {
  const first = /[\p{L}\p{M}]+/u.exec(text.slice(from, sentenceEnd));
  if (!first) return undefined;
  const start = from + first.index;
  const named = mentions.find((m) => m.start === start);
  return { start, end: named ? named.end : start + first[0].length };
}

/** A relay marker ("со ссылкой на", "citing") with words of its clause before it, not opening the sentence. */
export function isRelayInsideClause(text: string, sentenceStart: number, hit: { start: number; end: number }, lexicon: SpeakerLexicon): boolean {
  if (lexicon.relayInside.exec(text.slice(hit.start, hit.end))?.[0].length !== hit.end - hit.start) return false;
  const clause = text.slice(sentenceStart, hit.start).split(/[,;:،؛]/u).at(-1) ?? '';
  return /\p{L}/u.test(clause);
}

/** Words between a reporting participle and the particle that opens its clause ("مؤكدة أن", "مشيرا إلى أن"). */
const PARTICIPLE_REACH = 3;

/**
 * The subject a participle reports ("رفعت المتحدثة … ماريا زاخاروفا رأسها…، مؤكدة أن"): the first person named in its
 * sentence, else a body named right after the sentence's verb. Null unless a clause ("أن") follows the participle.
 */
export function participleSubject(
  text: string,
  start: number,
  end: number,
  sentenceStarts: number[],
  mentions: readonly Mention[],
  lexicon: SpeakerLexicon,
): { start: number; end: number } | null {
  const after = (text.slice(end).match(/[\p{L}\p{M}]+/gu) ?? []).slice(0, PARTICIPLE_REACH);
  if (!after.some((w) => lexicon.clauseBreaks.has(w))) return null;
  const sentenceStart = sentenceStarts.filter((s) => s <= start).at(-1) ?? 0;
  const inside = mentions.filter((m) => m.start >= sentenceStart && m.end <= start && m.kind !== 'place' && m.facet !== 'location');
  const person = inside.find((m) => m.kind === 'person');
  const verb = /[\p{L}\p{M}]+\s+/u.exec(text.slice(sentenceStart));
  const body = verb ? inside.find((m) => m.start === sentenceStart + verb.index + verb[0].length) : undefined;
  const subject = person ?? body;
  return subject ? { start: subject.start, end: subject.end } : null;
}

/** Words after a passive verb's agent that end its phrase ("by the minister during a visit"). */
const AGENT_ENDS = new Set(['during', 'amid', 'to', 'while', 'when', 'as', 'with']);

/**
 * "This was stated by Defense Minister Israel Katz during a visit": a passive say-verb names its speaker after "by";
 * the phrase runs to the first preposition or mark. Null when the verb is not passive or has no agent.
 */
export function passiveAgent(text: string, start: number, end: number, lexicon: SpeakerLexicon): { start: number; end: number } | null {
  const by = /^\s+by\s+/u.exec(text.slice(end, end + 8));
  const auxiliary = WORD_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
  // "claimed by ISIS" claims an attack; only verbs of speaking name a speaker after "by".
  if (!by || auxiliary === undefined || !lexicon.passiveAuxiliaries.has(auxiliary) || !lexicon.agentVerbs.has(text.slice(start, end).toLowerCase())) return null;
  const from = end + by[0].length;
  const rest = text.slice(from);
  let stop = rest.search(/[,.;:!?"()]/u);
  if (stop < 0) stop = rest.length;
  for (const word of rest.slice(0, stop).matchAll(/[\p{L}]+/gu)) {
    const lower = word[0].toLowerCase();
    if (word.index > 0 && (AGENT_ENDS.has(lower) || lexicon.locativePrepositions.has(lower) || lexicon.subordinators.has(lower) || lexicon.clauseBreaks.has(lower))) {
      stop = word.index;
      break;
    }
  }
  return stop > 0 ? { start: from, end: from + stop } : null;
}

/** A segment that is one name and nothing else but a determiner or a conjunction ("Russia", "but the Kremlin"). */
export function isBareName(segment: [number, number], text: string, mentions: readonly Mention[], lexicon: SpeakerLexicon): boolean {
  const inside = mentions.filter((m) => m.start >= segment[0] && m.end <= segment[1]);
  if (inside.length !== 1) return false;
  for (const match of text.slice(segment[0], segment[1]).matchAll(/[\p{L}]+/gu)) {
    const at = segment[0] + match.index;
    const lower = match[0].toLowerCase();
    // "The UN envoy for Syria" names a post, whose holder the apposition names.
    if (lexicon.personRoles.has(lower)) return false;
    if (at >= inside[0]!.start && at < inside[0]!.end) continue;
    if (!lexicon.definiteDeterminers.has(lower) && !lexicon.adverbials.has(lower) && !BARE_NAME_GLUE.has(lower)) return false;
  }
  return true;
}

/** A segment with a capitalised word past its opening particle ("Ayman Safadi"; not "But a war monitor"). */
export function writesName(segment: [number, number], text: string, lexicon: SpeakerLexicon): boolean {
  const words = text.slice(segment[0], segment[1]).match(/[\p{L}]+/gu) ?? [];
  return words.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && (lexicon.definiteDeterminers.has(w.toLowerCase()) || lexicon.indefiniteDeterminers.has(w.toLowerCase()) || BARE_NAME_GLUE.has(w.toLowerCase()))));
}

/** An apposition that opens on its name or a determiner ("the Syrian Observatory…"), not on "including X". */
export function opensOnName(segment: [number, number], text: string, mentions: readonly Mention[], lexicon: SpeakerLexicon): boolean {
  const first = /[\p{L}]+/u.exec(text.slice(segment[0], segment[1]));
  if (!first) return false;
  const at = segment[0] + first.index;
  return lexicon.definiteDeterminers.has(first[0].toLowerCase()) || mentions.some((m) => m.start <= at && m.end > at);
}

const BARE_NAME_GLUE = new Set(['and', 'but', 'so', 'yet', 'и', 'а', 'но']);
