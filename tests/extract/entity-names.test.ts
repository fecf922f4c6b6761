import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/extract-document';

const extractor = createExtractor({ nlp: true });

function actorsPerParagraph(paragraphs: string[]): string[][] {
  return extractor
    .findDocumentMentions(paragraphs)
    .map((mentions) => [...new Set(mentions.filter((m) => m.facet === 'actor').map((m) => m.canonical))]);
}

describe('findNames', () => {
  it.each([
    ['Col. Ahmad Hamadeh, a commander in the rebel ranks, spoke.', 'Ahmad Hamadeh'],
    ['Spokesman Khaled Yousef denied the report.', 'Khaled Yousef'],
    ['“We will return,” said Omar Nasser, a resident of the town.', 'Omar Nasser'],
    ['John Smith said aid had stalled.', 'John Smith'],
  ])('finds an unknown person with a title or say-verb in "%s"', (text, name) => {
    expect(actorsPerParagraph([text])[0]).toContain(name);
  });

  it('finds unknown organisations, armed groups and places from their head words', () => {
    const [mentions] = extractor.findDocumentMentions([
      'The Department of Information and Press said fighters of Jaish al-Nukhba left the village of Kafr Dael.',
    ]);
    expect(mentions!.map((m) => [m.kind, m.canonical, m.origin])).toEqual([
      ['organisation', 'Department of Information and Press', 'nlp'],
      ['armed_group', 'Jaish al-Nukhba', 'nlp'],
      ['place', 'Kafr Dael', 'nlp'],
    ]);
  });

  it.each([
    'Human Rights First said the report was accurate.',
    'The Foreign Ministry said on Monday that talks would resume.',
    'On Monday, Sunni Arabs protested against the decision.',
    'BREAKING NEWS: CLASHES ERUPT AS TROOPS WITHDRAW',
    'Many displaced people live in the IDP camp near the border.',
  ])('finds nothing without evidence in "%s"', (text) => {
    expect(extractor.findDocumentMentions([text])[0]!.filter((m) => m.origin === 'nlp')).toEqual([]);
  });

  it('finds no unknown names when nlp is off', () => {
    const plain = createExtractor({ nlp: false });
    expect(plain.findDocumentMentions(['Spokesman Khaled Yousef denied the report.'])[0]).toEqual([]);
  });
});

describe('canonicalisePeople', () => {
  it('names a person by the fullest form used in the document', () => {
    expect(
      actorsPerParagraph([
        'Yousef said the convoy was delayed.',
        'Spokesman Khaled Yousef denied the report.',
        'Yousef added that the road was closed.',
      ]),
    ).toEqual([['Khaled Yousef'], ['Khaled Yousef'], ['Khaled Yousef']]);
  });

  it('links a bare surname to a known person named in full elsewhere', () => {
    expect(
      actorsPerParagraph(['US State Department spokesperson John Kirby said on Thursday.', '“No comment,” Kirby said.']),
    ).toEqual([['US State Department', 'John Kirby'], ['John Kirby']]);
  });

  it('leaves a bare surname alone when two people in the document share it', () => {
    const actors = actorsPerParagraph([
      'Masoud Barzani met officials.',
      'Nechirvan Barzani met officials.',
      'Barzani said the meeting went well.',
    ]);
    expect(actors[2]).toEqual([]);
  });
});

describe('resolveNominalMinistries', () => {
  it('resolves "the Syrian ministry" to the Syrian ministry named earlier', () => {
    const actors = actorsPerParagraph([
      'The Syrian Foreign Ministry sent a letter. Russia’s Defense Ministry said otherwise.',
      'The Syrian ministry’s letter reads that attacks continue.',
      'The Russian ministry also stressed the point.',
    ]);
    expect(actors[1]).toEqual(['Syrian Foreign Ministry']);
    expect(actors[2]).toEqual(['Russian Defense Ministry']);
  });
});
