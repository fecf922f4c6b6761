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
});
