// The one text-normalisation pipeline shared by indexing, querying, phrase checks and snippets.
import { readFileSync } from 'node:fs';
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
const STOPWORDS = new Set(readData<{ words: string[] }>('stopwords.json').words);
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

function computeKeys(raw: string): TokenKeys {
  const exact = foldText(raw).replace(/[.,]/g, '');
  const isAcronym = raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  const stop = !isAcronym && STOPWORDS.has(exact);
  if (!/^\p{L}+$/u.test(exact)) return { exact, loose: exact, stop };
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
  return STOPWORDS.has(exact);
}
