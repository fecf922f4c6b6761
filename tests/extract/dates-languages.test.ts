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
  ])('reads an Arabic date with %s', (_what, text, published, expected) => {
    expect(extractDates(text, { published })).toEqual(expected);
  });

  it('finds no date in Arabic narration without one', () => {
    expect(extractDates('وتواصل القوات تقدمها نحو المدينة من ثلاثة محاور.', { published: '2018-01-20' })).toEqual([]);
  });
});
