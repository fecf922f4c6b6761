// `npm run cluster:local -- --shards N`: N local searchd shards and an aggregator in a temporary folder, until interrupted.
import { parseArgs } from 'node:util';
import { startLocalCluster } from '../backend/sphinxql/local-cluster';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { shards: { type: 'string', default: '2' }, searchd: { type: 'string' } } });
  const shards = Number(values.shards);
  if (!Number.isInteger(shards) || shards < 1 || shards > 64) throw new Error(`--shards must be an integer from 1 to 64, got ${JSON.stringify(values.shards)}`);
  const cluster = await startLocalCluster({ shards, searchdPath: values.searchd });
  console.error(`sift cluster:local: ${shards} shard${shards === 1 ? '' : 's'} and an aggregator in ${cluster.dir}; Ctrl-C stops them and removes the folder`);
  console.log(cluster.envLine);
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    cluster.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`sift cluster:local: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  const hint = /ENOENT/.test(message) ? ' (is searchd installed? apt-get install -y sphinxsearch)' : '';
  console.error(`sift cluster:local: ${message}${hint}`);
  process.exit(1);
});
