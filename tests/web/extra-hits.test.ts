import { describe, expect, it } from 'vitest';
import { splitExtraHits } from '../../web/state/extra-hits';
import type { SearchHit } from '../../src/types';

const hit = (id: string, extra?: SearchHit['extra']) => ({ id, ...(extra ? { extra } : {}) }) as unknown as SearchHit;

describe('splitExtraHits', () => {
  it('keeps full matches apart from the unattributed and partial ones that follow, each under its own heading', () => {
    const { full, sections } = splitExtraHits([hit('a'), hit('b'), hit('c', 'unattributed'), hit('d', 'partial'), hit('e', 'partial')]);
    expect(full.map((h) => h.id)).toEqual(['a', 'b']);
    expect(sections.map((s) => [s.kind, s.hits.map((h) => h.id)])).toEqual([
      ['unattributed', ['c']],
      ['partial', ['d', 'e']],
    ]);
    expect(sections[0]!.heading).toMatch(/no speaker attributed/i);
    expect(sections[1]!.heading).toMatch(/some of the words/i);
  });

  it('gives no section when every hit is a full match', () => {
    expect(splitExtraHits([hit('a'), hit('b')]).sections).toEqual([]);
  });
});
