import { describe, expect, it } from 'vitest';
import { facetsOfText } from './written-text';

const facetsOf = (text: string) => facetsOfText(text);

describe('generic group mentions resolve to the canonical armed group', () => {
  it.each([
    ['en', 'Rebel forces pushed into the northern districts overnight.', 'Syrian rebels'],
    ['en', 'Government forces shelled the villages south of the town.', 'Syrian Arab Army'],
    ['en', 'Turkish troops crossed the border near the town at dawn.', 'Turkish Armed Forces'],
    ['ru', 'Повстанцы вошли в северные кварталы города ночью.', 'Syrian rebels'],
    ['ru', 'Правительственные силы обстреляли деревни к югу от города.', 'Syrian Arab Army'],
    ['ar', 'وقصفت قوات النظام القرى الواقعة جنوب المدينة.', 'Syrian Arab Army'],
    ['ar', 'وسيطرت فصائل المعارضة على الأحياء الشمالية من المدينة.', 'Syrian rebels'],
    ['ar', 'ودخلت القوات المسلحة التركية المنطقة الحدودية.', 'Turkish Armed Forces'],
  ])('finds the group in a %s paragraph %j', (_lang, text, group) => {
    expect(facetsOf(text).groups).toContain(group);
  });
});

describe('a capital is a place unless it acts', () => {
  it.each([
    ['en', 'The minister arrived on a visit to Damascus on Monday.', ['Damascus'], []],
    ['en', 'Clashes were reported in a suburb of Damascus overnight.', ['Damascus'], []],
    ['en', 'Ankara has rejected the proposal, the ministry said.', [], ['Turkey']],
    ['en', 'The US is asking Moscow to postpone the meeting.', [], ['Russia']],
    ['en', 'Moscow and Ankara were in contact throughout the week.', [], ['Russia', 'Turkey']],
    ['ru', 'В городе начали наступление поддерживаемые Анкарой отряды.', [], ['Turkey']],
    ['ru', 'Переговоры с Вашингтоном зашли в тупик, отметил министр.', [], ['United States']],
    ['ru', 'Учения прошли под Москвой на прошлой неделе.', ['Moscow'], []],
    ['ar', 'وألقت واشنطن بالمسؤولية على الفصائل المسلحة.', [], ['United States']],
    ['ar', 'فرفضت أنقرة المقترح الروسي بشكل قاطع.', [], ['Turkey']],
    ['ar', 'وصل الوفد في وقت متأخر إلى دمشق.', ['Damascus'], []],
  ])('in %s %j', (_lang, text, locations, actors) => {
    const facets = facetsOf(text);
    for (const place of locations) expect(facets.locations).toContain(place);
    for (const actor of actors) expect(facets.actors).toContain(actor);
    if (actors.length === 0) expect(facets.actors).not.toContain('Syrian government');
  });
});

describe('places with many spellings', () => {
  it.each([
    ['ar', 'وتشهد العاصمة الكازاخستانية أستانة جولة جديدة من المحادثات.', 'Astana'],
    ['ru', 'Часть боевиков бежала в сторону города Маядин.', 'Mayadin'],
    ['ru', 'Десятки горожан были убиты в результате удара в Думе.', 'Douma'],
  ])('finds the %s spelling in %j', (_lang, text, place) => {
    expect(facetsOf(text).locations).toContain(place);
  });
});

describe('institutions speaking in three languages', () => {
  it.each([
    ['en', 'The Turkish General Staff said the operation was going to plan.', 'Turkish General Staff'],
    ['ru', 'Генштаб Турции заявил, что операция идет по плану.', 'Turkish General Staff'],
    ['ar', 'وقالت رئاسة الأركان التركية إن العملية تسير وفق الخطة.', 'Turkish General Staff'],
    ['ar', 'قالت وكالة الأمم المتحدة لشؤون اللاجئين إن آلاف العائلات غادرت المخيم.', 'UNHCR'],
  ])('credits the %s paragraph %j to the institution', (_lang, text, speaker) => {
    expect(facetsOf(text).speaker).toBe(speaker);
  });
});
