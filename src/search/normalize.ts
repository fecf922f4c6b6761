// The one text-normalisation pipeline shared by indexing, querying, phrase checks and snippets.
import { readFileSync } from 'node:fs';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { stemmer } from 'stemmer';

interface TransliterationData {
  substitutions: [string, string][];
  finalSubstitutions: [string, string][];
  collapseDoubledLetters: boolean;
  article: {
    canonical: string;
    always: string[];
    hyphenated: string[];
    vowels: string[];
    sunOnsets: string[];
  };
}

function readData<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;
}

const TRANSLIT = readData<TransliterationData>('transliteration.json');
const STOPWORD_LISTS = readData<{ words: string[]; russian: string[]; arabic: string[] }>('stopwords.json');
const ARTICLE = TRANSLIT.article.canonical;
const ALWAYS_ARTICLES = new Set(TRANSLIT.article.always);
const HYPHEN_ARTICLES = new Set(TRANSLIT.article.hyphenated);
/** Assimilated article form (ash, ar, ez …) → the onset the next word must start with. */
const ASSIMILATED = new Map<string, string>(
  TRANSLIT.article.vowels.flatMap((v) => TRANSLIT.article.sunOnsets.map((o) => [v + o, o] as [string, string])),
);

/** A word of a text with its UTF-16 span and its two normalised keys. */
export interface AnalyzedToken {
  start: number;
  end: number;
  /** Case/diacritic-folded surface form: ranks exact spellings first. */
  exact: string;
  /** Stemmed + transliteration-folded form: the recall key. */
  loose: string;
  /** False for stopwords and Arabic articles: not indexed, not required in queries. */
  content: boolean;
}

interface TokenKeys {
  exact: string;
  loose: string;
  stop: boolean;
}

