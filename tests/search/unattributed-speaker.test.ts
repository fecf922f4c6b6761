import { describe, expect, it } from 'vitest';
import { hitIds, searchWritten, writtenCorpus, writtenEngine } from './written-corpus';

// A speaker filter keeps the paragraphs attributed to that speaker; past them, the page offers the query's matches
// that have no speaker, from documents where the speaker speaks or is named (attribution may have missed them).
const engine = writtenEngine([
  ...writtenCorpus('en', {
    'en-zakharova': [
      { text: 'The strike on Damascus was an act of aggression, Maria Zakharova said.', speaker: 'Maria Zakharova', actors: ['Maria Zakharova'] },
      { text: 'The strike on Damascus came as peace talks had a chance, she went on.' },
      { text: 'The strike on Damascus was condemned by the White House critics.', speaker: 'White House' },
    ],
    'en-other': [
      { text: 'The strike on Damascus killed two soldiers, the army said.', speaker: 'Syrian Army' },
      { text: 'The strike on Damascus was the third this month.' },
    ],
  }),
  ...writtenCorpus('ar', {
    'ar-zakharova': [{ text: 'علقت زاخاروفا على الضربة على دمشق بأنها عدوان.', actors: ['Maria Zakharova'], locations: ['Damascus'] }],
  }),
]);

describe('a speaker-filtered search', () => {
  it('counts only attributed paragraphs in total and facets', () => {
    const r = searchWritten(engine, { q: 'strike Damascus', speaker: 'Maria Zakharova' });
    expect(r.total).toBe(1);
    expect(r.facets.speaker?.find((f) => f.value === 'Maria Zakharova')?.count).toBe(1);
  });

  it('continues past total with unattributed matches of documents naming the speaker, and no one else', () => {
    const r = searchWritten(engine, { q: 'strike Damascus', speaker: 'Maria Zakharova' });
    const ids = hitIds(r);
    expect(ids[0]).toBe('en-zakharova#p-1');
    expect(ids.slice(1).sort()).toEqual(['ar-zakharova#p-1', 'en-zakharova#p-2']);
  });

  it('marks each hit past total as unattributed, and the attributed one as a full match', () => {
    const r = searchWritten(engine, { q: 'strike Damascus', speaker: 'Maria Zakharova' });
    expect(r.hits.map((h) => h.extra ?? 'full')).toEqual(['full', 'unattributed', 'unattributed']);
  });

  it.each([
    ['another speaker in the same document', 'en-zakharova#p-3'],
    ['an unattributed paragraph of a document that never names her', 'en-other#p-2'],
  ])('leaves out %s (%s)', (_why, id) => {
    expect(hitIds(searchWritten(engine, { q: 'strike Damascus', speaker: 'Maria Zakharova' }))).not.toContain(id);
  });

  it('adds nothing when browsing the speaker without words', () => {
    expect(hitIds(searchWritten(engine, { speaker: 'Maria Zakharova' }))).toEqual(['en-zakharova#p-1']);
  });
});
