// The main speaker of a paragraph that credits several: the first source, unless it relays another, a person's
// attribution closes its sentence, or sources stand side by side after narration.
import type { SayEvent } from './events';
import { findSentenceStarts } from './events';
import type { SpeakerCandidate } from './history';
import type { SpeakerLexicon } from './lexicon';
import type { QuoteLayout } from './quotes';

/**
 * The first attributed source, unless it only relays another one. A paragraph that opens with
 * narration and then sets several sources side by side ("Washington says…; Moscow says…") has no main speaker.
 */
export function chooseMainSpeaker(
  attributed: { event: SayEvent; speaker: SpeakerCandidate }[],
  analysis: string,
  layout: QuoteLayout,
  lexicon: SpeakerLexicon,
): { event: SayEvent; speaker: SpeakerCandidate } | null {
  const distinct = new Set(attributed.map((a) => a.speaker.canonical));
  const firstSentenceEnd = findSentenceStarts(analysis)[1] ?? analysis.length;
  const opensWithNarration = !layout.startsWithQuote && attributed.every((a) => a.event.start >= firstSentenceEnd);
  // "Syrian state media claimed…, while Turkish media said…": sources set against each other in one sentence lead
  // with the first; sources in sentences of their own ("Washington says…. Moscow says….") have no main one.
  if (distinct.size >= 2 && opensWithNarration && !firstTwoShareSentence(attributed, analysis)) return null;
  const first = attributed.find((a) => !a.event.relay) ?? attributed[0] ?? null;
  const main = first && !first.speaker.isPerson
    ? (relayedPerson(attributed, first, analysis, lexicon) ?? spokenThrough(attributed, first, analysis) ?? closingPersonAttribution(attributed, first, analysis) ?? first)
    : first;
  // "Israel warned… . “…,” Defense Minister Israel Katz said": the state's words come from the person quoted.
  if (main?.speaker.state === true) return attributed.find((a) => a.speaker.isPerson && a.event.start > main.event.start) ?? main;
  return main;
}

/**
 * "According to SANA, Lavrov said…", «Как передает РИА Новости, Лавров заявил…», "Reuters reported that Lavrov
 * said…": a source that opens the sentence passes on the words of the person whose verb comes right after it (only a
 * comma or "that" between), so the person speaks; the source speaks only when no person does.
 */
function relayedPerson(
  attributed: { event: SayEvent; speaker: SpeakerCandidate }[],
  first: { event: SayEvent; speaker: SpeakerCandidate },
  analysis: string,
  lexicon: SpeakerLexicon,
): { event: SayEvent; speaker: SpeakerCandidate } | undefined {
  const sourceEnd = first.event.subjectSide === 'after' ? Math.max(first.event.end, first.event.phrase.end) : first.event.end;
  const sentenceEnd = findSentenceStarts(analysis).find((s) => s > first.event.start) ?? analysis.length;
  const next = attributed.find((a) => a.event.start >= sourceEnd);
  if (!next || !next.speaker.isPerson || next.event.subjectSide !== 'before' || next.event.start >= sentenceEnd) return undefined;
  if (next.event.phrase.start < sourceEnd) return undefined;
  const gap = analysis.slice(sourceEnd, next.event.phrase.start).toLowerCase();
  const words = gap.match(/[\p{L}]+/gu) ?? [];
  if (!/^[\s\p{L},:—–-]*$/u.test(gap) || words.length > 1 || (words[0] !== undefined && !lexicon.complementizers.has(words[0]))) return undefined;
  return next;
}

/**
 * "وذكرت الوزارة على لسان المتحدث باسمها، إيغور كوناشينكوف" (the ministry said through its spokesman, Igor
 * Konashenkov): a source phrase right after the body's subject names the person who spoke for it.
 */
function spokenThrough(
  attributed: { event: SayEvent; speaker: SpeakerCandidate }[],
  first: { event: SayEvent; speaker: SpeakerCandidate },
  analysis: string,
): { event: SayEvent; speaker: SpeakerCandidate } | undefined {
  const subjectEnd = Math.max(first.event.end, first.event.phrase.end, first.event.inverted?.end ?? 0);
  const next = attributed.find((a) => a.event.start >= first.event.end && a !== first);
  if (!next || next.event.source !== true || !next.speaker.isPerson) return undefined;
  return analysis.slice(subjectEnd, next.event.start).trim() === '' ? next : undefined;
}

/**
 * "The Access Center … has confirmed 25 cases …, the NGO's program manager, Marielle Hayek, told L'Orient Today.": a
 * person's attribution closing the sentence after a comma credits the whole sentence, the body's verb inside it too.
 */
function closingPersonAttribution(
  attributed: { event: SayEvent; speaker: SpeakerCandidate }[],
  first: { event: SayEvent; speaker: SpeakerCandidate },
  analysis: string,
): { event: SayEvent; speaker: SpeakerCandidate } | undefined {
  const starts = findSentenceStarts(analysis);
  const sentenceEnd = starts.find((s) => s > first.event.start) ?? analysis.length;
  return attributed.find((a) => {
    if (!a.speaker.isPerson || a.event.start <= first.event.end || a.event.start >= sentenceEnd || a.event.subjectSide !== 'before') return false;
    // The attribution follows a comma and ends the sentence: "…, X told Y." — no clause of its own after the verb.
    const before = analysis.slice(first.event.end, a.event.phrase.start);
    const after = analysis.slice(a.event.end, sentenceEnd);
    return /[,،]\s*$/u.test(before) && !/[,،"]|\bthat\b/u.test(after);
  });
}

function firstTwoShareSentence(attributed: { event: SayEvent; speaker: SpeakerCandidate }[], analysis: string): boolean {
  const first = attributed[0]!;
  const second = attributed.find((a) => a.speaker.canonical !== first.speaker.canonical);
  if (!second) return false;
  const starts = findSentenceStarts(analysis);
  const sentenceOf = (at: number) => starts.filter((s) => s <= at).length;
  return sentenceOf(first.event.start) === sentenceOf(second.event.start);
}
