// A state or its government credited as speaker ("Damascus demanded…", "Russia says…") usually relays a source of
// that state the article quotes (its ministry, its spokeswoman); crediting that source keeps one voice under one name.
import type { Gazetteer } from '../entities/gazetteer';

/** `collective[i]` marks a speaker that is a group of unnamed people ("Turkish officials"), kept as it is. */
export type SpeakerConsolidator = (speakers: readonly (string | null)[], collective?: readonly boolean[]) => (string | null)[];

export interface SpeakerConsolidationOptions {
  /** Paragraphs after a state-level speaker searched for its source when none spoke before it. */
  lookAhead: number;
  /**
   * Look ahead only from the article's first paragraphs: a lede ("Russia has expressed deep concern…") sums up
   * the statement quoted next, while a state speaking mid-article is a statement of its own.
   */
  ledeParagraphs: number;
}

export const defaultSpeakerConsolidationOptions: SpeakerConsolidationOptions = { lookAhead: 2, ledeParagraphs: 2 };

export function createSpeakerConsolidator(
  gazetteer: Gazetteer,
  options: Partial<SpeakerConsolidationOptions> = {},
): SpeakerConsolidator {
  const lookAhead = options.lookAhead ?? defaultSpeakerConsolidationOptions.lookAhead;
  const ledeParagraphs = options.ledeParagraphs ?? defaultSpeakerConsolidationOptions.ledeParagraphs;
  /** State-level speakers: a state, or a government named apart from it ("Syrian government"). */
  const stateOfGeneric = new Map<string, string>();
  /** Sources that speak for a state: its institutions and the people with that affiliation. */
  const stateOfSource = new Map<string, string>();
  const stateByPrefix = new Map<string, string>();
  for (const entry of gazetteer.entries) {
    if (entry.kind !== 'state') continue;
    stateOfGeneric.set(entry.canonical, entry.canonical);
    for (const word of [entry.canonical, `${entry.canonical}'s`, ...(entry.demonyms ?? [])]) stateByPrefix.set(word, entry.canonical);
  }
  for (const entry of gazetteer.entries) {
    if (entry.governmentOf) stateOfGeneric.set(entry.canonical, entry.governmentOf);
    // News outlets relay others' words; "TASS reports … Russia says" is still Russia's own voice.
    else if (entry.media) continue;
    else if (entry.state && (entry.kind === 'organisation' || entry.kind === 'person')) stateOfSource.set(entry.canonical, entry.state);
    else if (entry.kind === 'organisation') {
      // Institutions without a recorded state are found by the demonym that opens their name ("Syrian Health Ministry").
      const state = stateByPrefix.get(entry.canonical.split(' ')[0] ?? '');
      if (state) stateOfSource.set(entry.canonical, state);
    }
  }

  return (speakers, collective = []) => {
    const lastSource = new Map<string, string>();
    return speakers.map((speaker, i) => {
      if (speaker === null || collective[i] === true) return speaker;
      const sourceState = stateOfSource.get(speaker);
      if (sourceState) {
        lastSource.set(sourceState, speaker);
        return speaker;
      }
      const genericState = stateOfGeneric.get(speaker);
      if (!genericState) return speaker;
      const earlier = lastSource.get(genericState);
      if (earlier) return earlier;
      if (i >= ledeParagraphs) return speaker;
      for (const later of speakers.slice(i + 1, i + 1 + lookAhead)) {
        if (later !== null && stateOfSource.get(later) === genericState) return later;
      }
      return speaker;
    });
  };
}
