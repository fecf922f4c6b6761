// CPU per uncached HTTP search: a server process (the app a worker serves, on a built index) answers a fixed list of
// distinct `/api/search` requests from several connections; its own CPU time over the list, divided by the requests,
// is the figure that a shared machine's load moves least. Optionally profiles exactly that part, and dumps the
// answers (took_ms left out) to compare two checkouts byte for byte:
//   npx tsx bench/serve-cpu.ts bench/results/work/100k-s1 [--passes 4] [--connections 10] [--profile] [--dump FILE] [--compare FILE]
// `--root <checkout>` serves another checkout's src/ (same harness); `--against <checkout>` serves both, this one and
// that one, answering the list in alternating chunks (before/after on a shared machine) and compares their answers.
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchQuery } from './engines/types';
import { PAGE_SIZE } from './engines/types';
import { repoRoot } from './run-phase';
import { toApiPath } from './serve-phase';
import { summariseProfile } from './summarise-profile';

type ToChild = { kind: 'cpu' } | { kind: 'profile-start' } | { kind: 'profile-stop'; file: string } | { kind: 'exit' };
/** A server's CPU so far (all, kernel) and its memory now and at its peak, MB. */
interface ChildUsage {
  ms: number;
  systemMs: number;
  rssMb: number;
  peakRssMb: number;
  heapMb: number;
  buffersMb: number;
}
type FromChild = { kind: 'ready'; url: string } | ({ kind: 'cpu' } & ChildUsage) | { kind: 'profiled' };

/** The server side: the index loaded as a worker loads it, the app start.ts mounts, an inspector session for profiles. */
async function serveChild(workDir: string, root: string): Promise<void> {
  const from = (module: string) => join(root, 'src', module);
  const { createEntityLocator, createEntityResolver, engineKnowledge } = (await import(from('pipeline/entity-resolver.ts'))) as typeof import('../src/pipeline/entity-resolver');
  const { readIndexFile } = (await import(from('pipeline/index-store.ts'))) as typeof import('../src/pipeline/index-store');
  const { loadSearchEngine } = (await import(from('search/engine.ts'))) as typeof import('../src/search/engine');
  const { createEmbeddedBackend } = (await import(from('backend/embedded/index.ts'))) as typeof import('../src/backend/embedded');
  const { createApp } = (await import(from('server/app.ts'))) as typeof import('../src/server/app');
  const { startServer } = (await import(from('server/main.ts'))) as typeof import('../src/server/main');
  const resolver = createEntityResolver();
  const { payload } = await readIndexFile(join(workDir, 'sift'));
  const engine = loadSearchEngine(payload, engineKnowledge(resolver));
  const app = createApp(createEmbeddedBackend(() => engine), { locateEntities: createEntityLocator(resolver) });
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  const session = new Session();
  session.connect();
  const send = (m: FromChild) => process.send!(m);
  process.on('message', async (m: ToChild) => {
    if (m.kind === 'cpu') {
      const u = process.cpuUsage();
      const m = process.memoryUsage();
      const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
      send({
        kind: 'cpu',
        ms: (u.user + u.system) / 1000,
        systemMs: u.system / 1000,
        rssMb: mb(m.rss),
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        heapMb: mb(m.heapUsed),
        buffersMb: mb(m.arrayBuffers),
      });
    } else if (m.kind === 'profile-start') {
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
      send({ kind: 'profiled' });
    } else if (m.kind === 'profile-stop') {
      const { profile } = await session.post('Profiler.stop');
      await writeFile(m.file, JSON.stringify(profile));
      send({ kind: 'profiled' });
    } else {
      await server.close();
      process.exit(0);
    }
  });
  // a parent that dies (a closed pipe, Ctrl-C) must not leave this server running
  process.on('disconnect', () => process.exit(0));
  send({ kind: 'ready', url: server.url });
}

function ask(child: ChildProcess, message: ToChild, reply: FromChild['kind']): Promise<FromChild> {
  return new Promise((resolve) => {
    const on = (m: FromChild) => {
      if (m.kind !== reply) return;
      child.off('message', on);
      resolve(m);
    };
    child.on('message', on);
    child.send(message);
  });
}

async function cpuOf(child: ChildProcess): Promise<number> {
  return (await cpuTimes(child)).ms;
}

/** The child's CPU time so far, all and in the kernel (sockets), ms, and its memory. */
async function cpuTimes(child: ChildProcess): Promise<ChildUsage> {
  return (await ask(child, { kind: 'cpu' }, 'cpu')) as ChildUsage & { kind: 'cpu' };
}

