import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultReadCorpusOptions, readCorpus } from '../../src/ingest/read-corpus';

const ARTICLE = 'Aid reached the town on Sunday, officials said.\n\nA second convoy is expected on Monday.\n';

let root: string;

function put(rel: string, content: string | Uint8Array): void {
  const path = join(root, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sift-ingest-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('readCorpus', () => {
  describe('formats', () => {
    const PAGE =
      '<html lang="en"><head><title>Aid reaches Madaya | Levant Wire</title><meta property="og:site_name" content="Levant Wire">'
      + '<meta property="article:published_time" content="2016-01-11T10:00:00Z"></head><body><nav><a href="/">Home</a></nav>'
      + '<article><p>A convoy of forty trucks entered the besieged town of Madaya on Monday, aid workers said.</p>'
      + '<p>Residents described months of hunger under the siege.</p></article></body></html>';

    it.each(['page.html', 'page.htm'])('reads %s as an html document with its page metadata and blank-line separated paragraphs', async (name) => {
      put(name, PAGE);
      const { documents, skipped } = await readCorpus(root);
      expect(skipped).toEqual([]);
      expect(documents).toEqual([
        {
          id: 'page',
          file: name,
          format: 'html',
          text: 'A convoy of forty trucks entered the besieged town of Madaya on Monday, aid workers said.\n\nResidents described months of hunger under the siege.',
          meta: { title: 'Aid reaches Madaya', source: 'Levant Wire', published: '2016-01-11', lang: 'en' },
        },
      ]);
    });

    it('lets a sidecar correct what the page metadata says', async () => {
      put('page.html', PAGE);
      put('page.meta.json', JSON.stringify({ source: 'Levant Wire (archive)', published: '2016-01-12' }));
      const { documents } = await readCorpus(root);
      expect(documents[0]?.meta).toEqual({ title: 'Aid reaches Madaya', source: 'Levant Wire (archive)', published: '2016-01-12', lang: 'en' });
    });

    it('skips a page with no article and an oversized page, each with its reason', async () => {
      put('front.html', '<html><body><ul><li><a href="/a">Story one about the war</a></li><li><a href="/b">Story two</a></li></ul></body></html>');
      put('big.html', PAGE.repeat(3));
      const { documents, skipped } = await readCorpus(root, { maxFileBytes: PAGE.length * 2 });
      expect(documents).toEqual([]);
      expect(skipped).toEqual([
        { file: 'big.html', reason: expect.stringMatching(/^file too large/) },
        { file: 'front.html', reason: 'no article found (the page has no readable article body)' },
      ]);
    });

    it('reads a .txt file with the file name as id and no explicit metadata', async () => {
      put('report-1.txt', ARTICLE);
      const { documents, skipped } = await readCorpus(root);
      expect(skipped).toEqual([]);
      expect(documents).toEqual([{ id: 'report-1', file: 'report-1.txt', format: 'txt', text: ARTICLE, meta: {} }]);
    });

    it('reads markdown front matter as metadata and keeps only the body as text', async () => {
      put(
        'bridge.md',
        '---\ntitle: "Bridge: reopened"\nsource: Valley Herald\ndate: June 4, 2016\nurl: https://example.org/b\nauthor: Jane Doe\nlanguage: en-GB\ntags: ignored\n---\n\nThe bridge reopened.\n',
      );
      const { documents } = await readCorpus(root);
      expect(documents).toEqual([
        {
          id: 'bridge',
          file: 'bridge.md',
          format: 'md',
          text: '\nThe bridge reopened.\n',
          meta: {
            title: 'Bridge: reopened',
            source: 'Valley Herald',
            url: 'https://example.org/b',
            published: '2016-06-04',
            byline: 'Jane Doe',
            lang: 'en',
          },
        },
      ]);
    });

    it('reads a markdown file without front matter as all body', async () => {
      put('plain.md', '# Heading\n\nBody text here.\n');
      const { documents } = await readCorpus(root);
      expect(documents[0]).toMatchObject({ id: 'plain', format: 'md', text: '# Heading\n\nBody text here.\n', meta: {} });
    });

    it('reads a .json file holding one record, using its id and fields', async () => {
      put('one.json', JSON.stringify({ id: 'wire-77', title: 'T', source: 'S', url: 'u', published: '2016-06-04T12:11:00Z', text: 'Body.' }));
      const { documents } = await readCorpus(root);
      expect(documents).toEqual([
        { id: 'wire-77', file: 'one.json', format: 'json', text: 'Body.', meta: { title: 'T', source: 'S', url: 'u', published: '2016-06-04' } },
      ]);
    });

    it('gives a single .json record without id the file name as id', async () => {
      put('lonely.json', JSON.stringify({ text: 'Body.' }));
      const { documents } = await readCorpus(root);
      expect(documents.map((d) => d.id)).toEqual(['lonely']);
    });

    it('numbers array records without id as <file>-<position>', async () => {
      put('batch.json', JSON.stringify([{ text: 'One.' }, { id: 'named', text: 'Two.' }, { text: 'Three.' }]));
      const { documents, skipped } = await readCorpus(root);
      expect(skipped).toEqual([]);
      expect(documents.map((d) => [d.id, d.text])).toEqual([
        ['batch-1', 'One.'],
        ['named', 'Two.'],
        ['batch-3', 'Three.'],
      ]);
    });

    it('reads .jsonl records one per line, numbering unnamed ones by line', async () => {
      put('feed.jsonl', [JSON.stringify({ text: 'One.' }), '', JSON.stringify({ id: 7, text: 'Two.', source: 'Wire' })].join('\n'));
      const { documents, skipped } = await readCorpus(root);
      expect(skipped).toEqual([]);
      expect(documents.map((d) => ({ id: d.id, format: d.format, meta: d.meta }))).toEqual([
        { id: 'feed-1', format: 'jsonl', meta: {} },
        { id: '7', format: 'jsonl', meta: { source: 'Wire' } },
      ]);
    });
  });

  describe('metadata files', () => {
    it('applies a sidecar <name>.meta.json and does not read it as a document', async () => {
      put('a.txt', ARTICLE);
      put('a.meta.json', JSON.stringify({ title: 'A title', source: null, published: '4 Jun, 2016 12:11' }));
      const { documents, skipped } = await readCorpus(root);
      expect(skipped).toEqual([]);
      expect(documents).toHaveLength(1);
      expect(documents[0]?.meta).toEqual({ title: 'A title', published: '2016-06-04' });
    });

    it('applies a folder meta.json by id, ignoring extra keys and treating null as unknown', async () => {
      put('x/a.txt', ARTICLE);
      put('x/b.txt', ARTICLE);
      put('x/meta.json', JSON.stringify({ a: { title: null, source: 'Wire', url: 'https://e.org/a', published: '2016-07', evidence: 'why' } }));
      const { documents } = await readCorpus(root);
      expect(documents.map((d) => [d.id, d.meta])).toEqual([
        ['a', { source: 'Wire', url: 'https://e.org/a', published: '2016-07' }],
        ['b', {}],
      ]);
    });

    it('lets the sidecar win over meta.json and front matter win over both', async () => {
      put('doc.md', '---\ntitle: From front matter\n---\nBody.\n');
      put('doc.meta.json', JSON.stringify({ title: 'From sidecar', source: 'Sidecar source' }));
      put('meta.json', JSON.stringify({ doc: { title: 'From folder', source: 'Folder source', url: 'https://e.org/doc' } }));
      const { documents } = await readCorpus(root);
      expect(documents[0]?.meta).toEqual({ title: 'From front matter', source: 'Sidecar source', url: 'https://e.org/doc' });
    });

    it('reports a malformed meta.json and still reads the documents', async () => {
      put('a.txt', ARTICLE);
      put('meta.json', '{ "a": ');
      const { documents, skipped } = await readCorpus(root);
      expect(documents.map((d) => d.id)).toEqual(['a']);
      expect(skipped).toEqual([{ file: 'meta.json', reason: expect.stringMatching(/^metadata file ignored: malformed JSON/) }]);
    });
  });

  describe('walking the folder', () => {
    it('reads sub-folders recursively in sorted path order, whatever the creation order', async () => {
      put('b/z.txt', ARTICLE);
      put('a.txt', ARTICLE);
      put('b/a/y.txt', ARTICLE);
      put('B.txt', ARTICLE);
      const { documents } = await readCorpus(root);
      expect(documents.map((d) => d.file)).toEqual(['B.txt', 'a.txt', 'b/a/y.txt', 'b/z.txt']);
    });

    it('skips dotfiles and dot-folders silently', async () => {
      put('.hidden.txt', ARTICLE);
      put('.git/config.txt', ARTICLE);
      put('seen.txt', ARTICLE);
      const { documents, skipped } = await readCorpus(root);
      expect(documents.map((d) => d.id)).toEqual(['seen']);
      expect(skipped).toEqual([]);
    });

    it('skips a later document whose id is already taken, naming the first file', async () => {
      put('a/report.txt', ARTICLE);
      put('b/report.md', 'Other body.');
      put('c.jsonl', JSON.stringify({ id: 'report', text: 'Third.' }));
      const { documents, skipped } = await readCorpus(root);
      expect(documents.map((d) => d.file)).toEqual(['a/report.txt']);
      expect(skipped).toEqual([
        { file: 'b/report.md', reason: 'duplicate document id "report" (already used by a/report.txt); later one skipped' },
        { file: 'c.jsonl', reason: 'duplicate document id "report" (already used by a/report.txt); later one skipped' },
      ]);
    });

    it('throws a clear error when the corpus folder does not exist', async () => {
      await expect(readCorpus(join(root, 'missing'))).rejects.toThrow(/corpus folder .*missing.* cannot be read/);
    });
  });

  describe('bad input', () => {
    it.each([
      ['a file with NUL bytes', 'blob.txt', Uint8Array.from([0x48, 0x69, 0x00, 0x01, 0xff, 0x00, 0x10]), /binary file \(contains NUL bytes\)/],
      ['a file of control bytes', 'ctl.txt', Uint8Array.from(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0x01 : 0x41))), /binary file \(mostly non-text/],
      ['invalid UTF-8', 'latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), /not valid UTF-8 .*byte offset 3\)/],
      ['a UTF-16 file', 'utf16.txt', Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]), /UTF-16/],
      ['an empty file', 'empty.txt', '', /^empty file$/],
      ['a whitespace-only file', 'blank.txt', ' \n\t\n\u00a0 \r\n', /empty file \(whitespace only\)/],
      ['a markdown file with front matter only', 'fm.md', '---\ntitle: x\n---\n\n', /front matter only/],
      ['malformed JSON', 'broken.json', '{ "text": "unterminated', /^malformed JSON: /],
      ['a JSON record without text', 'notext.json', JSON.stringify({ title: 'No body' }), /record has no "text" field/],
      ['a JSON record whose text is not a string', 'numtext.json', JSON.stringify({ text: 42 }), /"text" is a number, expected a string/],
      ['a JSON record with empty text', 'emptytext.json', JSON.stringify({ text: '  ' }), /"text" is empty/],
      ['an empty JSON array', 'none.json', '[]', /no records/],
      ['an unsupported file type', 'photo.png', 'PNG', /unsupported file type \('\.png'\)/],
    ])('skips %s with a reason', async (_label, name, content, reason) => {
      put(name, content);
      put('good.txt', ARTICLE);
      const { documents, skipped } = await readCorpus(root);
      expect(documents.map((d) => d.id)).toEqual(['good']);
      expect(skipped).toEqual([{ file: name, reason: expect.stringMatching(reason) }]);
    });

    it('skips a file larger than maxFileBytes', async () => {
      put('big.txt', 'x'.repeat(2048));
      put('small.txt', 'Short body.');
      const { documents, skipped } = await readCorpus(root, { maxFileBytes: 1024 });
      expect(documents.map((d) => d.id)).toEqual(['small']);
      expect(skipped).toEqual([{ file: 'big.txt', reason: 'file too large (2048 bytes, 0.0 MB; the limit is 0.0 MB: set MAX_FILE_MB to raise it, or split it into JSON Lines, which have no limit)' }]);
    });

    it('uses a 20 MB limit by default', () => {
      expect(defaultReadCorpusOptions.maxFileBytes).toBe(20 * 1024 * 1024);
    });

    it('rejects a non-positive maxFileBytes option', async () => {
      await expect(readCorpus(root, { maxFileBytes: 0 })).rejects.toThrow(/maxFileBytes/);
    });

    it('skips only the malformed JSONL line, reporting file:line, and keeps the other records', async () => {
      put('feed.jsonl', [JSON.stringify({ text: 'One.' }), '{"text": "oops', JSON.stringify({ title: 'no text' }), JSON.stringify({ text: 'Four.' })].join('\n'));
      const { documents, skipped } = await readCorpus(root);
      expect(documents.map((d) => [d.id, d.text])).toEqual([
        ['feed-1', 'One.'],
        ['feed-4', 'Four.'],
      ]);
      expect(skipped).toEqual([
        { file: 'feed.jsonl:2', reason: expect.stringMatching(/^malformed JSON line: /) },
        { file: 'feed.jsonl:3', reason: 'record has no "text" field' },
      ]);
    });

    it('skips the bad records of a JSON array and keeps the good ones', async () => {
      put('batch.json', JSON.stringify([{ text: 'One.' }, 'just a string', { text: null }]));
      const { documents, skipped } = await readCorpus(root);
      expect(documents.map((d) => d.id)).toEqual(['batch-1']);
      expect(skipped).toEqual([
        { file: 'batch.json', reason: expect.stringMatching(/^record 2: record is a string/) },
        { file: 'batch.json', reason: expect.stringMatching(/^record 3: record "text" is a null/) },
      ]);
    });

    it('skips a dangling link with the reason', async () => {
      symlinkSync(join(root, 'nowhere.txt'), join(root, 'gone.txt'));
      const { documents, skipped } = await readCorpus(root);
      expect(documents).toEqual([]);
      expect(skipped).toEqual([{ file: 'gone.txt', reason: expect.stringMatching(/dangling symbolic link/) }]);
    });

    it('skips an unreadable file (symbolic link loop)', async () => {
      symlinkSync(join(root, 'loop-b.txt'), join(root, 'loop-a.txt'));
      symlinkSync(join(root, 'loop-a.txt'), join(root, 'loop-b.txt'));
      const { skipped } = await readCorpus(root);
      expect(skipped).toEqual([
        { file: 'loop-a.txt', reason: expect.stringMatching(/^unreadable/) },
        { file: 'loop-b.txt', reason: expect.stringMatching(/^unreadable/) },
      ]);
    });
  });

  describe('text clean-up', () => {
    it('strips a UTF-8 BOM and normalises CRLF and CR line endings', async () => {
      put('win.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('One.\r\n\r\nTwo.\rThree.\r\n')]));
      const { documents } = await readCorpus(root);
      expect(documents[0]?.text).toBe('One.\n\nTwo.\nThree.\n');
    });

    it('normalises CRLF inside JSON record text', async () => {
      put('r.json', JSON.stringify({ text: 'One.\r\nTwo.' }));
      const { documents } = await readCorpus(root);
      expect(documents[0]?.text).toBe('One.\nTwo.');
    });

    it.each([
      ['2016-06-04T12:11:00Z', '2016-06-04'],
      ['June 4, 2016', '2016-06-04'],
      ['2016/06', '2016-06'],
      [2016, '2016'],
    ])('normalises published %j to %j', async (published, iso) => {
      put('r.json', JSON.stringify({ published, text: 'Body.' }));
      const { documents } = await readCorpus(root);
      expect(documents[0]?.meta.published).toBe(iso);
    });

    it('drops a published value that is not a date', async () => {
      put('r.json', JSON.stringify({ published: 'last week', text: 'Body.' }));
      const { documents } = await readCorpus(root);
      expect(documents[0]?.meta).toEqual({});
    });
  });

  it('reads the ingest fixtures folder, skipping only the page with no article', async () => {
    const fixtures = new URL('../fixtures/ingest/', import.meta.url).pathname;
    const { documents, skipped } = await readCorpus(fixtures);
    expect(skipped).toEqual([{ file: 'html/section-front.html', reason: 'no article found (the page has no readable article body)' }]);
    expect(documents.map((d) => [d.id, d.format])).toEqual([
      ['donation-article', 'txt'],
      ['article-with-chrome', 'html'],
      ['hostile-scripts', 'html'],
      ['json-ld-article', 'html'],
      ['time-element', 'html'],
      ['markdown-article', 'md'],
      ['wire-article', 'txt'],
    ]);
    expect(documents.find((d) => d.id === 'wire-article')?.meta).toEqual({ url: 'https://example.org/wire/1' });
  });
});
