import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/ingest/segment-document';
import type { InputFormat, SourceDocument } from '../../src/types';

const BODY_1 = 'Government forces shelled the eastern district on Sunday, residents said.';
const BODY_2 = '“We could not leave our homes,” said Samir Hamdan, a shop owner in the district.';
const BODY_3 = 'The health ministry said 12 people were wounded and taken to hospital.';

function doc(text: string, meta: SourceDocument['meta'] = {}, format: InputFormat = 'txt'): SourceDocument {
  return { id: 'test-doc', file: 'test-doc.txt', format, text, meta };
}

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');
}

describe('segmentDocument', () => {
  describe('chrome removal', () => {
    it.each([
      ['an icon strip', 'icon bookmarkicon cameraicon checkicon chevron downicon closeicon editicon shareicon searchicon'],
      ['a UI menu strip', 'Home News Menu Search Login Register Subscribe'],
      ['a comment prompt', 'Leave a comment'],
      ['a follow prompt', 'For the latest on the region, follow us on Twitter :'],
      ['a short-link prompt', '  • Short link :'],
      ['a share prompt', 'Share this story'],
      ['a subscribe prompt', 'Subscribe to our newsletter'],
      ['a donation amount', '2,500 $'],
      ['a donation appeal', 'Do you like this content? Consider helping us!'],
      ['an image-viewer prompt', 'Click to see the full-size image'],
      ['an enlarge label', 'Enlarge'],
      ['captcha residue', '18 − two ='],
      ['a file-photo caption', 'Residents inspect the ruins of the old market after the raid. File photo'],
      ['a (Photo: …) caption', 'A convoy on the highway near the border crossing. (Photo: Relief office)'],
      ['a Photo: credit line', 'Photo: Karim Nasser'],
      ['a very short non-sentence fragment', 'Middle East'],
    ])('drops %s', (_kind, chrome) => {
      const result = segmentDocument(doc([BODY_1, chrome, BODY_2, BODY_3].join('\n\n')));
      expect(result.paragraphs).toEqual([BODY_1, BODY_2, BODY_3]);
    });

    it('drops a caption repeated on consecutive lines', () => {
      const caption = 'Samir Hamdan, a shop owner in the district. (Photo: Valley Herald)';
      const result = segmentDocument(doc([BODY_1, `${caption}\n${caption}`, BODY_2].join('\n\n')));
      expect(result.paragraphs).toEqual([BODY_1, BODY_2]);
    });

    it('keeps short paragraphs that are sentences', () => {
      const result = segmentDocument(doc([BODY_1, 'He refused.', '“No,” she said.', BODY_2].join('\n\n')));
      expect(result.paragraphs).toEqual([BODY_1, 'He refused.', '“No,” she said.', BODY_2]);
    });

    it('drops a list of related headlines after the last sentence of the article', () => {
      const related = ['Turkish artillery hits villages near the border', 'Aid agencies warn of winter shortages in camps'];
      const result = segmentDocument(doc([BODY_1, BODY_2, 'Related', ...related].join('\n\n')));
      expect(result.paragraphs).toEqual([BODY_1, BODY_2]);
    });

    it('drops breadcrumbs and kickers before the first sentence of the article', () => {
      const text = ['World › Middle East › Syria coverage', 'Exclusive report from the eastern front', BODY_1].join('\n');
      const result = segmentDocument(doc(text, { title: 'Known title' }));
      expect(result.paragraphs).toEqual([BODY_1]);
    });

    it('keeps a lead-in line that ends with a colon before a quotation', () => {
      const lead = 'The ministry said in a statement on Monday:';
      const result = segmentDocument(doc([BODY_1, lead, BODY_2].join('\n')));
      expect(result.paragraphs).toEqual([BODY_1, lead, BODY_2]);
    });

    it('keeps the lines after the headline of a text that has no sentence-ending punctuation at all', () => {
      const lines = [
        'Shelling reported in the eastern district overnight',
        'Two schools closed until further notice by the council',
        'Water cuts expected to continue through the weekend',
      ];
      const result = segmentDocument(doc(lines.join('\n')));
      expect(result.meta.title).toBe(lines[0]);
      expect(result.paragraphs).toEqual(lines.slice(1));
    });

    it('keeps a body paragraph that opens with a location dateline', () => {
      const opening = 'RAQQA – The local council reopened two schools on Monday, officials said.';
      const wire = 'HAMA (Levant Wire) – Farmers began the wheat harvest early this year, the agriculture office said.';
      const result = segmentDocument(doc([opening, wire, BODY_1].join('\n\n')));
      expect(result.paragraphs).toEqual([opening, wire, BODY_1]);
    });
  });

  describe('repeats', () => {
    it('drops exact and near-exact repeats of a block, keeping the first', () => {
      const result = segmentDocument(doc([BODY_1, BODY_2, BODY_1.toUpperCase(), BODY_2.replace(/[“”]/g, '"')].join('\n')));
      expect(result.paragraphs).toEqual([BODY_1, BODY_2]);
    });

    it('drops a standfirst that the body repeats in full', () => {
      const lede = 'The health ministry said 12 people were wounded.';
      const result = segmentDocument(doc([lede, BODY_1, BODY_3.replace('wounded and', 'wounded in the shelling and')].join('\n\n')));
      expect(result.paragraphs).toEqual([BODY_1, 'The health ministry said 12 people were wounded in the shelling and taken to hospital.']);
    });

    it('never returns two paragraphs with the same text', () => {
      const result = segmentDocument(doc([BODY_1, BODY_2, BODY_1, BODY_3, BODY_2, BODY_1].join('\n')));
      expect(new Set(result.paragraphs).size).toBe(result.paragraphs.length);
    });
  });

  describe('metadata from the text', () => {
    it('takes title, dateline, outlet and byline out of the paragraphs and uses them as fallback', () => {
      const text = [
        'Source: Valley Herald',
        '12 Jan, 2021 10:05',
        'Water returns to eastern district after two weeks of repairs',
        BODY_1,
        BODY_2,
        'Reporting by: Lina Costa',
      ].join('\n\n');
      const result = segmentDocument(doc(text));
      expect(result.meta).toEqual({
        id: 'test-doc',
        title: 'Water returns to eastern district after two weeks of repairs',
        source: 'Valley Herald',
        url: null,
        published: '2021-01-12',
        byline: 'Lina Costa',
        lang: 'en',
      });
      expect(result.paragraphs).toEqual([BODY_1, BODY_2]);
    });

    it('prefers explicit metadata where it has a value and still drops the page headline', () => {
      const text = ['Valley Herald', 'June 4, 2016', 'Water returns to eastern district after two weeks', BODY_1].join('\n\n');
      const result = segmentDocument(doc(text, { title: 'Water back in the east', source: 'Valley Herald', published: '2016-06' }));
      expect(result.meta).toMatchObject({ title: 'Water back in the east', source: 'Valley Herald', published: '2016-06' });
      expect(result.paragraphs).toEqual([BODY_1]);
    });

    it('drops lines that repeat the explicit title, whatever their quotes', () => {
      const title = 'Russia’s envoy says talks will resume in Geneva';
      const text = ["Russia's envoy says talks will resume in Geneva", BODY_1, title, BODY_2].join('\n\n');
      const result = segmentDocument(doc(text, { title }));
      expect(result.meta.title).toBe(title);
      expect(result.paragraphs).toEqual([BODY_1, BODY_2]);
    });

    it('drops every repeat of a detected title', () => {
      const title = 'Water returns to eastern district after two weeks';
      const text = [title, '', title.replace('Water', 'WATER'), BODY_1, title].join('\n');
      const result = segmentDocument(doc(text));
      expect(result.meta.title).toBe(title);
      expect(result.paragraphs).toEqual([BODY_1]);
    });

    it('finds no title when the body starts right after a caption and outlet line', () => {
      const text = ['Children play near a destroyed school. File photo', 'Valley Herald', BODY_1, BODY_2].join('\n\n');
      const result = segmentDocument(doc(text));
      expect(result.meta.title).toBeNull();
      expect(result.paragraphs).toEqual([BODY_1, BODY_2]);
    });

    it('does not take an outlet-like short line for the title', () => {
      const result = segmentDocument(doc(['Valley Herald News', BODY_1].join('\n\n')));
      expect(result.meta.title).toBeNull();
    });

    it('reads the outlet of a wire-style opening when nothing else names it', () => {
      const text = ['Markets reopen in the old city', 'ALEPPO (Valley Herald) – Traders reopened stalls in the covered market on Sunday.'].join('\n\n');
      expect(segmentDocument(doc(text)).meta.source).toBe('Valley Herald');
    });

    it('drops a short line equal to the known source', () => {
      const result = segmentDocument(doc(['Levant Wire', BODY_1, 'LEVANT WIRE'].join('\n'), { source: 'Levant Wire' }));
      expect(result.paragraphs).toEqual([BODY_1]);
    });

    it('normalises an explicit published date given in another format', () => {
      const result = segmentDocument(doc(BODY_1, { published: '2016-06-04T12:11:00Z' }));
      expect(result.meta.published).toBe('2016-06-04');
    });

    it('keeps the explicit url and id', () => {
      const result = segmentDocument(doc(BODY_1, { url: 'https://example.org/a' }));
      expect(result.meta).toMatchObject({ id: 'test-doc', url: 'https://example.org/a' });
    });
  });

  describe('text normalisation', () => {
    it('collapses spaces and NBSPs but keeps curly quotes and dashes', () => {
      const result = segmentDocument(doc('  “Quiet  today,”\u00a0she said\u00a0– at last.\u00a0 '));
      expect(result.paragraphs).toEqual(['“Quiet today,” she said – at last.']);
    });

    it('returns the same paragraphs in the same order on every run', () => {
      const text = fixture('wire-article.txt');
      expect(segmentDocument(doc(text))).toEqual(segmentDocument(doc(text)));
    });
  });

  describe('mini-articles', () => {
    it('segments a wire article with menu, caption, outlet, dateline, title, byline and prompts', () => {
      const result = segmentDocument(doc(fixture('wire-article.txt')));
      expect(result.meta).toEqual({
        id: 'test-doc',
        title: 'Ceasefire holds in northern valley as aid convoys move in',
        source: 'Levant Daily Wire',
        url: null,
        published: '2018-03-03',
        byline: 'Omar Saleh',
        lang: 'en',
      });
      expect(result.paragraphs).toEqual([
        'DARSA (Levant Daily Wire) – A fragile ceasefire held for a third day on Saturday, allowing the first aid convoys to reach villages in the northern valley, local officials said.',
        '“We have delivered food and medicine to four villages so far,” said Nadia Haddad, a coordinator for the relief committee.',
        'The convoys carried flour, blankets and fuel. Officials said more trucks were expected next week.',
      ]);
    });

    it('segments an article wrapped in a donation widget with a doubled title and captions', () => {
      const result = segmentDocument(doc(fixture('donation-article.txt')));
      expect(result.meta.title).toBe('Council Says Water Station Repairs Will Take Two Months');
      expect(result.paragraphs).toEqual([
        'Engineers began repairing the damaged pumping station on Monday, the regional council said in a statement.',
        '“The work is complex and we ask residents for patience,” the council said.',
        'Repairs are expected to last at least two months.',
      ]);
    });

    it('segments a markdown article, dropping its heading, image and byline', () => {
      const text = fixture('markdown-article.md').replace(/^---[\s\S]*?\n---\n/, '');
      const result = segmentDocument(doc(text, { title: 'Bridge reopens after two years' }, 'md'));
      expect(result.paragraphs).toEqual([
        'The main bridge over the river reopened to traffic on Friday, two years after it was damaged in heavy fighting, the transport ministry said.',
        'Traders welcomed the reopening, saying it would cut travel times to the city by half.',
      ]);
    });

    it('keeps every line of a chrome-free article written one paragraph per line', () => {
      const lines = [BODY_1, BODY_2, BODY_3, 'UPDATE: Shelling resumed after nightfall, according to a local monitor.'];
      expect(segmentDocument(doc(lines.join('\n'))).paragraphs).toEqual(lines);
    });
  });
});

