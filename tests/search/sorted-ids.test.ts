import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdCursor, indexOfId, intersectIds, unionAddBonus, unionIds, unionKeepFirst } from '../../src/search/execute/sorted-ids';
import { selectTopIndices } from '../../src/search/execute/top-k';

const idsArb = fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 120 }).map((a) => Uint32Array.from(a.sort((x, y) => x - y)));

describe('intersectIds', () => {
  it('keeps the ids in every list, ascending, with their position in each list', () => {
    fc.assert(
      fc.property(fc.array(idsArb, { minLength: 1, maxLength: 4 }), (lists) => {
        const { ids, positions } = intersectIds(lists);
        const expected = [...lists[0]!].filter((id) => lists.every((l) => l.includes(id)));
        expect([...ids]).toEqual(expected);
        lists.forEach((l, k) => ids.forEach((id, i) => expect(l[positions[k]![i]!]).toBe(id)));
      }),
    );
  });
});

describe('unionIds / unionKeepFirst / unionAddBonus', () => {
  it('merge ascending lists without repeats, keeping or adding scores as documented', () => {
    fc.assert(
      fc.property(idsArb, idsArb, fc.double({ min: 0, max: 10, noNaN: true }), (a, b, bonus) => {
        const expected = [...new Set([...a, ...b])].sort((x, y) => x - y);
        expect([...unionIds([a, b])]).toEqual(expected);
        const sa = Float64Array.from(a, (id) => id + 0.5);
        const sb = Float64Array.from(b, (id) => -id);
        const keep = unionKeepFirst({ ids: a, scores: sa }, { ids: b, scores: sb });
        expect([...keep.ids]).toEqual(expected);
        keep.ids.forEach((id, i) => expect(keep.scores[i]).toBe(a.includes(id) ? id + 0.5 : -id));
        const add = unionAddBonus({ ids: a, scores: sa }, b, bonus);
        expect([...add.ids]).toEqual(expected);
        add.ids.forEach((id, i) => expect(add.scores[i]).toBe((a.includes(id) ? id + 0.5 : 0) + (b.includes(id) ? bonus : 0)));
      }),
    );
  });
});

describe('indexOfId', () => {
  it('finds the position of present ids and -1 for absent ones', () => {
    fc.assert(
      fc.property(idsArb, fc.integer({ min: 0, max: 300 }), (ids, id) => {
        expect(indexOfId(ids, id)).toBe(ids.indexOf(id));
      }),
    );
  });
});

describe('unionIds', () => {
  it('gives every id of any number of lists once, ascending', () => {
    fc.assert(
      fc.property(fc.array(idsArb, { maxLength: 7 }), (lists) => {
        const expected = [...new Set(lists.flatMap((l) => [...l]))].sort((x, y) => x - y);
        expect([...unionIds(lists)]).toEqual(expected);
      }),
    );
  });
});

describe('IdCursor', () => {
  it('finds each probed id as indexOf does, whatever order the probes come in', () => {
    fc.assert(
      fc.property(idsArb, fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 60 }), fc.boolean(), (ids, probes, ascending) => {
        const cursor = new IdCursor(ids);
        const order = ascending ? [...probes].sort((x, y) => x - y) : probes;
        for (const id of order) expect(cursor.indexOf(id)).toBe(ids.indexOf(id));
      }),
    );
  });
});

describe('unionKeepFirst / unionAddBonus with an empty side', () => {
  it('returns the other side unchanged', () => {
    const a = { ids: Uint32Array.of(2, 5), scores: Float64Array.of(1, 2) };
    const none = { ids: new Uint32Array(0), scores: new Float64Array(0) };
    expect(unionKeepFirst(a, none)).toBe(a);
    expect(unionKeepFirst(none, a)).toBe(a);
    expect(unionAddBonus(a, new Uint32Array(0), 3)).toBe(a);
  });
});

describe('selectTopIndices', () => {
  it('returns the k best indices in order, as a full sort would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 400 }), fc.integer({ min: 0, max: 30 }), (scores, k) => {
        const before = (a: number, b: number): boolean => (scores[a] !== scores[b] ? scores[a]! > scores[b]! : a < b);
        const expected = scores
          .map((_, i) => i)
          .sort((a, b) => (before(a, b) ? -1 : 1))
          .slice(0, k);
        expect(selectTopIndices(scores.length, k, before)).toEqual(expected);
      }),
    );
  });
});
