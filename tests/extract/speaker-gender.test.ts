import { describe, expect, it } from 'vitest';
import { loadGenderLexicon } from '../../src/extract/speaker/gender';
import { createExtractor } from '../../src/extract/extract-document';
import { attributeSpeakers } from '../../src/extract/speaker/attribute-speakers';

const lexicon = loadGenderLexicon();
const extractor = createExtractor();

function speakersOf(paragraphs: string[]): (string | null)[] {
  const mentions = extractor.findDocumentMentions(paragraphs);
  return attributeSpeakers(paragraphs.map((text, i) => ({ text, mentions: mentions[i]! })));
}

describe('loadGenderLexicon', () => {
  it.each([
    ['Maria Zakharova', 'female'],
    ['Adam Smith', 'male'],
    ['Layla Hassan', 'female'],
    ['Abu Layla', null],
    ['Zakharova', null],
  ] as const)('knows the gender of "%s"', (name, gender) => {
    expect(lexicon.genderOf(name)).toBe(gender);
  });

  it.each([
    ['she', 'female'],
    ['He', 'male'],
    ['they', null],
  ] as const)('knows what gender the pronoun "%s" needs', (word, gender) => {
    expect(lexicon.pronounGender(word)).toBe(gender);
  });
});

describe('attributeSpeakers with unnamed and topical people', () => {
  it('gives no speaker to an unnamed woman quoted after a man spoke', () => {
    const speakers = speakersOf([
      '"The abuses must stop," said Adam Smith, a researcher at the group.',
      'A woman from a village near Afrin said fighters took her house. "They told us to pay or leave," she said.',
    ]);
    expect(speakers).toEqual(['Adam Smith', null]);
  });

  it('gives the pronoun to the person the paragraph opens on rather than the last speaker', () => {
    const speakers = speakersOf([
      'Omar Haddad, the head of a local monitor, said at least 20 civilians had died.',
      'For Abu Saleh, who returned home last week, the damage runs deep. "My children jump at every sound," he said.',
    ]);
    expect(speakers[1]).toBe('Abu Saleh');
  });

  it('lets the named person in an apposition after an institution speak', () => {
    const [speaker] = speakersOf([
      'Six drones were downed over the base, the spokesman for the Russian Defence Ministry, Major General Igor Konashenkov, said on Saturday.',
    ]);
    expect(speaker).toBe('Igor Konashenkov');
  });
});
