import { describe, expect, it } from 'vitest';
import { facetsOfText } from './written-text';

describe('an institution named by anaphora or alias', () => {
  it.each([
    ['ru', ['Министерство обороны России сообщило об ударах.', 'Информацию позже подтвердили в министерстве.'], 'Russian Defense Ministry'],
    ['ru', ['Минобороны России опубликовало видео.', 'Как сообщил представитель минобороны, удары продолжатся.'], 'Russian Defense Ministry'],
    ['ar', ['أعلنت وزارة الدفاع الروسية بدء العملية.', 'وذكرت الوزارة أن الطائرات عادت إلى قواعدها.'], 'Russian Defense Ministry'],
    ['ar', ['أعلنت منظمة "حظر الأسلحة الكيماوية" استعدادها لإرسال خبراء.', 'وكانت المنظمة قالت إنها تواصلت مع الحكومة.'], 'OPCW'],
    ['ru', ['Российский центр по примирению враждующих сторон провел переговоры.', 'С момента создания Центра к перемирию присоединились 12 сел.'], 'Russian Center for Reconciliation'],
  ])('resolves a head noun to the one institution the %s document named before', (_lang, paragraphs, canonical) => {
    expect(facetsOfText(paragraphs, -1).actors).toContain(canonical);
  });

  it('leaves "the ministry" unresolved when the document named two ministries', () => {
    const paragraphs = ['أعلنت وزارة الدفاع الروسية بدء العملية.', 'ورحبت وزارة الدفاع التركية بالخطوة.', 'وذكرت الوزارة أن الطائرات عادت.'];
    expect(facetsOfText(paragraphs, -1).actors).toEqual([]);
  });

  it.each([
    ['ru', 'Информацию официально подтвердили в министерстве обороны России.', 'Russian Defense Ministry'],
    ['ru', 'Об этом заявил представитель минобороны РФ.', 'Russian Defense Ministry'],
    ['en', 'At 10 pm the Israeli enemy carried out an aerial aggression, the agency reported.', 'Israel'],
    ['ar', 'وقالت الوكالة إن العدو الإسرائيلي شن عدوانا جويا.', 'Israel'],
    ['en', 'The Anatolia News Agency quoted local sources on Tuesday.', 'Anadolu Agency'],
    ['ru', 'Сегодня агентство ФАН сообщило о новых жертвах.', 'Federal News Agency'],
  ])('names the institution a %s alias or metonym stands for in %j', (_lang, text, canonical) => {
    expect(facetsOfText(text).actors).toContain(canonical);
  });

  it('takes the agencies credited at the end of a story for its sources, not mentions', () => {
    expect(facetsOfText('Russia and Turkey reached a deal on the Idlib enclave. (dpa/NAN)').actors).toEqual(['Russia', 'Turkey']);
  });
});
