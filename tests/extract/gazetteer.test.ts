import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { GazetteerError, loadGazetteer, loadNotEntities, validateGazetteer } from '../../src/extract/entities/gazetteer';
import { foldName } from '../../src/text';

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
    expect(problems).toEqual([expect.stringContaining('same folded form "sikh maksud"')]);
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

describe('gazetteer relations', () => {
  const base = [
    { canonical: 'Syria', kind: 'state', aliases: ['Syria'] },
    { canonical: 'Aleppo', kind: 'place', aliases: ['Aleppo'], within: 'Syria' },
    { canonical: 'Sheikh Maqsoud', kind: 'place', aliases: ['Sheikh Maqsoud'], within: 'Aleppo' },
    { canonical: 'SANA', kind: 'organisation', aliases: ['SANA'], state: 'Syria', media: true },
  ];

  it('accepts state and within that name entries of a fitting kind', () => {
    const gazetteer = validateGazetteer(base);
    expect(gazetteer.byCanonical.get('Sheikh Maqsoud')?.within).toBe('Aleppo');
    expect(gazetteer.byCanonical.get('SANA')).toMatchObject({ state: 'Syria', media: true });
  });

  it.each([
    [{ canonical: 'Lavrov', kind: 'person', aliases: [], state: 'Russland' }, '"Lavrov": state "Russland" names no entry'],
    [{ canonical: 'Lavrov', kind: 'person', aliases: [], state: 'Aleppo' }, '"Lavrov": state "Aleppo" is a place; expected state'],
    [{ canonical: 'Ashrafieh', kind: 'place', aliases: [], within: 'SANA' }, '"Ashrafieh": within "SANA" is a organisation; expected place or state'],
    [{ canonical: 'Ashrafieh', kind: 'place', aliases: [], state: 'Syria' }, '"Ashrafieh": state is allowed only on person, organisation, armed_group entries, not on a place'],
    [{ canonical: 'Lavrov', kind: 'person', aliases: [], within: 'Syria' }, '"Lavrov": within is allowed only on place entries, not on a person'],
    [{ canonical: 'Lavrov', kind: 'person', aliases: [], state: 7 }, '"state" must be a string when present, got 7'],
    [{ canonical: 'Lavrov', kind: 'person', aliases: [], media: true }, '"media" must be true or false, and only on an organisation'],
    [{ canonical: 'Aleppo', kind: 'place', aliases: [], theatre: true }, '"theatre" must be true or false, and only on a state'],
  ])('rejects %j', (entry, message) => {
    expect(problemsOf(() => validateGazetteer([...base, entry]))).toEqual([expect.stringContaining(message)]);
  });

  it('rejects places that contain each other', () => {
    const problems = problemsOf(() =>
      validateGazetteer([
        { canonical: 'Afrin', kind: 'place', aliases: ['Afrin'], within: 'Jandairis' },
        { canonical: 'Jandairis', kind: 'place', aliases: ['Jandairis'], within: 'Afrin' },
      ]),
    );
    expect(problems).toContainEqual('"Afrin": within forms a cycle (Afrin → Jandairis → Afrin)');
  });

  it('gives every Syrian governorate a containing state and every person with a state a real state', () => {
    const gazetteer = loadGazetteer();
    for (const governorate of ['Aleppo', 'Idlib', 'Al-Hasakah', 'Raqqa', 'Deir ez-Zor', 'Homs', 'Hama', 'Latakia', 'Tartus', 'Daraa', 'Quneitra', 'As-Suwayda', 'Damascus', 'Rif Dimashq']) {
      expect(gazetteer.byCanonical.get(governorate)?.within, governorate).toBe('Syria');
    }
    for (const entry of gazetteer.entries.filter((e) => e.state !== undefined)) {
      expect(gazetteer.byCanonical.get(entry.state!)?.kind, entry.canonical).toBe('state');
    }
  });
});

describe('multi-script aliases in the shipped data', () => {
  const gazetteer = loadGazetteer();
  const CYRILLIC = /\p{Script=Cyrillic}/u;
  const ARABIC = /\p{Script=Arabic}/u;

  it.each([
    'Sheikh Maqsoud', 'Ashrafieh', 'Aleppo', 'Idlib', 'Damascus', 'Raqqa', 'Deir ez-Zor', 'Manbij', 'Afrin', 'Kobani', 'Qamishli',
    'Al-Hasakah', 'Homs', 'Hama', 'Latakia', 'Tartus', 'Daraa', 'Khmeimim Air Base', 'Al-Hol camp',
    'Maria Zakharova', 'Sergey Lavrov', 'Vladimir Putin', 'Bashar al-Assad', 'Recep Tayyip Erdogan', 'Dmitry Peskov', 'Sergey Shoigu',
    'Ahmed al-Sharaa', 'Mazloum Abdi', 'Vassily Nebenzia',
    'Russia', 'Syria', 'Turkey', 'United States', 'Iran',
    'Russian Foreign Ministry', 'Russian Defense Ministry', 'Russian Center for Reconciliation', 'United Nations', 'UN Security Council',
    'SANA', 'TASS',
    'ISIS', 'Jabhat al-Nusra', 'Hayat Tahrir al-Sham', 'Ahrar al-Sham', 'Jaish al-Islam', 'Syrian Democratic Forces', 'YPG', 'Asayish',
    'Syrian Arab Army', 'Russian Armed Forces',
  ])('%s has Cyrillic and Arabic aliases', (canonical) => {
    const aliases = gazetteer.byCanonical.get(canonical)?.aliases ?? [];
    expect(aliases.some((a) => CYRILLIC.test(a)), 'Cyrillic').toBe(true);
    expect(aliases.some((a) => ARABIC.test(a)), 'Arabic').toBe(true);
  });
});
