// A paragraph that opens on the clause a reporting frame introduces, the frame itself left in the paragraph before or
// lost where the page was cut: «إن مسلحي … انتهكوا الهدنة» goes on with the previous paragraph's speaker, and
// «المرصد السوري لحقوق الإنسان أن …» credits the body standing before the clause.
import type { Mention, SpeakerCue } from '../../types';
import { isHeadInitialPhrase } from './head-initial';
import { candidateFromMention } from './history';
import type { SpeakerCandidate } from './history';
import type { SpeakerLexicon } from './lexicon';

const FIRST_WORD = /^[\s"“«]*([\p{L}\p{M}]+)/u;

/** The speaker and cue of a paragraph opening on a reported clause; null when it does not, or no one stands for it. */
export function reportedClauseSpeaker(
  text: string,
  mentions: readonly Mention[],
  previous: SpeakerCandidate | null,
  lexicon: SpeakerLexicon,
): { speaker: SpeakerCandidate; cue: SpeakerCue } | null {
  const first = FIRST_WORD.exec(text);
  // Verb-first scripts only: there a clause word opening a paragraph ("إن", "بأن") cannot open a sentence of narration
  // the way English "That is why…" can.
  if (!first || !isHeadInitialPhrase(text, 0, first[0].length)) return null;
  const start = first[0].length - first[1]!.length;
  if (lexicon.clauseBreaks.has(first[1]!)) {
    // «بأن إدارة إحدى البلدات…»: the previous paragraph's speaker goes on, never one further back.
    return previous ? { speaker: previous, cue: spanCue(text, 'continuation', start, first[0].length) } : null;
  }
  const opening = mentions.find((m) => m.start === start);
  if (!opening || opening.kind === 'place' || opening.facet === 'location') return null;
  const next = FIRST_WORD.exec(text.slice(opening.end));
  if (!next || !lexicon.clauseBreaks.has(next[1]!)) return null;
  return { speaker: candidateFromMention(opening), cue: spanCue(text, 'according_to', opening.start, opening.end) };
}

function spanCue(text: string, kind: SpeakerCue['kind'], start: number, end: number): SpeakerCue {
  return { kind, text: text.slice(start, end), start, end };
}
