import { describe, expect, it } from 'vitest';
import { subplaceNotice } from '../../src/search/entity-expansion';
import type { FacetTable } from '../../src/search/facets/facet-table';

const table = (values: string[]) => ({ ids: new Map(values.map((v, i) => [v, i])) }) as unknown as FacetTable;
const s = { entityTables: { location: table(['Aleppo', 'Sheikh Maqsoud', 'Manbij']), actor: table([]), speaker: table([]), group: table([]) } };

describe('subplaceNotice', () => {
  it('names a place searched with places within it, counts those the index holds, and quotes it for the exact query', () => {
    const plan = { units: [{ canonicals: ['Aleppo'], related: ['Sheikh Maqsoud', 'Manbij', 'Unindexed Village'], span: [9, 15] as [number, number] }] };
    expect(subplaceNotice(s, plan, 'shelling Aleppo today')).toEqual({ subplaces: [{ place: 'Aleppo', within: 2, exact_q: 'shelling "Aleppo" today' }] });
  });

  it.each([
    ['a quoted place (no related places)', { canonicals: ['Aleppo'], related: [], span: [0, 6] as [number, number] }],
    ['a state whose related entities are people', { canonicals: ['Russia'], related: ['Sergey Lavrov'], span: [0, 6] as [number, number] }],
    ['plain words', { canonicals: [], related: [] }],
  ])('says nothing for %s', (_, unit) => {
    expect(subplaceNotice(s, { units: [unit] }, 'Aleppo')).toEqual({});
  });
});
