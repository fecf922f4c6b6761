// Where an uncached query's time goes: loads a built index, answers the query mix with the result cache off in a child
// process run under `--cpu-prof`, and prints the profile's top entries (self and inclusive):
//   npx tsx bench/profile-queries.ts bench/results/work/100k-s1 [passes]
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summariseProfileDir } from './summarise-profile';
import { createEntityResolver, engineKnowledge } from '../src/pipeline/entity-resolver';
import { readIndexFile } from '../src/pipeline/index-store';
import { loadSearchEngine } from '../src/search/engine';
import type { BenchQuery } from './engines/types';
import { toSearchParams } from './engines/sift';

/** The timed part, in the profiled child. */
async function answerMix(workDir: string, passes: number): Promise<void> {
  const { payload } = await readIndexFile(join(workDir, 'sift'));
  const engine = loadSearchEngine(payload, { ...engineKnowledge(createEntityResolver()), cacheSize: 0 });
  const queries = JSON.parse(await readFile(join(workDir, 'queries.json'), 'utf8')) as BenchQuery[];
  const times: number[] = [];
  const byCategory = new Map<string, number>();
  const perCategory = new Map<string, number>();
  const cpu = process.cpuUsage();
  for (let pass = 0; pass < passes; pass++) {
    for (const q of queries) {
      // A different page size each pass, as distinct requests would have (the cache is off anyway).
      const params = { ...toSearchParams(q), limit: 15 + pass };
      const t = performance.now();
      engine.search(params);
      const ms = performance.now() - t;
      times.push(ms);
      byCategory.set(q.category, (byCategory.get(q.category) ?? 0) + ms);
      perCategory.set(q.category, (perCategory.get(q.category) ?? 0) + 1);
    }
  }
  const used = process.cpuUsage(cpu);
  const total = times.reduce((a, b) => a + b, 0);
  // CPU time moves less than wall time on a shared machine: it is the figure to compare runs by.
  console.log(`CPU time of the searches: ${Math.round((used.user + used.system) / 1000)} ms (${((used.user + used.system) / 1000 / times.length).toFixed(2)} ms per search)`);
  const shares = [...byCategory].sort((a, b) => b[1] - a[1]).map(([c, ms]) => `${c} ${Math.round((100 * ms) / total)}%`);
  console.log(`time by category: ${shares.join(', ')}`);
  const means = [...byCategory].map(([c, ms]) => `${c} ${(ms / perCategory.get(c)!).toFixed(2)}`);
  console.log(`mean ms per search by category: ${means.join(', ')}`);
  times.sort((a, b) => a - b);
  const at = (p: number): string => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
  console.log(`${times.length} searches: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, total ${times.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
}

async function main(): Promise<void> {
  const [workDir, passesArg] = process.argv.slice(2);
  if (workDir === undefined) throw new Error('usage: bench/profile-queries.ts <work dir with sift/ and queries.json> [passes]');
  const passes = Number(passesArg ?? 5);
  if (process.env.SIFT_PROFILE_CHILD === '1') return answerMix(workDir, passes);
  const dir = join(workDir, 'profile');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const args = ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', fileURLToPath(import.meta.url), workDir, String(passes)];
  const child = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, SIFT_PROFILE_CHILD: '1' } });
  if (child.status !== 0) throw new Error(`the profiled run failed (${child.status ?? child.signal})`);
  const summary = await summariseProfileDir(dir, 15);
  if (summary === null) throw new Error(`no profile written in ${dir}`);
  console.log(`profile ${summary.file}: ${summary.totalMs} ms sampled`);
  console.log('| self ms | share | function |\n| ---: | ---: | --- |');
  for (const e of summary.self) console.log(`| ${e.ms} | ${e.share}% | \`${e.name}\` |`);
  console.log('\n| inclusive ms | share | function |\n| ---: | ---: | --- |');
  for (const e of summary.inclusive) console.log(`| ${e.ms} | ${e.share}% | \`${e.name}\` |`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
