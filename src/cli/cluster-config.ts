// `npm run cluster:config`: prints searchd configuration for Sift's schema (a shard, or an aggregator over shards' native API ports).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { aggregatorConfig, shardConfig } from '../backend/sphinxql/config';

const USAGE = `usage: npm run cluster:config -- --role shard|aggregator [--host 127.0.0.1] [--sql-port 9306] [--api-port 9312]
                                  [--data DIR] [--agents host:apiport[|mirror:apiport],…] [--agent-timeout-ms 3000]
  shard:       a real-time paragraph index, its dictionary and snippet settings
  aggregator:  distributed indexes whose agents are the shards' native API ports (a|b lists mirrors, i.e. replicas)`;

function main(): void {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      'sql-port': { type: 'string', default: '9306' },
      'api-port': { type: 'string', default: '9312' },
      data: { type: 'string', default: 'sphinx-data' },
      agents: { type: 'string', default: '' },
      'agent-timeout-ms': { type: 'string', default: '3000' },
    },
  });
  const port = (name: 'sql-port' | 'api-port'): number => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`--${name} must be a port number, got ${JSON.stringify(values[name])}`);
    return n;
  };
  const node = { host: values.host!, sqlPort: port('sql-port'), apiPort: port('api-port'), dataDir: resolve(values.data!) };
  if (values.role === 'shard') {
    process.stdout.write(shardConfig(node));
    return;
  }
  if (values.role === 'aggregator') {
    const agents = values.agents!.split(',').map((a) => a.trim()).filter(Boolean);
    if (agents.length === 0) throw new Error('--agents is required for an aggregator (the shards’ native API host:port)');
    const timeout = Number(values['agent-timeout-ms']);
    process.stdout.write(aggregatorConfig({ node, agents, agentConnectTimeoutMs: Math.min(1000, timeout), agentQueryTimeoutMs: timeout }));
    return;
  }
  throw new Error('--role must be shard or aggregator');
}

try {
  main();
} catch (err) {
  console.error(`sift cluster:config: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
  process.exit(2);
}
