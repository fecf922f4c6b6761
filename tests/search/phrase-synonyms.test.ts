import { describe, expect, it } from 'vitest';
import { buildSynonymTable, phraseKey } from '../../src/search/synonyms';
import { analyzeText } from '../../src/text';
import { searchWritten, writtenCorpus, writtenEngine } from './written-corpus';

// A name or term of several words ("Olive Branch", "death toll") is translated as a whole, not word by word:
// typed together, the words also match the translation the synonym data gives for them.
const engine = writtenEngine([
  ...writtenCorpus('en', {
    'en-operation': { text: 'Turkey launched Operation Olive Branch against the YPG in January.' },
    'en-toll': { text: 'The death toll from the strikes rose to 40, the monitor said.' },
    'en-death': { text: 'The death of the commander was confirmed on Monday.' },
    'en-oil': { text: 'American troops guard the oil fields east of the river.' },
  }),
  ...writtenCorpus('ru', {
    'ru-operation': { text: 'Операция «Оливковая ветвь» продолжается уже месяц.' },
    'ru-toll': { text: 'Число погибших возросло до сорока человек.' },
    'ru-oil': { text: 'Американские военные охраняют нефтяные месторождения.' },
    'ru-defence': { text: 'Сирийская ПВО перехватила большую часть ракет.' },
  }),
  ...writtenCorpus('ar', {
    'ar-operation': { text: 'تتواصل عملية غصن الزيتون منذ شهر.' },
    'ar-toll': { text: 'ارتفعت حصيلة القتلى إلى أربعين شخصا.' },
    'ar-oil': { text: 'تحرس القوات الأمريكية حقول النفط شرق النهر.' },
    'ar-defence': { text: 'تصدت الدفاعات الجوية السورية للصواريخ.' },
  }),
]);

function fullMatches(q: string): string[] {
  const r = searchWritten(engine, { q });
  return r.hits.slice(0, r.total).map((h) => h.doc.id).sort();
}

describe('query words that spell a multi-word synonym', () => {
  it.each([
    ['Olive Branch', ['ar-operation', 'en-operation', 'ru-operation']],
    ['Оливковая ветвь', ['ar-operation', 'en-operation', 'ru-operation']],
    ['غصن الزيتون', ['ar-operation', 'en-operation', 'ru-operation']],
    ['death toll', ['ar-toll', 'en-toll', 'ru-toll']],
    ['oil fields', ['ar-oil', 'en-oil', 'ru-oil']],
  ])('%s fully matches its translations: %j', (q, docs) => {
    expect(fullMatches(q)).toEqual(docs);
  });

  it('keeps a paragraph with only one of the words as a partial match, after the full ones', () => {
    const r = searchWritten(engine, { q: 'death toll' });
    const ids = r.hits.map((h) => h.doc.id);
    expect(ids.indexOf('en-death')).toBeGreaterThanOrEqual(r.total);
  });

  it('does not join words that are not typed next to each other', () => {
    expect(fullMatches('toll death')).toEqual(['en-toll']);
  });
});

describe('the adjective of the country reported on', () => {
  it.each([['Syrian'], ['сирийская'], ['السورية']])('%s reaches the reporting in every language', (q) => {
    expect(fullMatches(q)).toEqual(expect.arrayContaining(['ar-defence', 'ru-defence']));
  });
});

describe('buildSynonymTable', () => {
  it('keys a multi-word member by its words so the words typed together expand', () => {
    const table = buildSynonymTable({ groups: [{ weight: 0.4, terms: ['death toll', 'число погибших', 'حصيلة'] }] });
    const keys = (text: string): string[] => analyzeText(text).map((t) => t.loose);
    expect(table.get(phraseKey(keys('death toll')))?.map((a) => a.keys)).toEqual([keys('число погибших'), keys('حصيلة')]);
  });
});
