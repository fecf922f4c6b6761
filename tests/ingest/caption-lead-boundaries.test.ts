import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/ingest/segment-document';
import type { SourceDocument } from '../../src/types';

// Boundary classes around a page header and inside a body, on texts written for the test after shapes seen on real
// English and Russian pages: captions beside a photo credit, a lead that lost its full stop, lead-ins, list items.
function segment(lines: readonly string[]) {
  const doc: SourceDocument = { id: 'page', file: 'page.txt', format: 'txt', text: lines.join('\n'), meta: {} };
  return segmentDocument(doc);
}

const HEADLINE = {
  en: 'Army and tribal fighters clash again near the river crossing',
  ru: 'Армия и ополченцы снова столкнулись у переправы через реку',
};
const BODY = {
  en: [
    'At least nine people were killed on Monday when fighting broke out again near the river crossing, a local monitor said.',
    'The council said it had asked both sides to let families leave the villages on the eastern bank before nightfall.',
  ],
  ru: [
    'В понедельник у переправы через реку вновь вспыхнули бои, погибли по меньшей мере девять человек, сообщили местные наблюдатели.',
    'Местный совет попросил обе стороны выпустить семьи из деревень на восточном берегу до наступления темноты.',
  ],
} as const;

describe('segmentDocument drops a photo caption printed under its credit', () => {
  it.each([
    ['en', 'Photo Credit: Local Civil Defence', 'Damaged hangar at the airport after an earlier strike, March 4, 2021.'],
    ['en', 'Photo: Jane Doe/Reuters', 'Smoke over the northern districts of the city, 12 May 2020.'],
    ['en', 'John Smith for The Example Post', 'The camp as seen in 2019, shortly after the last battle for the town.'],
    ['ru', 'Фото: Иван Петров / Коммерсантъ', 'Разрушенный ангар на аэродроме после одного из прошлых ударов, 4 марта 2021 года.'],
    ['ru', 'Фото: пресс-служба местного совета', 'Дым над северными кварталами города, 12 мая 2020 г.'],
  ] as const)('in %s: %j then %j', (lang, credit, caption) => {
    const { paragraphs } = segment([HEADLINE[lang], credit, caption, ...BODY[lang]]);
    expect(paragraphs).toEqual(BODY[lang]);
  });

  it.each([
    ['en', 'Photo: Jane Doe/Reuters', 'The ministry said the strike on the airport had destroyed two hangars, on March 4, 2021.'],
    ['ru', 'Фото: Иван Петров / Коммерсантъ', 'В министерстве заявили, что удар по аэродрому уничтожил два ангара. Это произошло 4 марта 2021 года.'],
  ] as const)('keeps the %s lead under a credit when it is no caption', (lang, credit, lead) => {
    expect(segment([HEADLINE[lang], credit, lead, ...BODY[lang]]).paragraphs).toEqual([lead, ...BODY[lang]]);
  });
});

describe('segmentDocument drops a caption without a full stop printed above its credit', () => {
  it.each([
    ['en', 'The envoy told the council that the new committee should become a symbol of hope for a people worn out by the long war', 'Photo: AFP'],
    ['ru', 'Спецпосланник заявил, что создание нового комитета должно «стать символом надежды для измученного долгой войной народа»', 'Фото: AFP'],
  ] as const)('in %s', (lang, caption, credit) => {
    const [first, second] = BODY[lang];
    expect(segment([HEADLINE[lang], first, caption, credit, second]).paragraphs).toEqual(BODY[lang]);
  });
});

describe('segmentDocument keeps a lead that lost its full stop right under the headline', () => {
  it.each([
    ['en', 'Government forces strengthened their positions in the district as tribal leaders announced a new offensive against them'],
    ['ru', 'Вооруженные силы оппозиции объявили о начале операции по освобождению города от боевиков "Исламского государства"'],
  ] as const)('in %s, when it runs straight into the body', (lang, lead) => {
    expect(segment([HEADLINE[lang], lead, ...BODY[lang]]).paragraphs).toEqual([lead, ...BODY[lang]]);
  });

  it.each([
    ['en', 'Government forces strengthened their positions in the district as tribal leaders announced a new offensive', 'By Jane Doe'],
    ['ru', 'Вооруженные силы оппозиции объявили о начале операции по освобождению города от боевиков группировки', 'Фото: AFP'],
  ] as const)('drops a %s standfirst that a byline or credit sets off from the body', (lang, standfirst, closing) => {
    expect(segment([HEADLINE[lang], standfirst, closing, ...BODY[lang]]).paragraphs).toEqual(BODY[lang]);
  });

  it('drops a caption naming its photo even when it runs into the body', () => {
    const caption = 'Children stand at the entrance to a shelter in the besieged town during a lull in the shelling Photo by a local activist';
    expect(segment([HEADLINE.en, caption, ...BODY.en]).paragraphs).toEqual(BODY.en);
  });
});

describe('segmentDocument keeps a lead printed twice once', () => {
  it.each([
    ['en', 'Militants shelled a district of the city on Sunday. At least four people were killed and seven wounded.'],
    ['ru', 'Боевики обстреляли один из районов города. В результате погибли по меньшей мере четыре человека.'],
  ] as const)('in %s (as the page description and as its text)', (lang, lead) => {
    expect(segment([HEADLINE[lang], lead, lead, ...BODY[lang]]).paragraphs).toEqual([lead, ...BODY[lang]]);
  });

  it.each([
    ['en', 'Fighters ride a pickup truck through the town centre on Sunday.'],
    ['ru', 'Бойцы проезжают на пикапе через центр города в воскресенье.'],
  ] as const)('still drops a one-sentence %s caption shown twice', (lang, caption) => {
    const [first, second] = BODY[lang];
    expect(segment([HEADLINE[lang], first, caption, caption, second]).paragraphs).toEqual(BODY[lang]);
  });
});

describe('segmentDocument keeps lead-ins and list items inside a body', () => {
  it.each([
    ['en', 'Rebels also ambushed convoys carrying BMP vehicles', 'or T-72 tanks:'],
    ['ru', 'Повстанцы также устраивали засады на колонны с БМП', 'или танками Т-72:'],
  ] as const)('keeps a short %s lead-in that carries on the sentence before it', (lang, before, leadIn) => {
    const [first, second] = BODY[lang];
    const lines = [HEADLINE[lang], first, `${before}`, leadIn, second];
    expect(segment(lines).paragraphs).toContain(leadIn);
  });

  it.each([
    ['en', 'The ministry listed the goals of the operation:', ['- Restore security along the border.', '- Return the displaced to their homes.']],
    ['ru', 'В министерстве перечислили цели операции:', ['- Восстановить безопасность на границе.', '- Вернуть беженцев в их дома.']],
  ] as const)('keeps %s list items with their bullets, as the page shows them', (lang, leadIn, items) => {
    const [first, second] = BODY[lang];
    expect(segment([HEADLINE[lang], first, leadIn, ...items, second]).paragraphs).toEqual([first, leadIn, ...items, second]);
  });

  it.each([['en', '## Fighting near the bridge continues into the night, residents say.'], ['ru', '> Бои у моста продолжались всю ночь, говорят жители.']] as const)(
    'still strips %s markdown marks before a paragraph',
    (lang, line) => {
      expect(segment([HEADLINE[lang], ...BODY[lang], line]).paragraphs.at(-1)).toBe(line.replace(/^(?:#+|>)\s*/u, ''));
    },
  );
});
