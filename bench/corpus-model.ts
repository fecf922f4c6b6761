// The vocabulary and entity pools a synthetic corpus is drawn from: seed words plus generated filler, synthetic and gazetteer names.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readFrozenGazetteerNames, readGazetteerNames } from './gazetteer-names';
import { createRandom, deriveSeed } from './prng';
import type { Random } from './prng';
import { readSeedText } from './seed-text';

export interface NameParts {
  firstNames: string[];
  syllables: string[];
  wordSyllables: string[];
  surnamePrefixes: string[];
  placePrefixes: string[];
  placeSuffixes: string[];
  groupPatterns: string[];
  institutionPatterns: string[];
  roles: string[];
  sayVerbs: string[];
  months: string[];
  sources: string[];
  stopwords: string[];
}

export interface PoolSizes {
  speakers: number;
  actors: number;
  places: number;
  groups: number;
}

export interface CorpusModelOptions {
  paragraphs: number;
  seed: number;
  seedsDir: string;
  /**
   * Real names that lead each pool: a frozen list (`data/gazetteer-names.json`, written by `freeze-gazetteer-names.ts`)
   * so that the gazetteer growing does not change the benchmark corpus and rounds stay comparable; `null` reads
   * the extractor's data folder as it is now (`gazetteerDir`).
   */
  frozenNamesFile: string | null;
  /** Extractor data folder, read when `frozenNamesFile` is null. Missing folder = synthetic names only. */
  gazetteerDir: string;
  pools: PoolSizes;
}

/** Everything a generated corpus and its query mix depend on; JSON-serialisable so a run can reuse it. */
export interface CorpusModel {
  /** Lower-cased words by rank: seed words (most frequent first), then generated filler. */
  vocabulary: string[];
  seedWords: number;
  /** Real word sequences from the seeds, used for phrase-bearing sentences. */
  sentences: string[][];
  speakers: string[];
  actors: string[];
  places: string[];
  groups: string[];
  /** Pool entries taken from the gazetteer (states excepted): canonical names the extractor reports as they are written, so safe as filter values. */
  gazetteerValues: { speakers: string[]; actors: string[]; places: string[]; groups: string[] };
  sources: string[];
  roles: string[];
  sayVerbs: string[];
  months: string[];
  stopwords: string[];
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export const defaultCorpusModelOptions: Omit<CorpusModelOptions, 'paragraphs'> = {
  seed: 1,
  seedsDir: `${repoRoot}seeds`,
  frozenNamesFile: `${repoRoot}bench/data/gazetteer-names.json`,
  gazetteerDir: `${repoRoot}src/extract/data`,
  pools: { speakers: 400, actors: 3000, places: 2500, groups: 300 },
};

export function readNameParts(): NameParts {
  return JSON.parse(readFileSync(new URL('./data/name-parts.json', import.meta.url), 'utf8')) as NameParts;
}

/** Filler vocabulary grows sublinearly with corpus size (Heaps' law), so larger corpora have more distinct words. */
export function fillerWordCount(paragraphs: number): number {
  return Math.round(30 * Math.max(1, paragraphs) ** 0.6);
}

export function createCorpusModel(options: Partial<CorpusModelOptions> & Pick<CorpusModelOptions, 'paragraphs'>): CorpusModel {
  const opts: CorpusModelOptions = { ...defaultCorpusModelOptions, ...dropUndefined(options), paragraphs: options.paragraphs };
  const parts = readNameParts();
  const seedText = readSeedText(opts.seedsDir);
  const gazetteer = opts.frozenNamesFile === null ? readGazetteerNames(opts.gazetteerDir) : readFrozenGazetteerNames(opts.frozenNamesFile);

  const taken = new Set(seedText.vocabulary);
  const fillerRandom = createRandom(deriveSeed(opts.seed, 'filler'));
  const filler = generateUnique(fillerWordCount(opts.paragraphs), taken, () =>
    joinSyllables(fillerRandom, parts.wordSyllables, fillerRandom.int(2, 4)),
  );

  const names = createRandom(deriveSeed(opts.seed, 'names'));
  const synthetic = new Set<string>([...gazetteer.persons, ...gazetteer.institutions, ...gazetteer.states, ...gazetteer.places, ...gazetteer.groups]);
  const person = (): string => `${names.pick(parts.firstNames)} ${surname(names, parts)}`;
  const institution = (): string =>
    names.pick(parts.institutionPatterns).replace('{}', capitalize(joinSyllables(names, parts.syllables, names.int(2, 3))));
  const speakers = fillPool(gazetteer.persons, opts.pools.speakers, synthetic, person);
  // Real institutions, states and people lead the actor pool (the most mentioned), then synthetic people and institutions.
  const realActors = [...interleave(gazetteer.institutions, gazetteer.persons), ...gazetteer.states];
  const actors = fillPool(realActors, opts.pools.actors, synthetic, () => (names.chance(0.65) ? person() : institution()));
  const places = fillPool(gazetteer.places, opts.pools.places, synthetic, () => placeName(names, parts));
  const groups = fillPool(gazetteer.groups, opts.pools.groups, synthetic, () =>
    names.pick(parts.groupPatterns).replace('{}', capitalize(joinSyllables(names, parts.syllables, names.int(2, 3)))),
  );
  const states = new Set(gazetteer.states);
  const real = (pool: string[], from: string[]) => {
    const known = new Set(from);
    return pool.filter((name) => known.has(name) && !states.has(name));
  };
  const gazetteerValues = {
    speakers: real(speakers, gazetteer.persons),
    actors: real(actors, realActors),
    places: real(places, gazetteer.places),
    groups: real(groups, gazetteer.groups),
  };

  return {
    vocabulary: [...seedText.vocabulary, ...filler],
    seedWords: seedText.vocabulary.length,
    sentences: seedText.sentences,
    speakers,
    actors,
    places,
    groups,
    gazetteerValues,
    sources: parts.sources,
    roles: parts.roles,
    sayVerbs: parts.sayVerbs,
    months: parts.months,
    stopwords: parts.stopwords,
  };
}

/** Real names first (they are the most mentioned in real reporting), up to half the pool; synthetic ones, unique across pools, fill it. */
function fillPool(real: string[], size: number, taken: Set<string>, make: () => string): string[] {
  const pool = [...new Set(real)].slice(0, Math.ceil(size / 2));
  return pool.concat(generateUnique(size - pool.length, taken, make));
}

function interleave<T>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]!);
    if (i < b.length) out.push(b[i]!);
  }
  return out;
}

function generateUnique(count: number, taken: Set<string>, make: () => string): string[] {
  const out: string[] = [];
  let misses = 0;
  while (out.length < count) {
    const candidate = make();
    if (taken.has(candidate)) {
      if (++misses > count * 50 + 1000) throw new Error(`cannot generate ${count} distinct names`);
      continue;
    }
    taken.add(candidate);
    out.push(candidate);
  }
  return out;
}

function surname(random: Random, parts: NameParts): string {
  const prefix = random.pick(parts.surnamePrefixes);
  const root = capitalize(joinSyllables(random, parts.syllables, random.int(2, 3)));
  return `${prefix}${root}`;
}

function placeName(random: Random, parts: NameParts): string {
  const root = capitalize(joinSyllables(random, parts.syllables, random.int(2, 3)) + random.pick(parts.placeSuffixes));
  return `${random.pick(parts.placePrefixes)}${root}`;
}

function joinSyllables(random: Random, syllables: string[], count: number): string {
  let word = '';
  for (let i = 0; i < count; i++) word += random.pick(syllables);
  return word;
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
