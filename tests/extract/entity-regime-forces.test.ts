import { describe, expect, it } from 'vitest';
import { facetsOfText } from './written-text';

const facetsOf = (text: string) => facetsOfText(text);

describe('"regime" or "Assad" naming a force', () => {
  it.each([
    ['en', 'Assad militia men shelled three towns on Friday.'],
    ['en', 'Regime gunmen were expelled from the town hours later.'],
    ['en', 'Armed men loyal to the Syrian regime crossed the river on Monday.'],
    ['en', 'The area is shared by forces affiliated with the regime and the SDF.'],
    ['en', 'So far 61 pro-regime soldiers have been killed in the desert.'],
    ['ru', 'Правительственные войска вошли в город утром.'],
    ['ru', 'Силы, лояльные режиму, отошли к окраинам.'],
    ['ar', 'وقصفت قوات النظام البلدة بالمدفعية.'],
    ['ar', 'واستهدفت ميليشيات الأسد الأحياء السكنية.'],
    ['ar', 'وكانت المدينة تحاصرها قوات موالية للحكومة السورية.'],
  ])('gives the Syrian Arab Army, not the ruler or the government, in %s %j', (_lang, text) => {
    const facets = facetsOf(text);
    expect(facets.groups).toContain('Syrian Arab Army');
    expect(facets.actors).not.toContain('Bashar al-Assad');
    expect(facets.actors).not.toContain('Syrian government');
  });

  it.each([
    ['en', 'Idlib is held by anti-Assad forces.'],
    ['en', 'Fighters from anti-government forces overran the capital.'],
  ])('gives no government force for the forces against it in %s %j', (_lang, text) => {
    expect(facetsOf(text).groups).not.toContain('Syrian Arab Army');
  });

  it.each([
    ['en', 'Russian forces fought beside troops loyal to Syrian President Bashar Assad.'],
    ['en', "Assad's military relies on Russian airpower."],
  ])('keeps the ruler named in full or as an owner as an actor in %s %j', (_lang, text) => {
    const facets = facetsOf(text);
    expect(facets.groups).toContain('Syrian Arab Army');
    expect(facets.actors).toContain('Bashar al-Assad');
  });
});

describe('fighters named by their sponsor', () => {
  it.each([
    ['en', 'Turkish-backed Syrian factions launched an offensive on the city.', 'Syrian National Army'],
    ['en', 'Days later Ankara-aligned forces captured the enclave.', 'Syrian National Army'],
    ['en', 'The town fell to Syrian rebels backed by Turkey in March.', 'Syrian National Army'],
    ['en', 'The strikes hit army positions and Iran-backed fighters.', 'Iran-backed militias'],
    ['ru', 'Ополчение отразило атаки поддерживаемых Турцией боевиков на город.', 'Syrian National Army'],
    ['ar', 'وهاجمت الفصائل المدعومة من تركيا القرية فجرا.', 'Syrian National Army'],
  ])('gives the sponsor’s proxy group in %s %j', (_lang, text, group) => {
    expect(facetsOf(text).groups).toContain(group);
  });

  it('names no proxy group when the sponsor backs no fighters', () => {
    expect(facetsOf('The Turkish-backed talks in the capital ended without a deal.').groups).toEqual([]);
  });
});
