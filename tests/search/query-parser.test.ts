import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search/query-parser';

const shape = (q: string) => {
  const p = parseQuery(q);
  return {
    clauses: p.clauses.map((c) => `${c.negated ? '-' : ''}${c.kind === 'phrase' ? `"${c.text}"` : c.text}`),
    filters: p.filters.map((f) => `${f.negated ? '-' : ''}${f.facet}=${f.value}`),
    endsInWord: p.endsInWord,
  };
};

describe('parseQuery', () => {
  it.each([
    ['Sheikh Maqsoud shelling', ['Sheikh', 'Maqsoud', 'shelling'], [], true],
    ['shelling ', ['shelling'], [], false],
    ['"Russian Center for Reconciliation"', ['"Russian Center for Reconciliation"'], [], false],
    ['shelling -Aleppo', ['shelling', '-Aleppo'], [], false],
    ['attack -"Sheikh Maqsoud"', ['attack', '-"Sheikh Maqsoud"'], [], false],
    ['speaker:zakharova civilians', ['civilians'], ['speaker=zakharova'], true],
    ['speaker:"Maria Zakharova" civilians', ['civilians'], ['speaker=Maria Zakharova'], true],
    ['-group:ISIS camp', ['camp'], ['-group=ISIS'], true],
    ['Group:ISIS', [], ['group=ISIS'], false],
    ['source:RT', ['source:RT'], [], true],
    ['“curly phrase” word', ['"curly phrase"', 'word'], [], true],
  ])('parses %j', (q, clauses, filters, endsInWord) => {
    expect(shape(q)).toEqual({ clauses, filters, endsInWord });
  });

  it.each([
    ['unbalanced "quote runs to the end', ['unbalanced', '"quote runs to the end"']],
    ['lone - dash', ['lone', 'dash']],
    ['!!! ??? ...', []],
    ['🔥🔥', []],
    ['\u0000shelling\u0007', ['shelling']],
    ['""', []],
    ['speaker:', []],
    ['- "', []],
  ])('survives garbage %j', (q, clauses) => {
    expect(shape(q).clauses).toEqual(clauses);
  });

  it('parses a 10 000-character query without throwing', () => {
    const q = 'shelling "a b '.repeat(800);
    expect(parseQuery(q).clauses.length).toBeGreaterThan(0);
  });

  it('records each clause span in the query text', () => {
    const q = 'war "in Idlib" now';
    const p = parseQuery(q);
    expect(p.clauses.map((c) => q.slice(c.start, c.end))).toEqual(['war', 'in Idlib', 'now']);
  });
});
