// A state or its government credited as speaker ("Damascus demanded…", "Russia says…") usually relays the state
// institution the article has been quoting; crediting that institution keeps one source under one name.
import type { Gazetteer } from './gazetteer';

export type SpeakerConsolidator = (speakers: readonly (string | null)[]) => (string | null)[];

export function createSpeakerConsolidator(gazetteer: Gazetteer): SpeakerConsolidator {
  const stateOfGeneric = new Map<string, string>();
  const stateOfInstitution = new Map<string, string>();
  const stateByPrefix = new Map<string, string>();
  for (const entry of gazetteer.entries) {
    if (entry.kind !== 'state') continue;
    stateOfGeneric.set(entry.canonical, entry.canonical);
    for (const word of [entry.canonical, `${entry.canonical}'s`, ...(entry.demonyms ?? [])]) stateByPrefix.set(word, entry.canonical);
  }
  for (const entry of gazetteer.entries) {
    if (entry.governmentOf) stateOfGeneric.set(entry.canonical, entry.governmentOf);
    else if (entry.kind === 'organisation') {
      const state = stateByPrefix.get(entry.canonical.split(' ')[0] ?? '');
      if (state) stateOfInstitution.set(entry.canonical, state);
    }
  }

  return (speakers) => {
    const lastInstitution = new Map<string, string>();
    return speakers.map((speaker) => {
      if (speaker === null) return null;
      const institutionState = stateOfInstitution.get(speaker);
      if (institutionState) {
        lastInstitution.set(institutionState, speaker);
        return speaker;
      }
      const genericState = stateOfGeneric.get(speaker);
      return (genericState && lastInstitution.get(genericState)) || speaker;
    });
  };
}
