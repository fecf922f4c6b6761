import { describe, expect, it } from 'vitest';
import { analyzeText, foldText, normalizeToken } from '../../src/text';

const loose = (text: string): string[] => analyzeText(text).filter((t) => t.content).map((t) => t.loose);
const exact = (text: string): string[] => analyzeText(text).filter((t) => t.content).map((t) => t.exact);

describe('analyzeText', () => {
  it.each([
    ['shelling', 'shelled'],
    ['shelling', 'shellings'],
    ['Maqsoud', 'Maqsood'],
    ['Maqsoud', 'Maqsud'],
    ['al-Nusra', 'Nusra'],
    ['Ahrar ash-Sham', 'Ahrar al-Sham'],
    ['Ahrar ash Sham', 'Ahrar-al-Sham'],
    ['ar-Raqqa', 'Raqqah'],
    ['Aleppo’s', "Aleppo's"],
    ['Aleppo’s', 'Aleppo'],
    ['CAFÉ', 'cafe'],
    ['Idlib', 'IDLIB'],
  ])('gives %s and %s the same loose keys', (a, b) => {
    expect(loose(a)).toEqual(loose(b));
  });

  it.each([
    ['shelling', 'shelter'],
    ['Maqsoud', 'Masoud'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(loose(a)).not.toEqual(loose(b));
  });

  it.each([
    ['as-Sadr', 'al'],
    ['ash Shaykh', 'al'],
    ['as soon', 'as'],
    ['ad hoc', 'ad'],
  ])('folds the article of %s only when it assimilates to the next word', (text, first) => {
    expect(analyzeText(text)[0]?.loose).toBe(first);
  });

  it('keeps the exact spelling in the exact key when loose keys merge', () => {
    expect(exact('Maqsood')).toEqual(['maqsood']);
    expect(exact('Maqsoud')).toEqual(['maqsoud']);
  });

  it('splits on hyphens and apostrophes and drops possessive clitics', () => {
    expect(exact('de-escalation Aleppo’s don’t')).toEqual(['de', 'escalation', 'aleppo', 'don']);
  });

  it('reports UTF-16 offsets of each word in the original text', () => {
    const text = '“Café” in Aleppo’s';
    const spans = analyzeText(text).map((t) => text.slice(t.start, t.end));
    expect(spans).toEqual(['Café', 'in', 'Aleppo']);
  });

  it('treats stopwords as non-content but keeps capitalised acronyms', () => {
    expect(exact('the US and the us')).toEqual(['us']);
  });

  it('keeps thousands groups as one number', () => {
    expect(exact('150,000 residents and 1.5 km')).toEqual(['150000', 'residents', '1', '5', 'km']);
  });

  it('returns nothing for emoji, punctuation and control characters', () => {
    expect(analyzeText('🔥 — ,,, \u0000\u0007 ???')).toEqual([]);
  });
});

describe('analyzeText: Russian and Arabic', () => {
  it.each([
    ['Захарова', 'Захаровой'],
    ['обстрелы', 'обстрелами'],
    ['Сирия', 'Сирии'],
    ['ёлка', 'елка'],
    ['ЗАЯВИЛА', 'заявил'],
    ['الشيخ', 'شيخ'],
    ['حلب', 'وبحلب'],
    ['حلب', 'حَلَب'],
    ['الأسد', 'الاسد'],
    ['إدلب', 'ادلب'],
    ['مستشفى', 'مستشفي'],
    ['مدرسة', 'مدرسه'],
    ['الشيخ', 'الـــشيخ'],
  ])('gives %s and %s the same loose keys', (a, b) => {
    expect(loose(a)).toEqual(loose(b));
  });

  it.each([
    ['район', 'рай'],
    ['حلب', 'حلبي'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(loose(a)).not.toEqual(loose(b));
  });

  it('keeps Arabic letter variants and Russian case forms apart in the exact key', () => {
    expect(exact('مدرسة')).not.toEqual(exact('مدرسه'));
    expect(exact('Захарова')).not.toEqual(exact('Захаровой'));
  });

  it('treats Russian and Arabic function words as stopwords', () => {
    expect(loose('обстрел в Алеппо и Идлибе')).toHaveLength(3);
    expect(loose('قصف في حلب')).toEqual(loose('قصف حلب'));
  });

  it('keys each word of a mixed paragraph by its own script', () => {
    expect(loose('Sheikh Maqsoud Шейх-Масуда الشيخ')).toEqual([...loose('Sheikh Maqsood'), ...loose('Шейх-Масуд'), ...loose('شيخ')]);
  });

  // Keys are remembered per language analyser; a word met first in another language's text must still be keyed
  // by its own script's analyser, whatever order the texts come in.
  it.each([
    ['a Latin word first seen in a Russian text', 'Raqqa', 'ru', 'en'],
    ['a Cyrillic word first seen in an English text', 'Ракка', 'en', 'ru'],
    ['an Arabic word first seen in an English text', 'الرقة', 'en', 'ar'],
    ['a Latin word first seen with no language', 'Tadmur', undefined, 'en'],
  ])('gives %s the keys of its own script', (_, word, firstLang, ownLang) => {
    const seenFirst = normalizeToken(word, firstLang);
    expect(normalizeToken(word, ownLang)).toEqual(seenFirst);
    expect(normalizeToken(word, undefined)).toEqual(seenFirst);
    expect(normalizeToken(word, firstLang)).toEqual(seenFirst);
  });
});

describe('foldText', () => {
  it('lowercases, strips diacritics and straightens curly quotes', () => {
    expect(foldText('Dêrik’s “Ça”')).toBe(`derik's "ca"`);
  });
});
