// Arabic spellings of a known person's surname that differ only in its long vowels ("بيدرسون" and "بيدرسن" for
// Pedersen, "لافروف"/"لافروڤ"): Arabic writes a foreign name's vowels as it hears them, so outlets disagree on them.
import { foldToken } from '../../text/fold-name';
import type { Gazetteer } from './gazetteer';

const ARABIC_WORD = /^[\u0621-\u064a]+$/u;
/** The long-vowel letters an Arabic transcription may add or drop (after the first letter, which is kept). */
const LONG_VOWELS = /[اويى]/gu;
/** Consonants a surname's skeleton needs: a shorter one matches common words by chance. */
const MIN_SKELETON = 4;

/** A folded Arabic word without its long vowels past the first letter: "بيدرسون" → "بدرسن". */
export function arabicSkeleton(folded: string): string {
  return folded.slice(0, 1) + folded.slice(1).replace(LONG_VOWELS, '');
}

/**
 * A lookup from a folded Arabic word that no name is spelt with to the one known person whose Arabic surname has the
 * same consonants; null when none or several do.
 */
export function createArabicSurnameLookup(gazetteer: Gazetteer, knownWords: ReadonlySet<string>): (folded: string) => string | null {
  const owners = new Map<string, string | null>();
  for (const entry of gazetteer.entries) {
    if (entry.kind !== 'person') continue;
    for (const alias of [entry.canonical, ...entry.aliases]) {
      const surname = alias.split(/\s+/u).at(-1) ?? '';
      if (!ARABIC_WORD.test(surname)) continue;
      const skeleton = arabicSkeleton(foldToken(surname));
      if (skeleton.length < MIN_SKELETON) continue;
      const owner = owners.get(skeleton);
      owners.set(skeleton, owner === undefined || owner === entry.canonical ? entry.canonical : null);
    }
  }
  return (folded) => (knownWords.has(folded) ? null : (owners.get(arabicSkeleton(folded)) ?? null));
}
