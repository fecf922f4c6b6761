import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/extract-document';
import type { DocumentMeta } from '../../src/types';

// Arabic subject phrases: verb first, head noun first, names the gazetteer lacks written without capitals.
const extractor = createExtractor();
const meta: DocumentMeta = { id: 'd', title: null, source: null, url: null, published: '2021-03-02' };
const facetsOf = (paragraphs: string[]) => extractor.extractDocument(meta, paragraphs);
const speakersOf = (paragraphs: string[]) => facetsOf(paragraphs).map((f) => f.speaker);

describe('attributeSpeakers on Arabic subject phrases', () => {
  it.each([
    ['وقال كريم منصور في بيان إن المعبر سيفتح غداً.', 'كريم منصور'],
    ['وذكر مراسلنا في حمص سامر خليل، أن الاشتباكات توقفت مساء أمس.', 'سامر خليل'],
    ['أعرب منسق الشؤون الإنسانية في المنطقة، عمر حداد، عن قلقه من نقص الدواء.', 'عمر حداد'],
    ['وأعلنت قيادة العمليات المشتركة، اليوم الخميس، عن وصول تعزيزات إلى الجبهة.', 'قيادة العمليات المشتركة'],
    ['وأفادت وكالة "ريف نيوز" المحلية أن القصف طال السوق الشعبي.', 'ريف نيوز'],
    ['وقالت وزارة الدفاع الروسية في بيان إن الطائرات عادت إلى قاعدتها.', 'Russian Defense Ministry'],
  ])('credits the subject after the verb in %j', (text, speaker) => {
    expect(speakersOf([text])).toEqual([speaker]);
  });

  it.each([
    ['وأشار إلى أن القوافل ستصل تباعاً خلال الأسبوع.'],
    ['وأضاف: "لن نغادر هذه الأرض مهما حصل".'],
    ['وأشار البيان إلى أن عدد النازحين تضاعف.'],
  ])('carries the speaker named before into %j', (text) => {
    expect(speakersOf(['وقال كريم منصور في بيان إن المعبر سيفتح غداً.', text])).toEqual(['كريم منصور', 'كريم منصور']);
  });

  it.each([
    ['وقالت مصادر إن القصف استمر حتى الفجر.'],
    ['دعت الحاجة إلى فتح المعبر أمام القوافل.'],
    ['دمرت الغارات مستودعات الأسلحة في المنطقة، وقال الأهالي إن الخوف عاد إلى القرية.'],
  ])('credits nobody in %j, which names no source', (text) => {
    expect(speakersOf([text])).toEqual([null]);
  });

  it('shows the written name as a verb cue', () => {
    const text = 'وقال كريم منصور في بيان إن المعبر سيفتح غداً.';
    const cue = facetsOf([text])[0]!.speaker_cue;
    expect(cue?.kind).toBe('verb');
    expect(cue && text.slice(cue.start, cue.end)).toBe('وقال كريم منصور');
  });
});
