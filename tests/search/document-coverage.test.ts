import { describe, expect, it } from 'vitest';
import { parseSearchParams } from '../../src/search/search-params';
import type { IndexedDocument, SearchResponse } from '../../src/types';
import { writtenCorpus, writtenEngine } from './written-corpus';
import type { WrittenParagraph } from './written-corpus';

/**
 * Per language: a query of three parts, an article about it that names the parts over two paragraphs (`topic`,
 * first paragraph two parts, second paragraph one), an article with one part twice in a short sentence on
 * another subject (`oneTerm`, the best score of any one-part paragraph), and an article matching every part in one
 * paragraph (`full`, used where a full match is wanted).
 */
interface Case {
  lang: string;
  q: string;
  topic: [string, string];
  oneTerm: string;
  full: string;
  /** The topic article's headline naming two parts, its body then only the third (`headlined`). */
  headline: string;
}

const cases: Case[] = [
  {
    lang: 'en',
    q: 'Raqqa airstrike civilians',
    topic: ['Coalition aircraft carried out an airstrike on Raqqa overnight.', 'Medics at the local hospital said that twelve civilians had died.'],
    oneTerm: 'Civilians, many civilians, fled Homs.',
    full: 'An airstrike on Raqqa killed civilians.',
    headline: 'Airstrike on Raqqa',
  },
  {
    lang: 'ru',
    q: 'Ракка авиаудар жители',
    topic: ['Коалиция нанесла авиаудар по городу Ракка ночью.', 'По словам врачей местной больницы, погибли двенадцать человек, жители хоронят погибших.'],
    oneTerm: 'Жители Хомса, жители пригородов бежали.',
    full: 'Авиаудар по Ракка убил жители.',
    headline: 'Авиаудар по Ракка',
  },
  {
    lang: 'ar',
    q: 'الرقة غارة المدنيين',
    topic: ['شن التحالف غارة على الرقة ليلا.', 'وقال أطباء في المستشفى المحلي إن اثني عشر من المدنيين قتلوا في القصف.'],
    oneTerm: 'نزح المدنيين من حمص مع المدنيين.',
    full: 'قتلت غارة على الرقة المدنيين.',
    headline: 'غارة على الرقة',
  },
];

function corpus(c: Case, docs: Record<string, WrittenParagraph | WrittenParagraph[]>, titles: Record<string, string> = {}): IndexedDocument[] {
  return writtenCorpus(c.lang, docs).map((d) => ({ ...d, title: titles[d.id] ?? null }));
}

function search(documents: IndexedDocument[], q: string, limit = 20, offset = 0): SearchResponse {
  return writtenEngine(documents).search(parseSearchParams({ q: [q], limit: [String(limit)], offset: [String(offset)] }));
}

const ids = (r: SearchResponse): string[] => r.hits.map((h) => h.id);

describe('partial matches ranked by their document', () => {
  it.each(cases)('[$lang] ranks a paragraph of the article covering the query above a one-part hit on another topic', (c) => {
    const docs = corpus(c, { topic: c.topic.map((text) => ({ text })), other: { text: c.oneTerm } });
    const r = search(docs, c.q);
    expect(r.relaxed).toBe(true);
    expect(ids(r)).toEqual(['topic#p-1', 'topic#p-2', 'other#p-1']);
  });

  it.each(cases)('[$lang] keeps a one-part hit ahead when no article covers more of the query', (c) => {
    const docs = corpus(c, { topic: { text: c.topic[1] }, other: { text: c.oneTerm } });
    expect(ids(search(docs, c.q))).toEqual(['other#p-1', 'topic#p-1']);
  });

  it.each(cases)('[$lang] counts the parts the headline names: its one-part body ranks above a two-part paragraph elsewhere', (c) => {
    const docs = corpus(c, { headlined: { text: c.topic[1] }, second: { text: c.topic[0] } }, { headlined: c.headline });
    expect(ids(search(docs, c.q))).toEqual(['headlined#p-1', 'second#p-1']);
  });

  it.each(cases)('[$lang] past the full matches, puts the covering article before a one-part hit', (c) => {
    const docs = corpus(c, { full: { text: c.full }, topic: c.topic.map((text) => ({ text })), other: { text: c.oneTerm } });
    const r = search(docs, c.q);
    expect(r).toMatchObject({ relaxed: false, total: 1 });
    expect(ids(r)).toEqual(['full#p-1', 'topic#p-1', 'topic#p-2', 'other#p-1']);
    expect(r.hits.map((h) => h.extra ?? 'full')).toEqual(['full', 'partial', 'partial', 'partial']);
  });

  it.each(cases)('[$lang] gives every page the same order as one long page', (c) => {
    const docs = corpus(c, {
      full: { text: c.full },
      topic: c.topic.map((text) => ({ text })),
      other: { text: c.oneTerm },
      more: [{ text: c.topic[1] }, { text: c.oneTerm }],
    });
    const whole = ids(search(docs, c.q));
    const paged = whole.flatMap((_, i) => ids(search(docs, c.q, 1, i)));
    expect(paged).toEqual(whole);
  });
});
