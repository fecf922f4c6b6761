import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/ingest/segment-document';
import { isHeadlineTicker } from '../../src/ingest/header-furniture';
import type { SourceDocument } from '../../src/types';

function segment(lines: string[], meta: SourceDocument['meta'] = {}) {
  const doc: SourceDocument = { id: 'page', file: 'page.txt', format: 'txt', text: lines.join('\n\n'), meta };
  return segmentDocument(doc);
}

const BODY: Record<'en' | 'ru' | 'ar', [string, string, string]> = {
  en: [
    'Shelling hit the eastern districts of the city overnight, and rescue teams worked until the morning, residents said.',
    'The local council said twelve families had left their homes since the weekend and more were expected to follow.',
    'Aid groups asked for a pause in the fighting so that convoys could reach the districts before the weekend.',
  ],
  ru: [
    'Обстрел восточных районов города продолжался всю ночь, спасатели работали до утра, сообщили местные жители.',
    'По данным местного совета, с выходных свои дома покинули двенадцать семей, и ожидается, что уедут и другие.',
    'Гуманитарные организации попросили о паузе в боях, чтобы колонны успели добраться до районов до выходных.',
  ],
  ar: [
    'استمر القصف على الأحياء الشرقية من المدينة طوال الليل، وعملت فرق الإنقاذ حتى الصباح، بحسب سكان محليين.',
    'وقال المجلس المحلي إن اثنتي عشرة عائلة غادرت منازلها منذ نهاية الأسبوع وإن عائلات أخرى ستغادر قريباً.',
    'وطالبت منظمات الإغاثة بهدنة في القتال كي تصل القوافل إلى الأحياء قبل نهاية الأسبوع.',
  ],
};

describe('segmentDocument standfirst of a page header', () => {
  it.each([
    ['en', 'Shelling resumes in the east', 'Residents fear a long siege as the winter approaches, officials say', 'By Jane Doe'],
    ['ru', 'Обстрелы на востоке города возобновились снова', 'Жители опасаются долгой осады с приходом зимы, говорят чиновники', 'Автор: Анна Петрова'],
    ['en', 'What is behind the new shelling?', 'Residents fear a long siege as the winter approaches, officials say', 'Smoke rises over the city (Photo: Jane Doe)'],
  ] as const)('drops the %s standfirst between the headline and the byline or caption', (lang, headline, dek, closing) => {
    // A question headline is known from the page's metadata: it ends like a sentence.
    const result = segment([headline, dek, closing, ...BODY[lang]], headline.endsWith('?') ? { title: headline } : {});
    expect(result.meta.title).toBe(headline);
    expect(result.paragraphs).toEqual(BODY[lang]);
  });

  it.each([['Smoke rises over the city (Photo: Jane Doe)'], ['Reporter: Jane Doe']])('keeps a lead paragraph that %j follows', (closing) => {
    const result = segment(['Shelling resumes in the east', BODY.en[0], closing, BODY.en[1], BODY.en[2]]);
    expect(result.paragraphs).toEqual(BODY.en);
  });

  it('keeps the whole article when its byline stands at the foot', () => {
    const result = segment(['Shelling resumes in the east', BODY.en[0], BODY.en[1], 'Reporting by Jane Doe']);
    expect(result.paragraphs).toEqual(BODY.en.slice(0, 2));
  });
});

describe('segmentDocument captions, embeds, bios and tickers', () => {
  it.each([
    ['en', 'Families wait near a wall inside the camp in the desert east of the province, on Wednesday.'],
    ['ar', 'عائلات تنتظر قرب جدار داخل المخيم في الصحراء شرق المحافظة، يوم الأربعاء.'],
  ] as const)('drops a %s photo caption shown twice in a row', (lang, caption) => {
    expect(segment([BODY[lang][0], caption, caption, BODY[lang][1]]).paragraphs).toEqual(BODY[lang].slice(0, 2));
  });

  it.each([
    ['Families wait at the crossing near the border [File: AP]'],
    ['Government forces have besieged the town. [Getty]'],
  ])('drops the caption %j with a bracketed credit', (caption) => {
    expect(segment([BODY.en[0], caption, BODY.en[1]]).paragraphs).toEqual(BODY.en.slice(0, 2));
  });

  it('keeps a body line that ends in an editorial bracket', () => {
    const line = 'The statement called the strikes a mistake and promised an inquiry into them [sic].';
    expect(segment([BODY.en[0], line, BODY.en[1]]).paragraphs).toContain(line);
  });

  it('drops an embedded post with its @handle credit line', () => {
    const post = 'Breaking! The envoy has arrived in the capital. Talks start tomorrow.';
    expect(segment([BODY.en[0], post, '— Jane Doe (@janedoe) March 3, 2024', BODY.en[1]]).paragraphs).toEqual(BODY.en.slice(0, 2));
  });

  it('drops a pull quote with its credit line but keeps a quotation that is a sentence', () => {
    const pull = '‘It is going to stop people from rebuilding their homes after all these years of war’';
    expect(segment([BODY.en[0], pull, '-Jane Doe, Example Refugee Council', BODY.en[1]]).paragraphs).toEqual(BODY.en.slice(0, 2));
  });

  it.each([
    ['en', 'Author: Jane Doe', 'Jane Doe is Senior Editor for Example News. She has covered the region for ten years.'],
    ['ru', 'Автор: Анна Петрова', 'Анна Петрова является обозревателем издания и пишет о Ближнем Востоке.'],
  ] as const)('drops the %s author bio under a byline', (lang, byline, bio) => {
    expect(segment([...BODY[lang].slice(0, 2), byline, bio]).paragraphs).toEqual(BODY[lang].slice(0, 2));
  });

  it.each([
    ['en', 'The fighting that forced thousands from the villages - including the burning of their fields'],
    ['ru', 'Бои, которые вынудили тысячи жителей покинуть деревни на юге страны - и что будет дальше'],
  ] as const)('drops a %s related headline standing between body paragraphs', (lang, headline) => {
    expect(segment([BODY[lang][0], headline, BODY[lang][1]]).paragraphs).toEqual(BODY[lang].slice(0, 2));
  });
});

describe('isHeadlineTicker', () => {
  it.each([
    ['League Roundup: Leaders extend winning streak to 15 games • At least 12 killed in attacks near the city • Bank lends more to farmers in 2015 • Resu', true],
    ['Шесть человек погибли при обстреле · Парламент одобрил бюджет · Курс рубля снизился', true],
    ['Shelling hit the district • residents fled.', false],
    ['The council met on Monday. • It approved the budget. • Work starts soon.', false],
  ] as const)('tells whether %j is a ticker of headlines', (line, expected) => {
    expect(isHeadlineTicker(line)).toBe(expected);
  });
});
