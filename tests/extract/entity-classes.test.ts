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

describe('a Russian or Arabic capital with no place word before it stands for its government', () => {
  it.each([
    ['ru', 'Москва предлагает дождаться итогов расследования.', 'Russia'],
    ['ru', 'Дипломат назвала действия Вашингтона незаконными.', 'United States'],
    ['ru', 'Они находятся в стране вопреки позиции официального Дамаска.', 'Syrian government'],
    ['ar', 'وأكدت المتحدثة أن واشنطن تحاول عرقلة الحل السياسي.', 'United States'],
    ['ar', 'وهذه التحركات تثير قلق موسكو بشكل متزايد.', 'Russia'],
    ['ar', 'وقال الوزير إن المعلومات وصلت وموسكو تتحقق منها.', 'Russia'],
  ])('in %s %j', (_lang, text, actor) => {
    const facets = facetsOf(text);
    expect(facets.actors).toContain(actor);
    expect(facets.locations).toEqual([]);
  });

  it.each([
    ['ru', 'Переговоры пройдут в Сочи или Москве.', 'Moscow'],
    ['ru', 'Боевики обстреляли жилые кварталы Дамаска.', 'Damascus'],
    ['ru', 'Как передают местные СМИ, столица Сирии Дамаск подверглась атаке.', 'Damascus'],
    ['ru', 'Бои дошли до столицы — Дамаска.', 'Damascus'],
    ['ar', 'وصل الوفد في وقت متأخر إلى دمشق.', 'Damascus'],
    ['ar', 'واحتشد الآلاف في شوارع دمشق.', 'Damascus'],
    ['ar', 'ودوت انفجارات غرب العاصمة السورية، دمشق، ليل الجمعة.', 'Damascus'],
    ['ar', 'وطال القصف محافظات حلب، دمشق، حمص.', 'Damascus'],
    ['ar', 'وقالت إن الطائرات وجهت ضربة لدمشق.', 'Damascus'],
  ])('keeps the %s place %j a place', (_lang, text, place) => {
    const facets = facetsOf(text);
    expect(facets.locations).toContain(place);
    expect(facets.actors).toEqual([]);
  });
});

describe('air defences named on their own are an armed group', () => {
  it.each([
    ['en', 'Syrian air defense units intercepted most of the missiles.'],
    ['en', 'Syria’s air defences responded to an attack near the airport.'],
    ['ru', 'Сирийская ПВО отразила ракетную атаку.'],
    ['ru', 'Противовоздушная оборона Сирии сбила большую часть ракет.'],
    ['ar', 'وتصدت الدفاعات الجوية السورية لعدد من الصواريخ.'],
    ['ar', 'وتصدت وسائط الدفاع الجوي السوري لصواريخ معادية.'],
  ])('in %s %j', (_lang, text) => {
    const facets = facetsOf(text);
    expect(facets.groups).toEqual(['Syrian Air Defenses']);
    expect(facets.locations).not.toContain('Syria');
  });
});

describe('an Arabic place noun in the dual cues the villages it names', () => {
  it.each([
    ['ar', 'دوت انفجارات عنيفة في منطقتي الديماس والمزة.', 'Al-Dimas'],
    ['ar', 'وسقطت قذائف على بلدتي الديماس والصبورة.', 'Al-Dimas'],
  ])('in %s %j', (_lang, text, place) => {
    expect(facetsOf(text).locations).toContain(place);
  });

  it('leaves the word for "how" (كيف) no place', () => {
    expect(facetsOf('ولم يذكر البيان كيف غادر السكان المخيم.').locations).toEqual([]);
  });
});

describe('Arabic proclitics come off a name once', () => {
  it.each([
    ['ar', 'وتحاول واشنطن اللعب بالورقة الكردية في الشمال.', 'Raqqa'],
    ['ar', 'وأشار إلى الوضع بالورقة الأخيرة من التقرير.', 'Raqqa'],
  ])('leaves the word after a glued article whole in %s %j (no %s)', (_lang, text, notPlace) => {
    expect(facetsOf(text).locations).not.toContain(notPlace);
  });

  it.each([
    ['ar', 'وأرسلت الحكومة مساعدات للبنان هذا الأسبوع.', 'Lebanon'],
    ['ar', 'ووصلت التعزيزات بالرقة صباح اليوم.', 'Raqqa'],
    ['ar', 'ودخلت القوات وبحلب اشتباكات عنيفة.', 'Aleppo'],
  ])('finds the name behind its proclitic in %s %j', (_lang, text, name) => {
    const facets = facetsOf(text);
    expect([...facets.locations, ...facets.actors]).toContain(name);
  });
});

