import { describe, expect, it } from 'vitest';
import { createSearchEngine, createSearchEngineBuilder } from '../../src/search/engine';
import type { SerializedEngine } from '../../src/search/engine';
import type { IndexedDocument } from '../../src/types';
import { fakeResolver, searchCorpus } from '../fixtures/search/corpus';

const options = { resolveEntities: fakeResolver, synonyms: new Map() };

function bytesOf(serialized: SerializedEngine): { meta: string; sections: Record<string, string> } {
  const sections = Object.fromEntries(Object.entries(serialized.sections).map(([name, bytes]) => [name, Buffer.from(bytes).toString('hex')]));
  return { meta: JSON.stringify(serialized.meta), sections };
}

/** The corpus cut into runs of `size` documents. */
function runsOf(docs: readonly IndexedDocument[], size: number): IndexedDocument[][] {
  const runs: IndexedDocument[][] = [];
  for (let i = 0; i < docs.length; i += size) runs.push(docs.slice(i, i + size));
  return runs;
}

describe('createSearchEngineBuilder', () => {
  const whole = bytesOf(createSearchEngine(searchCorpus, options).serialize());

  it.each([
    ['one document per run, no size hint', 1, { paragraphs: 0, characters: 0 }],
    ['three documents per run, an over-estimated hint', 3, { paragraphs: 10_000, characters: 1_000_000 }],
    ['every document in one run, an exact hint', searchCorpus.length, { paragraphs: 40, characters: 4_000 }],
  ])('serializes byte for byte like createSearchEngine when fed %s', (_, size, expected) => {
    const builder = createSearchEngineBuilder(expected, options);
    for (const run of runsOf(searchCorpus, size)) builder.add(run);
    expect(builder.paragraphs).toBe(searchCorpus.reduce((n, d) => n + d.paragraphs.length, 0));
    expect(bytesOf(builder.finish().serialize())).toEqual(whole);
  });

  it('refuses documents once finished', () => {
    const builder = createSearchEngineBuilder({ paragraphs: 0, characters: 0 }, options);
    builder.add(searchCorpus.slice(0, 1));
    builder.finish();
    expect(() => builder.add(searchCorpus.slice(1, 2))).toThrow('already finished');
  });
});
