import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract';
import type { DocumentMeta } from '../../src/types';

const extractor = createExtractor();
const meta: DocumentMeta = { id: 'cue', title: null, source: null, url: null, published: '2024-03-05' };

/** The speaker and cue of paragraph `at` of a document made of `paragraphs`. */
function cueOf(paragraphs: string[], at: number) {
  const facets = extractor.extractDocument(meta, paragraphs)[at]!;
  return { speaker: facets.speaker, cue: facets.speaker_cue ?? null, text: paragraphs[at]! };
}

describe('speaker_cue', () => {
  it.each([
    ['quote', ['“We will not allow this,” Maria Zakharova said on Wednesday.'], 0, 'Maria Zakharova', 'Maria Zakharova said'],
    ['verb', ['Foreign Ministry spokeswoman Maria Zakharova stressed that the talks would continue.'], 0, 'Maria Zakharova', 'Maria Zakharova stressed'],
    ['verb (ru)', ['Официальный представитель МИД России Мария Захарова заявила, что переговоры продолжатся.'], 0, 'Maria Zakharova', 'Мария Захарова заявила'],
    ['according_to', ['According to Interfax, the convoy reached Aleppo in the evening.'], 0, 'Interfax', 'According to Interfax'],
    ['according_to (outlet reported)', ['Reuters reported that the strikes hit Idlib overnight.'], 0, 'Reuters', 'Reuters reported'],
    ['according_to (ru, inverted after a comma)', ['Колонна вошла в город, сообщает агентство Reuters со ссылкой на двух офицеров.'], 0, 'Reuters', 'сообщает агентство Reuters'],
    ['according_to (an outlet citing a spokesman)', ['Troops are preparing to enter Sweida, Reuters reported, citing a spokesman for the Syrian Foreign Ministry.'], 0, 'Syrian Foreign Ministry', 'citing a spokesman for the Syrian Foreign Ministry'],
    ['pronoun', ['Maria Zakharova stressed that the talks would continue.', 'She added that the delegation would arrive in Geneva.'], 1, 'Maria Zakharova', 'She added'],
    ['verb (ar, a surname for the full name)', ['وقالت رزان قسيس إن الوفد جاهز للحوار.', 'وأكدت قسيس بدورها أن الوفد جزء من المعارضة.'], 1, 'رزان قسيس', 'وأكدت قسيس'],
    ['pronoun (ar, the outlet noun after the verb)', ['أفادت صحيفة "الوطن" بشن غارات على محيط العاصمة.', 'كما تحدثت الصحيفة عن غارات على مركز للبحوث.'], 1, 'Al-Watan', 'تحدثت الصحيفة'],
    [
      'continuation',
      ['“The situation is dire,” Maria Zakharova said. “We call on all sides to open', 'the crossings and let the aid through without delay.”'],
      1,
      'Maria Zakharova',
      'the crossings and let the aid through',
    ],
  ])('gives a %s cue whose span is the words that credit the speaker', (kind, paragraphs, at, speaker, words) => {
    const { speaker: found, cue, text } = cueOf(paragraphs, at);
    expect(found).toBe(speaker);
    expect(cue?.kind).toBe(kind.split(' ')[0]);
    expect(cue?.text).toContain(words);
    expect(text.slice(cue!.start, cue!.end)).toBe(cue!.text);
  });

  it('gives no cue to narration, which has no speaker', () => {
    const { speaker, cue } = cueOf(['Shelling hit the outskirts of Aleppo on Tuesday night.'], 0);
    expect(speaker).toBeNull();
    expect(cue).toBeNull();
  });
});
