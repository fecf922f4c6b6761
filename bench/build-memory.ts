// Where a build's memory goes: the real streamed build (`buildEngineFromCorpus`) of a corpus folder in this process, with
// process.memoryUsage() at 25/50/75/100% of the input read, after the index is finished and after it is serialised,
// and the peak RSS. `--stub-extraction` replaces entity/speaker/date extraction with empty facets, in this thread: it
// isolates the reading and index side (what grows with the corpus) from the extraction workers (a fixed cost per worker).
//   npx tsx --expose-gc bench/build-memory.ts <corpus folder> [--stub-extraction]
import { parseArgs } from 'node:util';
import { createExtractor } from '../src/extract';
import type { Extractor } from '../src/extract';
import { buildEngineFromCorpus } from '../src/pipeline/build-engine';
import { createEntityResolver, engineKnowledge } from '../src/pipeline/entity-resolver';

const MB = 1024 * 1024;
const NO_FACETS = { speaker: null, speaker_cue: null, actors: [], locations: [], groups: [], dates: [] };

function line(label: string): void {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const f = (n: number): string => String(Math.round(n / MB)).padStart(5);
  console.log(`${label.padEnd(44)} rss ${f(m.rss)} MB · heap ${f(m.heapUsed)} · array buffers ${f(m.arrayBuffers)} · peak rss ${f(process.resourceUsage().maxRSS * 1024)}`);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'stub-extraction': { type: 'boolean', default: false } } });
  const dir = positionals[0];
  if (!dir) throw new Error('usage: npx tsx --expose-gc bench/build-memory.ts <corpus folder> [--stub-extraction]');
  let extractor: Extractor | undefined;
  if (values['stub-extraction']) {
    const real = createExtractor();
    extractor = { ...real, extractDocument: (_meta, paragraphs) => paragraphs.map(() => ({ ...NO_FACETS })) };
  }
  line('start');
  let next = 0.25;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const built = await buildEngineFromCorpus(dir, {
    engine: engineKnowledge(createEntityResolver()),
    documents: extractor ? { extractor } : {},
    onProgress: (p) => {
      while (p.totalBytes > 0 && p.bytesRead / p.totalBytes >= next && next <= 1) {
        line(`read ${Math.round(next * 100)}% (${p.paragraphs} paragraphs extracted)`);
        next += 0.25;
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const { paragraphs } = built.engine.stats();
  line(`index finished (${paragraphs} paragraphs)`);
  const serialized = built.engine.serialize();
  let bytes = 0;
  for (const section of Object.values(serialized.sections)) bytes += section.byteLength;
  line(`serialised (${Math.round(bytes / MB)} MB of sections)`);
  console.log(`${paragraphs} paragraphs in ${seconds.toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU of this process: ${Math.round(paragraphs / seconds)} paragraphs/s`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