/** Answers every path from `connections` concurrent keep-alive clients; the bodies, in path order. */
async function load(base: string, paths: string[], connections: number): Promise<string[]> {
  const bodies = new Array<string>(paths.length);
  let next = 0;
  const client = async (): Promise<void> => {
    while (next < paths.length) {
      const i = next++;
      const res = await fetch(base + paths[i]!);
      bodies[i] = await res.text();
      if (!res.ok) throw new Error(`GET ${paths[i]} answered ${res.status}: ${bodies[i]!.slice(0, 300)}`);
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  return bodies;
}

/** Waits until the server is idle (the start-up statement grouping runs in paced slices after the first search). */
async function settle(child: ChildProcess): Promise<void> {
  for (let i = 0; i < 180; i++) {
    const before = await cpuOf(child);
    await new Promise((r) => setTimeout(r, 1000));
    if ((await cpuOf(child)) - before < 20) return;
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      child: { type: 'boolean', default: false },
      root: { type: 'string', default: repoRoot },
      against: { type: 'string' },
      passes: { type: 'string', default: '4' },
      connections: { type: 'string', default: '10' },
      profile: { type: 'boolean', default: false },
      top: { type: 'string', default: '25' },
      dump: { type: 'string' },
      compare: { type: 'string' },
    },
  });
  const workDir = positionals[0];
  if (workDir === undefined) throw new Error('usage: bench/serve-cpu.ts <work dir with sift/ and queries.json> [--passes N] [--profile] [--dump F] [--compare F]');
  if (values.child) return serveChild(resolve(workDir), resolve(values.root));
  const queries = JSON.parse(await readFile(join(workDir, 'queries.json'), 'utf8')) as BenchQuery[];
  const passes = Number(values.passes);
  const connections = Number(values.connections);
  // Every path distinct, and distinct from the warm-up's: page sizes around PAGE_SIZE, one per pass.
  const timed = Array.from({ length: passes }, (_, p) => queries.map((q) => toApiPath(q, PAGE_SIZE - 9 + p))).flat();
  const warm = queries.map((q) => toApiPath(q, PAGE_SIZE + 20));
  const roots = values.against === undefined ? [values.root] : [values.against, values.root];
  const servers = await Promise.all(roots.map((root) => startChild(workDir, root)));
  try {
    for (const s of servers) await load(s.url, warm.slice(0, 1), 1);
    for (const s of servers) await settle(s.child);
    for (const s of servers) await load(s.url, warm, connections);
    const profileFile = join(workDir, 'serve-cpu.cpuprofile');
    const profiled = servers[servers.length - 1]!;
    if (values.profile) await ask(profiled.child, { kind: 'profile-start' }, 'profiled');
    const before = await Promise.all(servers.map((s) => cpuTimes(s.child)));
    const bodies = servers.map(() => new Array<string>());
    // Two servers answer the list a chunk at a time in turn, so a shared machine's load falls on both alike.
    const chunk = 66;
    for (let at = 0; at < timed.length; at += chunk) {
      const order = servers.map((_, i) => i);
      if ((at / chunk) % 2 === 1) order.reverse();
      for (const i of order) bodies[i]!.push(...(await load(servers[i]!.url, timed.slice(at, at + chunk), connections)));
    }
    const after = await Promise.all(servers.map((s) => cpuTimes(s.child)));
    servers.forEach((s, i) => {
      const cpu = after[i]!.ms - before[i]!.ms;
      const system = after[i]!.systemMs - before[i]!.systemMs;
      const per = (ms: number) => (ms / timed.length).toFixed(3);
      const m = after[i]!;
      console.log(`${s.root}: ${timed.length} distinct searches, ${connections} connections: server CPU ${cpu.toFixed(0)} ms = ${per(cpu)} ms per search (${per(system)} of it in the kernel)`);
      console.log(`  memory after: RSS ${m.rssMb} MB (peak ${m.peakRssMb}), JS heap used ${m.heapMb} MB, array buffers ${m.buffersMb} MB`);
    });
    if (values.profile) {
      await ask(profiled.child, { kind: 'profile-stop', file: profileFile }, 'profiled');
      const summary = summariseProfile(withoutHarness(JSON.parse(await readFile(profileFile, 'utf8'))), Number(values.top));
      console.log(`profile ${profileFile}: ${summary.totalMs} ms sampled\n| self ms | share | function |\n| ---: | ---: | --- |`);
      for (const e of summary.self) console.log(`| ${e.ms} | ${e.share}% | \`${e.name}\` |`);
      console.log('\n| inclusive ms | share | function |\n| ---: | ---: | --- |');
      for (const e of summary.inclusive) console.log(`| ${e.ms} | ${e.share}% | \`${e.name}\` |`);
    }
    const answers = bodies.map((list) => list.map((b) => b.replace(/"took_ms":[-+0-9.e]+,/, '')));
    const mine = answers[answers.length - 1]!;
    if (values.dump) await writeFile(values.dump, mine.join('\n') + '\n');
    if (values.compare) compareAnswers(mine, (await readFile(values.compare, 'utf8')).split('\n').slice(0, -1), timed);
    if (servers.length === 2) compareAnswers(mine, answers[0]!, timed);
  } finally {
    for (const s of servers) s.child.send({ kind: 'exit' });
  }
}

async function startChild(workDir: string, root: string): Promise<{ root: string; child: ChildProcess; url: string }> {
  const child = fork(fileURLToPath(import.meta.url), [workDir, '--child', '--root', root], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const ready = (await new Promise((resolve) => child.once('message', resolve))) as { url: string };
  return { root, child, url: ready.url };
}

type Profile = Parameters<typeof summariseProfile>[0];

/** The profile without idle samples and those of this harness's own messages (stopping the profiler, reading CPU time). */
function withoutHarness(profile: Profile): Profile {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const harness = (id: number): boolean => {
    if (byId.get(id)!.callFrame.functionName === '(idle)') return true;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) if (byId.get(cur)!.callFrame.url.endsWith('bench/serve-cpu.ts')) return true;
    return false;
  };
  const keep = profile.samples.map((id) => !harness(id));
  return { ...profile, samples: profile.samples.filter((_, i) => keep[i]), timeDeltas: profile.timeDeltas.filter((_, i) => keep[i]) };
}

function compareAnswers(answers: string[], expected: string[], paths: string[]): void {
  if (expected.length !== answers.length) throw new Error(`the dump has ${expected.length} answers, this run ${answers.length}`);
  const differing = answers.flatMap((a, i) => (a === expected[i] ? [] : [i]));
  if (differing.length === 0) return console.log(`all ${answers.length} answers byte-identical`);
  console.log(`${differing.length} answers differ, first: ${paths[differing[0]!]}`);
  process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
