import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ForceNamesError, loadForceNames } from '../../src/extract/entities/force-names';
import { facetsOfText } from './written-text';

const facetsOf = (text: string) => facetsOfText(text);

describe("a state's armed forces named generically", () => {
  it.each([
    ['en', 'A Turkish drone hit a car near the village on Sunday.', ['Turkish Armed Forces']],
    ['en', 'Israeli fighter jets struck a depot outside the city overnight.', ['Israel Defense Forces']],
    ['en', 'Lebanese soldiers stopped the families at the crossing.', ['Lebanese Armed Forces']],
    ['en', 'Syrian government warplanes bombed the market twice.', ['Syrian Air Force']],
    ['ru', 'Колонна турецких войск вошла в деревню утром.', ['Turkish Armed Forces']],
    ['ru', 'Российские силы останутся на базе до весны.', ['Russian Armed Forces']],
    ['ru', 'Вертолеты Израиля нанесли удар по складу.', ['Israel Defense Forces']],
    ['ar', 'وقال إن سبع مقاتلات تركية استهدفت مواقع في المنطقة.', ['Turkish Armed Forces']],
    ['ar', 'وشن الطيران الإسرائيلي غارات على مستودعات قرب المطار.', ['Israel Defense Forces']],
    ['ar', 'ودخلت قوات خاصة تركية إلى القرية فجرا.', ['Turkish Armed Forces']],
  ])('in %s %j', (_lang, text, groups) => {
    expect(facetsOf(text).groups).toEqual(groups);
  });

  it.each([
    ['en', 'The Syrian and Russian fighter jets pounded the hills east of the city.', ['Syrian Air Force', 'Russian Aerospace Forces']],
    ['en', 'The Turkish and Russian armed forces will patrol the highway together.', ['Turkish Armed Forces', 'Russian Armed Forces']],
    ['ru', 'Турецкие и российские военные провели совместное патрулирование.', ['Turkish Armed Forces', 'Russian Armed Forces']],
  ])('gives each coordinated adjective in %s %j its own force', (_lang, text, groups) => {
    expect(facetsOf(text).groups).toEqual(groups);
  });

  it.each([
    ['en', 'The future of the Russian military bases on the coast is unclear.'],
    ['en', 'A Syrian military photographer smuggled the pictures out.'],
    ['en', "Talks on Russia's military bases will take months."],
  ])('leaves a thing or person qualified by a force word alone in %j', (text) => {
    expect(facetsOf(text).groups).toEqual([]);
  });

  it.each([
    ['en', 'Assad’s military has been stretched thin for months.'],
    ['ru', 'Город контролируют войска Башара Асада.'],
    ['ar', 'وتقدمت قوات الرئيس بشار الأسد نحو البلدة.'],
  ])('mentions the person a group is named after in %s %j', (_lang, text) => {
    const facets = facetsOf(text);
    expect(facets.groups).toContain('Syrian Arab Army');
    expect(facets.actors).toContain('Bashar al-Assad');
  });
});

describe('community and opposition fighters named generically', () => {
  it.each([
    ['en', 'Druze fighters and Bedouin gunmen exchanged fire overnight.', ['Druze militias', 'Bedouin militias']],
    ['en', 'Fighters from several rebel factions entered the town.', ['Syrian rebels']],
    ['en', 'Kurdish militiamen held the western districts.', ['Kurdish militias']],
    ['ru', 'Оппозиционные силы вошли в центр города.', ['Syrian rebels']],
    ['ru', 'Курдское ополчение отразило атаку на город.', ['YPG']],
    ['ru', 'Протурецкие боевики атаковали позиции у моста.', ['Syrian National Army']],
    ['ar', 'وأعلنت المعارضة السورية المسلحة السيطرة على المدينة.', ['Syrian rebels']],
    ['ar', 'واشتبكت الفصائل الدرزية مع مسلحي العشائر قرب المدينة.', ['Druze militias', 'Bedouin militias']],
    ['ar', 'واعتدت داعشيات على فتاة داخل المخيم.', ['ISIS']],
  ])('in %s %j', (_lang, text, groups) => {
    expect(facetsOf(text).groups).toEqual(groups);
  });

  it('reads acronyms joined by slashes as a list of names', () => {
    expect(facetsOf('Hundreds of PKK/PYD/YPG positions were hit.').groups).toEqual(['PKK', 'YPG']);
  });
});

describe('loadForceNames', () => {
  it('names the file and field of a malformed entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'force-names-'));
    writeFileSync(join(dir, 'force-names.json'), JSON.stringify({ nouns: { en: ['forces'] }, states: [{ state: 'Turkey' }] }));
    expect(() => loadForceNames(dir)).toThrow(ForceNamesError);
    expect(() => loadForceNames(dir)).toThrow(/states\[0\] needs "state" and "forces"/);
  });
});
