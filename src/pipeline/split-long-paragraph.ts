// Cuts an overlong paragraph (a whole scraped page on one line) into pieces, so extraction work per paragraph stays bounded.

export const MAX_PARAGRAPH_CHARS = 5000;

/**
 * Pieces of at most `maxChars` characters, cut after a sentence end when there is one, else at a space,
 * else anywhere but inside a surrogate pair. A text within the limit comes back whole.
 */
export function splitLongParagraph(text: string, maxChars: number = MAX_PARAGRAPH_CHARS): string[] {
  if (text.length <= maxChars) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > maxChars) {
    const cut = findCut(rest, maxChars);
    const piece = rest.slice(0, cut).trim();
    if (piece !== '') pieces.push(piece);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.trim() !== '') pieces.push(rest.trim());
  return pieces;
}

function findCut(text: string, maxChars: number): number {
  const window = text.slice(0, maxChars + 1);
  // Prefer the last sentence end in the second half of the window, so pieces are not tiny.
  const floor = Math.floor(maxChars / 2);
  const sentence = /[.!?…]["'”’)\]]*\s/g;
  let best = -1;
  for (let m = sentence.exec(window); m !== null; m = sentence.exec(window)) {
    const end = m.index + m[0].length;
    if (end <= maxChars && end >= floor) best = end;
  }
  if (best > 0) return best;
  const space = window.lastIndexOf(' ', maxChars);
  if (space >= floor) return space + 1;
  const code = text.charCodeAt(maxChars - 1);
  return code >= 0xd800 && code <= 0xdbff ? maxChars - 1 : maxChars;
}
