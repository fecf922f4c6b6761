import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/types';
import { createExtractor, facetValues } from '../../src/extract/extract-document';

const paragraphs = readFileSync(new URL('../fixtures/extract/article.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');
const meta: DocumentMeta = { id: 'article', title: null, source: null, url: null, published: '2016-06-10' };
const extractor = createExtractor();

describe('extractDocument', () => {
  const facets = extractor.extractDocument(meta, paragraphs);

  it('returns one facet record per paragraph', () => {
    expect(facets).toHaveLength(paragraphs.length);
  });

  it.each([
    [0, ['Russian Foreign Ministry', 'Maria Zakharova'], ['Jabhat al-Nusra', 'Ahrar al-Sham'], ['Sheikh Maqsoud', 'Aleppo']],
    [1, ['Maria Zakharova', 'Russia'], ['Syrian Arab Army', 'Asayish'], ['Aleppo']],
    [2, ['Syrian Observatory for Human Rights'], [], ['Syria', 'Turkey']],
    [3, ['United States'], ['moderate opposition', 'ISIS'], ['Manbij']],
    [4, ['Abu Omar al-Halabi', 'Russian Foreign Ministry'], ['Free Syrian Army'], []],
  ])('fills canonical actors, groups and locations of paragraph %i in order of appearance', (i, actors, groups, locations) => {
    expect(facets[i]).toMatchObject({ actors, groups, locations });
  });

  it('fills speakers and dates from the speaker and date extractors', () => {
    expect(facets[1]!.speaker).toBe('Maria Zakharova');
    expect(facets[2]!.dates).toContain('2016-06-04');
  });
});

describe('findDocumentMentions', () => {
  it('gives offsets that point at the mention in the paragraph', () => {
    const [mentions] = extractor.findDocumentMentions(paragraphs.slice(0, 1));
    for (const m of mentions!) expect(paragraphs[0]!.slice(m.start, m.end)).toBe(m.surface);
    expect(mentions!.map((m) => m.surface)).toEqual([
      'Russian Foreign Ministry',
      'Maria Zakharova',
      'Jabhat al-Nusra',
      'Ahrar ash-Sham',
      'Sheikh Maqsood',
      'Aleppo',
    ]);
  });

  it('returns an empty list for a paragraph without entities', () => {
    expect(extractor.findDocumentMentions(['Nothing of note happened here today.'])).toEqual([[]]);
  });
});

describe('facetValues', () => {
  it('lists unique canonical values of one facet by first position', () => {
    const mention = (canonical: string, start: number, facet: 'actor' | 'group' | 'location') => ({
      canonical,
      kind: 'place' as const,
      start,
      end: start + 1,
      surface: canonical,
      facet,
      origin: 'gazetteer' as const,
    });
    const values = facetValues([mention('Aleppo', 9, 'location'), mention('Idlib', 2, 'location'), mention('Idlib', 20, 'location'), mention('ISIS', 0, 'group')], 'location');
    expect(values).toEqual(['Idlib', 'Aleppo']);
  });
});
