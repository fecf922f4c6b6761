import { describe, expect, it } from 'vitest';
import { buildStatementGroups, StatementGrouper } from '../../src/statements/statement-groups';

const statement = 'Maria Zakharova said on Thursday that the humanitarian corridors around eastern Aleppo would stay open for civilians who wish to leave the city.';
const paragraphs = [
  { text: statement, doc: 0 },
  { text: statement.replace('would', 'will').replace('who wish', 'wishing'), doc: 1 },
  { text: 'Fighting continued on the southern edge of the city overnight, residents told reporters by telephone.', doc: 1 },
  { text: statement.toUpperCase(), doc: 0 },
  { text: 'Too short to be a statement.', doc: 2 },
  { text: 'Too short to be a statement.', doc: 3 },
];

describe('buildStatementGroups', () => {
  const groups = buildStatementGroups(paragraphs.length, (pid) => paragraphs[pid]!);

  it('joins a reworded statement in another document', () => {
    expect(groups.get(0)).toContain(1);
    expect(groups.get(1)).toContain(0);
  });

  it('lists only other documents (a repeat in the same article is not another report)', () => {
    expect(groups.get(0)).not.toContain(3);
  });

  it.each([
    ['a different paragraph', 2],
    ['a paragraph too short to count', 4],
  ])('leaves out %s', (_, pid) => {
    expect(groups.has(pid)).toBe(false);
  });
});

describe('StatementGrouper', () => {
  it('gives the same groups signed in slices (as a large index is, between requests) as all at once', () => {
    const many = Array.from({ length: 40 }, (_, i) => paragraphs[i % paragraphs.length]!).map((p, i) => ({ ...p, doc: i % 7 }));
    const grouper = new StatementGrouper(many.length, (pid) => many[pid]!);
    let steps = 0;
    while (grouper.step(3)) steps++;
    expect(steps).toBeGreaterThan(10);
    expect(grouper.finish()).toEqual(buildStatementGroups(many.length, (pid) => many[pid]!));
  });
});
