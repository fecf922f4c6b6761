// Arabic nationality adjectives (nisba) of a state's Arabic name: "تركيا" → "تركي", "التركية"; "العراق" → "عراقي".
// Arabic derives them by rule, so the gazetteer's state names give them all with no hand list.

const ARABIC_WORD = /^[\u0621-\u064a]+$/u;
const ARTICLE = /^ال/u;
/** The endings a state's name drops before the nisba's "ي" (تركيا → ترك, سورية → سور). */
const NAME_ENDING = /(?:يا|ية|ا|ة)$/u;
/** Shortest stem a nisba is built on ("مصر" → "مصري"); a shorter one would make common words adjectives. */
const MIN_STEM = 3;

/**
 * The masculine and feminine nisba adjectives of a one-word Arabic state name, bare and with the article ("تركي",
 * "تركية", "التركي", "التركية"); none for a name of several words or another script.
 */
export function arabicNisbaForms(name: string): string[] {
  if (!ARABIC_WORD.test(name)) return [];
  const stem = name.replace(ARTICLE, '').replace(NAME_ENDING, '');
  if (stem.length < MIN_STEM) return [];
  const forms = [`${stem}ي`, `${stem}ية`, `ال${stem}ي`, `ال${stem}ية`];
  // Much Arabic news writing drops the hamza of an alef ("امريكي" for "أمريكي").
  return /[أإآ]/u.test(stem) ? [...forms, ...forms.map((f) => f.replace(HAMZA_ALEF, 'ا'))] : forms;
}

const HAMZA_ALEF = /[أإآ]/gu;
