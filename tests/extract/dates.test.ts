import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates/dates';

describe('extractDates', () => {
  it.each([
    ['The meeting took place on September 12.', '2019-09', ['2019-09-12']],
    ['The truce began on August 31.', '2019-09', ['2019-08-31']],
    ['full compliance with the Sochi Memorandum of September 17, 2018', '2019-09', ['2018-09-17']],
    ['4 Jun, 2016', null, ['2016-06-04']],
    ['The offensive was launched on January 10.', '2026-01-15', ['2026-01-10']],
    ['The first strike came on 3 March, the second on 7 March.', '2016-06-10', ['2016-03-03', '2016-03-07']],
  ])('resolves the day %j when published %s', (text, published, expected) => {
    expect(extractDates(text, { published })).toEqual(expected);
  });

  it.each([
    ['Clashes broke out on December 28.', '2026-01-15', ['2025-12-28']],
    ['Talks resumed on March 5.', '2016-02', ['2015-03-05']],
    ['Talks resumed on February 20.', '2016-02-10', ['2015-02-20']],
    ['Talks resumed on February 20.', '2016-02', ['2016-02-20']],
    ['Talks resumed on November 2.', '2016', ['2016-11-02']],
  ])('takes the year before publication when %j would fall after %s', (text, published, expected) => {
    expect(extractDates(text, { published })).toEqual(expected);
  });

  it.each([
    ['The group said in a statement on Saturday that it had withdrawn.', '2016-06-04', ['2016-06-04']],
    ['Lavrov said on Friday that talks would resume.', '2016-06-06', ['2016-06-03']],
    ['The ministry said on Monday that the convoy arrived.', '2016-06-06', ['2016-06-06']],
  ])('dates the weekday in %j to the last one on or before %s', (text, published, expected) => {
    expect(extractDates(text, { published })).toEqual(expected);
  });

  it.each([
    ['Lavrov said on Friday that talks would resume.', '2016-07'],
    ['Lavrov said on Friday that talks would resume.', null],
    ['The convoy arrived on September 12.', null],
  ])('drops %j when the publication date %s cannot place it', (text, published) => {
    expect(extractDates(text, { published })).toEqual([]);
  });

  it.each([
    ['Letters were sent in February and June of 2015.', '2016-06-06', ['2015-02', '2015-06']],
    ['Over 60 clashes occurred in August alone.', '2019-09', ['2019-08']],
    ['Aid was delivered in early September and evacuation planned for mid-September.', '2019-09', ['2019-09']],
    ['In the first 10 days of September alone, 300 attacks were recorded.', '2019-09', ['2019-09']],
    ['The uprising began in March 2011.', '2019-09', ['2011-03']],
  ])('gives only the month for %j', (text, published, expected) => {
    expect(extractDates(text, { published })).toEqual(expected);
  });

  it.each([
    ['The camp has been open since 2013.', ['2013']],
    ['The group was founded in 2012 and renamed in 2016.', ['2012', '2016']],
  ])('keeps the bare years of %j', (text, expected) => {
    expect(extractDates(text, { published: '2019-09' })).toEqual(expected);
  });

  it.each([
    'Shelling killed 270 civilians within the last 24 hours.',
    'The estimated strength of the militants was 2,000 people.',
    'The militants gathered some 1,000 fighters, including 1500 foreigners.',
    'Donations: 2,500 $',
    'The army said that today and now, this week and last week, were calm.',
    'More than 2000 civilians fled the town.',
  ])('finds no calendar date in %j', (text) => {
    expect(extractDates(text, { published: '2016-06-06' })).toEqual([]);
  });

  it('lists each date once in order of appearance', () => {
    const text = 'Strikes on 5 June and 3 June, and again on 5 June.';
    expect(extractDates(text, { published: '2016-06-06' })).toEqual(['2016-06-05', '2016-06-03']);
  });
});

describe('extractDates in Russian', () => {
  it.each([
    ['Захарова заявила 12 сентября, что переговоры продолжатся.', '2019-09-20', ['2019-09-12']],
    ['Конвой прибыл 31 августа.', '2019-09', ['2019-08-31']],
    ['Наступление началось 5 марта 2018 года.', '2019-09', ['2018-03-05']],
    ['Боевые действия возобновились 28 декабря.', '2026-01-15', ['2025-12-28']],
    ['В пятницу МИД России сообщил о новых обстрелах.', '2019-09-23', ['2019-09-20']],
    ['Удары наносились в феврале и июне 2015 года.', '2019-09', ['2015-02', '2015-06']],
    ['Лагерь существует с 2013 года, а в 2016 году его расширили.', '2019-09', ['2013', '2016']],
  ])('resolves %j when published %s', (text, published, expected) => {
    expect(extractDates(text, { published })).toEqual(expected);
  });

  it.each([
    'Лавров провел переговоры, а сегодня их продолжит.',
    'На прошлой неделе было зафиксировано 2016 нарушений.',
    'За последние 24 часа погибли 270 мирных жителей.',
  ])('finds no calendar date in %j', (text) => {
    expect(extractDates(text, { published: '2019-09-20' })).toEqual([]);
  });

  it('needs a full publication date to place a weekday', () => {
    expect(extractDates('В среду конвой прибыл в Алеппо.', { published: '2019-09' })).toEqual([]);
  });
});
