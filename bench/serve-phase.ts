// Starts the real server (`src/cli/start.ts`) on a built index, times start-up, then loads `/api/search` with autocannon on 127.0.0.1.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import type { BenchQuery } from './engines/types';
import { FACET_SIZE, PAGE_SIZE } from './engines/types';
import { repoRoot } from './run-phase';

export interface ServePhaseOptions {
  corpusDir: string;
  indexDir: string;
  queries: BenchQuery[];
  durationSeconds: number;
  connections: number;
  startTimeoutMs: number;
  logFile: string;
  /** SIFT_WORKERS for the server (SIFT_WORKER_MODE, from the environment: threads sharing the index or processes). */
  workers: number;
  /**
   * Seconds to wait after start before loading: the server groups statements (`also_in`) in paced slices during its
   * first half minute at 100k, so a load right after start measures start-up, a later one the steady state.
   */
  settleSeconds?: number;
}

export interface HttpLoadResult {
  durationSeconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMeanMs: number;
  latencyMaxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface ServePhaseResult {
  startMs: number;
  /** False when the server rebuilt the index instead of loading it (the figure then is a build, not a start). */
  loadedFromIndex: boolean;
  startLine: string;
  /** Summed over every server process (the primary and its workers). */
  rssAfterStartMb: number;
  rssAfterLoadMb: number;
  peakRssMb: number;
  /** Each server process after the load test: the primary first. */
  processes: ProcessMemory[];
  workers: number;
  /** Every request distinct (page size varied so no result-cache key repeats): what an uncached query costs. */
  http: HttpLoadResult;
  /** The mix repeating as it is, so the result cache answers the repeats: the cache's effect. */
  httpCached: HttpLoadResult;
  /** The same load against Hono answering a fixed 2 KB JSON: what the HTTP stack alone can do here. */
  control: HttpLoadResult | null;
  /**
   * Each serving worker's `memory:` line (SIGUSR2, after a full GC: live heap vs array buffers) after start and after
   * the load, read after the RSS figures so the forced GC does not lower them.
   */
  memoryAfterStart: string[];
  memoryAfterLoad: string[];
  /**
   * CPU time of every server process (user + system, all threads) over the distinct load ÷ its requests: what a
   * search costs the server, which a machine shared with other jobs moves far less than req/s.
   */
  cpuMsPerSearch: number;
}

export interface ProcessMemory {
  pid: number;
  rssMb: number;
  peakMb: number;
}

/** `/api/search` URL for a benchmark query, as the UI would send it. */
export function toApiPath(query: BenchQuery, limit = PAGE_SIZE): string {
  const params = new URLSearchParams();
  params.set('q', query.q);
  for (const [facet, values] of Object.entries(query.filters)) for (const v of values) params.append(facet, v);
  params.set('limit', String(limit));
  params.set('facet_size', String(FACET_SIZE));
  return `/api/search?${params.toString()}`;
}

export async function runServePhase(options: ServePhaseOptions): Promise<ServePhaseResult> {
  const port = await findFreePort();
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  // Plain `node --import tsx`, as `npm start` runs it, so the process measured is the server itself.
  // --expose-gc only lets the SIGUSR2 memory report collect first (live heap); nothing else calls gc().
  const server = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'src/cli/start.ts'], {
    cwd: repoRoot,
    env: { ...process.env, CORPUS_DIR: options.corpusDir, INDEX_DIR: options.indexDir, PORT: String(port), HOST: '127.0.0.1', SIFT_WORKERS: String(options.workers) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    log.write(chunk);
  };
  server.stdout!.on('data', collect);
  server.stderr!.on('data', collect);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(base, server, options.startTimeoutMs, () => output);
    await waitForWorkers(options.workers, () => output, options.startTimeoutMs);
    const startMs = performance.now() - started;
    const rssAfterStartMb = sum(serverProcesses(server.pid!).map((p) => p.rssMb));
    const memoryAfterStart = await memoryLines(server, options.workers, () => output);
    const startLine = output.split('\n').find((l) => /\b(loaded|built) index\b/.test(l)) ?? '';
    await checkOneSearch(base, options.queries[0]!);
    if (options.settleSeconds) await new Promise((resolve) => setTimeout(resolve, options.settleSeconds! * 1000));
    const cpuBefore = serverCpuMs(server.pid!);
    const http = await loadSearch(base, options, true);
    const cpuMsPerSearch = (serverCpuMs(server.pid!) - cpuBefore) / Math.max(1, http.requests);
    const httpCached = await loadSearch(base, options, false);
    const processes = serverProcesses(server.pid!);
    const memoryAfterLoad = await memoryLines(server, options.workers, () => output);
    await stopServer(server);
    const control = await runControlLoad(options);
    return {
      startMs,
      loadedFromIndex: /\bloaded index\b/.test(startLine),
      startLine: startLine.trim(),
      rssAfterStartMb,
      rssAfterLoadMb: sum(processes.map((p) => p.rssMb)),
      peakRssMb: sum(processes.map((p) => p.peakMb)),
      processes,
      workers: options.workers,
      http,
      httpCached,
      control,
      memoryAfterStart,
      memoryAfterLoad,
      cpuMsPerSearch,
    };
  } finally {
    await stopServer(server);
    await new Promise<void>((resolve) => log.end(() => resolve()));
  }
}

