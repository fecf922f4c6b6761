// HTTP load on an index the benchmark already built, without rebuilding it: the server with N workers, every request
// distinct (uncached), then the mix repeating (cached), with the RSS of every server process.
//   npx tsx bench/serve.ts --size 100k --workers 2 [--http-seconds 10] [--connections 10] [--settle-seconds 45]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchQuery } from './engines/types';
import { repoRoot } from './run-phase';
import { runServePhase } from './serve-phase';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '100k' },
      seed: { type: 'string', default: '1' },
      workers: { type: 'string', default: '2' },
      'http-seconds': { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      // wait this long after start before loading (steady state: statement grouping done)
      'settle-seconds': { type: 'string', default: '0' },
    },
  });
  const workDir = join(repoRoot, 'bench', 'results', 'work', `${values.size}-s${values.seed}`);
  const queries = JSON.parse(await readFile(join(workDir, 'queries.json'), 'utf8')) as BenchQuery[];
  const result = await runServePhase({
    corpusDir: join(workDir, 'input'),
    indexDir: join(workDir, 'sift'),
    queries,
    durationSeconds: Number(values['http-seconds']),
    connections: Number(values.connections),
    startTimeoutMs: 900_000,
    logFile: join(workDir, 'server.log'),
    workers: Number(values.workers),
    settleSeconds: Number(values['settle-seconds']),
  });
  const line = (name: string, h: typeof result.http) =>
    `${name}: ${Math.round(h.requestsPerSecond)} req/s, p50 ${h.latencyP50Ms} ms, p99 ${h.latencyP99Ms} ms, ${h.errors + h.timeouts + h.non2xx} errors`;
  console.log(`workers ${result.workers}; start ${(result.startMs / 1000).toFixed(2)} s (${result.startLine})`);
  console.log(line('distinct (uncached)', result.http));
  console.log(`server CPU per distinct search: ${result.cpuMsPerSearch.toFixed(2)} ms (all processes and threads)`);
  console.log(line('repeating (cached)', result.httpCached));
  if (result.control) console.log(line('fixed 2 KB JSON', result.control));
  console.log(`RSS after start, MB: total ${Math.round(result.rssAfterStartMb)}`);
  for (const line of result.memoryAfterStart) console.log(`after start: ${line}`);
  for (const line of result.memoryAfterLoad) console.log(`after load: ${line}`);
  console.log(`RSS after load, MB: ${result.processes.map((p) => `${p.pid}: ${Math.round(p.rssMb)} (peak ${Math.round(p.peakMb)})`).join(', ')}; total ${Math.round(result.rssAfterLoadMb)}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
