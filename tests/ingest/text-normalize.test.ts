import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, normalizeWhitespace, toComparisonKey } from '../../src/ingest/text-normalize';

// The plain regular-expression definitions the fast versions must agree with.
const countWordsOracle = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
const comparisonKeyOracle = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘ʼ`´']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const whitespaceOracle = (text: string) =>
  text
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim();

const unit = fc.oneof(
  fc.constantFrom('a', 'Z', '7', ' ', '\u00A0', "'", '’', '.', ',', '-', '–', '"', '\t', 'é', 'ß', 'Ж', 'ж', 'ح', '\u0301', '𝐀', '😀', 'ﬁ', 'Ⅻ', '\u200B', '\u2003', '\n', '\u3000'),
  fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
);
const texty = fc.array(unit, { maxLength: 60 }).map((units) => units.join(''));

describe('countWords', () => {
  it('counts the words the word pattern finds, in any script', () => {
    fc.assert(fc.property(texty, (text) => {
        expect(countWords(text)).toBe(countWordsOracle(text));
      }), { numRuns: 2000 });
  });

  it('stops counting once it passes the limit', () => {
    fc.assert(
      fc.property(texty, fc.nat(10), (text, limit) => {
        const full = countWordsOracle(text);
        expect(countWords(text, limit)).toBe(full > limit ? limit + 1 : full);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('toComparisonKey', () => {
  it('folds like the Unicode definition on every input', () => {
    fc.assert(fc.property(texty, (text) => {
        expect(toComparisonKey(text)).toBe(comparisonKeyOracle(text));
      }), { numRuns: 2000 });
  });
});

describe('normalizeWhitespace', () => {
  it('collapses every whitespace run to one space and trims, like the plain definition', () => {
    fc.assert(fc.property(texty, (text) => {
        expect(normalizeWhitespace(text)).toBe(whitespaceOracle(text));
      }), { numRuns: 2000 });
  });
});