/** Runs the control server for a third of the measured duration (at least 3 s); null when it cannot start. */
async function runControlLoad(options: ServePhaseOptions): Promise<HttpLoadResult | null> {
  const port = await findFreePort();
  const control = spawn(process.execPath, ['--import', 'tsx', 'bench/phases/control-server.ts', String(port)], { cwd: repoRoot, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(base, control, 30_000, () => '');
    return await loadSearch(base, { ...options, durationSeconds: Math.max(3, Math.round(options.durationSeconds / 3)) }, false);
  } catch {
    return null;
  } finally {
    await stopServer(control);
  }
}

/** Page sizes the distinct load cycles through (mean about PAGE_SIZE), one pass over the mix per size. */
const DISTINCT_LIMITS = Array.from({ length: 20 }, (_, i) => PAGE_SIZE - 9 + i);

/**
 * Loads `/api/search` with the query mix. `distinct`: every request a new cache key (the mix × 20 page sizes, far more
 * than the result cache holds before one repeats), so each is answered by the engine; otherwise the mix repeats as is.
 */
async function loadSearch(base: string, options: ServePhaseOptions, distinct: boolean): Promise<HttpLoadResult> {
  const n = options.queries.length;
  let next = 0;
  const requests = distinct
    ? [
        {
          method: 'GET' as const,
          setupRequest: (req: { path?: string }) => {
            const i = next++;
            const limit = DISTINCT_LIMITS[Math.floor(i / n) % DISTINCT_LIMITS.length]!;
            return { ...req, path: toApiPath(options.queries[i % n]!, limit) };
          },
        },
      ]
    : options.queries.map((q) => ({ method: 'GET' as const, path: toApiPath(q) }));
  const result = await autocannon({ url: base, connections: options.connections, duration: options.durationSeconds, requests });
  return {
    durationSeconds: options.durationSeconds,
    connections: options.connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / (result.duration || options.durationSeconds),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMeanMs: result.latency.average,
    latencyMaxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

async function waitForHealth(base: string, server: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`server exited (${server.exitCode ?? server.signalCode}) before answering: ${output().trim().slice(-500)}`);
    }
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`server did not answer /api/health within ${Math.round(timeoutMs / 1000)} s`);
}

async function checkOneSearch(base: string, query: BenchQuery): Promise<void> {
  const res = await fetch(`${base}${toApiPath(query)}`);
  if (!res.ok) throw new Error(`GET ${toApiPath(query)} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
}

/** Linux procfs: a process's current and peak resident set. */
function readProcMemory(pid: number): ProcessMemory {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) / 1024;
    return { pid, rssMb: field('VmRSS'), peakMb: field('VmHWM') };
  } catch {
    return { pid, rssMb: Number.NaN, peakMb: Number.NaN };
  }
}

/** User + system CPU milliseconds of the server and its child processes so far (Linux procfs; NaN elsewhere). */
function serverCpuMs(pid: number): number {
  const ticksMs = 10; // USER_HZ is 100 on Linux
  return sum(
    serverProcesses(pid).map(({ pid: p }) => {
      try {
        const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(fields[11]) + Number(fields[12])) * ticksMs;
      } catch {
        return Number.NaN;
      }
    }),
  );
}

/** The server and its child processes (cluster workers), read from procfs. */
function serverProcesses(pid: number): ProcessMemory[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // no procfs children list: the server alone
  }
  return [readProcMemory(pid), ...children.map(readProcMemory)];
}

/**
 * /api/health answers as soon as the server listens, and each worker (process or thread: its lines then start
 * `thread N: `) scans the corpus for its live-change watcher: the load starts once every worker watches (steady
 * state), so start-up work is not timed as queries.
 */
async function waitForWorkers(workers: number, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  const count = (re: RegExp) => output().match(re)?.length ?? 0;
  while (count(/Sift is serving/g) < 1 || count(/^(thread \d+: )?watching /gm) < workers) {
    if (performance.now() > deadline) throw new Error(`only ${count(/^(thread \d+: )?watching /gm)} of ${workers} workers serve after ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Asks the server for its memory (SIGUSR2, passed on to every worker) and returns the `memory:` lines it logs. */
async function memoryLines(server: ChildProcess, workers: number, output: () => string): Promise<string[]> {
  const from = output().length;
  server.kill('SIGUSR2');
  const lines = () => output().slice(from).split('\n').filter((l) => l.startsWith('memory: '));
  const deadline = performance.now() + 15_000;
  // Every worker answers (a thread server's main thread too): wait for the workers, then for stragglers.
  while (lines().length < workers && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 1000));
  return lines();
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('close', () => resolve()));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

