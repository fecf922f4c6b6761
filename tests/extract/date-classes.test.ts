import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates/dates';

// Several days of one month written once, ranges, and days counted back from publication, on texts written for the test.
const sorted = (text: string, published: string | null) => [...extractDates(text, { published })].sort();

describe('extractDates reads every day of a list sharing one month', () => {
  it.each([
    ['en', 'The attacks on March 24, 25 and 30, 2017 wounded dozens in the town.', '2018-01-10', ['2017-03-24', '2017-03-25', '2017-03-30']],
    ['en', 'Convoys were hit on 3 and 5 March near the crossing.', '2018-04-01', ['2018-03-03', '2018-03-05']],
    ['ru', 'Бои шли 1 и 2 марта 2018 года на окраинах города.', '2018-04-01', ['2018-03-01', '2018-03-02']],
    ['ru', 'Между 4, 6 и 9 мая колонны трижды попадали под обстрел.', '2019-06-01', ['2019-05-04', '2019-05-06', '2019-05-09']],
    ['ar', 'وفي الفترة بين 1 و16 كانون الثاني/يناير قتل 12 شخصاً في المخيم.', '2021-02-01', ['2021-01-01', '2021-01-16']],
    ['ar', 'وقعت الغارات يومي 3 و5 آذار قرب المدينة.', '2018-04-01', ['2018-03-03', '2018-03-05']],
  ])('in %s: %j', (_lang, text, published, expected) => {
    expect(sorted(text, published)).toEqual(expected);
  });

  it.each([
    ['en', 'On March 24, 25 people were killed in the shelling.', '2018-01-10', ['2017-03-24']],
    ['en', 'The toll rose to 2,500 and 7 March saw more raids.', '2018-04-01', ['2018-03-07']],
    ['ru', 'Погибли 12, 15 марта число раненых выросло.', '2018-04-01', ['2018-03-15']],
  ])('takes no count for a day in %s: %j', (_lang, text, published, expected) => {
    expect(sorted(text, published)).toEqual(expected);
  });
});

describe('extractDates reads both ends of a range', () => {
  it.each([
    ['en', 'Talks were held on 10-12 April 2017 in the capital.', null, ['2017-04-10', '2017-04-12']],
    ['ru', 'С 5 по 7 мая 2017 года в городе действовал режим тишины.', null, ['2017-05-05', '2017-05-07']],
    ['ar', 'وتستمر المحادثات من 5 إلى 7 أيار 2017 في العاصمة.', null, ['2017-05-05', '2017-05-07']],
  ])('in %s: %j', (_lang, text, published, expected) => {
    expect(sorted(text, published)).toEqual(expected);
  });
});

describe('extractDates reads Arabic days glued to their words', () => {
  it.each([
    ['"and" glued to the day', 'بين 20 تشرين الأول/ أكتوبر 2014، و20 حزيران/ يونيو 2015 شنت الطائرات الغارات.', null, ['2014-10-20', '2015-06-20']],
    ['"of the month of" between day and month', 'بدأت العملية في الـ 20 من شهر كانون الثاني الماضي قرب الحدود.', '2018-02-26', ['2018-01-20']],
    ['"of" between day and month', 'وصل الوفد في 3 من آذار إلى العاصمة.', '2018-04-01', ['2018-03-03']],
  ])('with %s', (_what, text, published, expected) => {
    expect(sorted(text, published)).toEqual(expected);
  });

  it('reads no month out of a word that starts like one', () => {
    expect(extractDates('وقتل 20 من ابنائه في القصف.', { published: '2018-04-01' })).toEqual([]);
  });
});

describe('extractDates counts the day before yesterday back from publication', () => {
  it.each([
    ['en', 'The convoy was hit the day before yesterday, officials said.', ['2016-12-02']],
    ['ru', 'Позавчера боевики обстреляли пригород города.', ['2016-12-02']],
    ['ar', 'وأعلنت الفرقة مساء أول أمس دخول قواتها إلى المنطقة.', ['2016-12-02']],
    ['ar', 'وأعلنت الفرقة أول من أمس دخول قواتها إلى المنطقة.', ['2016-12-02']],
  ])('in %s: %j', (_lang, text, expected) => {
    expect(extractDates(text, { published: '2016-12-04' })).toEqual(expected);
  });
});

