import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/extract-document';

const extractor = createExtractor();

function facetsOf(paragraphs: string[], index = 0): { actor: string[]; location: string[] } {
  const mentions = extractor.findDocumentMentions(paragraphs)[index]!;
  const pick = (facet: string) => [...new Set(mentions.filter((m) => m.facet === facet).map((m) => m.canonical))];
  return { actor: pick('actor'), location: pick('location') };
}

describe('findNames', () => {
  it.each([
    ['When the shelling began, Abu Saleh, a farmer, hid his children.', 'Abu Saleh'],
    ['Umm Khaled told reporters she had lost two sons.', 'Umm Khaled'],
  ])('finds the kunya in "%s" as a person', (text, name) => {
    expect(facetsOf([text]).actor).toContain(name);
  });

  it.each([
    ["Iraq's National Security Advisor Qasim al-Araji said the camp would close.", 'Qasim al-Araji'],
    ['The Deputy Foreign Minister Ali Bagheri Kani arrived in Damascus.', 'Ali Bagheri Kani'],
    ['Senior Military Adviser Omar Fadel Khalil said the talks had failed.', 'Omar Fadel Khalil'],
  ])('starts the person in "%s" after the title words', (text, name) => {
    const { actor } = facetsOf([text]);
    expect(actor).toContain(name);
    expect(actor.filter((a) => a.endsWith(name) && a !== name)).toEqual([]);
  });

  it('stops a person name before "of the" and a tribe', () => {
    const { actor } = facetsOf(['Fighters loyal to Sheikh Hamad al-Jarba of the Shammar tribe took up arms.']);
    expect(actor).toContain('Hamad al-Jarba');
    expect(actor.some((a) => a.includes(' of the '))).toBe(false);
  });

  it('emits no generic institution on its own', () => {
    const { actor } = facetsOf(['The Executive Committee met on Monday and the Local Council agreed.']);
    expect(actor).not.toContain('Executive Committee');
    expect(actor).not.toContain('Local Council');
  });

  it.each([
    ['The Local Council of the city of Saraqib said the bakery had reopened.', 'Saraqib Local Council'],
    ['The co-chair of the Afrin Executive Council spoke to reporters.', 'Afrin Executive Council'],
  ])('names the generic institution in "%s" by its place', (text, name) => {
    expect(facetsOf([text]).actor).toContain(name);
  });

  it.each([
    ['Aid was sent to the towns of Harem, Salqin, Kafr Tukharim and Zardana.', ['Kafr Tukharim', 'Zardana']],
    ['The army pushed towards Morek and Latmin on Sunday.', ['Latmin']],
  ])('counts unknown names listed with places in "%s" as places', (text, places) => {
    expect(facetsOf([text]).location).toEqual(expect.arrayContaining(places));
  });

  it('does not turn a person after a place and a comma into a place', () => {
    expect(facetsOf(['In Aleppo, Ahmad Nasser said the market had closed.']).location).not.toContain('Ahmad Nasser');
  });

  it.each([
    ['Crowds gathered at the Grand Omari Mosque after prayers.', 'Grand Omari Mosque'],
    ['The blast hit the busy Quwatli Street at noon.', 'Quwatli Street'],
  ])('finds the landmark in "%s" as a place', (text, place) => {
    expect(facetsOf([text]).location).toContain(place);
  });
});
