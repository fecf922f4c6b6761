import { describe, expect, it } from 'vitest';
import { arabicKeyReadings } from '../../src/text';
import { searchWritten, writtenCorpus, writtenEngine } from './written-corpus';

// Arabic words whose first letter looks like a glued proclitic (ك، ف، ب، ل، و) are the same word with or without the
// article: the query finds both spellings, whichever one it is typed in.
const engine = writtenEngine(
  writtenCorpus('ar', {
    'ar-chem-article': { text: 'أكدت المنظمة استخدام الأسلحة الكيميائية في المدينة.' },
    'ar-chem-bare': { text: 'اتهم التقرير القوات باستخدام أسلحة كيميائية محظورة.' },
    'ar-faction-article': { text: 'انسحب الفصيل المسلح من القرية بعد المعارك.' },
    'ar-faction-bare': { text: 'أعلن فصيل معارض سيطرته على التلة.' },
    'ar-statement-article': { text: 'وجاء في البيان أن الهدنة صامدة.' },
    'ar-statement-bare': { text: 'وقالت القيادة في بيان إن الهدنة انتهكت.' },
    'ar-ministry-article': { text: 'نفت الوزارة صحة التقارير.' },
    'ar-ministry-bare': { text: 'أصدرت وزارة الدفاع تقريرها.' },
  }),
);

function docsFound(q: string): string[] {
  const r = searchWritten(engine, { q });
  return r.hits.slice(0, r.total).map((h) => h.doc.id).sort();
}

describe('an Arabic query word whose first letter could be a proclitic', () => {
  it.each([
    ['كيميائية', 'ar-chem'],
    ['الكيميائية', 'ar-chem'],
    ['فصيل', 'ar-faction'],
    ['الفصيل', 'ar-faction'],
    ['بيان', 'ar-statement'],
    ['البيان', 'ar-statement'],
    ['وزارة', 'ar-ministry'],
    ['الوزارة', 'ar-ministry'],
  ])('%s finds the word with and without the article', (q, prefix) => {
    expect(docsFound(q)).toEqual([`${prefix}-article`, `${prefix}-bare`]);
  });
});

describe('arabicKeyReadings', () => {
  it.each([
    ['كيميائية', ['كيميائيه', 'يميائيه']],
    ['الكيميائية', ['كيميائيه', 'يميائيه']],
    ['حلب', ['حلب']],
    ['وبحلب', ['وبحلب', 'حلب']],
  ])('%s is looked up as %j', (word, readings) => {
    expect(arabicKeyReadings(word)).toEqual(readings);
  });
});
