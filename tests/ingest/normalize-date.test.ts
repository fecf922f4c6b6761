import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../src/ingest/normalize-date';

describe('normalizeDate', () => {
  it.each([
    ['2016-06-04T12:11:00Z', '2016-06-04'],
    ['2016-06-04 23:30:00-05:00', '2016-06-04'],
    ['2016-06-04', '2016-06-04'],
    ['2016-06', '2016-06'],
    ['2016', '2016'],
    ['2016/6/4', '2016-06-04'],
    ['04.06.2016', '2016-06-04'],
    ['13/06/2016', '2016-06-13'],
    ['4 Jun, 2016 12:11', '2016-06-04'],
    ['June 4, 2016', '2016-06-04'],
    ['Saturday 4th June 2016, 3:45 pm', '2016-06-04'],
    ['Sat, 04 Jun 2016 12:11:00 GMT', '2016-06-04'],
    ['September 2019', '2019-09'],
    ['Sept. 12, 2019', '2019-09-12'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each([['31 Feb 2016'], ['2016-13-01'], ['06/04/2016'], ['next Friday'], ['the 2016 offensive'], [''], ['June']])(
    'returns null for %j, which fixes no unambiguous date',
    (input) => {
      expect(normalizeDate(input)).toBeNull();
    },
  );
});

describe('normalizeDate in Russian', () => {
  it.each([
    ['12 сентября 2019', '2019-09-12'],
    ['12 сентября 2019 г.', '2019-09-12'],
    ['Пятница, 5 марта 2021 года, 14:05', '2021-03-05'],
    ['5 мар. 2021 в 14:05', '2021-03-05'],
    ['сентябрь 2019', '2019-09'],
  ])('reads %j as %s', (text, expected) => {
    expect(normalizeDate(text)).toBe(expected);
  });

  it.each([
    ['23-09-2017, 21:03', '2017-09-23'],
    ['2021.10.14 - 01:52', '2021-10-14'],
    ['Jul 18, 2025 12:07 191', '2025-07-18'],
    ['12 February 2018 13:50 (UTC +04:00)', '2018-02-12'],
  ])('reads the dateline %j, with its time and counters, as %s', (text, expected) => {
    expect(normalizeDate(text)).toBe(expected);
  });

  it('rejects a Russian phrase that is not a date', () => {
    expect(normalizeDate('в Алеппо 2019')).toBeNull();
  });
});

describe('normalizeDate in Arabic', () => {
  it.each([
    ['الأحد 12/أبريل/2020 - 08:29 م', '2020-04-12'],
    ['٣ مارس ٢٠١٩', '2019-03-03'],
    ['5 تشرين الأول 2016', '2016-10-05'],
    ['الخميس، 7 كانون الثاني 2021', '2021-01-07'],
    ['أيلول 2015', '2015-09'],
  ])('reads %j as %s', (text, expected) => {
    expect(normalizeDate(text)).toBe(expected);
  });

  it('rejects an Arabic phrase that is not a date', () => {
    expect(normalizeDate('في حلب 2019')).toBeNull();
  });
});
