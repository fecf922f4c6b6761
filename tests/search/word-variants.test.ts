import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import { buildWordVariants, loadWordVariants } from '../../src/search/query/word-variants';
import { parseSearchParams } from '../../src/search/search-params';
import type { IndexedDocument } from '../../src/types';

const para = (text: string) => ({ anchor: 'p-1', text, speaker: null, actors: [], locations: [], groups: [], dates: [] });
const doc = (id: string, lang: string, text: string): IndexedDocument => ({ id, lang, title: null, source: null, url: null, published: '2022-05-06', paragraphs: [para(text)] });

const documents = [
  doc('ar-raids', 'ar', 'شنت الطائرات غارات على أطراف البلدة فجر اليوم.'),
  doc('ar-raid', 'ar', 'استهدفت غارة جوية مستودعا للذخيرة.'),
  doc('ar-civilians', 'ar', 'قتل ثلاثة من المدنيين في القصف.'),
  doc('ar-civilian', 'ar', 'أصيب مدني بجروح خطيرة قرب السوق.'),
  doc('ar-gunmen', 'ar', 'هاجم مسلحون حاجزا للشرطة.'),
  doc('ar-armed', 'ar', 'انسحبت المجموعات المسلحة من القرية.'),
  doc('ar-cave', 'ar', 'لجأ الرعاة إلى غار في الجبل.'),
  doc('ru-died', 'ru', 'При обстреле погибли четыре человека.'),
  doc('ru-shelled', 'ru', 'Боевики обстреляли жилые кварталы.'),
  doc('ru-the-dead', 'ru', 'Среди погибших были дети.'),
];
const engine = createSearchEngine(documents);
const found = (q: string): string[] => {
  const r = engine.search(parseSearchParams({ q: [q], limit: ['20'] }));
  return r.hits.slice(0, r.total).map((h) => h.doc.id);
};

describe('inflected variants of a query word the stemmer keeps apart', () => {
  it.each([
    ['غارة', 'ar-raid', 'ar-raids'],
    ['غارات', 'ar-raids', 'ar-raid'],
    ['الغارات', 'ar-raids', 'ar-raid'],
    ['مدني', 'ar-civilian', 'ar-civilians'],
    ['المدنيين', 'ar-civilians', 'ar-civilian'],
    ['مسلحون', 'ar-gunmen', 'ar-armed'],
  ])('%s finds its own form first (%s), then the other number or gender (%s)', (q, own, variant) => {
    const ids = found(q);
    expect(ids[0]).toBe(own);
    expect(ids).toContain(variant);
  });

  it.each([
    ['погибшие', ['ru-died', 'ru-the-dead']],
    ['погибли', ['ru-died', 'ru-the-dead']],
    ['погибших', ['ru-died', 'ru-the-dead']],
  ])('Russian: %s finds the participle and the past tense alike', (q, expected) => {
    expect(found(q).filter((id) => id.startsWith('ru-')).sort()).toEqual(expected);
  });

  it('does not reduce a word to a short bare stem that is another word (غارة is not غار, a cave)', () => {
    expect(found('غارة')).not.toContain('ar-cave');
  });
});

describe('buildWordVariants', () => {
  const variants = buildWordVariants({ minStem: 3, minBareStem: 4, weight: 0.9, languages: { Arabic: [['ه', 'ات']] } });

  it.each([
    ['غاره', ['غارات']],
    ['غارات', ['غاره']],
    ['drone', []],
    ['удары', []],
    ['قوه', []],
  ])('gives %s the variants %j', (loose, expected) => {
    expect(variants.of(loose).map((v) => v.keys[0])).toEqual(expected);
  });

  it('rejects a data file without a weight in (0, 1]', () => {
    expect(() => buildWordVariants({ minStem: 3, minBareStem: 4, weight: 2, languages: {} })).toThrow(/weight/);
  });

  it('loads the shipped data file', () => {
    expect(loadWordVariants().of('مدني').length).toBeGreaterThan(0);
  });
});
