// Folds names to a spelling-insensitive key so transliteration variants (Maqsoud/Maqsood/Maqsud) compare equal.

const SPECIAL_LETTERS: Record<string, string> = {
  ı: 'i', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ʿ: '', ʾ: '',
};

/** Arabic articles written attached with a hyphen (`ash-Sham`, `ad-Din`); `al`/`el` count even when free-standing. */
const HYPHEN_ARTICLES = new Set(['al', 'el', 'as', 'ash', 'ad', 'an', 'at', 'ar', 'az', 'es', 'ez', 'ed', 'er', 'ul', 'adh', 'ath']);
const FREE_ARTICLES = new Set(['al', 'el']);

const tokenCache = new Map<string, string>();

/** Folds one word: accents, case, apostrophes, and common romanisation alternations (ou/oo→u, ee/ei/ey→i, q→k, doubled letters). */
export function foldToken(word: string): string {
  const cached = tokenCache.get(word);
  if (cached !== undefined) return cached;
  let s = word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  s = s.replace(/[ıłøæœßđðþʿʾ]/g, (c) => SPECIAL_LETTERS[c] ?? c);
  s = s.replace(/[^\p{L}\p{N}]+/gu, '');
  s = s
    .replace(/q/g, 'k')
    .replace(/ou|oo/g, 'u')
    .replace(/ee|ei|ey|iy/g, 'i')
    .replace(/(.)\1+/g, '$1');
  if (s.length > 3) s = s.replace(/([aeiou])h$/, '$1');
  if (tokenCache.size < 200_000) tokenCache.set(word, s);
  return s;
}

/** True for an Arabic article token, given whether a hyphen joins it to the next word. */
export function isArticle(word: string, hyphenAfter: boolean): boolean {
  const w = word.toLowerCase();
  return FREE_ARTICLES.has(w) || (hyphenAfter && HYPHEN_ARTICLES.has(w));
}

/** Folds a whole name to its matching key: words folded, articles and possessives dropped, joined by spaces. */
export function foldName(name: string): string {
  const words: string[] = [];
  const re = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’‘ʼ`][\p{L}]+)*/gu;
  for (const m of name.matchAll(re)) {
    let w = m[0];
    const end = (m.index ?? 0) + w.length;
    if (isArticle(w, name[end] === '-')) continue;
    w = w.replace(/['’‘ʼ`]s$/i, '');
    const f = foldToken(w);
    if (f) words.push(f);
  }
  return words.join(' ');
}
