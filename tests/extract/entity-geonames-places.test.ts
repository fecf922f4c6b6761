import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/extract/entities/gazetteer';
import { GazetteerError } from '../../src/extract/entities/gazetteer';
import { createPlaceCueFilter, loadPlaceCues } from '../../src/extract/entities/place-cues';
import { createEntityMatcher } from '../../src/extract/entities/entity-matcher';
import { tokenizeNames } from '../../src/extract/entities/name-tokens';
import { facetsOfText, writtenTextExtractor } from './written-text';

describe('places the hand list does not hold (GeoNames)', () => {
  it.each([
    ['en', 'Shelling was reported in Darkush on Tuesday morning.', 'Darkush'],
    ['en', 'Families fled the village of Khusham overnight.', 'Khusham'],
    ['en', 'Convoys moved between Hajin and Al-Susah all week.', 'Al-Susah'],
    ['en', 'A checkpoint outside Kafr Batna was removed.', 'Kafr Batna'],
    ['ru', 'Бои шли под Сальхадом всю ночь.', 'Salkhad'],
    ['ru', 'Колонна вошла в Эс-Санамейн утром.', 'Al-Sanamayn'],
    ['ru', 'Жители Манбиджа и Сальхада вышли на улицы.', 'Salkhad'],
    ['ar', 'وقصفت الطائرات بلدة خشام في ريف دير الزور.', 'Khusham'],
    ['ar', 'وأغلقت الطرق المؤدية إلى دركوش وأرمناز.', 'Armanaz'],
    ['ar', 'وتواصلت الاشتباكات في هجين منذ الصباح.', 'Hajin'],
    ['ar', 'وسقطت قذائف بهجين صباح اليوم.', 'Hajin'],
    ['ar', 'وحوصرت بلدات ذيبان وخشام طوال الأسبوع.', 'Khusham'],
  ])('finds the %s place in %j', (_lang, text, place) => {
    expect(facetsOfText(text).locations).toContain(place);
  });

  it.each([
    ['en', 'Hundreds joined the Al-Karama sit-in on the highway.', 'Al-Karamah'],
    ['en', 'Strikes hit a security complex in the Kafr Sousa district.', 'Al-Susah'],
    ['en', 'Hajine rallies went on.', 'Hajin'],
    ['ar', 'وقال إن الهجين من الطائرات المسيرة بات أكثر خطراً.', 'Hajin'],
    ['ar', 'ونقل المعتقلون إلى السجن المركزي.', 'Al-Sijn'],
    ['ar', 'وارتفع صوت الموج الهادر طوال الليل.', 'Al-Hadir'],
    ['ru', 'Сальхад — так называли его друзья.', 'Salkhad'],
  ])('does not take a %s word or a longer name for the place in %j', (_lang, text, place) => {
    expect(facetsOfText(text).locations).not.toContain(place);
  });
});

describe('landmarks and districts in three scripts', () => {
  it.each([
    ['en', 'Crowds gathered outside the Umayyad Mosque after prayers.', 'Umayyad Mosque'],
    ['ru', 'У мечети Омейядов в центре города собрались люди.', 'Umayyad Mosque'],
    ['ar', 'واحتشد المصلون في الجامع الأموي بعد الصلاة.', 'Umayyad Mosque'],
    ['en', 'Fighters reached Umayyad Square by morning.', 'Umayyad Square'],
    ['ru', 'К утру повстанцы достигли площади Омейядов.', 'Umayyad Square'],
    ['ar', 'ووصل المقاتلون إلى ساحة الأمويين صباحاً.', 'Umayyad Square'],
    ['ru', 'Снаряды упали в кварталах Хамадания.', 'Hamdaniyah'],
    ['ar', 'وسقطت قذائف على حي الحمدانية.', 'Hamdaniyah'],
    ['ru', 'Бои шли в Ханасире и в регионе Даръа.', 'Khanasir'],
    ['ru', 'Бои шли в Ханасире и в регионе Даръа.', 'Daraa'],
  ])('finds the %s place in %j', (_lang, text, place) => {
    expect(facetsOfText(text).locations).toContain(place);
  });
});

describe('loadGazetteer with GeoNames records', () => {
  it('gives a GeoNames place the province GeoNames puts it in', () => {
    expect(writtenTextExtractor.gazetteer.byCanonical.get('Darkush')?.within).toBe('Idlib');
    expect(writtenTextExtractor.gazetteer.byCanonical.get('Darkush')?.needsCue).toBe(true);
  });

  it('keeps a hand-written place matching anywhere and its GeoNames names only with a cue', () => {
    const gazetteer = loadGazetteer();
    const matcher = createEntityMatcher(gazetteer);
    const keep = createPlaceCueFilter(loadPlaceCues());
    const read = (text: string) => {
      const tokens = tokenizeNames(text);
      return keep(tokens, matcher.matchTokens(text, tokens)).map((m) => m.entry.canonical);
    };
    expect(read('Hajin was quiet.')).toEqual(['Hajin']);
    expect(read('هجين')).toEqual([]);
    expect(read('في هجين')).toEqual(['Hajin']);
  });

  it.each([
    [[{ moreNamesOf: 'Nowhere', aliases: ['Nulle part'] }], /names no place/],
    [[{ moreNamesOf: 'Hajin', aliases: ['Aleppo'] }], /already a name of "Aleppo"/],
    [[{ moreNamesOf: 'Hajin', aliases: [''] }], /non-empty names/],
    [[{ canonical: 'Somewhere', kind: 'person', aliases: [], needsCue: true }], /only on a place/],
  ])('refuses %j', (extraEntries, message) => {
    expect(() => loadGazetteer({ extraEntries })).toThrow(GazetteerError);
    expect(() => loadGazetteer({ extraEntries })).toThrow(message);
  });
});
