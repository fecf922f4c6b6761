// The evidence for an attribution: which words of the paragraph credit the speaker, and of what kind.
import type { Mention, SpeakerCue, SpeakerCueKind } from '../../types';
import type { SayEvent } from './events';
import { findSentenceStarts } from './events';
import type { SpeakerCandidate } from './history';
import type { QuoteLayout } from './quotes';

/** A cue longer than this is cut to its verb end: the analyst needs the carrying words, not the clause. */
const MAX_CUE_CHARS = 90;
/** A shorter last word is too likely to occur by chance to stand for a surname in a cue. */
const MIN_SURNAME_CHARS = 3;
/** Characters of a continued quotation shown as its cue. */
const CONTINUATION_CHARS = 48;
/** Verbs with which an institution passes on news ("Reuters reported", «сообщает») rather than speaking. */
const REPORT_VERB =
  /^(?:report(?:ed|s)?|writes|wrote|сообща(?:ет|ют|ется|л[аио]?)|сообщил[аио]?|переда[её]т|передавал[аио]?|пиш(?:ет|ут)|писал[аио]?|информирует|[وف]?(?:[أا]فاد(?:ت)?|ذكر(?:ت)?|نقل(?:ت)?))$/iu;

function cue(text: string, kind: SpeakerCueKind, start: number, end: number): SpeakerCue {
  let from = start;
  let to = end;
  while (from < to && /\s|[,.;:—–-]/u.test(text[from]!)) from++;
  while (to > from && /\s|[,;:—–-]/u.test(text[to - 1]!)) to--;
  // مراسل "نداء بوست": a quoted name the cue ends on keeps its closing mark.
  const span = text.slice(from, to);
  const open = (span.match(/"/gu)?.length ?? 0) % 2 === 1 || (span.match(/[«“]/gu)?.length ?? 0) > (span.match(/[»”]/gu)?.length ?? 0);
  if (open && /["»”]/u.test(text[to] ?? '')) to++;
  return { kind, text: text.slice(from, to), start: from, end: to };
}

/** The cue of a say-event that credited `speaker` in `text`. */
export function cueForEvent(
  text: string,
  event: SayEvent,
  speaker: SpeakerCandidate,
  mentions: readonly Mention[],
  layout: QuoteLayout,
): SpeakerCue {
  const ranges = [event.phrase, ...(event.inverted ? [event.inverted] : [])];
  const named =
    mentions.find((m) => m.canonical === speaker.canonical && ranges.some((r) => m.start >= r.start && m.end <= r.end)) ??
    writtenSpeaker(text, speaker.canonical, ranges) ??
    speaker.written ??
    // "جدد وزير الخارجية الروسي، سيرغي لافروف،": the name in apposition just past the phrase.
    mentions.find((m) => m.canonical === speaker.canonical && m.start >= event.end && m.end - event.start <= MAX_CUE_CHARS);
  if (event.source === true) {
    const end = named ? named.end : Math.min(event.phrase.end, event.end + MAX_CUE_CHARS);
    // «ФАН, ссылаясь на Урсулу Мюллер, сообщило»: a source relayed before the verb opens the cue.
    return named && named.end <= event.start ? cue(text, 'according_to', named.start, event.end) : cue(text, 'according_to', event.start, end);
  }
  if (!named) {
    // "she added", "the spokeswoman noted": a pronoun or role noun standing for a speaker named earlier.
    const phrase = event.subjectSide === 'before' ? event.phrase : event.inverted ?? event.phrase;
    const start = Math.min(phrase.start, event.start);
    const end = Math.max(phrase.end, event.end);
    const bounded = end - start > MAX_CUE_CHARS ? { start: event.start, end: event.end } : { start, end };
    return cue(text, 'pronoun', bounded.start, bounded.end);
  }
  const start = Math.min(named.start, event.start);
  const end = Math.max(named.end, event.end);
  const bounded = end - start > MAX_CUE_CHARS ? (named.start < event.start ? [named.start, named.end] : [event.start, named.end]) : [start, end];
  const verb = text.slice(event.start, event.end);
  if (!speaker.isPerson && REPORT_VERB.test(verb)) return cue(text, 'according_to', bounded[0]!, bounded[1]!);
  return cue(text, quotedInSentence(text, event, layout) ? 'quote' : 'verb', bounded[0]!, bounded[1]!);
}

/** Whether a quotation stands in the event's sentence ("“…,” Zakharova said"). */
function quotedInSentence(text: string, event: SayEvent, layout: QuoteLayout): boolean {
  if (layout.spans.length === 0) return false;
  const starts = findSentenceStarts(text);
  const sentenceStart = starts.filter((s) => s <= event.start).at(-1) ?? 0;
  const sentenceEnd = starts.find((s) => s > event.start) ?? text.length;
  // A quotation's own full stop may end the sentence before the attribution ("…." she said): allow the one before.
  const previous = starts.filter((s) => s < sentenceStart).at(-1) ?? sentenceStart;
  return layout.spans.some(([s, e]) => e > previous && s < sentenceEnd && (e >= sentenceStart - 2 || e > event.start - 4));
}

/** The cue of a paragraph that carries on a quotation: its opening quoted words. */
export function continuationCue(text: string, layout: QuoteLayout): SpeakerCue {
  const first = layout.spans[0];
  const start = first ? first[0] : 0;
  return cue(text, 'continuation', start, wordEnd(text, start, Math.min(first ? first[1] : text.length, start + CONTINUATION_CHARS)));
}

/** The cue of a first-person paragraph in a document one person speaks ("I told the Council…"): its pronoun. */
export function firstPersonCue(text: string, word: { start: number; end: number }): SpeakerCue {
  return cue(text, 'pronoun', word.start, word.end);
}

/** The cue of a transcript label ("MR PRICE:"), or of a turn that goes on from one. */
export function transcriptCue(text: string, labelEnd: number | null): SpeakerCue {
  if (labelEnd !== null && labelEnd > 0) return cue(text, 'verb', 0, labelEnd);
  return cue(text, 'continuation', 0, wordEnd(text, 0, Math.min(text.length, CONTINUATION_CHARS)));
}

/** `end` moved back to the end of a whole word, unless that leaves nothing. */
function wordEnd(text: string, start: number, end: number): number {
  if (end >= text.length || !/[\p{L}\p{N}]/u.test(text[end]!)) return end;
  const space = text.lastIndexOf(' ', end);
  return space > start ? space : end;
}

/** A speaker credited as written (a name or body no gazetteer holds): where the phrase writes it. */
function writtenSpeaker(text: string, canonical: string, ranges: readonly { start: number; end: number }[]): { start: number; end: number } | undefined {
  // "وأكدت قسيس": a person named in full earlier may be written by the surname alone.
  const surname = canonical.split(' ').at(-1)!;
  for (const written of surname.length >= MIN_SURNAME_CHARS && surname !== canonical ? [canonical, surname] : [canonical]) {
    for (const range of ranges) {
      const at = text.slice(range.start, range.end).replace(/[“”"«»]/gu, ' ').indexOf(written);
      // «по словам Жмурина»: a name declined in the text ends where its written word ends.
      let end = range.start + at + written.length;
      while (at >= 0 && end < range.end && /\p{L}/u.test(text[end]!)) end++;
      if (at >= 0) return { start: range.start + at, end };
    }
  }
  return undefined;
}
