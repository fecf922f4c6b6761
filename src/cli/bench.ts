// `npm run bench`: generates the corpus for a size, times Sift against plain MiniSearch and FlexSearch, writes JSON (and the README table).
import { BENCH_USAGE, parseBenchArgs, runBenchmark } from '../../bench/run';
import type { BenchOptions } from '../../bench/run';

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`sift bench: ${err instanceof Error ? err.message : String(err)}\n${BENCH_USAGE}`);
    process.exit(2);
  }
  const { markdown, outFile } = await runBenchmark(options);
  console.log(markdown);
  console.error(`results: ${outFile}`);
}

main().catch((err: unknown) => {
  console.error(`sift bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
