import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { GazetteerError, loadGazetteer, loadNotEntities, validateGazetteer } from '../../src/extract/gazetteer';
import { foldName } from '../../src/extract/fold-name';

const badDir = fileURLToPath(new URL('../fixtures/extract/bad/', import.meta.url));

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof GazetteerError) return error.problems;
    throw error;
  }
  throw new Error('expected a GazetteerError');
}

describe('loadGazetteer', () => {
  it('loads the shipped data files without problems', () => {
    const gazetteer = loadGazetteer();
    expect(gazetteer.entries.length).toBeGreaterThan(500);
    expect(gazetteer.byCanonical.get('Maria Zakharova')?.kind).toBe('person');
    expect(gazetteer.byCanonical.get('Sheikh Maqsoud')?.aliases).toContain('Sheikh Maqsood');
  });

  it('covers every kind of entity', () => {
    const kinds = new Set(loadGazetteer().entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['armed_group', 'organisation', 'person', 'place', 'state']);
  });

  it('reports every invalid entry with its file, name and the allowed values', () => {
    const problems = problemsOf(() => loadGazetteer({ dir: badDir, files: ['people.json'] }));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/people\.json\[2\].*"canonical" must be a non-empty name/),
        expect.stringMatching(/"Lavrov".*"kind" must be one of person, organisation, state, armed_group, place, got "minister"/),
        expect.stringMatching(/"Kirby".*"aliases" must be an array/),
        expect.stringMatching(/"Moscow": metonymOf "Atlantis" names no entry/),
      ]),
    );
  });

  it('names both entries when one alias maps to two entities of the same kind', () => {
    const problems = problemsOf(() => loadGazetteer({ dir: badDir, files: ['people.json'] }));
    expect(problems).toContainEqual(expect.stringMatching(/alias "Zakharova" of person "Someone Zakharova" is also an alias of "Maria Zakharova"/));
  });

  it('reports a file that is not valid JSON', () => {
    const problems = problemsOf(() => loadGazetteer({ dir: badDir, files: ['broken.json'] }));
    expect(problems).toEqual([expect.stringMatching(/^broken\.json: cannot read JSON/)]);
  });

  it('adds extra entries after the files', () => {
    const gazetteer = loadGazetteer({ extraEntries: [{ canonical: 'Tal Kurdi', kind: 'place', aliases: ['Tel Kurdi'] }] });
    expect(gazetteer.byCanonical.get('Tal Kurdi')?.aliases).toEqual(['Tel Kurdi']);
  });
});

describe('validateGazetteer', () => {
  it('treats spelling variants that fold alike as the same alias', () => {
    const problems = problemsOf(() =>
      validateGazetteer([
        { canonical: 'Sheikh Maqsoud', kind: 'place', aliases: ['Sheikh Maqsood'] },
        { canonical: 'Other district', kind: 'place', aliases: ['Sheikh Maqsud'] },
      ]),
    );
    expect(problems).toEqual([expect.stringContaining('same folded form "shikh maksud"')]);
  });

  it('allows one alias for entities of different kinds', () => {
    const gazetteer = validateGazetteer([
      { canonical: 'Hawar', kind: 'organisation', aliases: ['Hawar'] },
      { canonical: 'Hawar village', kind: 'place', aliases: ['Hawar'] },
    ]);
    expect(gazetteer.entries).toHaveLength(2);
  });

  it('rejects a canonical name used twice', () => {
    const problems = problemsOf(() =>
      validateGazetteer([
        { canonical: 'Hama', kind: 'place', aliases: [] },
        { canonical: 'Hama', kind: 'organisation', aliases: [] },
      ]),
    );
    expect(problems).toEqual([expect.stringContaining('duplicate canonical name "Hama"')]);
  });
});

describe('loadNotEntities', () => {
  it('never shadows an alias of a real entity', () => {
    const aliases = new Set(loadGazetteer().entries.flatMap((e) => [e.canonical, ...e.aliases].map(foldName)));
    const shadowing = loadNotEntities().filter((phrase) => aliases.has(foldName(phrase)));
    expect(shadowing).toEqual([]);
  });
});
