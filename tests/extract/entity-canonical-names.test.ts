import { describe, expect, it } from 'vitest';
import { facetsOfText } from './written-text';

describe('canonical names are the ones analysts write', () => {
  it.each([
    ['en', 'The US military said two drones were shot down.', 'groups', 'US military'],
    ['en', 'U.S. troops patrolled the oil fields on Friday.', 'groups', 'US military'],
    ['ru', 'Американские военные покинули базу ночью.', 'groups', 'US military'],
    ['ar', 'وانسحبت القوات الأمريكية من القاعدة.', 'groups', 'US military'],
    ['en', 'Some 300 families left the al-Hol camp this week.', 'locations', 'Al-Hol camp'],
    ['ru', 'Из лагеря Аль-Холь вывезли еще 300 семей.', 'locations', 'Al-Hol camp'],
    ['ar', 'وغادرت 300 عائلة مخيم الهول هذا الأسبوع.', 'locations', 'Al-Hol camp'],
    ['en', 'Clashes broke out in Theiban on Monday.', 'locations', 'Dhiban'],
    ['ar', 'اندلعت اشتباكات في بلدة ذيبان يوم الاثنين.', 'locations', 'Dhiban'],
  ] as const)('names the %s mention in %j', (_lang, text, facet, value) => {
    expect(facetsOfText(text)[facet]).toContain(value);
  });
});
