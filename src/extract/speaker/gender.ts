// Light gender knowledge for pronoun agreement: a person's recorded gender, else what their first name almost always denotes.
import { readFileSync } from 'node:fs';

export type Gender = 'female' | 'male';

export interface GenderLexicon {
  /** Gender of a person's canonical name, or null when nothing says. */
  genderOf(canonical: string): Gender | null;
  /** Gender a pronoun requires ("she" → female), or null for one that fits anyone. */
  pronounGender(word: string): Gender | null;
}

const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself', 'она', 'её', 'ее']);
const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself', 'он', 'его']);
/** Honorifics and kunyas come before the given name: "Abu Hamza" says nothing of a first name. */
const SKIP_FIRST = new Set(['abu', 'umm', 'sheikh', 'dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.']);

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8'));
}

/** Builds the lexicon from `data/first-names.json` and the `gender` of entries in `data/people.json`. */
export function loadGenderLexicon(): GenderLexicon {
  const names = readJson('first-names.json') as { female?: string[]; male?: string[] };
  const firstNames = new Map<string, Gender>();
  for (const n of names.female ?? []) firstNames.set(n.toLowerCase(), 'female');
  for (const n of names.male ?? []) firstNames.set(n.toLowerCase(), 'male');
  const known = new Map<string, Gender>();
  for (const entry of readJson('people.json') as { canonical?: unknown; gender?: unknown }[]) {
    if (typeof entry.canonical === 'string' && (entry.gender === 'female' || entry.gender === 'male')) known.set(entry.canonical, entry.gender);
  }
  return {
    genderOf(canonical) {
      const recorded = known.get(canonical);
      if (recorded) return recorded;
      const words = canonical.toLowerCase().split(/\s+/u);
      if (words.length < 2 || SKIP_FIRST.has(words[0]!)) return null;
      return firstNames.get(words[0]!) ?? null;
    },
    pronounGender(word) {
      const w = word.toLowerCase();
      return FEMALE_PRONOUNS.has(w) ? 'female' : MALE_PRONOUNS.has(w) ? 'male' : null;
    },
  };
}

export const defaultGenderLexicon: GenderLexicon = loadGenderLexicon();
