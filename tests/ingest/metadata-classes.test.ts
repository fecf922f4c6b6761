import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/ingest/segment-document';
import { dateFromUrl } from '../../src/ingest/url-metadata';

// Title and publication date read from page text without metadata, on pages written for the test.
const segment = (lines: string[], url?: string) =>
  segmentDocument({ id: 'd', file: 'd.txt', format: 'txt', text: lines.join('\n'), meta: url === undefined ? {} : { url } });

describe('segmentDocument reads a date glued to the first paragraph', () => {
  it.each([
    ['en', 'November 30, 2024Russian and Syrian jets bombed a suburb of the city on Saturday, a monitor said.', '2024-11-30', 'Russian and Syrian jets'],
    ['ru', '30 ноября 2024Российские и сирийские самолеты нанесли удары по пригороду города, сообщили военные.', '2024-11-30', 'Российские и сирийские'],
  ])('in %s', (_lang, line, published, bodyStart) => {
    const { meta, paragraphs } = segment(['Jets strike suburb of the northern city after offensive', line]);
    expect(meta.published).toBe(published);
    expect(paragraphs[0]!.startsWith(bodyStart)).toBe(true);
  });

  it('leaves a sentence with a year inside a word alone', () => {
    const line = 'Since March 2011Syrians have fled the fighting in their hundreds of thousands, the agency said.';
    expect(segment([line]).meta.published).toBeNull();
  });
});

describe('segmentDocument takes the date under the headline over a header clock', () => {
  it.each([
    ['ru', '30 июля 2025', 'Террористы доставили в Идлиб отравляющие вещества, заявили в МИД', '20 сентября 2018', 'Официальный представитель МИД заявила, что боевики готовят провокацию в провинции Идлиб.', '2018-09-20'],
    ['en', 'July 30, 2025', 'Militants move toxic agents into Idlib province, ministry says', 'September 20, 2018', 'The foreign ministry said militants were preparing a provocation in Idlib province.', '2018-09-20'],
    ['ar', '30 يوليو 2025', 'مسلحون ينقلون مواد سامة إلى محافظة إدلب بحسب الخارجية', '20 سبتمبر 2018', 'وقالت وزارة الخارجية إن المسلحين يعدون لاستفزاز في محافظة إدلب.', '2018-09-20'],
  ])('in %s', (_lang, clock, headline, date, body, published) => {
    expect(segment([clock, 'Котировки', headline, date, body]).meta.published).toBe(published);
  });

  it('keeps the first date line when none stands under the headline', () => {
    const lines = ['July 30, 2025', 'Militants move toxic agents into Idlib province, ministry says', 'The ministry said militants were preparing a provocation in Idlib.'];
    expect(segment(lines).meta.published).toBe('2025-07-30');
  });
});

