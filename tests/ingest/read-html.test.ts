import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtml, readHtmlDocument } from '../../src/ingest/read-html';
import { segmentDocument } from '../../src/ingest/segment-document';

const page = (name: string) => readFileSync(new URL(`../fixtures/ingest/html/${name}`, import.meta.url), 'utf8');

function read(name: string) {
  const result = readHtmlDocument(page(name));
  if (!result.ok) throw new Error(`expected ${name} to be read, got: ${result.reason}`);
  return result;
}

function paragraphsOf(name: string): string[] {
  const { text, meta } = read(name);
  return segmentDocument({ id: name, file: name, format: 'html', text, meta }).paragraphs;
}

describe('readHtmlDocument', () => {
  it('keeps the article paragraphs in reading order and drops the page around them', () => {
    expect(paragraphsOf('article-with-chrome.html')).toEqual([
      'Armed groups shelled the Kurdish-majority district of Sheikh Maqsoud in northern Aleppo on Tuesday, killing at least five civilians, local officials said.',
      'The Syrian Observatory for Human Rights said the attack was the heaviest on the district in weeks and that dozens more people were wounded.',
      '“We call on every side to stop targeting homes and hospitals,” a member of the local council told reporters.',
      'The shelling came as a nationwide ceasefire agreed in February faced its most serious test, with fighting reported in several provinces.',
    ]);
  });

  it.each([
    ['navigation', 'Middle East'],
    ['cookie banner', 'cookies'],
    ['figure caption', 'Smoke rises'],
    ['subheading', 'Ceasefire under strain'],
    ['share widget', 'Share on'],
    ['related links', 'Aid convoy reaches'],
    ['comments', 'thank you for reporting'],
    ['footer', 'All rights reserved'],
    ['style text', 'STYLE TEXT'],
    ['script text', 'SCRIPT TEXT'],
  ])('drops the %s', (_part, fragment) => {
    expect(read('article-with-chrome.html').text).not.toContain(fragment);
  });

  it('never lets script, template, noscript or style content into the text', () => {
    const { text } = read('hostile-scripts.html');
    for (const fragment of ['schools stay closed forever', 'Template paragraph', 'Enable JavaScript', 'inline script', 'Hidden template', 'color: red', 'alert']) {
      expect(text).not.toContain(fragment);
    }
    expect(text).toContain('Education officials said more schools would reopen next week if the calm held.');
  });

  it.each([
    [
      'article-with-chrome.html',
      {
        title: 'Shelling hits Kurdish district of Aleppo',
        source: 'Levant Wire',
        byline: 'Jane Doe',
        published: '2016-04-05',
        url: 'https://levantwire.example/2016/04/shelling-aleppo',
        lang: 'en',
      },
    ],
    [
      'json-ld-article.html',
      {
        title: 'Kurdish Red Crescent warns of shortages in Afrin',
        source: 'North Desk',
        byline: 'Rania Haddad, Karim Aziz',
        published: '2018-02-14',
        url: 'https://northdesk.example/afrin-shortages',
      },
    ],
    ['time-element.html', { title: 'Aid reaches Madaya', published: '2016-01-11', lang: 'en' }],
  ])('reads the metadata of %s', (name, expected) => {
    expect(read(name).meta).toEqual(expected);
  });

  it('takes the title from <title> without the outlet name when there is no OpenGraph title', () => {
    const html = '<html><head><title>Talks resume in Geneva | Levant Wire</title><meta property="og:site_name" content="Levant Wire"></head>'
      + '<body><article><p>Delegations from both sides returned to the table in Geneva on Monday after a week-long pause, diplomats said.</p></article></body></html>';
    const result = readHtmlDocument(html);
    expect(result.ok && result.meta.title).toBe('Talks resume in Geneva');
  });

  it.each([
    ['a section front of headline links', page('section-front.html'), 'no article found (the page has no readable article body)'],
    ['an empty body', '<html><head><title>Nothing here</title></head><body></body></html>', 'no article found (the page has no readable article body)'],
    ['text with no markup', 'Plain text saved with an .html extension, with no markup at all.', 'not an HTML page (no markup found)'],
  ])('refuses %s with a reason', (_case, html, reason) => {
    expect(readHtmlDocument(html)).toEqual({ ok: false, reason });
  });

  it('reads malformed markup (unclosed tags, stray end tags) as far as it goes', () => {
    const html = '<html><body><div><p>Rescue teams pulled two children alive from the rubble in Jandairis on Tuesday, the civil defence said.'
      + '<p>Search work continued through the night in the town centre</div></span></body>';
    const result = readHtmlDocument(html);
    expect(result.ok && result.text.split('\n\n')).toEqual([
      'Rescue teams pulled two children alive from the rubble in Jandairis on Tuesday, the civil defence said.',
      'Search work continued through the night in the town centre',
    ]);
  });
});

describe('decodeHtml', () => {
  const cyrillicPage = '<html><head><meta charset="windows-1251"></head><body><p>Захарова заявила</p></body></html>';

  it('decodes a page in the legacy charset it declares', () => {
    const bytes = Uint8Array.from(cyrillicPage, (ch) => {
      const code = ch.charCodeAt(0);
      // windows-1251 puts А..я at 0xC0..0xFF.
      return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
    });
    expect(decodeHtml(bytes)).toEqual({ ok: true, text: cyrillicPage });
  });

  it('decodes a page declaring UTF-8 as UTF-8 and rejects invalid bytes in it', () => {
    const utf8 = new TextEncoder().encode('<meta charset="utf-8"><p>Алеппо</p>');
    expect(decodeHtml(utf8)).toEqual({ ok: true, text: '<meta charset="utf-8"><p>Алеппо</p>' });
    expect(decodeHtml(Uint8Array.from([...utf8, 0xff]))).toMatchObject({ ok: false, reason: expect.stringContaining('not valid UTF-8') });
  });

  it('refuses a charset it does not know', () => {
    const bytes = new TextEncoder().encode('<meta charset="x-klingon"><p>Qapla</p>');
    expect(decodeHtml(bytes)).toEqual({ ok: false, reason: 'unsupported character encoding "x-klingon" declared in the page' });
  });
});
