import { describe, expect, it } from 'vitest';
import { bucketDates, isBucketSelected } from '../../web/state/date-buckets';
import { formatDate, listMonths } from '../../web/text/format-date';

describe('bucketDates', () => {
  it('fills the months between the first and last with zero counts when the span is short', () => {
    const { unit, buckets } = bucketDates([{ value: '2016-06', count: 3 }, { value: '2016-09', count: 1 }], null, null);
    expect(unit).toBe('month');
    expect(buckets.map((b) => [b.key, b.count])).toEqual([
      ['2016-06', 3],
      ['2016-07', 0],
      ['2016-08', 0],
      ['2016-09', 1],
    ]);
  });

  it('switches to years when the months would not fit', () => {
    const { unit, buckets } = bucketDates([{ value: '2016-06', count: 3 }, { value: '2016-07', count: 2 }, { value: '2026-01', count: 1 }], null, null);
    expect(unit).toBe('year');
    expect(buckets[0]).toMatchObject({ key: '2016', count: 5 });
    expect(buckets.length).toBe(11);
  });

  it('shows the months of the selected years when a selection narrows a long span', () => {
    const values = [{ value: '2016-06', count: 3 }, { value: '2026-01', count: 1 }];
    const { unit, buckets } = bucketDates(values, '2016', '2016', false);
    expect(unit).toBe('month');
    expect(buckets.map((b) => b.key)).toEqual(listMonths('2016-01', '2016-12'));
    expect(bucketDates(values, '2016', '2016', true).unit).toBe('year');
  });
});

describe('isBucketSelected', () => {
  it.each([
    ['2016-06', '2016-06', '2016-06', true],
    ['2016-06', '2016', '2016', true],
    ['2016-06', '2016-07', '2016-09', false],
    ['2016-06', null, '2016-06-15', true],
  ] as const)('tells whether %s is inside %s – %s', (month, from, to, expected) => {
    expect(isBucketSelected({ key: month, label: month, count: 1, first: month, last: month }, from, to)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2016-06-04', '4 Jun 2016'],
    ['2016-06', 'Jun 2016'],
    ['2019', '2019'],
    ['not a date', 'not a date'],
  ])('writes %s as %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });
});
