// Finds the last line of a page pasted as an excerpt: a sentence cut off mid-way, which carries on the body before it.
import { loadLanguages } from '../text';
import { countWords } from './text-normalize';

/** Words a cut-off last line needs: fewer are a label or a button. */
const MIN_CUT_WORDS = 3;
/** Fewer words may be a signature; a line in a script without case (Arabic) needs this many to count as prose. */
const MIN_CUT_WORDS_CASELESS = 5;
/** An agency's acronym opening a line ("TASS, …", "AFP -"). */
const SIGNATURE_START = /^\p{Lu}{2,}(?![\p{Ll}])/u;
/** Subheading-shaped lines ("Breaching the Capital") that may stand between the body and the cut line. */
const MAX_SKIPPED_SUBHEADINGS = 1;
/** Words a subheading may have. */
const SUBHEADING_MAX_WORDS = 10;

/** A line that reads as the start of a sentence cut off: enough words, mostly lower case, no headline's closing mark. */
export function isCutOffSentence(line: string): boolean {
  const words = line.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  // A closing mark ends something whole: a question, a label, a quoted headline ("Zakharova: “… Treaty”").
  if (words.length < MIN_CUT_WORDS || /[?!:”»]$/u.test(line.trim())) return false;
  if (words.length < MIN_CUT_WORDS_CASELESS) {
    // A few words are a signature ("TASS, information agency", an Arabic outlet name) unless they read as prose.
    const cased = words.some((w) => /\p{Lu}|\p{Ll}/u.test(w));
    if (SIGNATURE_START.test(line) || ((!cased || line.includes(',')) && !hasFunctionWord(words))) return false;
  }
  // Scripts without case (Arabic) have no headline capitals to tell; Latin and Cyrillic headlines capitalise most words.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised <= words.length / 2;
}

let functionWords: ReadonlySet<string> | undefined;
/** A one-letter conjunction glued to an Arabic word ("وكان", "فإن"). */
const ARABIC_PROCLITIC = /^[وف](?=\p{L}{2})/u;

/** A stopword of any language ("что", "في", "that"): prose has them, an outlet's or author's name rarely does. */
function hasFunctionWord(words: readonly string[]): boolean {
  functionWords ??= new Set(loadLanguages().flatMap((l) => l.stopwords.map((w) => w.toLowerCase())));
  // "وكان" (and was): Arabic glues its conjunction to the word after it.
  return words.some((w) => {
    const word = w.toLowerCase().replace(/[^\p{L}]/gu, '');
    return functionWords!.has(word) || functionWords!.has(word.replace(ARABIC_PROCLITIC, ''));
  });
}

export interface CutOffInput {
  candidates: readonly string[];
  bodyLike: readonly boolean[];
  /** Per candidate, whether furniture that closes a body ("Most read", "Related", a prompt) stood right before it. */
  labelBefore: readonly boolean[];
}

/**
 * The index of the last candidate when it is a sentence cut off after the body, else -1. The body may end one
 * subheading earlier ("…the regime. / Breaching the Capital / As opposition forces closed in on Damascus, they t");
 * a list label between ("Most read", "Related") means related headlines instead.
 */
export function findCutOffLine({ candidates, bodyLike, labelBefore }: CutOffInput): number {
  const cut = candidates.length - 1;
  if (cut < 1 || bodyLike[cut] || !isCutOffSentence(candidates[cut]!)) return -1;
  for (let back = cut - 1, skipped = 0; back >= 0; back--) {
    if (labelBefore[back + 1]) return -1;
    if (bodyLike[back]) return cut;
    const line = candidates[back]!;
    if (skipped >= MAX_SKIPPED_SUBHEADINGS || countWords(line, SUBHEADING_MAX_WORDS + 1) > SUBHEADING_MAX_WORDS) return -1;
    skipped += 1;
  }
  return -1;
}
