// Body lines that lack a sentence's end: a sentence a page broke over several short lines ("…في شمال سوريا،"), a
// lead-in to a quotation ("وأضافت مصادر أمنية تركية:"), and long prose in a script without capitals.
import { loadLanguages, wordsOfAllLanguages } from '../text';
import { countWords, endsLikeSentence } from './text-normalize';

/** A comma ending a line: the sentence goes on in the next line, which no heading or caption does. */
const ENDS_ON_COMMA = /[,،]\s*$/u;
/** Words a piece ending on a comma needs to count as part of a sentence ("لندن،" alone may be a dateline). */
const MIN_PIECE_WORDS = 3;
/** Unpunctuated pieces before a comma piece that may open its sentence ("بعد دقائق من إعلان …" / "سُمع دوي …،"). */
const MAX_OPENING_PIECES = 2;
/** Words a line in a script without capitals needs to read as prose whatever its end: headlines are shorter. */
export const CASELESS_PROSE_WORDS = 16;
/** A letter of a script without capitals (Arabic). */
const CASELESS_LETTER = /[\u0600-\u06ff]/u;
const CASED_LETTER = /[\p{Lu}\p{Ll}]/u;
/** One-letter proclitics glued to an Arabic word ("وكان", "فإن"), stripped to find the function word. */
const PROCLITIC = /^[وف](?=\p{L}{2})/u;

let sayVerbs: ReadonlySet<string> | undefined;
let functionWords: ReadonlySet<string> | undefined;

function wordsOf(line: string): string[] {
  return line.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
}

/** "Lavrov told reporters:", "وأضافت مصادر أمنية تركية:": a line ending on a colon with a say-verb introduces words. */
export function isQuoteLeadIn(line: string): boolean {
  if (!line.trimEnd().endsWith(':')) return false;
  sayVerbs ??= new Set(wordsOfAllLanguages('speech', 'verbs').filter((v) => !v.includes(' ')).map((v) => v.toLowerCase()));
  const words = wordsOf(line);
  return words.length >= 2 && words.some((w) => sayVerbs!.has(w));
}

/**
 * Whether a line of at least CASELESS_PROSE_WORDS words (the caller counted them) is in a script without capitals:
 * Arabic prose that lost its full stop, which no headline is.
 */
export function isCaselessProse(line: string): boolean {
  return CASELESS_LETTER.test(line) && !CASED_LETTER.test(line);
}

/** Whether a line opens on a function word ("بعد", "في", "وكان"): the start of a sentence, not of a heading. */
function opensOnFunctionWord(line: string): boolean {
  functionWords ??= new Set(loadLanguages().flatMap((l) => l.stopwords.map((w) => w.toLowerCase())));
  const first = wordsOf(line)[0];
  return first !== undefined && (functionWords.has(first) || functionWords.has(first.replace(PROCLITIC, '')));
}

/**
 * Marks, in place, the pieces of sentences broken over lines: a line ending on a comma before a body line, and the
 * unpunctuated pieces right before it that open on a function word. Read from the end, so a chain of pieces
 * ("…،" / "…،" / "….") is found whole.
 */
export function markBrokenSentences(candidates: readonly string[], bodyLike: boolean[]): void {
  for (let i = candidates.length - 2; i >= 0; i--) {
    const line = candidates[i]!;
    if (bodyLike[i] || !bodyLike[i + 1] || !ENDS_ON_COMMA.test(line) || countWords(line, MIN_PIECE_WORDS) < MIN_PIECE_WORDS) continue;
    bodyLike[i] = true;
    for (let j = i - 1, taken = 0; j >= 0 && taken < MAX_OPENING_PIECES; j--, taken++) {
      const piece = candidates[j]!;
      if (bodyLike[j] || endsLikeSentence(piece) || /[:;]\s*$/u.test(piece) || !opensOnFunctionWord(piece)) break;
      bodyLike[j] = true;
    }
  }
}
