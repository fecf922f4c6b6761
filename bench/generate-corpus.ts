// Writes a deterministic synthetic newsroom corpus (JSONL records, API.md input format) plus a per-paragraph facet truth file.
import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { capitalize, createCorpusModel } from './corpus-model';
import type { CorpusModel, CorpusModelOptions } from './corpus-model';
import { createRandom, deriveSeed } from './prng';
import type { Random } from './prng';

export interface GenerateCorpusOptions {
  paragraphs: number;
  seed: number;
  /** Receives only input files (`part-NNNNN.jsonl`); anything else there named like them is replaced. */
  outDir: string;
  /** Average body paragraphs per document; each document gets between half and one and a half times that. */
  paragraphsPerDoc: number;
  docsPerFile: number;
  /** One line per paragraph, in corpus order: `[speaker, [actors], [places], [groups]]` as pool indices (speaker -1 = none). */
  truthFile: string | null;
  /** Built from paragraphs and seed when not given. */
  model: CorpusModel | null;
  modelOptions: Partial<Omit<CorpusModelOptions, 'paragraphs' | 'seed'>>;
}

export const defaultGenerateCorpusOptions: Omit<GenerateCorpusOptions, 'paragraphs' | 'outDir'> = {
  seed: 1,
  paragraphsPerDoc: 10,
  docsPerFile: 1000,
  truthFile: null,
  model: null,
  modelOptions: {},
};

export interface GeneratedCorpus {
  paragraphs: number;
  documents: number;
  files: string[];
  words: number;
  model: CorpusModel;
  /** Occurrences of each vocabulary word, by rank (words inside seed phrases included). */
  wordCounts: number[];
  /** Two- and three-word sequences taken from the seeds and how often they were written, most frequent first (top 500). */
  phraseCounts: Array<[string, number]>;
  /** Paragraphs mentioning each pool entry, by pool index. */
  entityCounts: { speakers: number[]; actors: number[]; places: number[]; groups: number[] };
}

/** A paragraph's ground-truth facets as pool indices. */
export interface ParagraphTruth {
  speaker: number;
  actors: number[];
  places: number[];
  groups: number[];
}

export const FIRST_YEAR = 2011;
export const LAST_YEAR = 2026;

export async function generateCorpus(
  options: Partial<GenerateCorpusOptions> & Pick<GenerateCorpusOptions, 'paragraphs' | 'outDir'>,
): Promise<GeneratedCorpus> {
  const opts: GenerateCorpusOptions = {
    ...defaultGenerateCorpusOptions,
    ...dropUndefined(options),
    paragraphs: options.paragraphs,
    outDir: options.outDir,
  };
  if (!Number.isInteger(opts.paragraphs) || opts.paragraphs < 1) throw new Error(`paragraphs must be a positive integer, got ${opts.paragraphs}`);
  const model = opts.model ?? createCorpusModel({ ...opts.modelOptions, paragraphs: opts.paragraphs, seed: opts.seed });
  await prepareOutDir(opts.outDir);

  const random = createRandom(deriveSeed(opts.seed, 'corpus'));
  const writer = createParagraphWriter(model, random);
  const truth = opts.truthFile ? await openStream(opts.truthFile) : null;
  const files: string[] = [];
  let out: WriteStream | null = null;
  let remaining = opts.paragraphs;
  let documents = 0;
  const minPer = Math.max(1, Math.floor(opts.paragraphsPerDoc / 2));
  const maxPer = Math.max(minPer, Math.ceil(opts.paragraphsPerDoc * 1.5));
  while (remaining > 0) {
    if (documents % opts.docsPerFile === 0) {
      if (out) await closeStream(out);
      const name = `part-${String(files.length + 1).padStart(5, '0')}.jsonl`;
      files.push(name);
      out = await openStream(join(opts.outDir, name));
    }
    const count = Math.min(remaining, random.int(minPer, maxPer));
    const doc = writer.document(documents, count);
    await write(out!, `${JSON.stringify(doc.record)}\n`);
    if (truth) {
      for (const t of doc.truth) await write(truth, `${JSON.stringify([t.speaker, t.actors, t.places, t.groups])}\n`);
    }
    remaining -= count;
    documents++;
  }
  if (out) await closeStream(out);
  if (truth) await closeStream(truth);
  return {
    paragraphs: opts.paragraphs,
    documents,
    files,
    words: writer.words(),
    model,
    wordCounts: writer.wordCounts(),
    phraseCounts: writer.phraseCounts(),
    entityCounts: writer.entityCounts(),
  };
}

export interface CorpusRecord {
  id: string;
  title: string;
  source: string;
  url: string;
  published: string;
  text: string;
}

interface ParagraphWriter {
  document(index: number, paragraphs: number): { record: CorpusRecord; truth: ParagraphTruth[] };
  words(): number;
  wordCounts(): number[];
  phraseCounts(): Array<[string, number]>;
  entityCounts(): GeneratedCorpus['entityCounts'];
}

