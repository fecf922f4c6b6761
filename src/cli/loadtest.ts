// `npm run loadtest`: the real server on 127.0.0.1 under autocannon with a realistic query mix; reports throughput, latency, errors and memory.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import type { SearchResponse } from '../types';
import { createRandom } from '../../bench/prng';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface LoadTestOptions {
  /** Requests in the measured run. */
  requests: number;
  /** The measured run stops after this many seconds even if `requests` were not all sent. */
  maxSeconds: number;
  connections: number;
  /** Requests sent before the first memory reading, so start-up allocations do not count as growth. */
  warmup: number;
  /** Corpus to serve; ignored when `paragraphs` is set. */
  corpusDir: string;
  indexDir: string;
  /** Serve a generated corpus of this many paragraphs instead (bench/generate-corpus.ts). */
  paragraphs: number | null;
  /** Distinct request paths in the mix (cycled through). */
  mixSize: number;
  seed: number;
  log: (line: string) => void;
}

export const defaultLoadTestOptions: LoadTestOptions = {
  requests: 100_000,
  maxSeconds: 300,
  connections: 10,
  warmup: 20_000,
  corpusDir: 'seeds',
  indexDir: 'index',
  paragraphs: null,
  mixSize: 1_000,
  seed: 1,
  log: (line) => console.error(line),
};

export interface LoadTestReport {
  corpus: { documents: number; paragraphs: number };
  requests: number;
  seconds: number;
  stoppedByTimeLimit: boolean;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Server resident memory after the warm-up, half way through the measured run, and at its end (moves with GC timing). */
  rssMiB: { before: number; half: number; after: number };
  /** Server live heap after a full GC, before and after the measured run: growth here would be a leak. */
  heapMiB: { before: number; after: number };
  mix: Record<string, number>;
}

export const LOADTEST_USAGE =
  'usage: npm run loadtest -- [--requests N] [--max-seconds S] [--connections C] [--warmup N] [--paragraphs N] [--seed N]';

const NUMERIC_FLAGS = {
  requests: 'requests',
  'max-seconds': 'maxSeconds',
  connections: 'connections',
  warmup: 'warmup',
  paragraphs: 'paragraphs',
  seed: 'seed',
  'mix-size': 'mixSize',
} as const satisfies Record<string, keyof LoadTestOptions>;

