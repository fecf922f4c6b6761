import { describe, expect, it } from 'vitest';
import { analyzeText, foldName, foldText, languageData, loadLanguages, parseLanguageData } from '../../src/text';

const minimal = { language: 'xx', name: 'Test', script: 'Latin', stemmer: 'porter', stopwords: ['the'] };

describe('loadLanguages', () => {
  it('reads one data file per language, each naming its stemmer and script', () => {
    expect(loadLanguages().map((l) => [l.code, l.script, l.stemmer])).toEqual([
      ['ar', 'Arabic', 'arabic-light'],
      ['en', 'Latin', 'porter'],
      ['ru', 'Cyrillic', 'snowball-russian'],
    ]);
  });

  it.each([
    ['en', 'said'],
    ['ru', 'заявил'],
    ['ar', 'وقال'],
  ])('gives the %s file its own say-verbs', (code, verb) => {
    expect(languageData(code)?.speech['verbs']).toContain(verb);
  });
});

describe('parseLanguageData', () => {
  it.each([
    ['a stemmer it does not know', { ...minimal, stemmer: 'lancaster' }, 'src/text/data/xx.json: stemmer: expected one of'],
    ['a blank say-verb', { ...minimal, speech: { verbs: ['said', ''] } }, 'src/text/data/xx.json: speech.verbs[1]: expected a non-empty string'],
    ['a word list that is not a list', { ...minimal, roles: { personRoles: 'spokesman' } }, 'src/text/data/xx.json: roles.personRoles: expected an array'],
    ['a code that is not its file name', { ...minimal, language: 'yy' }, 'src/text/data/xx.json: language: expected the file to be named yy.json'],
  ])('rejects a file with %s, naming file, entry and field', (_what, raw, message) => {
    expect(() => parseLanguageData('xx.json', raw)).toThrow(message);
  });

  it('accepts a minimal new language: a code, a name, a script, a stemmer and stop words', () => {
    expect(parseLanguageData('xx.json', minimal).speech).toEqual({});
  });
});

describe('foldText and foldName', () => {
  it.each([
    ['Şêx Meqsûd', 'sex meqsud'],
    ['Qamişlo', 'qamislo'],
    ['Kobanî', 'kobani'],
    ['Çîlaxa', 'cilaxa'],
  ])('folds the Kurdish and Turkish letters of %s to plain Latin ones', (kurdish, folded) => {
    expect(foldText(kurdish)).toBe(folded);
    expect(foldName(kurdish)).toBe(foldName(folded));
  });

  it('folds Turkish dotless i in both index keys and name keys', () => {
    expect(foldText('Kırıkhan')).toBe('kirikhan');
    expect(foldName('Kırıkhan')).toBe(foldName('Kirikhan'));
  });
});

describe('analyzeText by language', () => {
  it('stems the words of the document language with that language\'s stemmer', () => {
    expect(analyzeText('обстрелами', 'ru')[0]?.loose).toBe(analyzeText('обстрелы', 'ru')[0]?.loose);
    expect(analyzeText('shelling', 'en')[0]?.loose).toBe(analyzeText('shelled', 'en')[0]?.loose);
  });

  it('keys a word of another script by that script\'s language, so a query finds it whatever the article\'s language', () => {
    expect(analyzeText('Aleppo shelling', 'ru').map((t) => t.loose)).toEqual(analyzeText('Aleppo shelling', 'en').map((t) => t.loose));
    expect(analyzeText('وبحلب', 'en')[0]?.loose).toBe(analyzeText('حلب', 'ar')[0]?.loose);
  });

  it('drops the stop words of the text\'s language from the index', () => {
    expect(analyzeText('и в Алеппо', 'ru').filter((t) => t.content).map((t) => t.exact)).toEqual(['алеппо']);
  });
});
