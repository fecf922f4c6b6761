import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/extract-document';
import type { DocumentMeta } from '../../src/types';

// Statement frames beyond "X said": stances, collective voices, coordinated verbs, issuers and relayed sources.
const extractor = createExtractor();
const meta: DocumentMeta = { id: 'd', title: null, source: null, url: null, published: '2021-03-02' };
const speakersOf = (paragraphs: string[]) => extractor.extractDocument(meta, paragraphs).map((f) => f.speaker);
const speakerOf = (paragraph: string) => speakersOf([paragraph])[0];

describe('attributeSpeakers on stance frames', () => {
  it.each([
    ['UNICEF is deeply concerned by the closure of schools in Idlib, where 40,000 children are out of class.', 'UNICEF'],
    ['The World Health Organization is alarmed that two more hospitals in Aleppo have stopped working.', 'World Health Organization'],
    ['UNHCR remains gravely worried about the fate of returnees sent back to Homs.', 'UNHCR'],
    ['The Kurdish Red Crescent was saddened by the loss of two of its volunteers near Tal Tamr.', 'Kurdish Red Crescent'],
  ])('credits the body whose stance %j reports', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each([
    ['As far as UNICEF is concerned, the schools must reopen before winter.'],
    ['Farmers in the area are worried the harvest will fail.'],
  ])('finds no statement in %j, where the stance opens no complement or names nobody', (text) => {
    expect(speakerOf(text)).toBeNull();
  });
});

describe('attributeSpeakers on collective voices of a state', () => {
  it.each([
    ['Jordanian officials insist that the crossing will stay closed until the summer.', 'Jordan'],
    ['Senior Qatari diplomats stress that no deal has been reached.', 'Qatar'],
    ['Lebanese officials warn the camps cannot take more people.', 'Lebanon'],
  ])('credits the state whose officials speak in %j', (text, state) => {
    expect(speakerOf(text)).toBe(state);
  });

  it('keeps the collective voice of a state apart from a named official of it quoted before', () => {
    expect(
      speakersOf([
        'Jordanian Foreign Minister Ayman Safadi said the border would reopen in March.',
        'Jordanian officials insist that the crossing will stay closed for trucks.',
      ]),
    ).toEqual(['Ayman Safadi', 'Jordan']);
  });

  it.each([
    ['Local officials insist that the water is safe to drink.'],
    ['Jordanian farmers insist that the crossing must reopen.'],
  ])('credits no state when the subject of %j is not a demonym with an official noun', (text) => {
    expect(speakerOf(text)).toBeNull();
  });
});

describe('attributeSpeakers on negated and addressed say-verbs', () => {
  it.each([
    ['Amman, which hosts 650,000 registered refugees, has not commented on the proposal.'],
    ['UNHCR did not say how many families had returned to Homs.'],
    ['Human Rights Watch wrote to the Syrian Foreign Ministry in January.'],
  ])('credits nobody in %j, which reports no words', (text) => {
    expect(speakerOf(text)).toBeNull();
  });
});

describe('attributeSpeakers on coordinated and apposed subjects', () => {
  it.each([
    ['Jordanian Foreign Minister Ayman Safadi met Bashar al-Assad in Damascus and said the border would reopen.', 'Ayman Safadi'],
    ['Faisal Mekdad, who flew in from Amman on Monday, visited the Nasib crossing and told reporters that trade would resume.', 'Faisal Mekdad'],
    [
      'The UN envoy for Syria, Geir Pedersen, and the Jordanian Foreign Minister, Ayman Safadi, also called for talks to resume.',
      'Geir Pedersen',
    ],
  ])('credits the subject of %j', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('attributeSpeakers on statements and relayed sources', () => {
  it.each([
    ["The Syrian Interim Government will run the crossing, according to a statement posted on Facebook by the government's media office.", 'Syrian Interim Government'],
    ['Two drones were shot down over Latakia, according to a Syrian military source quoted by SANA.', null],
    ['Militias moved towards Homs, according to a security source cited by Reuters.', null],
    ['Six civilians were killed, according to a report by Human Rights Watch.', 'Human Rights Watch'],
    ['The crossing will stay shut, according to a statement from the Syrian Foreign Ministry.', 'Syrian Foreign Ministry'],
  ])('credits %j to %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each([
    ['The Syrian Foreign Ministry posted on X that the sanctions were illegal.', 'Syrian Foreign Ministry'],
    ['Ayman Safadi wrote on Telegram that the elections would be held in March.', 'Ayman Safadi'],
    ['Ayman Safadi tweeted that the crossing would reopen.', 'Ayman Safadi'],
    ['The Syrian Foreign Ministry said in a statement that the sanctions were illegal.', 'Syrian Foreign Ministry'],
    ['In a statement, the Syrian Foreign Ministry said the sanctions were illegal.', 'Syrian Foreign Ministry'],
    ["The Syrian Foreign Ministry's spokesperson, Ayman Safadi, said the sanctions were illegal.", 'Ayman Safadi'],
    ["Ayman Safadi, the Syrian Foreign Ministry's spokesperson, said the sanctions were illegal.", 'Ayman Safadi'],
  ])('credits the writer or the named spokesperson in %j', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('attributeSpeakers on documents a body issued', () => {
  it.each([
    [['UNICEF published a new report on child labour in Idlib on Monday.', 'The report added that one child in five works.'], 'UNICEF'],
    [['UNHCR released a communiqué on returns to Homs.', 'The communique added that 300 families had returned.'], 'UNHCR'],
  ])('credits the issuer in %j', (paragraphs, issuer) => {
    expect(speakersOf(paragraphs)).toEqual([null, issuer]);
  });

  it('credits the issuer of a statement the sentence goes on to report ("issued a statement condemning…"), and after', () => {
    expect(
      speakersOf(['The Syrian Foreign Ministry issued a statement condemning the shelling of Daraa.', 'The statement added that Syria would respond.']),
    ).toEqual(['Syrian Foreign Ministry', 'Syrian Foreign Ministry']);
  });

  it('credits the issuer of a statement that a later paragraph quotes', () => {
    expect(
      speakersOf(['UNHCR issued a statement on Monday.', '"Returns must be voluntary and safe, and they are not yet," the statement said.']),
    ).toEqual([null, 'UNHCR']);
  });

  it('credits nobody for "the statement added" when no one issued or made a statement', () => {
    expect(speakersOf(['Shelling hit Daraa overnight.', 'The statement added that the border would stay closed.'])).toEqual([null, null]);
  });
});
