import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates/dates';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A real calendar date written as YYYY, YYYY-MM or YYYY-MM-DD. */
function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

const published = fc.oneof(
  fc.constant(null),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).chain((d) => {
    const iso = d.toISOString().slice(0, 10);
    return fc.constantFrom(iso, iso.slice(0, 7), iso.slice(0, 4));
  }),
);

const phrase = fc.oneof(
  fc.tuple(fc.constantFrom('by the end of', 'in early', 'in mid-', 'in late', 'at the beginning of', 'on', 'since'), fc.constantFrom(...MONTHS)).map(([a, m]) => `${a} ${m}`),
  fc.tuple(fc.integer({ min: 0, max: 35 }), fc.constantFrom(...MONTHS), fc.option(fc.integer({ min: 1995, max: 2030 }))).map(
    ([d, m, y]) => `on ${d} ${m}${y === null ? '' : ` ${y}`}`,
  ),
  fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 0, max: 35 })).map(([m, d]) => `${m} ${d}`),
  fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1990, max: 2030 })).map(([a, b, y]) => `${a}/${b}/${y}`),
  fc.constantFrom('on Friday', 'last Monday', 'in 2016', 'the end of the month', 'February 29', 'February 30, 2019'),
);

describe('extractDates', () => {
  it('emits only real calendar dates, whatever the phrase and publication date', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 3 }), published, (phrases, pub) => {
        const text = `Officials said the talks would resume ${phrases.join(' and ')}, the agency reported.`;
        for (const value of extractDates(text, { published: pub })) expect(isValidIsoDate(value), `${value} from ${text} (${pub})`).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['Syrian troops must pull back by the end of February, Erdogan said.', '2020-02-06', ['2020-02']],
    ['Fighting intensified in early March.', '2020-03-20', ['2020-03']],
    ['The offensive resumed in mid-January.', '2020-02-06', ['2020-01']],
    ['Talks are planned for late November.', '2019-11-02', ['2019-11']],
  ])('gives the month only for the part-of-month phrase %j (published %s)', (text, pub, expected) => {
    expect(extractDates(text, { published: pub })).toEqual(expected);
  });

  it('keeps the day of a date written in full next to a part-of-month phrase elsewhere', () => {
    expect(extractDates('The truce of September 17, 2018 collapsed by the end of April.', { published: '2019-05-14' })).toEqual(['2018-09-17', '2019-04']);
  });

  it('skips paragraphs with no date word at all', () => {
    expect(extractDates('Clashes continued in the countryside as the militants regrouped.', { published: '2019-05-14' })).toEqual([]);
  });
});
