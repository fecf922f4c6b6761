import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEntityMatcher, foldName } from '../../src/extract/entities/entity-matcher';
import { loadGazetteer, loadNotEntities, validateGazetteer } from '../../src/extract/entities/gazetteer';

const matcher = createEntityMatcher(loadGazetteer(), loadNotEntities());
const canonicals = (text: string) => matcher.match(text).map((m) => m.entry.canonical);

const mini = validateGazetteer(JSON.parse(readFileSync(new URL('../fixtures/extract/mini-gazetteer.json', import.meta.url), 'utf8')));
const miniMatcher = createEntityMatcher(mini, ['Operation Olive Branch']);

describe('foldName', () => {
  it.each([
    ['Sheikh Maqsoud', 'Sheikh Maqsood'],
    ['Sheikh Maqsoud', 'Sheikh Maqsud'],
    ['Erdogan', 'Erdoğan'],
    ['Ahrar al-Sham', 'Ahrar-al-Sham'],
    ['Ahrar al-Sham', 'Ahrar ash-Sham'],
    ['Ahmed al-Sharaa', 'Ahmed Sharaa'],
    ["Russia's", 'Russia’s'],
    ['Sergey Lavrov', 'Sergei Lavrov'],
    ['Maria Zakharova', 'Mariya Zakharova'],
    ["Da'esh", 'Daesh'],
    ['Kafr Takharim', 'Kafr-Takharim'],
  ])('folds %s and %s to the same key', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  it.each([
    ['Aleppo', 'Afrin'],
    ['Homs', 'Hama'],
    ['Iran', 'Iraq'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(foldName(a)).not.toBe(foldName(b));
  });
});

describe('createEntityMatcher', () => {
  it.each([
    ['shelling of Sheikh Maqsood overnight', 'Sheikh Maqsoud'],
    ['in the Sheikh Maqsud neighbourhood', 'Sheikh Maqsoud'],
    ['fighters of Ahram al-Sham attacked', 'Ahrar al-Sham'],
    ['backed by Ahrar-al-Sham fighters', 'Ahrar al-Sham'],
    ['Al Nusra Front forces', 'Jabhat al-Nusra'],
    ['Jabhat Fateh al-Sham announced', 'Jabhat al-Nusra'],
    ['Hayat Tahrir al-Sham terrorists', 'Hayat Tahrir al-Sham'],
    ['said Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan'],
    ['under the command of Ahmed Sharaa', 'Ahmed al-Sharaa'],
    ['towns such as Maaret-Nouman', 'Maarat al-Numan'],
    ['the Internal Security Force (Asayish)', 'Asayish'],
    ['attacks on Hmeymim air base', 'Khmeimim Air Base'],
    ['the ICRC and the Kurdish Red Crescent Society', 'International Committee of the Red Cross'],
    ['the Syrian Foreign and Expatriates Ministry complained', 'Syrian Foreign Ministry'],
    ['US state department spokesperson', 'US State Department'],
  ])('matches "%s" as %s', (text, expected) => {
    expect(canonicals(text)).toContain(expected);
  });

  it('matches possessives with straight and curly apostrophes', () => {
    expect(canonicals("Aleppo's southwestern districts and Russia’s concern")).toEqual(['Aleppo', 'Russia']);
  });

  it('prefers the longest alias over the names inside it', () => {
    expect(canonicals('Russia’s Defense Ministry said')).toEqual(['Russian Defense Ministry']);
    expect(canonicals('the Russian Center for Reconciliation in Syria said')).toEqual(['Russian Center for Reconciliation']);
    expect(canonicals('the US-led coalition struck')).toEqual(['US-led coalition']);
  });

  it('reports offsets and surface text including a leading article', () => {
    const text = 'Fighters of al-Nusra attacked.';
    const [match] = matcher.match(text);
    expect(match?.surface).toBe('al-Nusra');
    expect(text.slice(match!.start, match!.end)).toBe('al-Nusra');
  });

  it.each([
    ['let us know what the US wants', ['United States']],
    ['this is what IS fighters want', ['ISIS']],
    ['The UN said', ['United Nations']],
    ['WHAT IS HAPPENING TO US NOW', []],
    ['Un homme', []],
  ])('requires upper case for short acronyms in "%s"', (text, expected) => {
    expect(canonicals(text)).toEqual(expected);
  });

  it('matches lower-case generic labels in any case', () => {
    expect(miniMatcher.match('Moderate rebels and the moderate opposition').map((m) => m.entry.canonical)).toEqual([
      'moderate opposition',
      'moderate opposition',
    ]);
  });

  it('requires a capital letter for proper names', () => {
    expect(miniMatcher.match('the sheikh maqsoud area').map((m) => m.entry.canonical)).toEqual([]);
    expect(canonicals('a harem of palaces')).toEqual([]);
  });

  it('keeps the article on one-word names written with one', () => {
    expect(miniMatcher.match('fighting in Al-Tall and al Tall').map((m) => m.surface)).toEqual(['Al-Tall', 'al Tall']);
    expect(miniMatcher.match('fighting in Tall Kurdi').map((m) => m.surface)).toEqual([]);
  });

  it('does not match across punctuation', () => {
    expect(miniMatcher.match('Islamic. State').map((m) => m.entry.canonical)).toEqual([]);
  });

  it('drops phrases listed as not entities', () => {
    expect(miniMatcher.match('Operation Olive Branch began; Olive groves burned').map((m) => m.surface)).toEqual(['Olive']);
    expect(canonicals('Operation Euphrates Shield ended near the Euphrates')).toEqual(['Euphrates']);
  });
});

describe('foldName across scripts', () => {
  it.each([
    ['Сирия', 'Сирии'],
    ['Сирия', 'Сирию'],
    ['Сирия', 'Сирией'],
    ['Захарова', 'Захаровой'],
    ['Лавров', 'Лаврова'],
    ['Лавров', 'Лавровым'],
    ['Дамаск', 'Дамаске'],
    ['Шейх-Масуд', 'Шейх-Масуде'],
    ['Ракка', 'Ракке'],
    ['российские военные', 'российских военных'],
    ['Исламское государство', 'Исламского государства'],
    ['Джебхат ан-Нусра', 'Джебхат-аль-Нусры'],
    ['Ёлкин', 'Елкин'],
  ])('folds the Russian forms %s and %s to one key', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  it.each([
    ['حَلَب', 'حلب', 'diacritics'],
    ['حـلـب', 'حلب', 'tatweel'],
    ['إدلب', 'ادلب', 'alef with hamza below'],
    ['الأسد', 'الاسد', 'alef with hamza above'],
    ['آمنة', 'امنة', 'alef with madda'],
    ['حماة', 'حماه', 'ta marbuta'],
    ['مصطفى', 'مصطفي', 'alef maksura'],
    ['الشيخ مقصود', 'شيخ مقصود', 'the article'],
    ['والرقة', 'الرقة', 'the article behind a conjunction'],
  ])('folds the Arabic forms %s and %s to one key (%s)', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  it.each([
    ['ССА', 'САА'],
    ['Иран', 'Ирак'],
    ['Хомс', 'Хама'],
    ['ИГИЛ', 'ИГ'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(foldName(a)).not.toBe(foldName(b));
  });

  it('folds Latin romanisation variants to one key', () => {
    expect(foldName('Sheikh Maqsoud')).toBe('sikh maksud');
    expect(foldName('Ahrar ash-Sham')).toBe('ahrar sam');
  });
});

describe('createEntityMatcher across scripts', () => {
  it.each([
    ['Обстрелы района Шейх-Масуд в Алеппо продолжаются.', ['Sheikh Maqsoud', 'Aleppo']],
    ['жители Шейх-Максуда и Ашрафии', ['Sheikh Maqsoud', 'Ashrafieh']],
    ['Мария Захарова заявила', ['Maria Zakharova']],
    ['по словам Захаровой', ['Maria Zakharova']],
    ['встреча Лаврова и Эрдогана', ['Sergey Lavrov', 'Recep Tayyip Erdogan']],
    ['официальный представитель МИД России', ['Russian Foreign Ministry']],
    ['боевики ИГИЛ и «Джебхат ан-Нусры»', ['ISIS', 'Jabhat al-Nusra']],
    ['в лагере «Аль-Холь»', ['Al-Hol camp']],
    ['силы СДС и Сирийской арабской армии (САА)', ['Syrian Democratic Forces', 'Syrian Arab Army', 'Syrian Arab Army']],
    ['на авиабазе Хмеймим', ['Khmeimim Air Base']],
    ['حي الشيخ مقصود في حلب', ['Sheikh Maqsoud', 'Aleppo']],
    ['قالت ماريا زاخاروفا', ['Maria Zakharova']],
    ['مقاتلو جبهة النصرة وتنظيم داعش', ['Jabhat al-Nusra', 'ISIS']],
    ['وقوات سوريا الديمقراطية', ['Syrian Democratic Forces']],
    ['القصف على إدلب وبحلب', ['Idlib', 'Aleppo']],
  ])('matches %j as %j', (text, expected) => {
    expect(canonicals(text)).toEqual(expected);
  });

  it('reports the surface and offsets of a declined name', () => {
    const text = 'По словам Захаровой, всё спокойно.';
    const [match] = matcher.match(text);
    expect(match?.surface).toBe('Захаровой');
    expect(text.slice(match!.start, match!.end)).toBe('Захаровой');
  });

  it.each([
    ['сирийские власти', 'Syrian government'],
    ['рака груди', null],
    ['ИГ', 'ISIS'],
  ])('applies case rules to Cyrillic: %j', (text, expected) => {
    expect(canonicals(text)[0] ?? null).toBe(expected);
  });

  it('does not match a lower-case Cyrillic acronym', () => {
    expect(canonicals('иг и сдс')).toEqual([]);
  });
});
