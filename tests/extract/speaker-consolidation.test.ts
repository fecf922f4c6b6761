import { describe, expect, it } from 'vitest';
import { validateGazetteer } from '../../src/extract/entities/gazetteer';
import { createSpeakerConsolidator } from '../../src/extract/speaker/consolidation';

const gazetteer = validateGazetteer([
  { canonical: 'Syria', kind: 'state', aliases: ['Syria'], demonyms: ['Syrian'] },
  { canonical: 'Russia', kind: 'state', aliases: ['Russia'], demonyms: ['Russian'] },
  { canonical: 'Syrian government', kind: 'organisation', aliases: ['Syrian government'], governmentOf: 'Syria' },
  { canonical: 'Syrian Foreign Ministry', kind: 'organisation', aliases: ['Syrian Foreign Ministry'] },
  { canonical: 'Russian Defense Ministry', kind: 'organisation', aliases: ['Russian Defense Ministry'] },
  { canonical: 'Kremlin', kind: 'organisation', aliases: ['Kremlin'], state: 'Russia' },
  { canonical: 'Maria Zakharova', kind: 'person', aliases: ['Zakharova'], state: 'Russia' },
  { canonical: 'Vladimir Putin', kind: 'person', aliases: ['Putin'], state: 'Russia' },
  { canonical: 'Salih Muslim', kind: 'person', aliases: ['Salih Muslim'] },
  { canonical: 'TASS', kind: 'organisation', aliases: ['TASS'], state: 'Russia', media: true },
]);
const consolidate = createSpeakerConsolidator(gazetteer);

describe('createSpeakerConsolidator', () => {
  it('credits the institution of the same state that spoke earlier', () => {
    expect(consolidate(['Syrian Foreign Ministry', null, 'Syrian government', 'Syria'])).toEqual([
      'Syrian Foreign Ministry',
      null,
      'Syrian Foreign Ministry',
      'Syrian Foreign Ministry',
    ]);
  });

  it('keeps a collective voice of a state ("Russian officials") as the state, whoever of it spoke before', () => {
    expect(consolidate(['Maria Zakharova', 'Russia', 'Russia'], [false, true, false])).toEqual(['Maria Zakharova', 'Russia', 'Maria Zakharova']);
  });

  it('keeps a state speaker when no source of that state speaks before it or in the next two paragraphs', () => {
    expect(consolidate(['Syrian government', null, null, 'Syrian Foreign Ministry'])).toEqual([
      'Syrian government',
      null,
      null,
      'Syrian Foreign Ministry',
    ]);
  });

  it('never credits an institution of another state', () => {
    expect(consolidate(['Russian Defense Ministry', 'Syria', 'Russian Defense Ministry'])).toEqual([
      'Russian Defense Ministry',
      'Syria',
      'Russian Defense Ministry',
    ]);
  });

  it('uses the most recent institution of that state', () => {
    const g = validateGazetteer([
      ...gazetteer.entries,
      { canonical: 'Syrian Defense Ministry', kind: 'organisation', aliases: ['Syrian Defense Ministry'] },
    ]);
    expect(createSpeakerConsolidator(g)(['Syrian Foreign Ministry', 'Syrian Defense Ministry', 'Syria'])).toEqual([
      'Syrian Foreign Ministry',
      'Syrian Defense Ministry',
      'Syrian Defense Ministry',
    ]);
  });

  it.each([
    ['a person whose state is recorded', ['Maria Zakharova', null, 'Russia'], ['Maria Zakharova', null, 'Maria Zakharova']],
    ['an organisation whose state is recorded', ['Kremlin', 'Russia'], ['Kremlin', 'Kremlin']],
    ['the most recent of a person and an institution', ['Russian Defense Ministry', 'Vladimir Putin', 'Russia'], ['Russian Defense Ministry', 'Vladimir Putin', 'Vladimir Putin']],
  ])('credits %s that spoke earlier', (_label, speakers, expected) => {
    expect(consolidate(speakers)).toEqual(expected);
  });

  it('looks ahead when the state speaks in a lede before its source is quoted', () => {
    expect(consolidate(['Russia', null, 'Maria Zakharova', 'Maria Zakharova'])).toEqual([
      'Maria Zakharova',
      null,
      'Maria Zakharova',
      'Maria Zakharova',
    ]);
  });

  it('does not look ahead from a state speaking after the lede', () => {
    expect(consolidate([null, null, 'Russia', 'Maria Zakharova'])).toEqual([null, null, 'Russia', 'Maria Zakharova']);
  });

  it('prefers the source that spoke before over one that speaks after', () => {
    expect(consolidate(['Russian Defense Ministry', 'Russia', 'Maria Zakharova'])).toEqual([
      'Russian Defense Ministry',
      'Russian Defense Ministry',
      'Maria Zakharova',
    ]);
  });

  it('honours a shorter look-ahead', () => {
    const near = createSpeakerConsolidator(gazetteer, { lookAhead: 1 });
    expect(near(['Russia', null, 'Maria Zakharova'])).toEqual(['Russia', null, 'Maria Zakharova']);
  });

  it('honours a longer lede', () => {
    const long = createSpeakerConsolidator(gazetteer, { ledeParagraphs: 4 });
    expect(long([null, null, 'Russia', 'Maria Zakharova'])).toEqual([null, null, 'Maria Zakharova', 'Maria Zakharova']);
  });

  it.each([
    ['a news outlet of that state', ['TASS', 'Russia'], ['TASS', 'Russia']],
    ['a person with no recorded state', ['Salih Muslim', 'Syria'], ['Salih Muslim', 'Syria']],
  ])('does not credit %s', (_label, speakers, expected) => {
    expect(consolidate(speakers)).toEqual(expected);
  });
});