describe('extractDates resolves a weekday of the week before', () => {
  it.each([
    ['en', 'Last Friday militants shelled the town, residents said.', '2018-02-26', ['2018-02-23']],
    ['ru', 'В прошлую пятницу боевики обстреляли город, сообщили жители.', '2018-02-26', ['2018-02-23']],
    ['ar', 'وقال المسؤول يوم الجمعة الماضي إن القوات انسحبت من البلدة.', '2018-02-26', ['2018-02-23']],
    ['en', 'Last Friday militants shelled the town, residents said.', '2018-02-23', ['2018-02-16']],
    ['ar', 'وقال المسؤول الجمعة الماضية إن القوات انسحبت من البلدة.', '2018-02-23', ['2018-02-16']],
  ])('in %s: %j published %s', (_lang, text, published, expected) => {
    expect(extractDates(text, { published })).toEqual(expected);
  });

  it.each([
    ['en', 'Last week militants shelled the town, residents said.'],
    ['ru', 'На прошлой неделе боевики обстреляли город.'],
  ])('reads no day from a week alone in %s: %j', (_lang, text) => {
    expect(extractDates(text, { published: '2018-02-26' })).toEqual([]);
  });
});

describe('extractDates reads an Arabic compound ordinal day', () => {
  it.each([
    ['وفي الخامس والعشرين من شباط قصفت الطائرات البلدة.', '2018-03-26', ['2018-02-25']],
    ['وصل الوفد في الثاني والعشرين من شهر آذار الماضي إلى العاصمة.', '2018-03-26', ['2018-03-22']],
    ['وبدأت الحملة في الحادي والثلاثين من آذار 2017 على المدينة.', '2018-03-26', ['2017-03-31']],
  ])('%j', (text, published, expected) => {
    expect(extractDates(text, { published })).toEqual(expected);
  });

  it('reads no day from an ordinal that counts something else', () => {
    expect(extractDates('وانطلقت الجولة الخامسة والعشرين من المحادثات في جنيف.', { published: '2018-03-26' })).toEqual([]);
  });
});

describe('extractDates reads an Arabic date in brackets after a weekday', () => {
  it.each([
    ['نشر التقرير أمس الأحد (25 شباط 2018)، وقال إن الجيش دعا المدنيين إلى المغادرة.', null, ['2018-02-25']],
    ['وأعلنت الوزارة يوم الخميس (8 آذار 2018) عن وقف إطلاق النار.', null, ['2018-03-08']],
  ])('%j', (text, published, expected) => {
    expect(extractDates(text, { published })).toEqual(expected);
  });
});

describe('extractDates reads «накануне» as the day before publication only when it stands alone', () => {
  it.each([
    ['Накануне вечером боевики обстреляли пригород Алеппо.', ['2018-02-25']],
    ['Об этом накануне заявил представитель Минобороны.', ['2018-02-25']],
    ['Накануне состоялась встреча делегаций в Дамаске.', ['2018-02-25']],
    ['Как сообщалось накануне, армия заняла город.', ['2018-02-25']],
    ['Переговоры прошли накануне выборов президента.', []],
    ['Накануне нового года боевики атаковали блокпост.', []],
  ])('%j', (text, expected) => {
    expect(extractDates(text, { published: '2018-02-26' })).toEqual(expected);
  });
});

describe('extractDates reads a year-less date in an announcing sentence as ahead of publication', () => {
  it.each([
    ['en', 'The next round of talks will be held on 14-15 September in the capital.', '2017-09-13', ['2017-09-14', '2017-09-15']],
    ['ru', 'Следующий раунд переговоров пройдет 14-15 сентября в столице.', '2017-09-13', ['2017-09-14', '2017-09-15']],
    ['ar', 'وستعقد الجولة المقبلة من المحادثات في 14 أيلول في العاصمة.', '2017-09-13', ['2017-09-14']],
    ['en', 'The council is due to vote on 5 January on the new resolution.', '2017-12-20', ['2018-01-05']],
  ])('in %s: %j', (_lang, text, published, expected) => {
    expect(sorted(text, published)).toEqual(expected);
  });

  it.each([
    ['en', 'Talks resumed on 14 September after a long pause.', '2017-09-13', ['2016-09-14']],
    ['ru', 'Переговоры возобновились 14 сентября после долгого перерыва.', '2017-09-13', ['2016-09-14']],
    ['en', 'The talks will resume, officials said. The last round ended on 14 September.', '2017-09-13', ['2016-09-14']],
    ['en', 'He raised it at the ministerial in Rome on 14 June, and we will continue to press.', '2022-03-15', ['2021-06-14']],
  ])('keeps a reported date in the past in %s: %j', (_lang, text, published, expected) => {
    expect(sorted(text, published)).toEqual(expected);
  });
});

