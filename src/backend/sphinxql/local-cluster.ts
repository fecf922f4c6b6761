// Starts N shard searchd processes and an aggregator on free loopback ports in a temporary folder (tests, bench, `npm run cluster:local`).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregatorConfig, shardConfig } from './config';
import type { SearchdNode } from './config';
import { openConnection } from './connection';

export interface LocalCluster {
  /** SphinxQL address of the aggregator (`host:port`): SPHINXQL_URL. */
  url: string;
  /** SphinxQL addresses of the shards: SPHINXQL_SHARDS. */
  shards: string[];
  /** Process ids: shards in order, then the aggregator (for RSS figures). */
  pids: number[];
  dir: string;
  /** The environment line `npm run cluster:local` prints. */
  envLine: string;
  /** Stops one shard (SIGKILL), as a crash would: for fault tests. */
  killShard(index: number): Promise<void>;
  /** Starts a stopped shard again on its ports and data (it replays its binary log). */
  restartShard(index: number): Promise<void>;
  stop(): Promise<void>;
}

export interface LocalClusterOptions {
  shards: number;
  /** Where the temporary folder goes (default: the OS temp folder). */
  parentDir?: string;
  searchdPath?: string;
  agentQueryTimeoutMs?: number;
}

const HOST = '127.0.0.1';

/** A port the OS says is free right now (a race with other processes is possible and reported by searchd). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function nodeIn(dir: string, name: string): Promise<SearchdNode> {
  const dataDir = join(dir, name);
  await mkdir(join(dataDir, 'binlog'), { recursive: true });
  return { host: HOST, sqlPort: await freePort(), apiPort: await freePort(), dataDir };
}

interface Running {
  child: ChildProcess;
  exited: Promise<void>;
  output: string[];
}

function startSearchd(searchd: string, configFile: string): Running {
  const child = spawn(searchd, ['--nodetach', '-c', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const keep = (chunk: Buffer): void => {
    output.push(chunk.toString('utf8'));
    if (output.length > 50) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((done) => {
    child.once('exit', () => done());
    child.once('error', (err) => {
      output.push(err.message);
      done();
    });
  });
  return { child, exited, output };
}

/** Waits until the SphinxQL port answers `SHOW STATUS`; fails with the process output when it exits or times out. */
async function waitForSql(address: string, running: Running, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void running.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`searchd for ${address} exited: ${running.output.join('').trim().slice(-800)}`);
    try {
      const conn = await openConnection(address, 1000);
      await conn.query('SHOW STATUS');
      await conn.end();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`searchd for ${address} did not answer within ${timeoutMs} ms: ${running.output.join('').trim().slice(-800)}`);
}

async function stopProcess(running: Running): Promise<void> {
  if (running.child.exitCode !== null || running.child.signalCode !== null) return;
  running.child.kill('SIGTERM');
  const timer = setTimeout(() => running.child.kill('SIGKILL'), 5000);
  await running.exited;
  clearTimeout(timer);
}

/** Starts the cluster; on any failure stops what was started and removes the folder before rethrowing. */
export async function startLocalCluster(options: LocalClusterOptions): Promise<LocalCluster> {
  const searchd = options.searchdPath ?? 'searchd';
  const dir = await mkdtemp(join(options.parentDir ?? tmpdir(), 'sift-sphinx-'));
  const running: Running[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(running.map(stopProcess));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const shardFiles: string[] = [];
    const shardNodes: SearchdNode[] = [];
    for (let i = 0; i < options.shards; i++) shardNodes.push(await nodeIn(dir, `shard${i}`));
    const aggregator = await nodeIn(dir, 'aggregator');
    const starts: Promise<void>[] = [];
    for (const [i, node] of shardNodes.entries()) {
      const file = join(dir, `shard${i}.conf`);
      await writeFile(file, shardConfig(node));
      shardFiles.push(file);
      const r = startSearchd(searchd, file);
      running.push(r);
      starts.push(waitForSql(`${HOST}:${node.sqlPort}`, r, 20_000));
    }
    const aggFile = join(dir, 'aggregator.conf');
    await writeFile(
      aggFile,
      aggregatorConfig({
        node: aggregator,
        agents: shardNodes.map((n) => `${HOST}:${n.apiPort}`),
        agentConnectTimeoutMs: 500,
        agentQueryTimeoutMs: options.agentQueryTimeoutMs ?? 3000,
      }),
    );
    const agg = startSearchd(searchd, aggFile);
    running.push(agg);
    starts.push(waitForSql(`${HOST}:${aggregator.sqlPort}`, agg, 20_000));
    await Promise.all(starts);
    const url = `${HOST}:${aggregator.sqlPort}`;
    const shards = shardNodes.map((n) => `${HOST}:${n.sqlPort}`);
    return {
      url,
      shards,
      pids: running.map((r) => r.child.pid ?? 0),
      dir,
      envLine: `SEARCH_BACKEND=sphinxql SPHINXQL_URL=${url} SPHINXQL_SHARDS=${shards.join(',')}`,
      killShard: async (index) => {
        const r = running[index];
        if (r === undefined) throw new Error(`no shard ${index}`);
        r.child.kill('SIGKILL');
        await r.exited;
      },
      restartShard: async (index) => {
        const file = shardFiles[index];
        if (file === undefined) throw new Error(`no shard ${index}`);
        await stopProcess(running[index]!);
        const r = startSearchd(searchd, file);
        running[index] = r;
        await waitForSql(shards[index]!, r, 20_000);
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
