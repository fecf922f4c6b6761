// The one letter folding under every comparison Sift makes: index and query keys, gazetteer names, outlet names.

/** Letters that do not decompose under NFKD but read as Latin ones (Turkish ı, Polish ł, Nordic ø…). */
const SPECIAL_LETTERS: Record<string, string> = {
  ı: 'i', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ʿ: '', ʾ: '',
};
const SPECIAL = /[ıłøæœßđðþʿʾ]/g;

/**
 * Lowercase, diacritics stripped (Kurdish and Turkish ş ê û î ç fold to s e u i c), special letters spelt out.
 * `keepShortI` keeps Russian й apart from и, as name matching needs (it ends -ой/-ей/-ий).
 */
export function foldLetters(text: string, keepShortI = false): string {
  let s = text.normalize('NFKD');
  if (keepShortI) s = s.replace(/([иИ])\u0306/g, (_, i: string) => (i === 'и' ? 'й' : 'Й'));
  return s
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(SPECIAL, (c) => SPECIAL_LETTERS[c] ?? c);
}

/** Lowercase, NFKD-decomposed, diacritics stripped, typographic quotes straightened: the index's exact key. */
export function foldText(text: string): string {
  return foldLetters(text.replace(/[‘’ʼ`´]/g, "'").replace(/[“”„]/g, '"'));
}

const ARABIC_LETTERS: Record<string, string> = { 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ک': 'ك', 'ة': 'ه' };

/** Arabic letter variants folded (hamza carriers already fold under NFKD): alef wasla, dotless and Persian yeh, Persian kaf, ta marbuta, tatweel. */
export function foldArabicLetters(folded: string): string {
  return folded.replace(/\u0640/g, '').replace(/[ٱىیکة]/g, (c) => ARABIC_LETTERS[c] ?? c);
}
