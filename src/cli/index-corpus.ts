// `npm run index`: builds the index of CORPUS_DIR into INDEX_DIR, nothing else.
import { prepareIndex } from '../pipeline/prepare-index';
import { indexCorpusWithCluster } from '../backend/sphinxql/serve';
import { readConfig } from './config';
import { createProgressReporter } from './progress';

async function main(): Promise<void> {
  const config = readConfig();
  if (config.backend === 'sphinxql') {
    const result = await indexCorpusWithCluster({ ...config, log: (line) => console.error(line), onExtractProgress: createProgressReporter() });
    if (result.pending > 0) process.exit(3);
    return;
  }
  const started = performance.now();
  const { header, skipped } = await prepareIndex({
    corpusDir: config.corpusDir,
    indexDir: config.indexDir,
    force: true,
    onProgress: createProgressReporter(),
    log: (line) => console.error(line),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `indexed ${header.documents} documents, ${header.paragraphs} paragraphs; skipped ${skipped.length} files; ${seconds} s → ${config.indexDir}`,
  );
}

main().catch((err: unknown) => {
  console.error(`sift index: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
