// What earlier paragraphs of a document said about speakers, for resolving "she", "the spokesman", "the ministry".
import type { Mention } from '../../types';

export interface SpeakerCandidate {
  canonical: string;
  isPerson: boolean;
  /** Speaks through a person: a named person, or an institution quoted through its spokesman. */
  personLike: boolean;
  /** Institutions named alongside a person when they spoke ("X, spokeswoman of the Foreign Ministry"). */
  affiliations: string[];
  /** Speaks as a group of unnamed people ("Turkish officials"), a voice of its own and no relay of one source. */
  collective?: boolean;
  /** A state speaking as a whole ("Israel warned"), which its own official named in the same paragraph outranks. */
  state?: boolean;
  /** An outlet credited through its correspondent ("مراسل نداء بوست"), for a later "المراسل" (the correspondent). */
  correspondent?: boolean;
  /** Where the paragraph writes the speaker, when no mention of its canonical name does («минобороны РФ»). */
  written?: { start: number; end: number };
}

export interface SpeakerRecord extends SpeakerCandidate {
  /** Index of the latest paragraph attributed to this speaker. */
  paragraph: number;
}

export interface SeenMention {
  mention: Mention;
  paragraph: number;
}

/** Records a paragraph's speaker, moving it to the most recent position. */
export function rememberSpeaker(history: SpeakerRecord[], candidate: SpeakerCandidate, paragraph: number): void {
  const index = history.findIndex((r) => r.canonical === candidate.canonical);
  const previous = index >= 0 ? history.splice(index, 1)[0] : undefined;
  history.push({
    canonical: candidate.canonical,
    isPerson: candidate.isPerson || (previous?.isPerson ?? false),
    personLike: candidate.personLike || (previous?.personLike ?? false),
    affiliations: [...new Set([...(previous?.affiliations ?? []), ...candidate.affiliations])],
    paragraph,
    ...(candidate.correspondent || previous?.correspondent ? { correspondent: true } : {}),
  });
}

export function findRecentSpeaker(
  history: readonly SpeakerRecord[],
  accept: (record: SpeakerRecord) => boolean,
): SpeakerRecord | undefined {
  return history.findLast(accept);
}

export function findRecentMention(
  seen: readonly SeenMention[],
  accept: (mention: Mention) => boolean,
): Mention | undefined {
  return seen.findLast((entry) => accept(entry.mention))?.mention;
}

export function candidateFromMention(mention: Mention, personLike = false): SpeakerCandidate {
  const isPerson = mention.kind === 'person';
  const candidate = { canonical: mention.canonical, isPerson, personLike: isPerson || personLike, affiliations: [] };
  return mention.kind === 'state' ? { ...candidate, state: true } : candidate;
}

export function candidateFromRecord(record: SpeakerRecord): SpeakerCandidate {
  return {
    canonical: record.canonical,
    isPerson: record.isPerson,
    personLike: record.personLike,
    affiliations: [],
  };
}
