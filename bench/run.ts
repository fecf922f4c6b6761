// Orchestrates a benchmark run: corpus (generated once per size and seed), query mix, one child process per engine, the server, the report.
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createCorpusModel } from './corpus-model';
import { ENGINE_NAMES, isEngineName } from './engines/registry';
import type { EngineName } from './engines/registry';
import type { BenchQuery } from './engines/types';
import { generateCorpus } from './generate-corpus';
import type { GeneratedCorpus } from './generate-corpus';
import { describeMachine } from './machine';
import type { EnginePhaseJob, EnginePhaseResult } from './phases/engine-phase';
import { createQueryMix } from './query-mix';
import { renderMarkdown } from './render-markdown';
import { repoRoot, runPhase } from './run-phase';
import { runServePhase } from './serve-phase';
import { summariseProfileDir } from './summarise-profile';
import type { ProfileSummary } from './summarise-profile';
import { summariseResults } from './summarise-results';
import type { BenchReport, RawResults } from './summarise-results';
import { replaceBenchSection } from './update-readme';

export interface BenchOptions {
  /** `10k`, `100k`, `1m` or a plain number of paragraphs. */
  size: string;
  seed: number;
  engines: EngineName[];
  /** Timed passes over the mix; default depends on the size. */
  passes: number | null;
  out: string | null;
  readme: boolean;
  readmePath: string;
  server: boolean;
  httpSeconds: number;
  connections: number;
  /** Regenerate the corpus even when a matching one exists. */
  fresh: boolean;
  /** Run Sift's phase under `--cpu-prof` and list where its time goes (timings are then inflated). */
  profile: boolean;
  /** Server processes for the HTTP load (SIFT_WORKERS); default: one per core. */
  workers: number;
}

export const defaultBenchOptions: BenchOptions = {
  size: '10k',
  seed: 1,
  engines: ['sift', 'minisearch', 'flexsearch'],
  passes: null,
  out: null,
  readme: false,
  readmePath: join(repoRoot, 'README.md'),
  server: true,
  httpSeconds: 10,
  connections: 10,
  fresh: false,
  profile: false,
  workers: availableParallelism(),
};

export const BENCH_USAGE = `usage: npm run bench -- [--size 10k|100k|1m|<paragraphs>] [--seed N] [--engines sift,minisearch,flexsearch]
                        [--passes N] [--out FILE.json] [--readme] [--no-server] [--http-seconds N] [--connections N] [--workers N] [--fresh] [--profile]
                        [--backend sphinxql]  (Sift embedded beside Sift on two local Sphinx shards + an aggregator)`;

const FLAGS = {
  size: { type: 'string' },
  seed: { type: 'string' },
  engines: { type: 'string' },
  passes: { type: 'string' },
  out: { type: 'string' },
  readme: { type: 'boolean' },
  workers: { type: 'string' },
  'no-server': { type: 'boolean' },
  'http-seconds': { type: 'string' },
  connections: { type: 'string' },
  fresh: { type: 'boolean' },
  profile: { type: 'boolean' },
  backend: { type: 'string' },
} as const;

