import { describe, expect, it } from 'vitest';
import { searchWritten, writtenCorpus, writtenEngine } from './written-corpus';

// A preposition an analyst types ("strikes near Damascus") is not a word the reporting must repeat: the paragraph
// saying "in Damascus" or "on the outskirts of Damascus" is a full match.
const engine = writtenEngine([
  ...writtenCorpus('en', {
    'en-strike': { text: 'Israeli jets carried out strikes on the outskirts of Damascus overnight.', locations: ['Damascus'] },
    'en-operation': { text: 'The Turkish operation targeted Kurdish fighters in Afrin.', locations: ['Afrin'] },
    'en-talks': { text: 'The talks resumed in Geneva once the delegations had arrived.', locations: ['Geneva'] },
  }),
  ...writtenCorpus('ru', {
    'ru-operation': { text: 'Турецкая операция направлена на курдских бойцов в Африне.', locations: ['Afrin'] },
    'ru-strike': { text: 'Удары были нанесены по окрестностям Дамаска.', locations: ['Damascus'] },
  }),
  ...writtenCorpus('ar', {
    'ar-operation': { text: 'استهدفت العملية التركية المقاتلين الأكراد في عفرين.', locations: ['Afrin'] },
    'ar-strike': { text: 'شنت الطائرات غارات على محيط دمشق.', locations: ['Damascus'] },
  }),
]);

describe('a query with a preposition', () => {
  it.each([
    ['strikes near Damascus', 'en-strike'],
    ['Turkish operation against Kurdish fighters', 'en-operation'],
    ['talks in Geneva after delegations arrived', 'en-talks'],
    ['операция против курдских бойцов', 'ru-operation'],
    ['удары около Дамаска', 'ru-strike'],
    ['العملية التركية ضد المقاتلين الأكراد', 'ar-operation'],
    ['غارات قرب دمشق', 'ar-strike'],
  ])('%s fully matches %s, which does not repeat the preposition', (q, doc) => {
    const r = searchWritten(engine, { q });
    expect(r.relaxed).toBe(false);
    expect(r.hits.slice(0, r.total).map((h) => h.doc.id)).toContain(doc);
  });
});
