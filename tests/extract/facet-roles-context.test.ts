import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/extract-document';

const extractor = createExtractor({ nlp: false });

function facetsOf(text: string): { actor: string[]; location: string[] } {
  const [mentions] = extractor.findDocumentMentions([text]);
  const pick = (facet: string) => [...new Set(mentions!.filter((m) => m.facet === facet).map((m) => m.canonical))];
  return { actor: pick('actor'), location: pick('location') };
}

describe('assignFacets', () => {
  it.each([
    ['Rebels say they have liberated Aleppo and entered Hama.', 'Aleppo'],
    ['The convoy entered Turkey at dawn.', 'Turkey'],
    ['The family ruled Syria for decades.', 'Syria'],
    ['Foreign fighters must leave Iraq, the minister said.', 'Iraq'],
    ['Moscow has brought Syrian fighters to Libya before.', 'Libya'],
    ['They were recruiting men to send to Ukraine.', 'Ukraine'],
    ['Aid waits at the crossings with Turkey.', 'Turkey'],
    ["Rebels seized Aleppo, Syria's second city, on Friday.", 'Syria'],
    ['A new chapter for Syria has begun.', 'Syria'],
  ])('counts the country or capital in "%s" as a place', (text, place) => {
    const facets = facetsOf(text);
    expect(facets.location).toContain(place);
    expect(facets.actor).not.toContain(place === 'Aleppo' ? 'Syrian government' : place);
  });

  it('keeps a country an agent when an infinitive follows "for"', () => {
    expect(facetsOf('The council called for Turkey to withdraw.').actor).toContain('Turkey');
  });

  it('makes states agents when people in them are the subject of a modal verb', () => {
    const facets = facetsOf('Its partners in the United States and the European Union should press Ankara to act.');
    expect(facets.actor).toEqual(expect.arrayContaining(['United States', 'European Union']));
    expect(facets.location).not.toContain('United States');
  });

  it('keeps a state a place when a thing, not a person, in it is the subject of a modal', () => {
    expect(facetsOf('Lasting peace in Syria can only come through talks.').location).toContain('Syria');
  });

  it.each([
    ['They demanded US$1,500 for the house.'],
    ['Farmers paid one US dollar per tree.'],
  ])('finds no state in the currency of "%s"', (text) => {
    const facets = facetsOf(text);
    expect([...facets.actor, ...facets.location]).not.toContain('United States');
  });

  it('finds no place in a region that qualifies a job title', () => {
    const facets = facetsOf('"It must stop," said the deputy Middle East director at the group.');
    expect([...facets.actor, ...facets.location]).not.toContain('Middle East');
  });

  it.each([
    ['(Beirut) – Armed factions seized homes, the group said.', 'Lebanon'],
    ['Damascus (AFP) – Rebels swept into the city on Sunday.', 'Syrian government'],
  ])('reads the dateline of "%s" as a place, never an agent', (text, agent) => {
    expect(facetsOf(text).actor).not.toContain(agent);
  });
});