// Thousands groups stay one token ("150,000" → 150000); letters, marks and digits otherwise.
const TOKEN_RE = /\p{N}+(?:[.,]\p{N}{3})+(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+/gu;
const APOSTROPHES = new Set(["'", '’', 'ʼ', '‘', '`', '´']);
const HYPHENS = new Set(['-', '‐', '‑', '‒', '–', '—']);
const CLITICS = new Set(['s', 't', 'd', 'll', 're', 've', 'm']);
const MEMO_LIMIT = 200_000;
const memo = new Map<string, TokenKeys>();

const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;
const TATWEEL = /\u0640/g;
/** Alef wasla and the Arabic letters whose spelling varies (ى → ي, ة → ه); hamza carriers already fold under NFKD. */
const ARABIC_LETTERS: Record<string, string> = { 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه' };
/** The article with an optional conjunction or preposition before it (وال، بال، فال، كال), or li + article (لل). */
const ARABIC_ARTICLE = /^(?:[وف]?[بك]?ال|لل)/u;
/** One-letter proclitics glued to a word: a conjunction (wa, fa) and/or a preposition (bi, li, ka). */
const ARABIC_PROCLITIC = /^(?:[وف][بكل]?|[بكل])/u;

/** Lowercase, NFKD-decomposed, diacritics stripped, typographic quotes straightened. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd');
}

// Stopwords are compared on the exact key (after foldText), Arabic ones with their letter variants folded too.
const STOPWORDS = new Set([
  ...STOPWORD_LISTS.words,
  ...STOPWORD_LISTS.russian.map((w) => foldText(w)),
  ...STOPWORD_LISTS.arabic.map((w) => foldArabicLetters(foldText(w))),
]);

/** Applies the transliteration rules to a stemmed, folded, letters-only word. */
export function foldTransliteration(word: string): string {
  let out = word;
  for (const [from, to] of TRANSLIT.substitutions) out = out.split(from).join(to);
  for (const [from, to] of TRANSLIT.finalSubstitutions) {
    if (out.length > from.length + 1 && out.endsWith(from)) out = out.slice(0, -from.length) + to;
  }
  if (TRANSLIT.collapseDoubledLetters) out = out.replace(/(\p{L})\1+/gu, '$1');
  return out;
}

/** Russian stem of a word: ё reads as е, й stays a letter of its own (NFKD would make it и). */
function russianLoose(raw: string): string {
  const lower = raw.normalize('NFC').toLowerCase().replace(/ё/g, 'е').normalize('NFKD').replace(/и\u0306/g, 'й').replace(/\p{M}+/gu, '');
  return stemRussian(lower);
}

/** Arabic letter variants folded (alef forms, ى, ة, tatweel; diacritics are gone after foldText). */
export function foldArabicLetters(folded: string): string {
  return folded.replace(TATWEEL, '').replace(/[ٱىة]/g, (c) => ARABIC_LETTERS[c] ?? c);
}

/** The Arabic recall key: letter variants folded, then the article (الحي → حي) or a glued proclitic (وبحلب → حلب) dropped. */
function arabicLoose(exact: string): string {
  const word = foldArabicLetters(exact);
  const article = ARABIC_ARTICLE.exec(word);
  if (article !== null && word.length - article[0].length >= 2) return word.slice(article[0].length);
  const proclitic = ARABIC_PROCLITIC.exec(word);
  if (proclitic !== null && word.length - proclitic[0].length >= 3) return word.slice(proclitic[0].length);
  return word;
}

/** The script a word's keys follow: Cyrillic and Arabic words have their own stemming and folding. */
function scriptOf(raw: string): 'cyrillic' | 'arabic' | 'other' {
  if (CYRILLIC.test(raw) && !LATIN.test(raw)) return 'cyrillic';
  if (ARABIC.test(raw)) return 'arabic';
  return 'other';
}

function computeKeys(raw: string): TokenKeys {
  const script = scriptOf(raw);
  let exact = foldText(raw).replace(/[.,]/g, '');
  if (script === 'arabic') exact = exact.replace(TATWEEL, '');
  const isAcronym = raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  const stop = !isAcronym && STOPWORDS.has(script === 'arabic' ? foldArabicLetters(exact) : exact);
  if (!/^\p{L}+$/u.test(exact)) return { exact, loose: exact, stop };
  if (script === 'cyrillic') return { exact, loose: russianLoose(raw), stop };
  if (script === 'arabic') return { exact, loose: arabicLoose(exact), stop };
  return { exact, loose: foldTransliteration(stemmer(exact)), stop };
}

/** Exact and loose keys of one raw token; memoised because it runs on every token of the corpus. */
export function normalizeToken(raw: string): TokenKeys {
  let keys = memo.get(raw);
  if (keys === undefined) {
    keys = computeKeys(raw);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(raw, keys);
  }
  return keys;
}

function isArticle(exact: string, text: string, end: number, next: string | undefined, nextStart: number): boolean {
  if (ALWAYS_ARTICLES.has(exact)) return next !== undefined || exact === ARTICLE;
  if (next === undefined) return false;
  const hyphenJoined = nextStart === end + 1 && HYPHENS.has(text[end] ?? '');
  if (HYPHEN_ARTICLES.has(exact)) return hyphenJoined;
  const onset = ASSIMILATED.get(exact);
  if (onset === undefined || !next.startsWith(onset) || next.length <= onset.length) return false;
  return hyphenJoined || (onset.length >= 2 && /^\s+$/.test(text.slice(end, nextStart)));
}

/** Splits text into normalised words: hyphens and apostrophes split, clitics ('s, n't) dropped, Arabic articles folded to "al". */
export function analyzeText(text: string): AnalyzedToken[] {
  const raw: { start: number; end: number; keys: TokenKeys }[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const word = m[0];
    if (start > 0 && APOSTROPHES.has(text[start - 1] ?? '') && raw.length > 0) {
      const prev = raw[raw.length - 1];
      if (prev !== undefined && prev.end === start - 1 && CLITICS.has(word.toLowerCase())) continue;
    }
    raw.push({ start, end: start + word.length, keys: normalizeToken(word) });
  }
  const out: AnalyzedToken[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const next = raw[i + 1];
    if (isArticle(t.keys.exact, text, t.end, next?.keys.exact, next?.start ?? -1)) {
      out.push({ start: t.start, end: t.end, exact: t.keys.exact, loose: ARTICLE, content: false });
    } else {
      out.push({ start: t.start, end: t.end, exact: t.keys.exact, loose: t.keys.loose, content: !t.keys.stop });
    }
  }
  return out;
}

/** Loose keys of the content words of a text, in order (what the index stores for a field). */
export function indexTerms(text: string, key: 'exact' | 'loose'): string[] {
  const out: string[] = [];
  for (const t of analyzeText(text)) if (t.content) out.push(t[key]);
  return out;
}

/** The sequence phrases are compared on: loose keys with articles dropped (al-Nusra Front = Nusra Front). */
export function phraseKeys(tokens: readonly AnalyzedToken[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.loose !== ARTICLE) out.push(t.loose);
  return out;
}

/** Whether a folded word is a stopword (for callers that build queries from bare words). */
export function isStopword(exact: string): boolean {
  return STOPWORDS.has(exact) || (ARABIC.test(exact) && STOPWORDS.has(foldArabicLetters(exact)));
}

/** A name as folded words joined by single spaces ("Sheikh-Maqsoud’s" → "sheikh maqsoud s"): how names are compared. */
export function foldWords(text: string): string {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .join(' ');
}

/** foldWords output with each letters-only word transliteration-folded (Maqsoud = Maqsood). */
export function translitWords(folded: string): string {
  return folded
    .split(' ')
    .map((w) => (/^\p{L}+$/u.test(w) ? foldTransliteration(w) : w))
    .join(' ');
}