describe('extractDates takes the year in which a year-less day falls on the weekday written with it', () => {
  it.each([
    ['en', 'The president is expected to meet his counterpart on Monday, November 10, officials said.', '2025-11-07', ['2025-11-10']],
    ['ru', 'Ожидается, что президент встретится с коллегой в понедельник, 10 ноября.', '2025-11-07', ['2025-11-10']],
    ['ar', 'ومن المنتظر أن يلتقي الرئيس نظيره يوم الاثنين 10 تشرين الثاني في العاصمة.', '2025-11-07', ['2025-11-10']],
    ['en', 'The talks opened on Friday, December 29, and ended without a deal.', '2018-01-03', ['2017-12-29']],
    ['ru', 'Переговоры начались в пятницу, 29 декабря, и завершились безрезультатно.', '2018-01-03', ['2017-12-29']],
  ])('in %s: %j published %s', (_lang, text, published, expected) => {
    expect(extractDates(text, { published })).toEqual(expected);
  });

  it.each([
    ['en', 'The convoy was hit on Tuesday, November 10, near the crossing.', '2025-11-07', ['2024-11-10']],
    ['ru', 'Колонну обстреляли во вторник, 10 ноября, у переправы.', '2025-11-07', ['2024-11-10']],
  ])('keeps the usual year when no nearby year has that weekday (%s): %j', (_lang, text, published, expected) => {
    expect(extractDates(text, { published })).toEqual(expected);
  });
});

describe('extractDates reads no date from a year that is part of a name or an accounting period', () => {
  it.each([
    ['en', 'The designations were made under the Caesar Syria Civilian Protection Act of 2019, the ministry said.'],
    ['en', 'The act was passed as part of the defence bill for Fiscal Year 2020.'],
    ['ru', 'Расходы на помощь выросли в финансовом 2020 году, сообщили в министерстве.'],
    ['ar', 'وارتفعت المساعدات في السنة المالية 2020 بحسب الوزارة.'],
  ])('in %s: %j', (_lang, text) => {
    expect(extractDates(text, { published: '2020-06-17' })).toEqual([]);
  });

  it.each([
    ['en', 'The act was passed in 2019 and took effect in June 2020.', ['2019', '2020-06']],
    ['ru', 'Закон приняли в 2019 году, сообщили в министерстве.', ['2019']],
    ['ar', 'وأقر القانون في عام 2019 بحسب الوزارة.', ['2019']],
  ])('keeps a year the paragraph dates by (%s): %j', (_lang, text, expected) => {
    expect(extractDates(text, { published: '2020-06-17' })).toEqual(expected);
  });
});

describe('extractDates reads a list of two-digit days and a list closing a sentence', () => {
  it.each([
    ['en', 'Strikes hit the town on September 4, 6 and 9.', ['2017-09-04', '2017-09-06', '2017-09-09']],
    ['en', 'Talks were held on 14 and 15 September in the capital.', ['2017-09-14', '2017-09-15']],
    ['ru', 'Переговоры прошли 14 и 15 сентября в Астане.', ['2017-09-14', '2017-09-15']],
    ['ar', 'وعقدت المحادثات يومي 14 و15 أيلول في أستانا.', ['2017-09-14', '2017-09-15']],
    ['ar', 'وعقدت المحادثات بين 14 و15 سبتمبر/أيلول في أستانا.', ['2017-09-14', '2017-09-15']],
  ])('in %s: %j', (_lang, text, expected) => {
    expect(sorted(text, '2017-09-20')).toEqual(expected);
  });

  it.each([
    ['en', 'On September 4, 6.5 percent of the convoy was lost.', ['2017-09-04']],
    ['ar', 'وقتل 14 شخصاً و15 جريحاً في 3 أيلول.', ['2017-09-03']],
  ])('takes no count or decimal for a day (%s): %j', (_lang, text, expected) => {
    expect(sorted(text, '2017-09-20')).toEqual(expected);
  });
});

describe('extractDates puts an announced month alone in the coming months', () => {
  it.each([
    ['en', 'Talks will resume in January, the envoy said.', ['2018-01']],
    ['en', 'The next round will be held in late January in Astana.', ['2018-01']],
    ['ru', 'Следующий раунд пройдет в январе в Астане.', ['2018-01']],
    ['ru', 'Переговоры возобновятся в январе следующего года.', ['2018-01']],
    ['ar', 'ستعقد الجولة المقبلة في كانون الثاني في أستانا.', ['2018-01']],
    ['ar', 'وستعقد الجولة في يناير المقبل في أستانا.', ['2018-01']],
  ])('in %s: %j published 2017-12-20', (_lang, text, expected) => {
    expect(extractDates(text, { published: '2017-12-20' })).toEqual(expected);
  });

  it.each([
    ['en', 'The talks collapsed in January and will resume later.', ['2017-01']],
    ['en', 'Talks will resume in June, the envoy said.', ['2017-06']],
    ['ru', 'Переговоры сорвались в январе, сообщил дипломат.', ['2017-01']],
    ['ar', 'وانهارت المحادثات في يناير الماضي.', ['2017-01']],
  ])('keeps a reported or distant month in the past (%s): %j', (_lang, text, expected) => {
    expect(extractDates(text, { published: '2017-12-20' })).toEqual(expected);
  });
});
