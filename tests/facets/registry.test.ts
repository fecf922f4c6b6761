import { describe, expect, it } from 'vitest';
import { DEFAULT_FACET_DECLARATIONS } from '../../src/facets/declarations';
import { createFacetRegistry, facetRegistry, facetValues } from '../../src/facets/registry';
import { parseQuery } from '../../src/search/query-parser';
import { parseSearchParams } from '../../src/search/search-params';
import { WEAPON_FACET } from '../fixtures/facets/weapon';

const weapon = WEAPON_FACET;

describe('createFacetRegistry', () => {
  it('ships speaker, actor, location, group, outlet and lang', () => {
    expect(facetRegistry.all.map((f) => f.name)).toEqual(['speaker', 'actor', 'location', 'group', 'outlet', 'lang']);
    expect(facetRegistry.documentLevel.map((f) => f.name)).toEqual(['outlet', 'lang']);
  });

  it.each([
    [{ ...weapon, name: 'Weapon!' }, "facet registry entry 6 (Weapon!): field 'name'"],
    [{ ...weapon, level: 'sentence' }, "facet registry entry 6 (weapon): field 'level'"],
    [{ ...weapon, multi: 'yes' }, "field 'multi'"],
  ])('names the entry and the field of a bad declaration (%#)', (bad, message) => {
    expect(() => createFacetRegistry([...DEFAULT_FACET_DECLARATIONS, bad])).toThrow(message);
  });

  it('refuses a parameter declared twice or one reserved for another meaning', () => {
    expect(() => createFacetRegistry([...DEFAULT_FACET_DECLARATIONS, { ...weapon, param: 'actor' }])).toThrow("param 'actor' is declared twice");
    expect(() => createFacetRegistry([...DEFAULT_FACET_DECLARATIONS, { ...weapon, prefix: 'sort' }])).toThrow("prefix 'sort' is reserved");
  });

  it('feeds a new facet kind to the parameter validator and the query parser with no other change', () => {
    const registry = createFacetRegistry([...DEFAULT_FACET_DECLARATIONS, weapon]);
    expect(parseSearchParams({ weapon: ['Grad', 'Grad', ' '] }, registry).filters.weapon).toEqual(['Grad']);
    expect(parseQuery('shelling -weapon:"Grad rockets"', registry).filters).toEqual([{ facet: 'weapon', value: 'Grad rockets', negated: true }]);
    expect(registry.byEntityKind('weapon')?.name).toBe('weapon');
  });
});

describe('facetValues', () => {
  it('reads paragraph facets from the paragraph and document facets from the document', () => {
    const outlet = facetRegistry.byName('outlet')!;
    const speaker = facetRegistry.byName('speaker')!;
    const actor = facetRegistry.byName('actor')!;
    const paragraph = { speaker: 'Maria Zakharova', actors: ['Russia', ''] };
    const doc = { outlet: 'TASS' };
    expect(facetValues(outlet, paragraph, doc)).toEqual(['TASS']);
    expect(facetValues(speaker, paragraph, doc)).toEqual(['Maria Zakharova']);
    expect(facetValues(actor, paragraph, doc)).toEqual(['Russia']);
    expect(facetValues(speaker, { speaker: null }, doc)).toEqual([]);
  });
});
