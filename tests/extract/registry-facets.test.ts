import { describe, expect, it } from 'vitest';
import { facetRegistry } from '../../src/facets/registry';
import { registryWithWeapon } from '../fixtures/facets/weapon';
import { createRegistryFacetFinder, parseFacetEntities } from '../../src/extract/entities/registry-facets';

const registry = registryWithWeapon();
const entities = parseFacetEntities(
  [
    { canonical: 'BM-21 Grad', kind: 'weapon', aliases: ['Grad', 'Grad rockets', 'Град'] },
    { canonical: 'Grad-P', kind: 'weapon', aliases: ['Grad P launcher'] },
  ],
  registry,
);

describe('createRegistryFacetFinder', () => {
  const find = createRegistryFacetFinder(registry, entities)!;

  it.each([
    ['Militants fired Grad rockets at the district.', ['BM-21 Grad']],
    ['Боевики применили «Град».', ['BM-21 Grad']],
    ['A Grad P launcher and more Grad rockets.', ['Grad-P', 'BM-21 Grad']],
    ['Gradual withdrawal of forces.', []],
  ])('finds whole-word aliases in %j', (text, expected) => {
    expect(find(text)).toEqual({ weapons: expected });
  });

  it('is absent when no registry facet needs it, so default extraction pays nothing', () => {
    expect(createRegistryFacetFinder(facetRegistry, [])).toBeNull();
  });
});

describe('parseFacetEntities', () => {
  it('names the entry and field of a bad entity, and a kind no facet takes', () => {
    expect(() => parseFacetEntities([{ canonical: '', kind: 'weapon', aliases: [] }], registry, 'weapons.json')).toThrow(
      "weapons.json entry 0: field 'canonical'",
    );
    expect(() => parseFacetEntities([{ canonical: 'T-72', kind: 'tank', aliases: [] }], registry)).toThrow(
      "entry 0 (T-72): no registry facet takes kind 'tank'",
    );
  });
});
