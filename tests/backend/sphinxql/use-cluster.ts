// Starts a local Sphinx cluster (shards + aggregator, temp folder, free ports) for a test file and stops it afterwards.
// Without `searchd` the tests fail under CI and are skipped, with a warning, elsewhere.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createSphinxqlBackend } from '../../../src/backend/sphinxql';
import type { SphinxqlBackend, SphinxqlBackendOptions } from '../../../src/backend/sphinxql';
import { startLocalCluster } from '../../../src/backend/sphinxql/local-cluster';
import type { LocalCluster } from '../../../src/backend/sphinxql/local-cluster';

const searchdInstalled = spawnSync('searchd', ['--help']).error === undefined;
const underCi = Boolean(process.env.CI) && process.env.CI !== 'false';

export interface ClusterContext {
  cluster: LocalCluster;
  backend: SphinxqlBackend;
}

export function describeWithCluster(
  name: string,
  body: (ctx: () => ClusterContext) => void,
  options: { shards?: number; backend?: Partial<SphinxqlBackendOptions> } = {},
): void {
  if (!searchdInstalled) {
    if (underCi) {
      describe(name, () => {
        it('needs searchd (apt-get install -y sphinxsearch)', () => {
          throw new Error('searchd is not installed: .ci/run installs sphinxsearch');
        });
      });
    } else {
      console.warn(`skipping "${name}": searchd is not installed (apt-get install -y sphinxsearch)`);
      describe.skip(name, () => body(() => ({}) as ClusterContext));
    }
    return;
  }
  describe(name, () => {
    let ctx: ClusterContext | null = null;
    beforeAll(async () => {
      const cluster = await startLocalCluster({ shards: options.shards ?? 2, agentQueryTimeoutMs: 2000 });
      try {
        const backend = await createSphinxqlBackend({ url: cluster.url, shards: cluster.shards, log: () => {}, retryMs: 200, ...options.backend });
        ctx = { cluster, backend };
      } catch (err) {
        await cluster.stop();
        throw err;
      }
    }, 60_000);
    afterAll(async () => {
      await ctx?.backend.close();
      await ctx?.cluster.stop();
    });
    body(() => {
      if (ctx === null) throw new Error('the cluster did not start');
      return ctx;
    });
  });
}
