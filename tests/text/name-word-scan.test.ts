import { describe, expect, it } from 'vitest';
import { NAME_WORD_RE } from '../../src/text';
import { hasSurrogates, nameWordEnd, nextNameWordStart } from '../../src/text/name-word-scan';
import { tokenizeNames } from '../../src/extract';

/** The words as [start, end) pairs, found by the scan. */
function scanned(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let start = nextNameWordStart(text, 0); start >= 0; ) {
    const end = nameWordEnd(text, start);
    out.push([start, end]);
    start = nextNameWordStart(text, end);
  }
  return out;
}

/** The same, by the expression the scan stands in for. */
function matched(text: string): [number, number][] {
  return [...text.matchAll(NAME_WORD_RE)].map((m) => [m.index, m.index + m[0].length]);
}

describe('nameWordEnd', () => {
  it.each([
    ['U.S. officials', 'dotted acronym'],
    ['U.S officials', 'one pair is no acronym'],
    ['the U.N.H.C.R. said', 'long acronym'],
    ["O'Brien's report", 'inner apostrophe and possessive'],
    ['d’Alep, l‘armée, ʼAli', 'curly apostrophes and the modifier letter'],
    ['rock`n`roll 2,500 people', 'backtick, digits and comma'],
    ['Café résumé naïve', 'precomposed accents'],
    ['Cafe\u0301 cafe\u0301s', 'combining marks'],
    ['Ⅻ ٣٤ ǅemal', 'letter numbers, Arabic digits, title case'],
    ['وقال الأسد إن «حلب»', 'Arabic'],
    ['заявил Лавров, МИД РФ', 'Cyrillic'],
    ["x' 'y ’s 12's", 'apostrophes at word edges'],
    ['', 'empty'],
  ])('finds the words of "%s" where NAME_WORD_RE does (%s)', (text) => {
    expect(scanned(text)).toEqual(matched(text));
  });

  it('agrees with NAME_WORD_RE on generated strings of awkward characters', () => {
    const alphabet = ['a', 'B', 'U', '.', "'", '’', '‘', 'ʼ', '`', 's', ' ', '-', '1', 'é', '\u0301', 'ا', 'и', 'Д', ',', '(', 'ǅ', 'Ⅻ', '٣', '\u00a0'];
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 5000; i++) {
      let text = '';
      for (let j = 0, n = 1 + next(24); j < n; j++) text += alphabet[next(alphabet.length)];
      expect(scanned(text), JSON.stringify(text)).toEqual(matched(text));
    }
  });
});

describe('hasSurrogates', () => {
  it.each([
    ['plain text', false],
    ['Arabic وحلب and Cyrillic Дамаск', false],
    ['an emoji 😀 here', true],
    ['a lone half \ud800', true],
  ])('says %s holds surrogates: %s', (text, expected) => {
    expect(hasSurrogates(text)).toBe(expected);
  });
});

describe('tokenizeNames', () => {
  it('tokenises astral text by the expression, with the same offsets', () => {
    const tokens = tokenizeNames('𝐀bc said 😀 Assad’s');
    expect(tokens.map((t) => [t.raw, t.start, t.end, t.possessive])).toEqual([
      ['𝐀bc', 0, 4, false],
      ['said', 5, 9, false],
      ['Assad', 13, 18, true],
    ]);
  });

  it('gives a word met again the same reading as the first time, in any surroundings', () => {
    const [first, , again] = tokenizeNames('Assad’s forces. (Assad)');
    expect(again).toMatchObject({ raw: first!.raw, fold: first!.fold, lower: first!.lower, capital: true, possessive: false, sepBefore: '. (', breakBefore: true });
    expect(first).toMatchObject({ raw: 'Assad', possessive: true, start: 0, end: 5 });
  });
});
