import { describe, expect, it } from 'vitest';
import { loadGazetteer, validateGazetteer } from '../../src/extract/entities/gazetteer';
import { createEntityRelations } from '../../src/extract/entities/entity-relations';

const mini = createEntityRelations(
  validateGazetteer([
    { canonical: 'Syria', kind: 'state', aliases: ['Syria'] },
    { canonical: 'Russia', kind: 'state', aliases: ['Russia'] },
    { canonical: 'Syrian government', kind: 'organisation', aliases: ['Syrian government'], governmentOf: 'Syria' },
    { canonical: 'SANA', kind: 'organisation', aliases: ['SANA'], state: 'Syria' },
    { canonical: 'Maria Zakharova', kind: 'person', aliases: ['Zakharova'], state: 'Russia' },
    { canonical: 'Mazloum Abdi', kind: 'person', aliases: ['Mazloum Abdi'] },
    { canonical: 'Aleppo', kind: 'place', aliases: ['Aleppo'], within: 'Syria' },
    { canonical: 'Afrin', kind: 'place', aliases: ['Afrin'], within: 'Aleppo' },
    { canonical: 'Jandairis', kind: 'place', aliases: ['Jandairis'], within: 'Afrin' },
    { canonical: 'Sheikh Maqsoud', kind: 'place', aliases: ['Sheikh Maqsoud'], within: 'Aleppo' },
    { canonical: 'Idlib', kind: 'place', aliases: ['Idlib'], within: 'Syria' },
  ]),
);

describe('affiliationOf', () => {
  it.each([
    ['Maria Zakharova', 'Russia'],
    ['SANA', 'Syria'],
    ['Syrian government', 'Syria'],
    ['Syria', 'Syria'],
    ['Mazloum Abdi', null],
    ['Aleppo', null],
    ['Nobody', null],
  ])('gives %s → %s', (canonical, state) => {
    expect(mini.affiliationOf(canonical)).toBe(state);
  });
});

describe('affiliatesOf', () => {
  it('lists the people and bodies of a state, not the state itself', () => {
    expect(mini.affiliatesOf('Syria')).toEqual(['Syrian government', 'SANA']);
    expect(mini.affiliatesOf('Russia')).toEqual(['Maria Zakharova']);
    expect(mini.affiliatesOf('Narnia')).toEqual([]);
  });
});

describe('placesWithin', () => {
  it('lists places inside a place, nearer ones first, through every level', () => {
    expect(mini.placesWithin('Aleppo')).toEqual(['Afrin', 'Sheikh Maqsoud', 'Jandairis']);
    expect(mini.placesWithin('Syria')).toEqual(['Aleppo', 'Idlib', 'Afrin', 'Sheikh Maqsoud', 'Jandairis']);
  });

  it('returns nothing for a place with nothing inside and a copy callers may change', () => {
    expect(mini.placesWithin('Jandairis')).toEqual([]);
    mini.placesWithin('Aleppo').pop();
    expect(mini.placesWithin('Aleppo')).toHaveLength(3);
  });
});

describe('containersOf', () => {
  it('climbs from a place to its state', () => {
    expect(mini.containersOf('Jandairis')).toEqual(['Afrin', 'Aleppo', 'Syria']);
    expect(mini.containersOf('Syria')).toEqual([]);
  });
});

describe('relations in the shipped gazetteer', () => {
  const relations = createEntityRelations(loadGazetteer());

  it.each([
    ['Maria Zakharova', 'Russia'],
    ['Recep Tayyip Erdogan', 'Turkey'],
    ['John Kirby', 'United States'],
    ['Bashar al-Assad', 'Syria'],
    ['Russian Center for Reconciliation', 'Russia'],
    ['SANA', 'Syria'],
    ['TASS', 'Russia'],
  ])('affiliates %s with %s', (canonical, state) => {
    expect(relations.affiliationOf(canonical)).toBe(state);
  });

  it.each([
    ['Sheikh Maqsoud', 'Aleppo'],
    ['Maarat al-Numan', 'Idlib'],
    ['Ariha', 'Idlib'],
    ['Khmeimim Air Base', 'Latakia'],
    ['Al-Hol camp', 'Al-Hasakah'],
    ['Manbij', 'Aleppo'],
    ['Qamishli', 'Al-Hasakah'],
  ])('places %s within %s', (place, container) => {
    expect(relations.containersOf(place)[0]).toBe(container);
    expect(relations.placesWithin(container)).toContain(place);
  });
});
