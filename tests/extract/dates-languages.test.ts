import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates/dates';

describe('extractDates across languages', () => {
  it.each([
    ['en', 'The convoy was hit yesterday, officials said.', '2016-12-04', ['2016-12-03']],
    ['ru', 'Вчера боевики обстреляли пригород города.', '2016-12-04', ['2016-12-03']],
    ['ar', 'وقصفت الطائرات أمس أحياء المدينة الشرقية.', '2016-12-04', ['2016-12-03']],
    ['en', 'The convoy was hit yesterday, officials said.', '2016-12', []],
  ])('resolves "yesterday" in %s against a publication date known to the day (%j, published %s)', (_lang, text, published, expected) => {
    expect(extractDates(text, { published })).toEqual(expected);
  });

  it.each([
    ['a Gregorian month', 'وفي 22 سبتمبر 2017 دخلت القوات المدينة.', '2017-10-01', ['2017-09-22']],
    ['a Levantine month', 'وفي 15 شباط 2016 قصفت الطائرات البلدة.', '2016-03-01', ['2016-02-15']],
    ['a month in both calendars, once', 'جرت الغارات في 7 ديسمبر/ كانون الأول قرب العاصمة.', '2014-12-08', ['2014-12-07']],
    ['a year after عام', 'تكررت الغارات على البلاد منذ عام 2003 دون رد.', '2014-12-08', ['2003']],
    ['a weekday', 'وقال المسؤول يوم الجمعة إن القوات انسحبت.', '2024-12-09', ['2024-12-06']],
    ['a weekday after a part of the day', 'وبدأت العملية مساء السبت قرب الحدود.', '2018-01-21', ['2018-01-20']],
    ['the year after the month\'s second name', 'وفي 15 يوليو/ تموز 2014 قصفت الطائرات البلدة.', '2018-01-21', ['2014-07-15']],
    ['an ordinal day and the year after the second name', 'أما في الخامس من مايو/أيار 2013 فقد قصفت الطائرات المطار.', '2018-01-21', ['2013-05-05']],
    ['a two-word second name before the year', 'منذ الهجوم في السابع من أكتوبر/تشرين الأول 2023 تصاعدت الغارات.', '2024-03-01', ['2023-10-07']],
    ['the second name in brackets, once', 'وتنفذ الطائرات منذ أيلول (سبتمبر) 2015 حملة جوية.', '2018-01-21', ['2015-09']],
  ])('reads an Arabic date with %s', (_what, text, published, expected) => {
    expect(extractDates(text, { published })).toEqual(expected);
  });

  it.each([
    ['en', 'Troops began a forced march towards the besieged district before dawn.'],
    ['ru', 'Часть боевиков бежала в сторону города Маядин, сообщили военные.'],
  ])('takes no month from a %s word that only starts like one: %j', (_lang, text) => {
    expect(extractDates(text, { published: '2017-09-10' })).toEqual([]);
  });

  it('finds no date in Arabic narration without one', () => {
    expect(extractDates('وتواصل القوات تقدمها نحو المدينة من ثلاثة محاور.', { published: '2018-01-20' })).toEqual([]);
  });
});