function createParagraphWriter(model: CorpusModel, random: Random): ParagraphWriter {
  const V = model.vocabulary.length;
  const wordCounts = new Uint32Array(V);
  const rankOf = new Map(model.vocabulary.map((w, i) => [w, i]));
  const entityCounts = {
    speakers: new Uint32Array(model.speakers.length),
    actors: new Uint32Array(model.actors.length),
    places: new Uint32Array(model.places.length),
    groups: new Uint32Array(model.groups.length),
  };
  const phrases = new Map<string, number>();
  let totalWords = 0;

  const words = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) {
      const rank = random.zipf(V);
      wordCounts[rank]!++;
      s += i === 0 ? model.vocabulary[rank]! : ` ${model.vocabulary[rank]!}`;
    }
    totalWords += n;
    return s;
  };
  const phrase = (): string => {
    const sentence = model.sentences[random.zipf(model.sentences.length)]!;
    const len = Math.min(sentence.length, random.int(4, 9));
    const start = random.int(0, sentence.length - len);
    const picked = sentence.slice(start, start + len);
    const lower = picked.map((w) => w.toLowerCase());
    for (const [i, w] of lower.entries()) {
      const rank = rankOf.get(w);
      if (rank !== undefined) wordCounts[rank]!++;
      for (let n = 2; n <= 3 && i + n <= lower.length; n++) {
        const key = lower.slice(i, i + n).join(' ');
        phrases.set(key, (phrases.get(key) ?? 0) + 1);
      }
    }
    totalWords += picked.length;
    return picked.join(' ');
  };
  const clause = (): string => (random.chance(0.3) ? `${words(random.int(3, 8))} ${phrase()} ${words(random.int(2, 6))}` : words(random.int(7, 18)));
  const sentence = (body: string): string => `${capitalize(body)}.`;

  const dateText = (year: number): { text: string } => {
    const y = Math.min(LAST_YEAR, Math.max(FIRST_YEAR, year - (random.chance(0.3) ? 1 : 0)));
    const month = random.int(0, 11);
    if (random.chance(0.3)) return { text: `${model.months[month]!} ${y}` };
    return { text: `${random.int(1, 28)} ${model.months[month]!} ${y}` };
  };

  const paragraph = (year: number): { text: string; truth: ParagraphTruth } => {
    const truth: ParagraphTruth = { speaker: -1, actors: [], places: [], groups: [] };
    const pickIn = (pool: string[], counts: Uint32Array, list: number[]): string => {
      const i = random.zipf(pool.length);
      if (!list.includes(i)) {
        list.push(i);
        counts[i]!++;
      }
      return pool[i]!;
    };
    const place = () => pickIn(model.places, entityCounts.places, truth.places);
    const actor = () => pickIn(model.actors, entityCounts.actors, truth.actors);
    const group = () => pickIn(model.groups, entityCounts.groups, truth.groups);
    const parts: string[] = [];
    const sentences = random.int(2, 4);
    for (let s = 0; s < sentences; s++) {
      const roll = random.next();
      if (roll < 0.22 && truth.speaker < 0) {
        const i = random.zipf(model.speakers.length);
        truth.speaker = i;
        entityCounts.speakers[i]!++;
        const name = model.speakers[i]!;
        const form = random.int(0, 3);
        if (form === 0) parts.push(`“${capitalize(clause())},” ${name} ${random.pick(model.sayVerbs)}.`);
        else if (form === 1) parts.push(`${name}, a ${random.pick(model.roles)} of the ${random.chance(0.5) ? group() : actor()}, said that ${clause()}.`);
        else if (form === 2) parts.push(`According to ${name}, ${clause()} in ${place()}.`);
        else parts.push(`${name} said the ${clause()}.`);
      } else if (roll < 0.42) {
        const form = random.int(0, 3);
        if (form === 0) parts.push(`${group()} fighters ${clause()} in ${place()} on ${dateText(year).text}.`);
        else if (form === 1) parts.push(`Clashes between ${group()} and ${group()} ${clause()} near ${place()}.`);
        else if (form === 2) parts.push(`${actor()} ${clause()} in ${place()}, ${actor()} ${words(random.int(3, 8))}.`);
        else parts.push(`In ${dateText(year).text}, ${actor()} ${clause()} ${place()} and ${place()}.`);
      } else if (roll < 0.55) {
        parts.push(`${sentence(clause())}`.replace(/\.$/, ` in ${place()}.`));
      } else {
        parts.push(sentence(clause()));
      }
    }
    return { text: parts.join(' '), truth };
  };

  return {
    document(index, count) {
      const year = random.int(FIRST_YEAR, LAST_YEAR);
      const published = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      const source = model.sources[random.zipf(model.sources.length)]!;
      const id = `bench-${String(index + 1).padStart(7, '0')}`;
      const title = `${capitalize(words(random.int(4, 8)))} in ${model.places[random.zipf(model.places.length)]!}`;
      const paragraphs: string[] = [];
      const truth: ParagraphTruth[] = [];
      for (let p = 0; p < count; p++) {
        const para = paragraph(year);
        paragraphs.push(para.text);
        truth.push(para.truth);
      }
      const slug = source.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      return {
        record: { id, title, source, url: `https://news.example.org/${slug}/${id}`, published, text: paragraphs.join('\n\n') },
        truth,
      };
    },
    words: () => totalWords,
    wordCounts: () => Array.from(wordCounts),
    phraseCounts: () =>
      [...phrases.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 500),
    entityCounts: () => ({
      speakers: Array.from(entityCounts.speakers),
      actors: Array.from(entityCounts.actors),
      places: Array.from(entityCounts.places),
      groups: Array.from(entityCounts.groups),
    }),
  };
}

async function prepareOutDir(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const name of await readdir(outDir)) {
    if (/^part-\d+\.jsonl$/.test(name)) await rm(join(outDir, name));
  }
}

async function openStream(file: string): Promise<WriteStream> {
  await mkdir(dirname(file), { recursive: true });
  return createWriteStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
}

function write(stream: WriteStream, chunk: string): Promise<void> | void {
  if (stream.write(chunk)) return;
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    stream.once('error', onError);
    stream.once('drain', () => {
      stream.off('error', onError);
      resolve();
    });
  });
}

function closeStream(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