/** Parses CLI flags (node:util parseArgs); throws with a one-line message naming the flag on bad input. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  let values: { [K in keyof typeof FLAGS]?: (typeof FLAGS)[K]['type'] extends 'string' ? string : boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: false }));
  } catch (err) {
    throw new Error(explainParseError(err, argv));
  }
  const positiveInt = (name: string, v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got ${JSON.stringify(v)}`);
    return n;
  };
  const opts: BenchOptions = { ...defaultBenchOptions, engines: [...defaultBenchOptions.engines] };
  if (values.size !== undefined) {
    paragraphsForSize(values.size);
    opts.size = values.size.toLowerCase();
  }
  if (values.seed !== undefined) opts.seed = positiveInt('seed', values.seed);
  if (values.engines !== undefined) {
    const names = values.engines.split(',').map((s) => s.trim()).filter(Boolean);
    for (const n of names) if (!isEngineName(n)) throw new Error(`--engines: unknown engine ${JSON.stringify(n)} (known: ${ENGINE_NAMES.join(', ')})`);
    opts.engines = names as EngineName[];
  }
  if (values.passes !== undefined) opts.passes = positiveInt('passes', values.passes);
  if (values.out !== undefined) opts.out = values.out;
  if (values.readme) opts.readme = true;
  if (values.workers !== undefined) opts.workers = positiveInt('workers', values.workers);
  if (values['no-server']) opts.server = false;
  if (values['http-seconds'] !== undefined) opts.httpSeconds = positiveInt('http-seconds', values['http-seconds']);
  if (values.connections !== undefined) opts.connections = positiveInt('connections', values.connections);
  if (values.fresh) opts.fresh = true;
  if (values.profile) opts.profile = true;
  if (values.backend !== undefined) {
    // The sharded backend beside the embedded one: both build the same corpus and answer the same mix.
    const v = values.backend;
    if (v !== 'sphinxql' && v !== 'embedded') throw new Error(`--backend must be sphinxql or embedded, got ${JSON.stringify(v)}`);
    if (values.engines === undefined) opts.engines = v === 'sphinxql' ? ['sift', 'sphinxql'] : ['sift'];
    opts.server = false;
  }
  if (opts.profile && opts.readme) throw new Error('--profile inflates timings; it cannot be combined with --readme');
  return opts;
}

/** parseArgs' own errors, said the way the rest of Sift's CLIs say them (naming the flag). */
function explainParseError(err: unknown, argv: string[]): string {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = argv.find((a) => a.startsWith('--') && !(a.slice(2).split('=')[0]! in FLAGS));
    return `unknown flag ${JSON.stringify(flag ?? message)}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /'(--[a-z-]+)/.exec(message)?.[1] ?? 'a flag';
    return `${flag} needs a value`;
  }
  return message;
}

/** `10k` → 10000, `1m` → 1000000, `2500` → 2500. */
export function paragraphsForSize(size: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(size.trim());
  const n = m ? Number(m[1]) * (m[2]!.toLowerCase() === 'm' ? 1e6 : m[2]!.toLowerCase() === 'k' ? 1e3 : 1) : Number.NaN;
  if (!Number.isInteger(n) || n < 100) throw new Error(`--size must be 10k, 100k, 1m or a whole number of paragraphs ≥ 100, got ${JSON.stringify(size)}`);
  return n;
}

interface SizeProfile {
  passes: number;
  modeBudgetMs: number;
  phaseTimeoutMs: number;
  maxOldSpaceMb: number;
  startTimeoutMs: number;
}

function profileFor(paragraphs: number): SizeProfile {
  if (paragraphs <= 20_000) return { passes: 5, modeBudgetMs: 60_000, phaseTimeoutMs: 10 * 60_000, maxOldSpaceMb: 4096, startTimeoutMs: 120_000 };
  if (paragraphs <= 200_000) return { passes: 3, modeBudgetMs: 120_000, phaseTimeoutMs: 30 * 60_000, maxOldSpaceMb: 8192, startTimeoutMs: 300_000 };
  return { passes: 1, modeBudgetMs: 600_000, phaseTimeoutMs: 120 * 60_000, maxOldSpaceMb: 16384, startTimeoutMs: 900_000 };
}

interface CorpusManifest extends Omit<GeneratedCorpus, 'files'> {
  hash: string;
  files: string[];
  bytes: number;
  generatedMs: number;
}

export async function runBenchmark(options: BenchOptions, log: (line: string) => void = (l) => console.error(l)): Promise<{ report: BenchReport; markdown: string; outFile: string }> {
  const paragraphs = paragraphsForSize(options.size);
  const profile = profileFor(paragraphs);
  const passes = options.passes ?? profile.passes;
  const workDir = join(repoRoot, 'bench', 'results', 'work', `${options.size}-s${options.seed}`);
  const corpusDir = join(workDir, 'input');
  const truthFile = join(workDir, 'truth.jsonl');
  const manifestFile = join(workDir, 'manifest.json');
  await mkdir(workDir, { recursive: true });

  const { manifest, generatedNow } = await ensureCorpus({ paragraphs, seed: options.seed, corpusDir, truthFile, manifestFile, fresh: options.fresh }, log);
  const queries = createQueryMix(manifest, { seed: options.seed });
  const queriesFile = join(workDir, 'queries.json');
  await writeFile(queriesFile, JSON.stringify(queries, null, 1));
  log(`query mix: ${queries.length} queries (${queriesFile})`);

  const engines: RawResults['engines'] = {};
  let cpuProfile: ProfileSummary | null = null;
  for (const engine of options.engines) {
    const engineDir = join(workDir, engine);
    await mkdir(engineDir, { recursive: true });
    const job: EnginePhaseJob = {
      engine,
      corpusDir,
      truthFile,
      manifestFile,
      queriesFile,
      workDir: engineDir,
      resultFile: join(engineDir, 'result.json'),
      passes,
      modeBudgetMs: profile.modeBudgetMs,
    };
    log(`${engine}: building and querying in a child process (limit ${Math.round(profile.phaseTimeoutMs / 60_000)} min)…`);
    const profileDir = join(engineDir, 'profile');
    const profiled = options.profile && engine === 'sift';
    if (profiled) await rm(profileDir, { recursive: true, force: true });
    const outcome = await runPhase<EnginePhaseResult>('bench/phases/engine-phase.ts', { ...job }, {
      timeoutMs: profile.phaseTimeoutMs,
      maxOldSpaceMb: profile.maxOldSpaceMb,
      logFile: join(engineDir, 'phase.log'),
      nodeFlags: profiled ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    });
    if (profiled) cpuProfile = await summariseProfileDir(profileDir);
    engines[engine] = outcome;
    log(outcome.ok ? `${engine}: done in ${(outcome.wallMs / 1000).toFixed(1)} s` : `${engine}: FAILED: ${outcome.error}`);
  }

  let server: RawResults['server'] = null;
  const sift = engines.sift;
  if (options.server && sift?.ok && sift.result.persist?.error) {
    server = { ok: false, error: `not started: Sift could not persist its index (${sift.result.persist.error})` };
  } else if (options.server && sift?.ok && sift.result.persist) {
    log(`server: starting src/cli/start.ts on the built index, then ${options.httpSeconds} s of autocannon…`);
    try {
      const result = await runServePhase({
        corpusDir,
        indexDir: join(workDir, 'sift'),
        queries,
        durationSeconds: options.httpSeconds,
        connections: options.connections,
        startTimeoutMs: profile.startTimeoutMs,
        logFile: join(workDir, 'server.log'),
        workers: options.workers,
      });
      server = { ok: true, result };
      log(`server: started in ${(result.startMs / 1000).toFixed(2)} s, ${Math.round(result.http.requestsPerSecond)} distinct req/s, ${Math.round(result.httpCached.requestsPerSecond)} req/s repeating`);
    } catch (err) {
      server = { ok: false, error: err instanceof Error ? err.message : String(err) };
      log(`server: FAILED: ${server.error}`);
    }
  }

  const report = summariseResults({
    date: new Date().toISOString(),
    machine: describeMachine(),
    sizeLabel: options.size,
    seed: options.seed,
    passes,
    corpus: {
      documents: manifest.documents,
      paragraphs: manifest.paragraphs,
      words: manifest.words,
      vocabulary: manifest.wordCounts.filter((c) => c > 0).length,
      bytes: manifest.bytes,
      generatedMs: generatedNow ? manifest.generatedMs : null,
    },
    queries,
    engines,
    server,
    profile: cpuProfile,
  });
  const markdown = renderMarkdown(report);
  const outFile = resolve(options.out ?? join(repoRoot, 'bench', 'results', `${options.size}.json`));
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, JSON.stringify(report, null, 2));
  if (options.readme) {
    const current = existsSync(options.readmePath) ? await readFile(options.readmePath, 'utf8') : '';
    await writeFile(options.readmePath, replaceBenchSection(current, options.size, markdown, README_INTRO));
    log(`README: updated the ${options.size} section of ${options.readmePath}`);
  }
  return { report, markdown, outFile };
}

const README_INTRO = `Measured with \`npm run bench -- --readme\` (10k paragraphs, about a minute), \`npm run bench -- --size 100k --readme\` (a few minutes)
and, separately because it takes tens of minutes and ~10 GB of memory, \`npm run bench -- --size 1m --readme\`. The corpus is generated
deterministically (\`bench/generate-corpus.ts\`, seed 1) as JSONL input files; every engine answers the same
query mix (common word, rare word, 2- and 3-word AND, phrase, prefix, typo, each with 0, 1 and 2 facet filters, and
browsing), each in its own process. Sift is timed on \`engine.search\` with facets and top-20 snippets; the baselines
are plain MiniSearch and FlexSearch, query only and with naive facet counting. Full figures: \`bench/results/<size>.json\`.`;

async function ensureCorpus(
  spec: { paragraphs: number; seed: number; corpusDir: string; truthFile: string; manifestFile: string; fresh: boolean },
  log: (line: string) => void,
): Promise<{ manifest: CorpusManifest; generatedNow: boolean }> {
  const model = createCorpusModel({ paragraphs: spec.paragraphs, seed: spec.seed });
  const hash = await corpusHash(spec.paragraphs, spec.seed, model);
  if (!spec.fresh && existsSync(spec.manifestFile)) {
    const manifest = JSON.parse(await readFile(spec.manifestFile, 'utf8')) as CorpusManifest;
    if (manifest.hash === hash && existsSync(spec.truthFile) && manifest.files.every((f) => existsSync(join(spec.corpusDir, f)))) {
      log(`corpus: reusing ${manifest.paragraphs} paragraphs in ${spec.corpusDir}`);
      return { manifest, generatedNow: false };
    }
  }
  log(`corpus: generating ${spec.paragraphs} paragraphs into ${spec.corpusDir}…`);
  const started = performance.now();
  const generated = await generateCorpus({ paragraphs: spec.paragraphs, seed: spec.seed, outDir: spec.corpusDir, truthFile: spec.truthFile, model });
  const generatedMs = performance.now() - started;
  let bytes = 0;
  for (const f of generated.files) bytes += (await stat(join(spec.corpusDir, f))).size;
  const manifest: CorpusManifest = { ...generated, hash, bytes, generatedMs };
  await writeFile(spec.manifestFile, JSON.stringify(manifest));
  log(`corpus: ${generated.documents} documents, ${generated.words} words in ${(generatedMs / 1000).toFixed(1)} s`);
  return { manifest, generatedNow: true };
}

/** Changes whenever the generator's code, its name data or the gazetteer-derived model changes, so a stale corpus is regenerated. */
async function corpusHash(paragraphs: number, seed: number, model: unknown): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ paragraphs, seed }));
  for (const file of ['generate-corpus.ts', 'corpus-model.ts', 'prng.ts', 'data/name-parts.json', 'data/gazetteer-names.json']) {
    hash.update(await readFile(join(repoRoot, 'bench', file)));
  }
  hash.update(JSON.stringify(model));
  return hash.digest('hex');
}
