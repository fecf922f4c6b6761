import { describe, expect, it } from 'vitest';
import { correctWord, suggestQuery, type Complete } from '../../src/search/did-you-mean';
import { editDistance } from '../../src/text/edit-distance';
import type { Suggestion } from '../../src/types';

const VOCABULARY: Suggestion[] = [
  { value: 'shelling', kind: 'term' },
  { value: 'shells', kind: 'term' },
  { value: 'ceasefire', kind: 'term' },
  { value: 'Maria Zakharova', kind: 'speaker' },
  { value: 'Aleppo', kind: 'location' },
];

const complete: Complete = async (prefix) =>
  VOCABULARY.filter((s) => s.value.toLowerCase().split(' ').some((w) => w.startsWith(prefix)) || s.value.toLowerCase().startsWith(prefix));

describe('editDistance', () => {
  it.each([
    ['shelling', 'shelling', 0],
    ['shellng', 'shelling', 1],
    ['sehlling', 'shelling', 1],
    ['aleppo', 'allepo', 2],
    ['abc', 'xyz', 3],
  ])('measures %s → %s as %i', (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
  });
});

describe('correctWord', () => {
  it.each([
    ['shellng', 'shelling'],
    ['zakharva', 'Zakharova'],
    ['alepo', 'Aleppo'],
  ])('corrects %s to %s', async (word, fixed) => {
    expect(await correctWord(word, complete)).toBe(fixed);
  });

  it.each([['shelling'], ['Aleppo'], ['war'], ['qqqqqqqq']])('leaves %s alone (known, short or nothing close)', async (word) => {
    expect(await correctWord(word, complete)).toBeNull();
  });
});

describe('suggestQuery', () => {
  it('replaces only the misspelt words and keeps quotes, exclusions and filters', async () => {
    expect(await suggestQuery('shellng "alepo" -shels speaker:zakharva ceasfire', complete)).toBe('shelling "alepo" -shels speaker:zakharva ceasefire');
  });

  it('returns null when every word is known', async () => {
    expect(await suggestQuery('shelling Aleppo', complete)).toBeNull();
  });
});
