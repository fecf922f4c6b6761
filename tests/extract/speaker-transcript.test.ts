import { describe, expect, it } from 'vitest';
import { applyTranscriptTurns, readTranscriptLabel } from '../../src/extract/speaker/transcript';
import type { Mention } from '../../src/types';

function person(canonical: string): Mention {
  return { canonical, kind: 'person', facet: 'actor', start: 0, end: canonical.length, surface: canonical, origin: 'gazetteer' };
}

describe('readTranscriptLabel', () => {
  it.each([
    ['MR PRICE: Good afternoon.', { kind: 'speaker', surname: 'PRICE' }],
    ['MS. PSAKI: We have seen the reports.', { kind: 'speaker', surname: 'PSAKI' }],
    ['QUESTION: Is that right?', { kind: 'floor' }],
    ['Q: And on Idlib?', { kind: 'floor' }],
  ])('reads the turn of "%s"', (text, turn) => {
    expect(readTranscriptLabel(text)).toEqual(turn);
  });

  it.each([['NOTE: The text was updated.'], ['The minister said: no.'], ['UN: talks resume']])('finds no speaker label in "%s"', (text) => {
    expect(readTranscriptLabel(text)).toBeNull();
  });
});

describe('applyTranscriptTurns', () => {
  it('gives a labelled turn and its unlabelled continuation to the person named earlier', () => {
    const paragraphs = [
      { text: 'The spokesperson Jen Psaki took questions.', mentions: [person('Jen Psaki')] },
      { text: 'MS. PSAKI: Good afternoon. The regime responded with violence.', mentions: [] },
      { text: 'We will keep the sanctions in force.', mentions: [] },
      { text: 'QUESTION: The SDF says it holds thousands of prisoners. How many went home?', mentions: [] },
      { text: 'MS. PSAKI: Our message is the same.', mentions: [] },
    ];
    const own = [null, 'Syrian government', null, 'Syrian Democratic Forces', null];
    expect(applyTranscriptTurns(paragraphs, own)).toEqual([null, 'Jen Psaki', 'Jen Psaki', 'Syrian Democratic Forces', 'Jen Psaki']);
  });

  it('falls back to the surname when nobody of that name is mentioned', () => {
    const paragraphs = [
      { text: 'MR KIRBY: Thank you.', mentions: [] },
      { text: 'QUESTION: One more?', mentions: [] },
    ];
    expect(applyTranscriptTurns(paragraphs, [null, null])).toEqual(['Kirby', null]);
  });

  it('leaves a document with a single label alone', () => {
    const paragraphs = [{ text: 'UPDATE 2: Fighting resumed.', mentions: [] }, { text: 'He said so.', mentions: [] }];
    expect(applyTranscriptTurns(paragraphs, [null, 'X'])).toEqual([null, 'X']);
  });
});
