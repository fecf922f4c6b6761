// Public surface of the text-analysis module: letter folding, name keys, the per-language analyser and language data.
export { foldArabicLetters, foldLetters, foldText } from './fold';
export { foldName, foldToken, foldTokenWithoutProclitic, isArticle, NAME_WORD_RE } from './fold-name';
export { analyzeText, foldTransliteration, foldWords, indexTerms, isStopword, normalizeToken, phraseKeys, translitWords } from './analyze';
export type { AnalyzedToken } from './analyze';
export { anyLanguageHas, languageData, loadLanguages, parseLanguageData, LanguageDataError, wordsOfAllLanguages } from './languages';
export type { LanguageData } from './languages';
export { arabicKeyReadings, STEMMER_NAMES } from './stemmers';
export type { StemmerName } from './stemmers';