/** Command-line flags (node:util parseArgs) and CORPUS_DIR / INDEX_DIR; every value a whole number, checked with a message. */
export function parseLoadTestArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Partial<LoadTestOptions> {
  const options: Partial<LoadTestOptions> = {};
  if (env.CORPUS_DIR?.trim()) options.corpusDir = env.CORPUS_DIR.trim();
  if (env.INDEX_DIR?.trim()) options.indexDir = env.INDEX_DIR.trim();
  let values: Record<string, string | boolean | undefined>;
  try {
    const spec = Object.fromEntries(Object.keys(NUMERIC_FLAGS).map((flag) => [flag, { type: 'string' as const }]));
    values = parseArgs({ args: [...argv], options: spec, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new Error(`${err instanceof Error ? err.message : String(err)}\n${LOADTEST_USAGE}`);
  }
  for (const [flag, key] of Object.entries(NUMERIC_FLAGS)) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const value = Number(raw);
    const min = key === 'warmup' ? 0 : 1;
    if (typeof raw !== 'string' || raw.trim() === '' || !Number.isInteger(value) || value < min) {
      throw new Error(`option --${flag} needs an integer of at least ${min}, got ${JSON.stringify(raw)}`);
    }
    options[key] = value;
  }
  return options;
}

/** What the mix is built from: read from the running server, so any corpus works. */
export interface CorpusSample {
  texts: string[];
  docIds: string[];
  facets: Record<'speaker' | 'actor' | 'location' | 'group', string[]>;
  months: string[];
}

export interface MixedRequest {
  kind: string;
  path: string;
}

/**
 * A deterministic mix of what readers do: searches of one to three words (some with facet filters,
 * date bounds, date sort or a second page), phrases, misspellings, half-typed words, filter-only browsing,
 * suggestions while typing, document views, the page itself and health checks.
 */
export function buildRequestMix(sample: CorpusSample, size: number, seed: number): MixedRequest[] {
  // The project's one seeded generator (bench/prng.ts), so a mix is reproducible from its seed.
  const random = createRandom(seed).next;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sentences = sample.texts.map((t) => t.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')));
  const words = [...new Set(sentences.flat().filter((w) => w.length >= 4 && /^[\p{L}-]+$/u.test(w)))];
  if (words.length === 0) throw new Error('the corpus sample has no words to search for');
  const facetNames = (['speaker', 'actor', 'location', 'group'] as const).filter((f) => sample.facets[f].length > 0);
  const q = (text: string) => encodeURIComponent(text);
  const filters = (count: number) =>
    Array.from({ length: Math.min(count, facetNames.length) }, (_, i) => {
      const facet = facetNames[(i + Math.floor(random() * facetNames.length)) % facetNames.length]!;
      return `&${facet}=${q(pick(sample.facets[facet]))}`;
    }).join('');
  const extras = () => {
    let out = '';
    const r = random();
    if (r < 0.3) out += filters(1);
    else if (r < 0.4) out += filters(2);
    if (random() < 0.1 && sample.months.length > 0) out += `&from=${pick(sample.months)}`;
    if (random() < 0.1) out += '&sort=date';
    if (random() < 0.1) out += '&offset=20';
    return out;
  };
  const phrase = () => {
    const sentence = pick(sentences.filter((s) => s.length >= 2).length > 0 ? sentences.filter((s) => s.length >= 2) : [[pick(words), pick(words)]]);
    const at = Math.floor(random() * (sentence.length - 1));
    return `"${sentence[at]} ${sentence[at + 1]}"`;
  };
  const misspell = (w: string) => (w.length < 5 ? w : `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}`);
  const kinds: Array<[string, number, () => string]> = [
    ['search', 40, () => `/api/search?q=${q(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(words)).join(' '))}${extras()}`],
    ['phrase', 8, () => `/api/search?q=${q(phrase())}${extras()}`],
    ['misspelled', 5, () => `/api/search?q=${q(misspell(pick(words)))}`],
    ['typing', 5, () => `/api/search?q=${q(`${pick(words)} ${pick(words).slice(0, 3)}`)}`],
    ['browse', 5, () => `/api/search?limit=20${facetNames.length > 0 ? filters(1) : ''}`],
    ['facets only', 5, () => `/api/search?q=${q(pick(words))}&limit=0&facet_size=50`],
    ['suggest', 17, () => `/api/suggest?q=${q(pick(words).slice(0, 2 + Math.floor(random() * 5)))}`],
    ['document', 8, () => `/api/docs/${encodeURIComponent(pick(sample.docIds))}`],
    ['page', 5, () => (random() < 0.5 ? '/' : `/doc/${encodeURIComponent(pick(sample.docIds))}`)],
    ['health', 2, () => '/api/health'],
  ];
  const totalWeight = kinds.reduce((sum, [, w]) => sum + w, 0);
  return Array.from({ length: size }, () => {
    let r = random() * totalWeight;
    for (const [kind, weight, make] of kinds) {
      r -= weight;
      if (r < 0) return { kind, path: make() };
    }
    return { kind: 'health', path: '/api/health' };
  });
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
  return (await res.json()) as T;
}

/** Reads documents, paragraphs, facet values and months from the running server. */
export async function sampleCorpus(baseUrl: string): Promise<CorpusSample> {
  const first = await getJson<SearchResponse>(`${baseUrl}/api/search?limit=100&facet_size=30`);
  const second = await getJson<SearchResponse>(`${baseUrl}/api/search?limit=100&offset=100&sort=date`);
  const hits = [...first.hits, ...second.hits];
  return {
    texts: hits.map((h) => h.text),
    docIds: [...new Set(hits.map((h) => h.doc.id))],
    facets: {
      speaker: first.facets.speaker.map((f) => f.value),
      actor: first.facets.actor.map((f) => f.value),
      location: first.facets.location.map((f) => f.value),
      group: first.facets.group.map((f) => f.value),
    },
    months: first.facets.date.map((f) => f.value),
  };
}

async function readRssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Live heap after a full GC, as the server logs it on SIGUSR2. */
  heapAfterGc(): Promise<number>;
  stop(): Promise<void>;
}

/** `npm start` as a child process on 127.0.0.1 and a free port (node + tsx loader, so the pid is the server's). */
async function startServerProcess(corpusDir: string, indexDir: string, log: (line: string) => void): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(ROOT, 'src/cli/start.ts')], {
    cwd: ROOT,
    env: { ...process.env, CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr += chunk;
    for (const listener of listeners) listener();
  });
  const waitForLog = (pattern: RegExp, from: number) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(stderr.slice(from));
        if (match) {
          listeners.delete(check);
          resolve(match);
        }
      };
      listeners.add(check);
      child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${stderr}`)));
      check();
    });
  const url = (await waitForLog(/Sift is serving .* on (http:\/\/127\.0\.0\.1:\d+)/, 0))[1]!;
  log(`server pid ${child.pid} on ${url}`);
  return {
    child,
    url,
    heapAfterGc: async () => {
      const from = stderr.length;
      child.kill('SIGUSR2');
      return Number((await waitForLog(/memory: heap ([\d.]+) MiB after GC/, from))[1]);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function runAutocannon(url: string, requests: MixedRequest[], amount: number, connections: number, maxSeconds: number | null) {
  return new Promise<{ result: autocannon.Result; stoppedByTimeLimit: boolean }>((resolve, reject) => {
    let stoppedByTimeLimit = false;
    let timer: NodeJS.Timeout | null = null;
    const instance = autocannon(
      { url, connections, amount, timeout: 10, requests: requests.map((r) => ({ method: 'GET' as const, path: r.path })) },
      (err, result) => {
        if (timer) clearTimeout(timer);
        if (err) reject(err instanceof Error ? err : new Error(String(err)));
        else resolve({ result, stoppedByTimeLimit });
      },
    );
    if (maxSeconds !== null) {
      timer = setTimeout(() => {
        stoppedByTimeLimit = true;
        instance.stop();
      }, maxSeconds * 1000);
    }
  });
}

export async function runLoadTest(options: Partial<LoadTestOptions> = {}): Promise<LoadTestReport> {
  const opts: LoadTestOptions = { ...defaultLoadTestOptions, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  let corpusDir = path.resolve(opts.corpusDir);
  let indexDir = path.resolve(opts.indexDir);
  let scratch: string | null = null;
  if (opts.paragraphs !== null) {
    scratch = await mkdtemp(path.join(tmpdir(), 'sift-loadtest-'));
    corpusDir = path.join(scratch, 'corpus');
    indexDir = path.join(scratch, 'index');
    const { generateCorpus } = await import('../../bench/generate-corpus');
    const generated = await generateCorpus({ paragraphs: opts.paragraphs, outDir: corpusDir, seed: opts.seed });
    opts.log(`generated ${generated.documents} documents, ${generated.paragraphs} paragraphs in ${corpusDir}`);
  }
  const server = await startServerProcess(corpusDir, indexDir, opts.log);
  try {
    const corpus = await getJson<{ documents: number; paragraphs: number }>(`${server.url}/api/health`);
    const mix = buildRequestMix(await sampleCorpus(server.url), opts.mixSize, opts.seed);
    const invalid = [];
    for (const r of mix.slice(0, 200)) if ((await fetch(`${server.url}${r.path}`).then((res) => res.arrayBuffer().then(() => res.status))) !== 200) invalid.push(r.path);
    if (invalid.length > 0) throw new Error(`the query mix has requests the server refuses: ${invalid.slice(0, 3).join(', ')}`);
    if (opts.warmup > 0) {
      opts.log(`warm-up: ${opts.warmup} requests`);
      await runAutocannon(server.url, mix, opts.warmup, opts.connections, null);
    }
    const pid = server.child.pid!;
    const heapBefore = await server.heapAfterGc();
    const before = await readRssMiB(pid);
    opts.log(`measured run: ${opts.requests} requests over ${opts.connections} connections (at most ${opts.maxSeconds} s)`);
    const samples: Array<{ at: number; rss: number }> = [];
    const started = performance.now();
    const sampler = setInterval(() => {
      void readRssMiB(pid).then((rss) => samples.push({ at: performance.now() - started, rss }));
    }, 250);
    let run: Awaited<ReturnType<typeof runAutocannon>>;
    try {
      run = await runAutocannon(server.url, mix, opts.requests, opts.connections, opts.maxSeconds);
    } finally {
      clearInterval(sampler);
    }
    const { result, stoppedByTimeLimit } = run;
    const after = await readRssMiB(pid);
    const heapAfter = await server.heapAfterGc();
    const halfTime = (performance.now() - started) / 2;
    const half = samples.reduce((best, s) => (Math.abs(s.at - halfTime) < Math.abs(best.at - halfTime) ? s : best), { at: 0, rss: before }).rss;
    const counts: Record<string, number> = {};
    for (const r of mix) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
    return {
      corpus,
      requests: result.requests.total,
      seconds: result.duration,
      stoppedByTimeLimit,
      requestsPerSecond: Math.round(result.requests.total / result.duration),
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      rssMiB: { before, half, after },
      heapMiB: { before: heapBefore, after: heapAfter },
      mix: Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, Math.round((100 * n) / mix.length)])),
    };
  } finally {
    await server.stop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

export function formatReport(report: LoadTestReport): string {
  const mix = Object.entries(report.mix)
    .map(([kind, pct]) => `${kind} ${pct}%`)
    .join(', ');
  return [
    `| corpus | requests | req/s | p50 | p90 | p99 | max | errors | non-2xx | heap after GC: start → end | RSS: start → half → end |`,
    `| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`,
    `| ${report.corpus.documents} documents, ${report.corpus.paragraphs} paragraphs | ${report.requests.toLocaleString('en')}${report.stoppedByTimeLimit ? ' (time limit)' : ''} in ${report.seconds} s | ${report.requestsPerSecond.toLocaleString('en')} | ${report.latencyMs.p50} ms | ${report.latencyMs.p90} ms | ${report.latencyMs.p99} ms | ${report.latencyMs.max} ms | ${report.errors + report.timeouts} | ${report.non2xx} | ${report.heapMiB.before} → ${report.heapMiB.after} MiB | ${report.rssMiB.before} → ${report.rssMiB.half} → ${report.rssMiB.after} MiB |`,
    '',
    `Query mix: ${mix}.`,
  ].join('\n');
}

async function main(): Promise<void> {
  let options: Partial<LoadTestOptions>;
  try {
    options = parseLoadTestArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`sift loadtest: ${err instanceof Error ? err.message : String(err)}\n${LOADTEST_USAGE}`);
    process.exit(2);
  }
  const report = await runLoadTest(options);
  console.log(formatReport(report));
  if (report.errors + report.timeouts + report.non2xx > 0) {
    console.error(`sift loadtest: ${report.errors} errors, ${report.timeouts} timeouts, ${report.non2xx} non-2xx answers (must be 0)`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(`sift loadtest: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
