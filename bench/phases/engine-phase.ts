// Child process: builds one engine, records build time and peak RSS, times each search mode over the query mix, then persists the index.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { CorpusModel } from '../corpus-model';
import { createBenchEngine } from '../engines/registry';
import type { EngineName } from '../engines/registry';
import type { BenchParagraph, BenchQuery, BuildReport, PersistReport } from '../engines/types';
import { readBenchParagraphs } from '../read-corpus';

export interface EnginePhaseJob {
  engine: EngineName;
  corpusDir: string;
  truthFile: string;
  manifestFile: string;
  queriesFile: string;
  workDir: string;
  resultFile: string;
  /** Timed passes over the whole mix after one untimed warm-up pass. */
  passes: number;
  /** A mode stops timing after this much query time (at least one query per query id is kept). */
  modeBudgetMs: number;
}

export interface QueryTiming {
  id: string;
  total: number;
  hits: number;
  ms: number[];
}

export interface ModeResult {
  name: string;
  description: string;
  queries: QueryTiming[];
  /** True when the budget ran out before every pass finished. */
  partial: boolean;
  peakRssMb: number;
}

export interface EnginePhaseResult {
  engine: EngineName;
  build: BuildReport & { wallMs: number; cpuMs: number; paragraphsPerSecond: number };
  memory: { buildPeakRssMb: number; afterBuildRssMb: number; afterBuildHeapMb: number; servingPeakRssMb: number };
  persist: PersistReport | null;
  modes: ModeResult[];
}

const MB = 1024 * 1024;

async function main(): Promise<void> {
  const jobFile = process.argv[2];
  if (!jobFile) throw new Error('usage: engine-phase.ts <job.json>');
  const job = JSON.parse(await readFile(jobFile, 'utf8')) as EnginePhaseJob;
  const queries = JSON.parse(await readFile(job.queriesFile, 'utf8')) as BenchQuery[];
  await mkdir(job.workDir, { recursive: true });

  const engine = await createBenchEngine(job.engine);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const build = await engine.build({
    corpusDir: job.corpusDir,
    workDir: job.workDir,
    loadParagraphs: async (): Promise<BenchParagraph[]> => {
      const manifest = JSON.parse(await readFile(job.manifestFile, 'utf8')) as { model: CorpusModel };
      return readBenchParagraphs(job.corpusDir, job.truthFile, manifest.model);
    },
  });
  const wallMs = performance.now() - started;
  const cpuUsed = process.cpuUsage(cpu);
  const buildPeakRssMb = process.resourceUsage().maxRSS / 1024;
  collectGarbage();
  const afterBuild = process.memoryUsage();
  log(`${job.engine}: built ${build.paragraphs} paragraphs in ${(wallMs / 1000).toFixed(1)} s`);

  let servingPeak = process.memoryUsage.rss();
  const modes: ModeResult[] = [];
  for (const mode of engine.modes) {
    const timings: QueryTiming[] = [];
    for (const q of queries) {
      const outcome = await mode.search(q);
      timings.push({ id: q.id, total: outcome.total, hits: outcome.hits, ms: [] });
    }
    let spent = 0;
    let partial = false;
    let peak = process.memoryUsage.rss();
    passes: for (let pass = 0; pass < job.passes; pass++) {
      for (const [i, q] of queries.entries()) {
        if (spent > job.modeBudgetMs && timings[i]!.ms.length > 0) {
          partial = true;
          break passes;
        }
        const t = performance.now();
        await mode.search(q);
        const dt = performance.now() - t;
        spent += dt;
        timings[i]!.ms.push(dt);
        if (i % 16 === 0) peak = Math.max(peak, process.memoryUsage.rss());
      }
    }
    servingPeak = Math.max(servingPeak, peak);
    log(`${mode.name}: timed ${queries.length} queries × ${job.passes} passes in ${(spent / 1000).toFixed(1)} s${partial ? ' (budget reached)' : ''}`);
    modes.push({ name: mode.name, description: mode.description, queries: timings, partial, peakRssMb: peak / MB });
    collectGarbage();
  }

  if (engine.finish) Object.assign(build.notes, await engine.finish());
  await engine.close?.();
  // Persisting last keeps its transient memory (the serialised index) out of the querying RSS figure.
  const persist = engine.persist ? await persistSafely(() => engine.persist!(job.workDir)) : null;
  if (persist) log(`${job.engine}: persisted ${(persist.bytes / MB).toFixed(1)} MB in ${(persist.ms / 1000).toFixed(1)} s${persist.error ? ` (failed: ${persist.error})` : ''}`);

  const result: EnginePhaseResult = {
    engine: job.engine,
    build: { ...build, wallMs, cpuMs: (cpuUsed.user + cpuUsed.system) / 1000, paragraphsPerSecond: build.paragraphs / (wallMs / 1000) },
    memory: { buildPeakRssMb, afterBuildRssMb: afterBuild.rss / MB, afterBuildHeapMb: afterBuild.heapUsed / MB, servingPeakRssMb: servingPeak / MB },
    persist,
    modes,
  };
  await writeFile(job.resultFile, JSON.stringify(result));
}

/** A failed persist (e.g. V8's string length limit at 1M paragraphs) is a result to report; the queries still run. */
async function persistSafely(persist: () => Promise<PersistReport>): Promise<PersistReport> {
  const started = performance.now();
  try {
    return await persist();
  } catch (err) {
    return { bytes: 0, ms: performance.now() - started, error: err instanceof Error ? err.message : String(err) };
  }
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function log(line: string): void {
  console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
