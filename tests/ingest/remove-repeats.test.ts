import { describe, expect, it } from 'vitest';
import { removeRepeats } from '../../src/ingest/remove-repeats';

describe('removeRepeats', () => {
  it.each([
    ['an exact repeat', ['Alpha beta gamma.', 'Delta.', 'Alpha beta gamma.'], ['Alpha beta gamma.', 'Delta.']],
    ['a repeat differing in case and spacing', ['Alpha  beta Gamma.', 'alpha beta gamma.'], ['Alpha  beta Gamma.']],
    ['a repeat with a curly instead of a straight apostrophe', ['Syria’s north is calm', "Syria's north is calm"], ['Syria’s north is calm']],
    [
      'a standfirst contained in a later, fuller paragraph',
      [
        'The council said on Monday that repairs to the water station would take two months.',
        'Other news.',
        'The council said on Monday that repairs to the water station would take two months, longer than first hoped.',
      ],
      ['Other news.', 'The council said on Monday that repairs to the water station would take two months, longer than first hoped.'],
    ],
  ])('drops %s', (_label, blocks, expected) => {
    expect(removeRepeats(blocks, 8)).toEqual(expected);
  });

  it('keeps a short sentence that also occurs inside a longer paragraph', () => {
    const blocks = ['He denied it.', 'Asked about the report, he denied it. Then he left.'];
    expect(removeRepeats(blocks, 8)).toEqual(blocks);
  });
});
