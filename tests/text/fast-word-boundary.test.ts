import { describe, expect, it } from 'vitest';
import { withFastWordBoundaries } from '../../src/text/fast-word-boundary';

describe('withFastWordBoundaries', () => {
  it.each([
    [String.raw`\bwithout warranty\b`, 'iu', String.raw`(?<![A-Za-z0-9_\u017F\u212A])without warranty\b`],
    [String.raw`\bcan|\ball rights`, 'iu', String.raw`(?<![A-Za-z0-9_\u017F\u212A])can|(?<![A-Za-z0-9_\u017F\u212A])all rights`],
    [String.raw`\bwithout`, 'u', String.raw`\bwithout`],
    [String.raw`\bwithout`, 'i', String.raw`\bwithout`],
    [String.raw`\b(?:a|b)`, 'iu', String.raw`\b(?:a|b)`],
    [String.raw`\ba?b`, 'iu', String.raw`\ba?b`],
    [String.raw`\bx*`, 'iu', String.raw`\bx*`],
    [String.raw`\bx{0,2}`, 'iu', String.raw`\bx{0,2}`],
    [String.raw`[\b]x`, 'iu', String.raw`[\b]x`],
    [String.raw`\\bx`, 'iu', String.raw`\\bx`],
  ])('rewrites %s with flags %s as %s', (source, flags, expected) => {
    expect(withFastWordBoundaries(source, flags)).toBe(expected);
  });

  it('matches exactly what the written pattern matches, around every BMP character', () => {
    const written = [/\bks/iu, /\bsx\b/iu];
    const fast = written.map((re) => new RegExp(withFastWordBoundaries(re.source, re.flags), re.flags));
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      for (const text of [`${ch}ks`, `${ch}KS`, `${ch}\u212Aſ`, `${ch}sx`, `a ${ch}SX.`]) {
        written.forEach((re, i) => {
          if (fast[i]!.test(text) !== re.test(text)) differing.push(`${re} on U+${code.toString(16)}`);
        });
      }
    }
    expect(differing).toEqual([]);
  });
});
