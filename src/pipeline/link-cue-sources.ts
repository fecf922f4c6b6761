// Points each borrowed attribution ("she added", a quotation running on) at the paragraph that named its speaker.
import type { SpeakerCue, SpeakerCueKind } from '../types';

/** Kinds whose speaker is named in an earlier paragraph, not in their own words. */
const BORROWED: ReadonlySet<SpeakerCueKind> = new Set(['pronoun', 'continuation']);

interface Attributed {
  anchor: string;
  speaker: string | null;
  speaker_cue?: SpeakerCue | null;
}

/**
 * Sets `speaker_cue.from` on pronoun and continuation cues: the nearest earlier paragraph crediting the same speaker
 * in its own words (a quote, a speech verb or "according to"). Returns new paragraph objects; the input is unchanged.
 */
export function linkCueSources<P extends Attributed>(paragraphs: readonly P[]): P[] {
  const namedAt = new Map<string, string>();
  return paragraphs.map((p) => {
    const cue = p.speaker_cue;
    if (p.speaker === null || !cue) return p;
    if (!BORROWED.has(cue.kind)) {
      namedAt.set(p.speaker, p.anchor);
      return p;
    }
    const from = namedAt.get(p.speaker);
    return from === undefined ? p : { ...p, speaker_cue: { ...cue, from } };
  });
}
