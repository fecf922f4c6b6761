// Small text helpers shared by segmentation rules: whitespace, comparison keys, word counts.

/** Collapses runs of whitespace (NBSP, tabs, zero-width spaces included) to one space and trims. */
export function normalizeWhitespace(text: string): string {
  return text
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

/** A key for near-exact comparison: case, quotes, dashes and punctuation folded away. */
export function toComparisonKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘ʼ`´']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu);
  return words ? words.length : 0;
}

/** True when the line ends like a sentence: . ! ? or … optionally followed by closing quotes/brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["”’'»)\]]*$/u.test(text.trim());
}

/** Strips list bullets and decorative leading symbols so rules see the words. */
export function stripBullets(text: string): string {
  return text.replace(/^[\s•·▪◦►▶→*\-–—|>]+/u, '').trim();
}
