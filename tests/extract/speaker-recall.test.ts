import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract';
import type { DocumentMeta } from '../../src/types';

const extractor = createExtractor();
const meta: DocumentMeta = { id: 'recall', title: null, source: null, url: null, published: '2024-03-05' };

function speakersOf(paragraphs: string[]): (string | null)[] {
  return extractor.extractDocument(meta, paragraphs).map((f) => f.speaker);
}

describe('speaker recall across reporting frames', () => {
  it.each([
    ['en', 'a named person over the body in a broken apposition', ['Bekir Bozdag, the spokesman of the Turkish government has said the operation would continue.'], ['Bekir Bozdag']],
    ['en', 'a reporting verb beyond said', ['Maria Zakharova vowed that Moscow would keep supporting the talks.'], ['Maria Zakharova']],
    ['en', 'an outlet reporting', ['Reuters reported that the strikes hit the outskirts overnight.'], ['Reuters']],
    ['en', 'a post whose remit is a country, held by a speaker named before', ['Geir Pedersen said the committee would meet in Geneva.', 'The UN Special Envoy to Syria added on Wednesday that talks would resume.'], ['Geir Pedersen', 'Geir Pedersen']],
    ['ru', 'an outlet with «как сообщает»', ['Как сообщает РИА Новости со ссылкой на местные источники, обстрел продолжался всю ночь.'], ['RIA Novosti']],
    ['ru', 'title, name and заявила', ['Официальный представитель МИД России Мария Захарова заявила, что переговоры продолжатся.'], ['Maria Zakharova']],
    ['ru', 'по словам', ['По словам Марии Захаровой, переговоры продолжатся на следующей неделе.'], ['Maria Zakharova']],
    ['ar', 'a verb before its subject', ['قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات ستبدأ الأسبوع المقبل.'], ['Sergey Lavrov']],
    ['ar', 'a verb that carries its subject, then a preposition', ['قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات ستبدأ.', 'وأشار إلى أن الوفود ستصل يوم الاثنين.'], ['Sergey Lavrov', 'Sergey Lavrov']],
    ['ar', 'بحسب and an outlet', ['بحسب وكالة سانا، استهدفت الغارات محيط المطار.'], ['SANA']],
  ])('credits the %s paragraph with %s', (_lang, _frame, paragraphs, expected) => {
    expect(speakersOf(paragraphs)).toEqual(expected);
  });

  it.each([
    ['en', 'MOSCOW, March 3 (TASS) - Shelling of the outskirts continued overnight.'],
    ['ru', 'МОСКВА, 3 марта. /ТАСС/. Обстрел окраин продолжался всю ночь.'],
  ])('never makes the place of a %s dateline a speaker', (_lang, text) => {
    expect(speakersOf([text])).toEqual([null]);
  });
});
