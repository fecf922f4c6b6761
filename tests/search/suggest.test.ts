import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import { fakeResolver, searchCorpus } from '../fixtures/search/corpus';

const engine = createSearchEngine(searchCorpus, { resolveEntities: fakeResolver });

describe('suggest', () => {
  it('completes entity names from any word of the name, with their facet', () => {
    expect(engine.suggest('maqs')).toContainEqual({ value: 'Sheikh Maqsoud', kind: 'location' });
    expect(engine.suggest('zakh')[0]).toEqual({ value: 'Maria Zakharova', kind: 'speaker' });
    expect(engine.suggest('reconc')[0]).toEqual({ value: 'Russian Center for Reconciliation', kind: 'speaker' });
  });

  it('tolerates accents, case and transliteration in what is typed', () => {
    expect(engine.suggest('SHEIKH MAQSOOD')).toContainEqual({ value: 'Sheikh Maqsoud', kind: 'location' });
    expect(engine.suggest('kHmEi')).toContainEqual({ value: 'Khmeimim Air Base', kind: 'location' });
  });

  it('suggests the canonical entity for an alias through the resolver', () => {
    expect(engine.suggest('Daesh')[0]).toEqual({ value: 'ISIS', kind: 'group' });
  });

  it('completes index words, most frequent first, after the entities', () => {
    const s = engine.suggest('shel');
    expect(s.filter((x) => x.kind === 'term').map((x) => x.value)).toEqual(['shelling', 'shelled', 'shellings']);
  });

  it('keeps the words typed before the completed one', () => {
    expect(engine.suggest('artillery shel')).toContainEqual({ value: 'artillery shelling', kind: 'term' });
  });

  it('ranks entities by paragraph count and respects the limit', () => {
    const s = engine.suggest('a', 3);
    expect(s).toHaveLength(3);
    expect(s[0]).toEqual({ value: 'Aleppo', kind: 'location' });
  });

  it('returns nothing for empty or symbol-only input and never duplicates', () => {
    expect(engine.suggest('')).toEqual([]);
    expect(engine.suggest('  ?! ')).toEqual([]);
    const s = engine.suggest('isis');
    expect(new Set(s.map((x) => x.value.toLowerCase())).size).toBe(s.length);
  });
});
