import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates/dates';

describe('extractDates', () => {
  it.each([
    ['Researchers interviewed 40 people between March and October 2022.', '2023-01-15', ['2022-03', '2022-10']],
    ['Since the beginning of April, militants have shelled the town.', '2019-05-18', ['2019-04']],
    ['Since the beginning of June, militants have shelled the town.', '2019-05-18', ['2018-06']],
    ['Fighters seized the villages by the morning of November 30, according to media.', '2024-12-01', ['2024-11-30']],
    ['Families fled after the 2016 offensive on the city.', '2020-01-01', ['2016']],
    ['Guarantors of the 2019 ceasefire agreements were silent.', '2022-11-20', ['2019']],
  ])('finds the dates in "%s"', (text, published, dates) => {
    expect(extractDates(text, { published })).toEqual(dates);
  });

  it.each([
    ['You may leave now, he said.'],
    ['The 2018 people registered were all adults.'],
    ['It may rain in March 2', ],
  ])('finds no bare month or adjective year in "%s"', (text) => {
    expect(extractDates(text, { published: '2020-06-01' }).filter((d) => d.length !== 10)).toEqual([]);
  });
});
