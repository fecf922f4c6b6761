import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/ingest/split-blocks';

describe('splitBlocks', () => {
  it('treats every line as a block when there are no blank lines', () => {
    expect(splitBlocks('First line.\nSecond line.\nThird line.', 'txt')).toEqual(['First line.', 'Second line.', 'Third line.']);
  });

  it('keeps separate lines of a blank-line group apart when they are not hard-wrapped', () => {
    expect(splitBlocks('Caption one. (Photo: X)\nCaption one. (Photo: X)\n\nBody.', 'txt')).toEqual([
      'Caption one. (Photo: X)',
      'Caption one. (Photo: X)',
      'Body.',
    ]);
  });

  it('joins hard-wrapped lines of one paragraph', () => {
    const text =
      'The convoy reached the eastern villages late on Sunday after a\n' +
      'two-day delay at the checkpoint, aid workers said in a short\n' +
      'statement.\n\nA second paragraph follows.';
    expect(splitBlocks(text, 'txt')).toEqual([
      'The convoy reached the eastern villages late on Sunday after a two-day delay at the checkpoint, aid workers said in a short statement.',
      'A second paragraph follows.',
    ]);
  });

  it.each([
    ['a headline over a marked dateline', ['Army reports losses since the operation began, officials say', '# 12 February 2018 13:50 (UTC +04:00)']],
    ['a date stacked under a headline', ['Army reports losses since the operation began, officials say', '23-09-2017, 21:03']],
    ['short items stacked in a page header', ['2021.10.14 - 01:52', 'Facebook Share', 'طباعة']],
  ])('keeps %s apart though none of its lines ends a sentence', (_, lines) => {
    expect(splitBlocks(`${lines.join('\n')}\n\nBody text follows here.`, 'txt')).toEqual([...lines, 'Body text follows here.']);
  });

  it.each([
    ['ru', 'Сирия на пороге перемен: повстанцы объявили о свержении власти', 'Стопкадр с видео местного жителя, агентство «Анадолу».'],
    ['en', 'Syria on the brink of change as rebels announce the fall of power', 'Still from a video posted by a resident, Anadolu Agency.'],
  ])('keeps a headline over its caption apart when no other group of the page is wrapped (%s)', (_lang, headline, caption) => {
    expect(splitBlocks(`Intro.\n\n${headline}\n${caption}\n\nBody text follows here.`, 'txt')).toEqual([
      'Intro.',
      headline,
      caption,
      'Body text follows here.',
    ]);
  });

  it('joins a two-line wrapped paragraph on a page that wraps other paragraphs too', () => {
    const text =
      'The convoy reached the eastern villages late on Sunday after a\n' +
      'two-day delay at the checkpoint.\n\n' +
      'Aid workers said the trucks carried food and medicine for the\n' +
      'families still living in the camp.';
    expect(splitBlocks(text, 'txt')).toEqual([
      'The convoy reached the eastern villages late on Sunday after a two-day delay at the checkpoint.',
      'Aid workers said the trucks carried food and medicine for the families still living in the camp.',
    ]);
  });

  it('never joins lines of a text without blank lines, however they are wrapped', () => {
    const lines = ['Shelling reported in the eastern district overnight', 'Two schools closed until further notice by council', 'Done.'];
    expect(splitBlocks(lines.join('\n'), 'txt')).toEqual(lines);
  });

  it('normalises CRLF line endings', () => {
    expect(splitBlocks('One.\r\n\r\nTwo.\r\n', 'txt')).toEqual(['One.', 'Two.']);
  });

  it('strips markdown markup and joins soft-wrapped markdown paragraphs', () => {
    const md = '# A heading here\n\n![alt](x.png)\n\nSome **bold**\ntext with a [link](http://x.y).\n\n- item one\n- item two';
    expect(splitBlocks(md, 'md')).toEqual(['A heading here', 'Some bold text with a link.', 'item one', 'item two']);
  });
});