describe('segmentDocument finds the headline', () => {
  it.each([
    ['ru', 'Захарова: коалиция разваливается'],
    ['ar', 'زاخاروفا: تحالف واشنطن يحتضر'],
    ['en', 'Zakharova: coalition is collapsing'],
  ])('in a short "speaker: words" line above the body (%s)', (_lang, title) => {
    const body = 'The spokeswoman said the Western coalition had lost its purpose and that its strikes killed civilians.';
    expect(segment([title, body]).meta.title).toBe(title);
  });

  it.each([
    ['ru', 'Операция в Венесуэле и захват МадуроПереговоры о мире на Украине', 'Главу администрации назначили временным президентом страны'],
    ['en', 'Elections in the United StatesTrade talks with China resume', 'Rebel leader named interim president of the country'],
  ])('not in a strip of topics run together (%s)', (_lang, strip, headline) => {
    const body = 'The rebel commander was named interim president on Wednesday, the military command said in a statement.';
    expect(segment([strip, 'Новости политики', headline, body]).meta.title).toBe(headline);
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://news.example.com/news/2018/01/aid-drop-border-camp-180108200401410.html', '2018-01-08'],
    ['https://news.example.com/2018/01/180112/story.html', '2018-01-12'],
    ['https://news.example.com/2018/01/aid-drop-123456.html', '2018-01'],
    ['https://news.example.com/2018/01/aid-drop-180199.html', '2018-01'],
  ])('reads the day of a month-precise path from an id stamp that agrees with it: %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });
});

describe('segmentDocument names the outlet', () => {
  it.each([
    ['en', 'Source: SANA', 'https://english.example-tv.com.lb/719336', 'example-tv.com.lb'],
    ['en', 'Source: News Agencies', 'https://examplenews.com/militants-shell-the-zone-twice/', 'examplenews.com'],
    ['ru', 'Источник: ТАСС', 'https://primer-novosti.ru/news/2018/04/09/123.html', 'primer-novosti.ru'],
    ['ar', 'المصدر: وكالة الأناضول', 'https://akhbar-mithal.net/archives/106072', 'akhbar-mithal.net'],
  ])('from the page address over a credit line of the agency relayed (%s: %j)', (_lang, credit, url, outlet) => {
    const lines = ['Militants shell the de-escalation zone twice in one day', 'Militants shelled the zone twice over the past day, the centre said.', credit];
    expect(segment(lines, url).meta.source).toBe(outlet);
  });

  it('from a credit line when the page has no address', () => {
    const lines = ['Militants shell the de-escalation zone twice in one day', 'Militants shelled the zone twice over the past day, the centre said.', 'Source: SANA'];
    expect(segment(lines).meta.source).toBe('SANA');
  });
});

describe('dateFromUrl reads only address shapes that are surely dates', () => {
  it.each([
    ['a month written as a word', 'https://news.example.com/world/2020/jun/17/sanctions-target-companies', '2020-06-17'],
    ['year and month joined, then the day', 'http://example-wire.com/english/2019-02/16/c_137825337.htm', '2019-02-16'],
    ['a day-first timestamp with its clock', 'https://example.ua/world/opposition-begins-offensive-06112016135400/amp', '2016-11-06'],
    ['a year-first timestamp with its clock', 'https://example.ua/world/opposition-begins-offensive-20161106135400.html', '2016-11-06'],
  ])('with %s: %s', (_shape, url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });

  it.each([
    ['a word that is no month', 'https://news.example.com/2020/news/17/sanctions-target-companies'],
    ['a day the month does not have', 'https://news.example.com/2020/jun/31/sanctions-target-companies'],
    ['a two-digit-year stamp, day or year first', 'https://example.net/amp/39/190616234203-army-positions-shelled'],
    ['a long id that is no timestamp', 'https://example.ua/world/opposition-begins-offensive-06112016985400/amp'],
  ])('reads nothing from %s: %s', (_shape, url) => {
    expect(dateFromUrl(url)).toBeNull();
  });
});

describe('segmentDocument reads a publication date line', () => {
  it.each([
    ['en', 'Publish date : Tuesday 3 April 2018 09:33', '2018-04-03'],
    ['en', 'Publication date: 3 April 2018', '2018-04-03'],
    ['en', '9:33 am 23/04/2018', '2018-04-23'],
    ['ru', '19:34 13/09/2017', '2017-09-13'],
    ['ru', 'Дата: 13.09.2017', '2017-09-13'],
    ['ru', '10:05 13 сентября 2017', '2017-09-13'],
    ['ar', 'تاريخ: 13 سبتمبر 2017', '2017-09-13'],
    ['ar', 'نشر بتاريخ 13 سبتمبر 2017', '2017-09-13'],
  ])('with a label or a clock before the date (%s: %j)', (_lang, line, published) => {
    const lines = ['Minister hopes for success of the new round of talks', line, 'The minister said Moscow counted on the success of the next round of talks in the capital.'];
    expect(segment(lines).meta.published).toBe(published);
  });

  it.each([
    ['en', '19:34 03/05/2018'],
    ['ru', 'Дата проведения следующего раунда переговоров пока не определена, сообщил дипломат.'],
    ['ar', 'تاريخ 13 سبتمبر 2017 سيبقى في ذاكرة السوريين طويلاً كما قال السكان.'],
  ])('reads none from an ambiguous date or a sentence (%s: %j)', (_lang, line) => {
    const lines = ['Minister hopes for success of the new round of talks', line, 'The minister said Moscow counted on the success of the next round of talks in the capital.'];
    expect(segment(lines).meta.published).toBeNull();
  });
});

describe('segmentDocument reads the publication date from a wire dateline', () => {
  const headline = 'Foreign ministers agree on a new round of talks in the capital';
  it.each([
    ['en', 'ANKARA, April 28, 2018 (KUNA) -- The foreign ministers of the three countries said on Saturday the talks were the only way.', undefined, '2018-04-28'],
    ['en', 'BEIRUT, Lebanon, March 3, 2018 (AP) — The ministers said on Saturday the talks were the only way forward.', undefined, '2018-03-03'],
    ['ru', 'МОСКВА, 3 марта 2018. /ТАСС/. Министры иностранных дел трех стран заявили в субботу, что переговоры важны.', undefined, '2018-03-03'],
    ['ar', 'دمشق، 3 آذار 2018 (سانا) - قال وزراء خارجية الدول الثلاث يوم السبت إن المحادثات هي السبيل الوحيد.', undefined, '2018-03-03'],
    ['en', 'GENEVA, Feb. 15 (Xinhua) -- The envoy said Friday he saw the committee as a door opener for the process.', 'http://wire.example.com/english/2019-02/16/c_1378.htm', '2019-02-15'],
    ['ru', 'МОСКВА, 31 декабря. /ТАСС/. Министр заявил, что переговоры продолжатся в новом году.', 'https://wire.example.ru/2019/01/02/story.html', '2018-12-31'],
    ['ar', 'دمشق، 15 شباط (سانا) - قال المبعوث يوم الجمعة إن اللجنة قد تفتح الباب أمام العملية السياسية.', 'https://wire.example.sy/2019/02/16/story', '2019-02-15'],
  ])('in %s: %j', (_lang, first, url, published) => {
    expect(segment([headline, first], url).meta.published).toBe(published);
  });

  it.each([
    ['a dateline without a year on a page without a dated address', 'GENEVA, Feb. 15 (Xinhua) -- The envoy said Friday he saw the committee as a door opener.', undefined, null],
    ['a dateline after the address date', 'GENEVA, Feb. 25 (Xinhua) -- The envoy said Friday he saw the committee as a door opener.', 'https://wire.example.com/2019/02/16/story', '2019-02-16'],
    ['a place and its country with no date', 'GENEVA, Switzerland (AP) — The envoy said he saw the committee as a door opener.', undefined, null],
    ['a sentence with a comma and a dash', 'Lavrov, 70 years old – and still minister – said the talks were the only way.', undefined, null],
  ])('reads no dateline date from %s', (_what, first, url, published) => {
    expect(segment([headline, first], url).meta.published).toBe(published);
  });
});

describe('segmentDocument reads a date a widget prints over two lines', () => {
  const body = 'The spokeswoman said the capital was struck at the moment the country had a chance of peace.';
  it.each([
    ['en', 'April', '2018-04'],
    ['en', '13 September', '2017-09-13'],
    ['ru', 'Апрель', '2018-04'],
    ['ru', '13 сентября', '2017-09-13'],
    ['ar', 'نيسان', '2018-04'],
    ['ar', '13 سبتمبر', '2017-09-13'],
  ])('in %s: %j over the year', (_lang, part, published) => {
    const year = published.slice(0, 4);
    expect(segment(['News in brief', part, year, 'Zakharova: the capital was struck when it had a chance of peace', body]).meta.published).toBe(published);
  });

  it.each([['en', 'News in brief'], ['ru', 'Новости по-русски'], ['ar', 'أخبار عاجلة']])('keeps the year alone under a label (%s)', (_lang, label) => {
    expect(segment([label, '2018', 'Zakharova: the capital was struck when it had a chance of peace', body]).meta.published).toBe('2018');
  });
});

describe('segmentDocument reads the spellings of a date line each language uses', () => {
  const lines = (line: string) => ['Minister hopes for success of the new round of talks', line, 'The minister said Moscow counted on the success of the next round of talks in the capital.'];
  it.each([
    ['en', 'By Jane Doe on March 3, 2018', '2018-03-03'],
    ['en', 'Posted by admin, 3 March 2018', '2018-03-03'],
    ['en', 'March 3, 2018 • 5 min read', '2018-03-03'],
    ['ru', 'Опубликовано: 12/03/2018', '2018-03-12'],
    ['ar', 'تاريخ النشر: 12/03/2018', '2018-03-12'],
    ['ar', '12 آذار/مارس 2018', '2018-03-12'],
    ['ar', 'الاثنين 12 مارس 2018م', '2018-03-12'],
    ['ar', 'الإثنين، 12 مارس 2018 10:30 صباحاً', '2018-03-12'],
  ])('in %s: %j', (_lang, line, published) => {
    expect(segment(lines(line)).meta.published).toBe(published);
  });

  it.each([
    ['en', 'Published: 12/03/2018'],
    ['en', 'By the end of March 3, 2018 the siege was over and the convoys left.'],
    ['ar', '12 آذار/أيار 2018'],
  ])('reads no date from an ambiguous or conflicting line (%s: %j)', (_lang, line) => {
    expect(segment(lines(line)).meta.published).toBeNull();
  });

  it('takes the author out of a dated byline', () => {
    expect(segment(lines('By Jane Doe on March 3, 2018')).meta.byline).toBe('Jane Doe');
  });
});
