import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/ingest/parse-front-matter';

describe('parseFrontMatter', () => {
  it('reads flat key: value pairs with quoted, null and commented values', () => {
    const { fields, body } = parseFrontMatter(
      '---\nTitle: "A \\"quoted\\" title"\nsource: \'It\'\'s here\'\nurl: ~\npublished: 2016-06-04 # day\nempty:\n---\nBody\n',
    );
    expect(fields).toEqual({ title: 'A "quoted" title', source: "It's here", url: null, published: '2016-06-04', empty: null });
    expect(body).toBe('Body\n');
  });

  it('treats a file without a closing fence as all body', () => {
    const text = '---\ntitle: x\nno closing fence\n';
    expect(parseFrontMatter(text)).toEqual({ fields: {}, body: text });
  });

  it('treats a file that does not start with a fence as all body', () => {
    expect(parseFrontMatter('Intro\n---\ntitle: x\n---\n').fields).toEqual({});
  });

  it.each([
    ['a YAML date', 'published: 2016-06-04', { published: '2016-06-04' }],
    ['a date with a time', 'published: 2016-06-04T10:30:00Z', { published: '2016-06-04T10:30:00.000Z' }],
    ['a number', 'title: 1984', { title: '1984' }],
    ['a list', 'author: [Jane Doe, John Roe]', { author: 'Jane Doe, John Roe' }],
    ['a nested map', 'source: {name: x}', { source: null }],
  ])('flattens %s to a string', (_label, line, fields) => {
    expect(parseFrontMatter(`---\n${line}\n---\nBody\n`).fields).toEqual(fields);
  });

  it('keeps the body and drops the fields when the front matter is not YAML', () => {
    expect(parseFrontMatter('---\ntitle: [unclosed\n---\nBody\n')).toEqual({ fields: {}, body: 'Body\n' });
  });
});
