import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/extract';
import { facetsOfText } from './written-text';

const facetsOf = (text: string) => facetsOfText(text);

describe('foldName folds Kurdish and Turkish orthography onto English spelling', () => {
  it.each([
    ['Qamişlo', 'Qamishlo'],
    ['Çavuşoğlu', 'Chavushoglu'],
    ['Reyhanlı', 'Reyhanli'],
    ['Amûdê', 'Amude'],
    ['Tirbespî', 'Tirbespi'],
  ])('%s = %s', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });
});

describe('a capital or town after its descriptor is a place', () => {
  it.each([
    ['en', 'Residents said the capital Damascus was quiet overnight.', 'Damascus'],
    ['en', 'The talks in the Kazakh capital, Astana, ended on Friday.', 'Astana'],
    ['ru', 'Жители столицы Дамаска вышли на улицы.', 'Damascus'],
    ['ar', 'وتشهد العاصمة دمشق هدوءا حذرا منذ الصباح.', 'Damascus'],
  ])('in %s %j', (_lang, text, place) => {
    const facets = facetsOf(text);
    expect(facets.locations).toContain(place);
    expect(facets.actors).toEqual([]);
  });

  it.each([
    ['en', 'Shells fell on Qamişlo and on Swaida within an hour.', ['Qamishli', 'As-Suwayda']],
    ['en', 'Rockets hit Kilis and the town of Reyhanlı near the border.', ['Kilis', 'Reyhanli']],
  ])('finds each spelling in %s %j', (_lang, text, places) => {
    expect(facetsOf(text).locations).toEqual(expect.arrayContaining(places));
  });
});

describe("a country's media cited as a whole is an actor", () => {
  it.each([
    ['en', 'Syrian state media blamed the deaths on artillery fire.', 'Syrian state media'],
    ['en', 'Turkish media said the convoy reached the border.', 'Turkish media'],
    ['ru', 'Как сообщают сирийские СМИ, колонна прибыла в город.', 'Syrian state media'],
    ['ar', 'وذكرت وسائل إعلام سورية أن الغارات استهدفت مستودعات.', 'Syrian state media'],
  ])('in %s %j', (_lang, text, actor) => {
    expect(facetsOf(text).actors).toEqual([actor]);
  });
});

describe('a state between a post title and its holder is part of the title', () => {
  it.each([
    ['ru', 'Об этом заявил пресс-секретарь президента РФ Дмитрий Песков.', ['Dmitry Peskov']],
    ['ru', 'Президент Сирии Башар Асад покинул столицу.', ['Bashar al-Assad']],
  ])('in %s %j', (_lang, text, actors) => {
    const facets = facetsOf(text);
    expect(facets.actors).toEqual(actors);
    expect(facets.locations).toEqual([]);
  });

  it('keeps a state that acts', () => {
    expect(facetsOf('Россия поддержала это решение в Совбезе.').actors).toContain('Russia');
  });
});

describe('an outlet whose name holds a place or state is the outlet only', () => {
  it.each([
    ['en', 'Earlier, The Times of Israel reported that the fighters attacked the town.', 'The Times of Israel'],
    ['ru', 'Ранее газета The Daily Star сообщала о новых атаках.', 'The Daily Star'],
    ['ar', 'وقالت شبكة فرات بوست، إن النساء اعتدين على فتاة داخل المخيم.', 'Euphrates Post'],
  ])('in %s %j', (_lang, text, outlet) => {
    const facets = facetsOf(text);
    expect(facets.actors).toEqual([outlet]);
    expect(facets.locations).toEqual([]);
  });
});
