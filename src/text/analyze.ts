// The one text analyser shared by indexing, querying, phrase checks and snippets; its stemmer and stop words
// come from the language of the text (src/text/data/<code>.json), chosen by the document's or query's language.
import { readFileSync } from 'node:fs';
import { foldArabicLetters, foldText } from './fold';
import { loadLanguages, type LanguageData } from './languages';
import { STEMMERS, type Stemmer } from './stemmers';

export { foldArabicLetters, foldText } from './fold';

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

const TRANSLIT = JSON.parse(readFileSync(new URL('./transliteration.json', import.meta.url), 'utf8')) as TransliterationData;
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

/** Scripts a word may be in, by Unicode script name as language files give it. */
const SCRIPT_TESTS: [string, RegExp][] = [
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
];
const LATIN = /\p{Script=Latin}/u;
const ARABIC = /\p{Script=Arabic}/u;
const TATWEEL = /\u0640/g;

/** How one language keys its words: its stemmer and stop words, folded as the keys are. */
interface Analyser {
  language: LanguageData;
  stem: Stemmer;
  stopwords: ReadonlySet<string>;
  /** Latin-script stems also get the romanisation folding (Maqsoud = Maqsood). */
  romanised: boolean;
  memo: Map<string, TokenKeys>;
}

let analysers: Map<string, Analyser> | undefined;
/** The first language written in each script: the analyser of a word in a script the text's language does not use. */
let byScript: Map<string, Analyser> | undefined;

function loadAnalysers(): Map<string, Analyser> {
  if (analysers) return analysers;
  analysers = new Map();
  byScript = new Map();
  for (const language of loadLanguages()) {
    const arabic = language.script === 'Arabic';
    const analyser: Analyser = {
      language,
      stem: STEMMERS[language.stemmer],
      stopwords: new Set(language.stopwords.map((w) => (arabic ? foldArabicLetters(foldText(w)) : foldText(w)))),
      romanised: language.script === 'Latin',
      memo: new Map(),
    };
    analysers.set(language.code, analyser);
    if (!byScript.has(language.script)) byScript.set(language.script, analyser);
  }
  return analysers;
}

function latinAnalyser(): Analyser {
  loadAnalysers();
  return byScript!.get('Latin')!;
}

/** The script a word's keys follow; mixed Latin-Cyrillic words count as Latin. */
function scriptOf(raw: string): string {
  for (const [script, test] of SCRIPT_TESTS) {
    if (test.test(raw) && !(script === 'Cyrillic' && LATIN.test(raw))) return script;
  }
  return 'Latin';
}

/**
 * The analyser for a word of a text in `lang`: that language's when the word is in its script, else the
 * analyser of the word's own script (an English name inside a Russian article is keyed as English).
 */
function analyserFor(raw: string, lang: string | undefined): Analyser {
  const all = loadAnalysers();
  const script = scriptOf(raw);
  const own = lang === undefined ? undefined : all.get(lang);
  if (own && own.language.script === script) return own;
  return byScript!.get(script) ?? byScript!.get('Latin')!;
}

function computeKeys(raw: string, analyser: Analyser): TokenKeys {
  const arabic = analyser.language.script === 'Arabic';
  let exact = foldText(raw).replace(/[.,]/g, '');
  if (arabic) exact = exact.replace(TATWEEL, '');
  const isAcronym = raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  const stop = !isAcronym && analyser.stopwords.has(arabic ? foldArabicLetters(exact) : exact);
  if (!/^\p{L}+$/u.test(exact)) return { exact, loose: exact, stop };
  const stem = analyser.stem(raw, exact);
  return { exact, loose: analyser.romanised ? foldTransliteration(stem) : stem, stop };
}

/** Exact and loose keys of one raw token in a text of language `lang`; memoised, as it runs on every token of the corpus. */
export function normalizeToken(raw: string, lang?: string): TokenKeys {
  // A word in the memo of the analyser its text's language starts from (the first Latin one when none) was routed
  // there before, and routing depends only on the word and that language: skip the script tests.
  const first = lang === undefined ? latinAnalyser() : loadAnalysers().get(lang);
  const known = first?.memo.get(raw);
  if (known !== undefined) return known;
  const analyser = analyserFor(raw, lang);
  let keys = analyser.memo.get(raw);
  if (keys === undefined) {
    keys = computeKeys(raw, analyser);
    if (analyser.memo.size >= MEMO_LIMIT) analyser.memo.clear();
    analyser.memo.set(raw, keys);
  }
  return keys;
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
export function analyzeText(text: string, lang?: string): AnalyzedToken[] {
  const raw: { start: number; end: number; keys: TokenKeys }[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const word = m[0];
    if (start > 0 && APOSTROPHES.has(text[start - 1] ?? '') && raw.length > 0) {
      const prev = raw[raw.length - 1];
      if (prev !== undefined && prev.end === start - 1 && CLITICS.has(word.toLowerCase())) continue;
    }
    raw.push({ start, end: start + word.length, keys: normalizeToken(word, lang) });
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
export function indexTerms(text: string, key: 'exact' | 'loose', lang?: string): string[] {
  const out: string[] = [];
  for (const t of analyzeText(text, lang)) if (t.content) out.push(t[key]);
  return out;
}

/** The sequence phrases are compared on: loose keys with articles dropped (al-Nusra Front = Nusra Front). */
export function phraseKeys(tokens: readonly AnalyzedToken[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.loose !== ARTICLE) out.push(t.loose);
  return out;
}

/** Whether a folded word is a stopword (for callers that build queries from bare words). */
export function isStopword(exact: string, lang?: string): boolean {
  const { stopwords } = analyserFor(exact, lang);
  return stopwords.has(exact) || (ARABIC.test(exact) && stopwords.has(foldArabicLetters(exact)));
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
