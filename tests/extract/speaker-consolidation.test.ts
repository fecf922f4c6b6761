import { describe, expect, it } from 'vitest';
import { validateGazetteer } from '../../src/extract/gazetteer';
import { createSpeakerConsolidator } from '../../src/extract/speaker-consolidation';

const gazetteer = validateGazetteer([
  { canonical: 'Syria', kind: 'state', aliases: ['Syria'], demonyms: ['Syrian'] },
  { canonical: 'Russia', kind: 'state', aliases: ['Russia'], demonyms: ['Russian'] },
  { canonical: 'Syrian government', kind: 'organisation', aliases: ['Syrian government'], governmentOf: 'Syria' },
  { canonical: 'Syrian Foreign Ministry', kind: 'organisation', aliases: ['Syrian Foreign Ministry'] },
  { canonical: 'Russian Defense Ministry', kind: 'organisation', aliases: ['Russian Defense Ministry'] },
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

  it('keeps a state speaker when no institution of that state spoke before it', () => {
    expect(consolidate(['Syrian government', 'Syrian Foreign Ministry'])).toEqual(['Syrian government', 'Syrian Foreign Ministry']);
  });

  it('never credits an institution of another state', () => {
    expect(consolidate(['Russian Defense Ministry', 'Syria'])).toEqual(['Russian Defense Ministry', 'Syria']);
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
});