describe('segmentDocument on Russian and Arabic pages', () => {
  const page = (text: string) => segmentDocument({ id: 'ru', file: 'ru.txt', format: 'txt', text, meta: {} });

  it('reads the dateline, outlet and byline of a Russian page and drops its chrome', () => {
    const result = page(
      [
        'Главная Новости Поделиться ВКонтакте Телеграм',
        'Захарова призвала прекратить обстрелы Шейх-Масуда',
        'Опубликовано: 16 сентября 2016 г., 14:05',
        'Источник: ТАСС',
        'Официальный представитель МИД России Мария Захарова заявила, что Москва внимательно следит за ситуацией в Алеппо.',
        'Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости',
        'По её словам, обстрелы жилых кварталов должны быть немедленно прекращены.',
        'Автор: Иван Петров',
        'Реклама',
      ].join('\n\n'),
    );
    expect(result.meta).toMatchObject({
      title: 'Захарова призвала прекратить обстрелы Шейх-Масуда',
      published: '2016-09-16',
      source: 'ТАСС',
      byline: 'Иван Петров',
      lang: 'ru',
    });
    expect(result.paragraphs).toEqual([
      'Официальный представитель МИД России Мария Захарова заявила, что Москва внимательно следит за ситуацией в Алеппо.',
      'По её словам, обстрелы жилых кварталов должны быть немедленно прекращены.',
    ]);
  });

  it('drops Arabic share prompts and keeps the body', () => {
    const result = page(
      ['شارك على فيسبوك', 'قالت المتحدثة باسم وزارة الخارجية الروسية إن الوضع في حلب خطير للغاية.', 'اقرأ أيضا: تطورات جديدة في إدلب'].join('\n\n'),
    );
    expect(result.paragraphs).toEqual(['قالت المتحدثة باسم وزارة الخارجية الروسية إن الوضع في حلب خطير للغاية.']);
    expect(result.meta.lang).toBe('ar');
  });
});
