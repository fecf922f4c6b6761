import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLanguageTag } from '../../src/ingest/detect-language';
import { segmentDocument } from '../../src/ingest/segment-document';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Russia has expressed deep concern over the rising number of civilian casualties in Aleppo.'],
    ['ru', 'Официальный представитель МИД России Мария Захарова заявила, что ситуация в Алеппо ухудшается.'],
    ['ar', 'قالت المتحدثة باسم وزارة الخارجية الروسية إن الوضع في حلب يزداد سوءا.'],
    ['fr', 'Les forces kurdes ont annoncé avoir repris le contrôle de plusieurs villages au nord de la ville.'],
    ['de', 'Die kurdischen Einheiten haben nach eigenen Angaben mehrere Dörfer im Norden zurückerobert.'],
  ])('detects %s', (lang, text) => {
    expect(detectLanguage([text])).toBe(lang);
  });

  it('reads only the opening of a long text', () => {
    const english = 'Aid convoys reached the besieged town on Sunday, officials said. '.repeat(40);
    const russian = 'Гуманитарные конвои прибыли в осажденный город в воскресенье. '.repeat(40);
    expect(detectLanguage([english, russian], { sampleChars: 500 })).toBe('en');
  });

  it.each([[[]], [['']], [['12 345']]])('returns null when %j gives nothing to tell', (paragraphs) => {
    expect(detectLanguage(paragraphs)).toBeNull();
  });
});

describe('normalizeLanguageTag', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['ru_RU', 'ru'],
    [' AR ', 'ar'],
    ['zh-Hant-TW', 'zh'],
  ])('reads %j as %j', (tag, expected) => {
    expect(normalizeLanguageTag(tag)).toBe(expected);
  });

  it.each(['', 'english', 'e', '12', 'en GB'])('rejects %j', (tag) => {
    expect(normalizeLanguageTag(tag)).toBeNull();
  });
});

describe('segmentDocument language', () => {
  const russian = 'Захарова заявила, что Москва внимательно следит за ситуацией вокруг Алеппо и призывает стороны к сдержанности.';
  const doc = (text: string, meta = {}) => ({ id: 'd', file: 'd.txt', format: 'txt' as const, text, meta });

  it('stores the language detected from the body', () => {
    expect(segmentDocument(doc(russian)).meta.lang).toBe('ru');
  });

  it('keeps the language given in the metadata over the detected one', () => {
    expect(segmentDocument(doc(russian, { lang: 'uk' })).meta.lang).toBe('uk');
  });

  it('leaves the language out when the document has no body', () => {
    expect(segmentDocument(doc('Share\n\nMenu')).meta).not.toHaveProperty('lang');
  });
});
