import { describe, expect, it } from 'vitest';
import { facetsOfText } from './written-text';

const facetsOf = (text: string) => facetsOfText(text);

describe('a country as a place or as an agent', () => {
  it.each([
    ['en', 'The families boarded buses to Iraq before dawn.', 'Iraq'],
    ['en', 'The fighting spread to villages in the province bordering Jordan.', 'Jordan'],
    ['en', 'The group lost its strongholds in both Iraq and Syria last year.', 'Iraq'],
    ['ru', 'Бомбардировщики пролетели над территорией Ирана и Ирака.', 'Iraq'],
    ['ru', 'Отряды держат анклав у границы с Турцией.', 'Turkey'],
    ['ar', 'وتقع البلدة قرب المعبر الحدودي مع تركيا.', 'Turkey'],
  ])('counts a destination or area as a location, not an actor, in %s %j', (_lang, text, state) => {
    const facets = facetsOf(text);
    expect(facets.locations).toContain(state);
    expect(facets.actors).not.toContain(state);
  });

  it.each([
    ['en', 'Moscow, a key ally of Damascus, reached a deal with Ankara.', 'Syrian government'],
    ['en', 'The Tel Aviv regime rarely comments on the raids.', 'Israel'],
    ['en', 'The Iraqi government has repatriated another 150 families.', 'Iraq'],
    ['ru', 'Делегация обсудила шаги с коллегами из Ирана и Турции.', 'Turkey'],
    ['ru', 'На встрече были наблюдатели из США и Иордании.', 'Jordan'],
    ['ar', 'وأعلنت تركيا بدء العملية العسكرية.', 'Turkey'],
  ])('counts a country acting as an actor in %s %j', (_lang, text, actor) => {
    const facets = facetsOf(text);
    expect(facets.actors).toContain(actor);
    expect(facets.locations).not.toContain(actor);
  });

  it.each([
    ['en', 'U.S.-backed fighters advanced on the town, a Britain-based monitor said.', ['United States', 'United Kingdom']],
    ['en', 'Iran-backed militias and Ankara-aligned factions clashed overnight.', ['Iran', 'Ankara', 'Turkey']],
    ['en', 'The anti-Assad uprising began in the south in 2011.', ['Bashar al-Assad']],
    ['en', 'The pro-Assad regime radio station reported the raid.', ['Syrian government']],
  ])('leaves a name hyphenated into a modifier out of every facet in %s %j', (_lang, text, absent) => {
    const facets = facetsOf(text);
    for (const name of absent) {
      expect(facets.actors).not.toContain(name);
      expect(facets.locations).not.toContain(name);
    }
  });

  it.each([
    ["Iraq's Ministry of Migration said 600 people had returned.", 'Iraq'],
    ["Iran's top diplomat spoke at the airport.", 'Iran'],
    ["Kazakhstan's deputy Foreign Minister read out the statement.", 'Kazakhstan'],
  ])('leaves a possessive state out when it only says whose a post or body is in %j', (text, state) => {
    expect(facetsOf(text).actors).not.toContain(state);
  });

  it('keeps a named group after "anti-" when the phrase is no force of the other side', () => {
    expect(facetsOf('Washington will work with Moscow in the anti-ISIS campaign.').groups).toEqual(['ISIS']);
  });

  it('reads an upper-case place before a colon as a dateline, not the government acting', () => {
    const facets = facetsOf('MOSCOW: The Kremlin declined on Monday to confirm the reports.');
    expect(facets.actors).toEqual(['Kremlin']);
    expect(facets.locations).toEqual(['Moscow']);
  });
});
