import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQueryTerms, findEntityRanges, findTermRanges, markParagraph, rangesFromSpans } from '../../web/text/mark-paragraph';

const marked = (text: string, q: string) =>
  findTermRanges(text, extractQueryTerms(q)).map((r) => text.slice(r.start, r.end));

describe('extractQueryTerms', () => {
  it.each([
    ['Shelling  Aleppo', ['shelling', 'aleppo']],
    ['"sheikh maqsoud" -isis', ['sheikh', 'maqsoud']],
    ['the attack on -"al nusra" Homs', ['attack', 'homs']],
    ['Ḥalab Şam', ['halab', 'sam']],
  ])('reads %s', (q, expected) => {
    expect(extractQueryTerms(q)).toEqual(expected);
  });
});

describe('findTermRanges', () => {
  it.each([
    ['The shelling and shells were shelled', 'shelling', ['shelling', 'shells', 'shelled']],
    ['Demonstrations, demonstrated and demons', 'demonstrations', ['Demonstrations', 'demonstrated']],
    ['Civilians, civilian and civil', 'civilians', ['Civilians', 'civilian']],
    ['ALEPPO and Aleppo’s', 'aleppo', ['ALEPPO', 'Aleppo']],
    ['Ḥalab and halab', 'halab', ['Ḥalab', 'halab']],
    ['US user us', 'us', ['US', 'us']],
  ])('marks words of %s matching %s', (text, q, expected) => {
    expect(marked(text, q)).toEqual(expected);
  });
});

describe('findEntityRanges', () => {
  it('finds the canonical name, else its last word, case-insensitively', () => {
    const text = 'ZAKHAROVA said that Sheikh Maqsoud was shelled.';
    const { ranges, missing } = findEntityRanges(text, [
      { facet: 'speaker', value: 'Maria Zakharova' },
      { facet: 'location', value: 'Sheikh Maqsoud' },
      { facet: 'group', value: 'ISIS' },
    ]);
    expect(ranges.map((r) => [text.slice(r.start, r.end), r.entity.facet])).toEqual([
      ['ZAKHAROVA', 'speaker'],
      ['Sheikh Maqsoud', 'location'],
    ]);
    expect(missing).toEqual([{ facet: 'group', value: 'ISIS' }]);
  });

  it('does not match inside a longer word', () => {
    expect(findEntityRanges('Homsville', [{ facet: 'location', value: 'Homs' }]).ranges).toEqual([]);
  });
});

describe('markParagraph', () => {
  it('keeps markup in the text as plain segment text when the paragraph is hostile', () => {
    const text = '<img src=x onerror="alert(1)"> shelling in <b>Aleppo</b> & more';
    const { segments } = markParagraph(text, ['shelling'], [{ facet: 'location', value: 'Aleppo' }]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['shelling']);
    expect(segments.filter((s) => s.entity).map((s) => s.text)).toEqual(['Aleppo']);
  });

  it('nests a highlighted word inside an entity link when both apply', () => {
    const { segments } = markParagraph('near Sheikh Maqsoud today', ['maqsoud'], [{ facet: 'location', value: 'Sheikh Maqsoud' }]);
    const inEntity = segments.filter((s) => s.entity !== null);
    expect(inEntity.map((s) => [s.text, s.mark])).toEqual([
      ['Sheikh ', false],
      ['Maqsoud', true],
    ]);
    expect(new Set(inEntity.map((s) => s.occurrence)).size).toBe(1);
  });

  it('reproduces the text exactly for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 12 }), fc.string({ minLength: 1, maxLength: 12 }), (text, q, entity) => {
        const { segments } = markParagraph(text, extractQueryTerms(q), [{ facet: 'actor', value: entity }]);
        expect(segments.map((s) => s.text).join('')).toBe(text);
      }),
    );
  });
});

describe('rangesFromSpans', () => {
  const text = 'Al-Nusra shelled Sheikh Maqsood again.';
  const entities = [
    { facet: 'group' as const, value: 'Jabhat al-Nusra' },
    { facet: 'location' as const, value: 'Sheikh Maqsoud' },
    { facet: 'actor' as const, value: 'Russia' },
  ];

  it('places entities where the server says, whatever the spelling', () => {
    const spans = [
      { start: 0, end: 8, facet: 'group' as const, value: 'Jabhat al-Nusra' },
      { start: 17, end: 31, facet: 'location' as const, value: 'Sheikh Maqsoud' },
    ];
    const { ranges, missing } = rangesFromSpans(text, entities, spans);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Al-Nusra', 'Sheikh Maqsood']);
    expect(missing).toEqual([{ facet: 'actor', value: 'Russia' }]);
  });

  it('drops spans out of bounds or overlapping an earlier one', () => {
    const spans = [
      { start: 0, end: 8, facet: 'group' as const, value: 'Jabhat al-Nusra' },
      { start: 4, end: 12, facet: 'location' as const, value: 'Sheikh Maqsoud' },
      { start: 30, end: 500, facet: 'actor' as const, value: 'Russia' },
    ];
    expect(rangesFromSpans(text, entities, spans).ranges).toHaveLength(1);
  });
});
