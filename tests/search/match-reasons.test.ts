import { describe, expect, it } from 'vitest';
import type { UnitQuery } from '../../src/search/execute/unit-query';
import { matchReasons } from '../../src/search/present/match-reasons';

const unit = (typed: string[], canonicals: string[] = [], related: string[] = []) =>
  ({ unit: { lookups: typed.map((exact) => ({ exact, loose: exact })), canonicals, related } }) as unknown as UnitQuery;

describe('matchReasons', () => {
  it.each([
    ['a name found in another script', 'Захарова заявила', [{ start: 0, end: 8, unit: 0 }], unit(['zakharova'], ['Maria Zakharova']), ['Maria Zakharova'], ['other script: Захарова', 'entity: Maria Zakharova']],
    ['an alias in the same script', 'Mariya Zakharova spoke', [{ start: 0, end: 16, unit: 0 }], unit(['zakharova'], ['Maria Zakharova']), ['Maria Zakharova'], []],
    ['a place within the named one', 'near Manbij', [{ start: 5, end: 11, unit: 0 }], unit(['aleppo'], ['Aleppo'], ['Manbij']), ['Manbij'], ['related: Manbij']],
    ['a speaker carried without a mark', 'she added', [], unit(['zakharova'], ['Maria Zakharova']), ['Maria Zakharova'], ['entity: Maria Zakharova']],
    ['a word as typed', 'shelling', [{ start: 0, end: 8, unit: 0 }], unit(['shelling']), [], []],
  ])('explains %s', (_, text, marks, u, values, expected) => {
    expect(matchReasons(text, marks, [u], values)).toEqual(expected);
  });
});
