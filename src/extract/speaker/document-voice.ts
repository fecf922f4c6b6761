// Whose voice a whole document is: a transcript, a briefing or remarks published under one person's name ("Transcript
// of Press Stakeout by Special Envoy Geir Pedersen"), whose paragraphs speak in the first person with no attribution.
import type { Mention } from '../../types';
import type { SpeakerLexicon } from './lexicon';
import { analyseQuotes } from './quotes';

/** Paragraphs in the first person, outside quotations, that make a titled document one person's words. */
const MIN_FIRST_PERSON_PARAGRAPHS = 2;

/**
 * The person a document's title names as its speaker, when the title calls the document a transcript, remarks, a
 * briefing or the like; null for a news headline ("Zakharova: US looting Syrian oil"), which reports words.
 */
export function titleVoice(title: string | null, titleMentions: readonly Mention[], lexicon: SpeakerLexicon): string | null {
  if (title === null) return null;
  const words = title.toLowerCase().match(/[\p{L}\p{M}-]+/gu) ?? [];
  if (!words.some((w) => lexicon.voiceDocumentWords.has(w))) return null;
  // A person the gazetteer knows outranks a name the name finder guessed ("Geir O" out of "Mr. Geir O. Pedersen").
  const persons = titleMentions.filter((m) => m.kind === 'person');
  return (persons.find((m) => m.origin === 'gazetteer') ?? persons[0])?.canonical ?? null;
}

/** The first first-person singular pronoun ("I", «я», "أنا") of the analysis text (quotations blanked), or null. */
export function firstPersonWord(analysis: string, lexicon: SpeakerLexicon): { start: number; end: number } | null {
  for (const match of analysis.matchAll(/[\p{L}\p{M}]+/gu)) {
    // "I" is written capitalised; a lowercase "i" is a list marker or a typo, not the speaker.
    const word = match[0] === 'I' ? 'i' : match[0].toLowerCase();
    if (word === 'i' && match[0] !== 'I') continue;
    if (lexicon.firstPersonPronouns.has(word)) return { start: match.index, end: match.index + match[0].length };
  }
  return null;
}

/**
 * Whether the document's own text (quotations aside) speaks in the first person in enough paragraphs to be the
 * words of the person its title names, not a report about them.
 */
export function speaksInFirstPerson(texts: readonly string[], lexicon: SpeakerLexicon): boolean {
  let count = 0;
  for (const text of texts) {
    if (firstPersonWord(analyseQuotes(text).masked, lexicon) !== null) count++;
    if (count >= MIN_FIRST_PERSON_PARAGRAPHS) return true;
  }
  return false;
}
