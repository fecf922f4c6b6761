import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLongParagraph } from '../../src/pipeline/split-long-paragraph';

describe('splitLongParagraph', () => {
  it('returns a paragraph within the limit whole', () => {
    expect(splitLongParagraph('Short text.', 100)).toEqual(['Short text.']);
  });

  it('cuts after sentence ends when the paragraph is too long', () => {
    const text = 'One two three. Four five six. Seven eight nine. Ten eleven twelve.';
    expect(splitLongParagraph(text, 35)).toEqual(['One two three. Four five six.', 'Seven eight nine.', 'Ten eleven twelve.']);
  });

  it('cuts at a space when there is no sentence end, and anywhere when there is no space', () => {
    expect(splitLongParagraph('aaaa bbbb cccc dddd', 10)).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(splitLongParagraph('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('never splits a surrogate pair', () => {
    const pieces = splitLongParagraph('😀'.repeat(10), 5);
    for (const piece of pieces) expect(piece).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(pieces.join('')).toBe('😀'.repeat(10));
  });

  it('keeps every word, in order, in pieces within the limit (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('word', 'shelling.', 'Aleppo!', 'x', '“quoted.”'), fc.string({ maxLength: 30 })), { maxLength: 200 }), fc.integer({ min: 10, max: 300 }), (words, max) => {
        const text = words.join(' ');
        const pieces = splitLongParagraph(text, max);
        for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(max);
        expect(pieces.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});
