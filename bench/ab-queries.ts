// CPU time of uncached answers, two checkouts side by side: both engines load the same built index in one process and
// answer each request of the mix alternately, so a shared machine's load falls on both alike (separate runs moved ±10%);
// every pair of answers is compared (JSON, `took_ms` aside) and the requests whose answers differ are named:
//   npx tsx bench/ab-queries.ts bench/results/work/100k-s1 <other checkout> [passes]
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BenchQuery } from './engines/types';
import { toSearchParams } from './engines/sift';

interface Engine {
  search(params: unknown): unknown;
}

/** The engine of the checkout at `root`, over the index in `workDir` (result cache off: every answer uncached). */
async function loadEngine(root: string, workDir: string): Promise<Engine> {
  const knowledge = await import(join(root, 'src/pipeline/entity-resolver.ts'));
  const store = await import(join(root, 'src/pipeline/index-store.ts'));
  const engine = await import(join(root, 'src/search/engine.ts'));
  const { payload } = await store.readIndexFile(join(workDir, 'sift'));
  return engine.loadSearchEngine(payload, { ...knowledge.engineKnowledge(knowledge.createEntityResolver()), cacheSize: 0 });
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function main(): Promise<void> {
  const [workDir, other, passesArg] = process.argv.slice(2);
  if (workDir === undefined || other === undefined) throw new Error('usage: bench/ab-queries.ts <work dir with sift/ and queries.json> <other checkout> [passes]');
  const passes = Number(passesArg ?? 5);
  const engines = { other: await loadEngine(resolve(other), workDir), this: await loadEngine(process.cwd(), workDir) };
  const queries = JSON.parse(await readFile(join(workDir, 'queries.json'), 'utf8')) as BenchQuery[];
  const spent = { other: new Map<string, number>(), this: new Map<string, number>() };
  const asked = new Map<string, number>();
  const differing: string[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const [i, q] of queries.entries()) {
      const params = { ...toSearchParams(q), limit: 15 + pass };
      // Which goes first alternates, so neither always meets the other's garbage.
      const order = (pass + i) % 2 === 0 ? (['other', 'this'] as const) : (['this', 'other'] as const);
      const answers: Partial<Record<'other' | 'this', string>> = {};
      for (const name of order) {
        const t = cpuMs();
        const answer = engines[name].search(params);
        spent[name].set(q.category, (spent[name].get(q.category) ?? 0) + cpuMs() - t);
        answers[name] = JSON.stringify({ ...(answer as object), took_ms: 0 });
      }
      if (answers.other !== answers.this) differing.push(`${q.id} (limit ${params.limit})`);
      asked.set(q.category, (asked.get(q.category) ?? 0) + 1);
    }
  }
  for (const name of ['other', 'this'] as const) {
    const total = [...spent[name].values()].reduce((a, b) => a + b, 0) / (passes * queries.length);
    const byCategory = [...spent[name]].map(([c, ms]) => `${c} ${(ms / asked.get(c)!).toFixed(2)}`).join(', ');
    console.log(`${name}: ${total.toFixed(2)} CPU ms per search; ${byCategory}`);
  }
  const compared = passes * queries.length;
  console.log(differing.length === 0 ? `answers: all ${compared} identical` : `answers: ${differing.length} of ${compared} differ: ${differing.slice(0, 10).join(', ')}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
