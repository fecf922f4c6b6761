import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSearchEngine } from '../../src/search/engine';
import { entitiesContaining, nameStarts } from '../../src/search/suggest';
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

describe('entitiesContaining', () => {
  const word = fc.constantFrom('al', 'ali', 'alep', 'aleppo', 'maq', 'maqsoud', 'sheikh', 'ash', 'sham', 'a', 'b', 'ba');
  const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => ` ${w.join(' ')}`);
  const typed = fc.array(fc.oneof(word, word.map((w) => w.slice(0, 2))), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));

  it('finds exactly the names with a word (or run of words) starting with the typed text, in name order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, name), { maxLength: 30 }), typed, typed, (names, t, tt) => {
        const folded = nameStarts(names.map(([f]) => f));
        const translit = nameStarts(names.map(([, tr]) => tr));
        const oracle = names.flatMap(([f, tr], i) => (f.includes(` ${t}`) || tr.includes(` ${tt}`) ? [i] : []));
        expect([...entitiesContaining(folded, translit, t, tt)]).toEqual(oracle);
      }),
    );
  });
});
