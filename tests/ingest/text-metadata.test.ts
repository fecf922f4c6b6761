import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/ingest/segment-document';
import { dateFromUrl, outletFromUrl, titleFromUrl } from '../../src/ingest/url-metadata';
import type { SourceDocument } from '../../src/types';

function doc(text: string, meta: SourceDocument['meta'] = {}): SourceDocument {
  return { id: 'page', file: 'page.txt', format: 'txt', text, meta };
}

const EN_BODY = 'Shelling hit the eastern districts of the city overnight, and rescue teams worked until the morning, residents said.';
const RU_BODY = 'Обстрел восточных районов города продолжался всю ночь, спасатели работали до утра, сообщили местные жители.';
const AR_BODY = 'استمر القصف على الأحياء الشرقية من المدينة طوال الليل، وعملت فرق الإنقاذ حتى الصباح، بحسب سكان محليين.';

describe('dateFromUrl', () => {
  it.each([
    ['https://example.org/2020/02/27/strikes-hit-idlib/', '2020-02-27'],
    ['https://m.example.com/story/2017/1/23/some-slug/123', '2017-01-23'],
    ['https://example.ru/news/201709170743-abc.htm', '2017-09-17'],
    ['https://example.com/politics/2025-12-01-some-title', '2025-12-01'],
    ['http://example.com/2018/05/talks-resume/', '2018-05'],
    ['https://example.com/article/1271913', null],
    ['https://example.com/2019/13/40/impossible', null],
    ['not a url', null],
  ])('reads %s as %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });
});

describe('outletFromUrl', () => {
  it.each([
    ['https://tass.com/politics/1234', 'TASS'],
    ['https://www.reuters.com/world/middle-east/x', 'Reuters'],
    ['https://novayagazeta.eu/articles/2024/12/10/x', 'Novaya Gazeta Europe'],
    ['https://www.svoboda.org/a/29347703.html', 'Radio Svoboda'],
    ['https://www.example-news.com/a/b', 'example-news.com'],
    ['https://news.example.co.uk/a', 'example.co.uk'],
    // Second-level public suffixes a hand list misses, and a site hosted under a platform's domain.
    ['https://www.example-podii.in.ua/news/a', 'example-podii.in.ua'],
    ['https://m.example.com.kw/a', 'example.com.kw'],
    ['https://example-wire.azurewebsites.net/a', 'example-wire.azurewebsites.net'],
    ['http://127.0.0.1/a', null],
  ])('names the publisher of %s %s', (url, expected) => {
    expect(outletFromUrl(url)).toBe(expected);
  });
});

describe('titleFromUrl', () => {
  it.each([
    ['https://example.com/news/new-envoy-sees-opportunity-in-talks/4788895.html', 'a', 'New envoy sees opportunity in talks'],
    [`https://example.com/${encodeURIComponent('قصف-على-الأحياء-الشرقية-من-المدينة')}`, 'ع', 'قصف على الأحياء الشرقية من المدينة'],
    ['https://example.com/article/ryxhw009lxe', 'a', null],
    ['https://example.ru/mnenie/dvorec-pust-tyurmy-svobodny-123', 'я', null],
  ])('reads a headline from %s', (url, sample, expected) => {
    expect(titleFromUrl(url, sample)).toBe(expected);
  });
});

describe('segmentDocument metadata from the text and the address', () => {
  it.each([
    ['en', `date 2023-05-16 Army forces refugees to go home\n${EN_BODY}`, {}, { title: 'Army forces refugees to go home', published: '2023-05-16' }],
    ['ru', `date 2018-12 ${RU_BODY}\n${RU_BODY.replace('ночь', 'день')}`, {}, { published: '2018-12' }],
    ['en', `DAILY WIRE | Published November 30, 2024\n${EN_BODY}`, {}, { source: 'DAILY WIRE', published: '2024-11-30' }],
    ['ar', `${AR_BODY}`, { url: 'https://www.example.com/news/2021/01/15/99' }, { source: 'example.com', published: '2021-01-15' }],
    ['ru', `${RU_BODY}`, { url: 'https://tass.ru/mezhdunarodnaya-panorama/2017-09-17-abc' }, { source: 'TASS', published: '2017-09-17' }],
  ])('reads the %s page\'s metadata when no metadata file gives it', (_lang, text, meta, expected) => {
    expect(segmentDocument(doc(text, meta)).meta).toMatchObject(expected);
  });

  it('keeps a body paragraph that opens with "On <date>" whole', () => {
    const line = 'On March 3 2019 jets struck the outskirts of the town, killing four people, medics said.';
    const { paragraphs, meta } = segmentDocument(doc(`${line}\n${EN_BODY}`));
    expect(paragraphs[0]).toBe(line);
    expect(meta.published).toBeNull();
  });

  it('takes the opening line the address spells out as the headline, a question headline too', () => {
    const text = `What is the new sanctions act and how will it affect the region?\n${EN_BODY}\n${EN_BODY.replace('overnight', 'at dawn')}`;
    const { meta, paragraphs } = segmentDocument(doc(text, { url: 'https://example.net/news/new-sanctions-act-region-affect' }));
    expect(meta.title).toBe('What is the new sanctions act and how will it affect the region?');
    expect(paragraphs).toHaveLength(2);
  });

  it('takes a question at the top of a page without an address for its headline', () => {
    const text = `Who Are the Fighters Taking Over the Second City?\n${EN_BODY}\n${EN_BODY.replace('overnight', 'at dawn')}`;
    const { meta, paragraphs } = segmentDocument(doc(text));
    expect(meta.title).toBe('Who Are the Fighters Taking Over the Second City?');
    expect(paragraphs).toHaveLength(2);
  });

  it('takes a two-word headline that a two-word slug spells, over a longer subtitle', () => {
    const text = `Диктатор поневоле\nИстория одного правителя: от врача в столице до лидера страны, которую ему навязала семья\n${RU_BODY}`;
    const { meta } = segmentDocument(doc(text, { url: 'https://example.eu/articles/2024/12/10/diktator-ponevole' }));
    expect(meta.title).toBe('Диктатор поневоле');
  });

  it.each([
    ['en', 'Middle East 3 hours ago', 'Shelling resumes on the outskirts of the northern city', EN_BODY],
    ['ru', 'Конфликт в регионе 2 дня назад', 'Окраина города вновь попала под обстрел, есть погибшие', RU_BODY],
    ['ar', 'منذ ساعتين', 'تجدد القصف على أطراف المدينة الشمالية وسقوط ضحايا', AR_BODY],
  ])('takes no %s section-and-age line ("%s") for the headline or the body', (_lang, kicker, headline, body) => {
    const { meta, paragraphs } = segmentDocument(doc([kicker, headline, body].join('\n')));
    expect(meta.title).toBe(headline);
    expect(paragraphs).toEqual([body]);
  });

  it('falls back to the address\'s slug for a title when the text has no headline', () => {
    const { meta } = segmentDocument(doc(EN_BODY, { url: 'https://example.com/world/rebels-enter-the-capital-overnight/' }));
    expect(meta.title).toBe('Rebels enter the capital overnight');
  });
});