describe('Russian generic group mentions in the genitive plural and other names of the opposition', () => {
  it.each([
    ['ru', 'Кварталы подверглись обстрелу со стороны повстанцев.', 'Syrian rebels'],
    ['ru', 'Мятежные силы вошли в южные пригороды города.', 'Syrian rebels'],
    ['ru', 'Оппозиционеры обещают начать наступление утром.', 'Syrian rebels'],
    ['ru', 'Наступление войск оппозиции поддержит авиация.', 'Syrian rebels'],
    ['ru', 'Боевики атаковали позиции курдских бойцов у города.', 'Kurdish militias'],
    ['ru', 'Альянс состоит из курдских отрядов народной самообороны и арабских групп.', 'YPG'],
    ['en', 'Turkish and Syrian rebel troops tore down a statue in the town.', 'Syrian rebels'],
  ])('in %s %j', (_lang, text, group) => {
    expect(facetsOf(text).groups).toContain(group);
  });
});

describe('an Arabic state name spelled like its adjective ("سورية": Syrian) after an indefinite noun is no place', () => {
  it.each([
    ['ar', 'قالت منظمة سورية معارضة إن القصف استمر.'],
    ['ar', 'وأفادت مصادر إعلامية سورية بوقوع انفجار.'],
    ['ar', 'وسط معلومات عن مقتل أشخاص من جنسيات غير سورية.'],
    ['ar', 'وتتعرض المحافظة لغارات روسية وأخرى سورية.'],
  ])('in %s %j', (_lang, text) => {
    expect(facetsOf(text).locations).not.toContain('Syria');
  });

  it.each([
    ['ar', 'وتشن إسرائيل منذ سنوات غارات على سورية.'],
    ['ar', 'وتقع البلدة في شمال سورية.'],
    ['ar', 'وزار الوفد سورية الأسبوع الماضي.'],
  ])('keeps the country in %s %j', (_lang, text) => {
    expect(facetsOf(text).locations).toContain('Syria');
  });
});

describe('people and bodies the gazetteer knows are found by their Arabic spelling', () => {
  it.each([
    ['ar', 'وقال مدير المرصد رامي عبد الرحمن إن الاشتباكات مستمرة.', 'actors', 'Rami Abdulrahman'],
    ['ar', 'وأفادت المصادر بأن ماهر الأسد غادر العاصمة.', 'actors', 'Maher al-Assad'],
    ['ar', 'وعقدت اللجنة الدستورية السورية اجتماعها في جنيف.', 'actors', 'Syrian Constitutional Committee'],
    ['ar', 'ونقلت صحيفة نيويورك تايمز عن مسؤولين أن القرار اتخذ.', 'actors', 'The New York Times'],
  ])('in %s %j', (_lang, text, facet, value) => {
    expect(facetsOf(text)[facet as 'actors']).toContain(value);
  });

  it('leaves a common phrase that a short name would match alone ("الشرق الأوسط": the Middle East, not the newspaper)', () => {
    expect(facetsOf('وتشهد منطقة الشرق الأوسط توترا متزايدا.').actors).not.toContain('Asharq Al-Awsat');
  });
});

describe('the legal notice Russian outlets print after a banned group names no place', () => {
  it.each([
    ['ru', 'Сначала пришел ИГИЛ (запрещена в России), потом другие.'],
    ['ru', 'После разгрома запрещенной в РФ террористической группировки ИГИЛ центр продолжит работу.'],
    ['ru', 'Лидер ХТШ (организация признана в РФ террористической и запрещена) выступил с обращением.'],
  ])('in %s %j', (_lang, text) => {
    expect(facetsOf(text).locations).not.toContain('Russia');
  });

  it('keeps Russia a place where the story happens there', () => {
    expect(facetsOf('Учения прошли в России на прошлой неделе.').locations).toContain('Russia');
  });
});

describe('a state air arm named generically is its own group where the state has one', () => {
  it.each([
    ['en', 'Russian fighter jets struck the town overnight.', 'Russian Aerospace Forces'],
    ['ru', 'Российская авиация нанесла удары по позициям боевиков.', 'Russian Aerospace Forces'],
    ['ru', 'Самолеты ВКС России нанесли удары по складам.', 'Russian Aerospace Forces'],
    ['ar', 'وقصفت الطائرات الحربية الروسية البلدة فجرا.', 'Russian Aerospace Forces'],
    ['en', 'Russian troops entered the town on Monday.', 'Russian Armed Forces'],
    ['ru', 'Российские военные прибыли в город.', 'Russian Armed Forces'],
  ])('in %s %j', (_lang, text, group) => {
    expect(facetsOf(text).groups).toEqual([group]);
  });
});
