// Ingest at scale: generates one large JSON Lines export (generate-corpus.ts records) and indexes it with the real
// `npm run index` in a child process, sampling the child's RSS every second, to show what memory does as the input grows.
//   npm run bench:ingest -- --mb 1024 [--seed 1] [--fresh]
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus';
import { describeMachine } from './machine';
import { repoRoot } from './run-phase';

/** Bytes of JSON Lines per generated paragraph (measured: 37.9 MB for 100,000 paragraphs). */
const BYTES_PER_PARAGRAPH = 397;
const MB = 1024 * 1024;

interface Sample {
  seconds: number;
  rssMb: number;
  /** Fraction of the input read, from the build's last progress line. */
  read: number;
  cpuSeconds: number;
}

interface IngestReport {
  machine: ReturnType<typeof describeMachine>;
  date: string;
  inputMb: number;
  paragraphs: number;
  documents: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  /** RSS when the build had read 25, 50, 75 and 100% of the input. */
  rssAtReadMb: Record<'25' | '50' | '75' | '100', number>;
  indexMb: number;
  exitCode: number | null;
  samples: Sample[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { mb: { type: 'string', default: '1024' }, seed: { type: 'string', default: '1' }, fresh: { type: 'boolean', default: false } },
  });
  const mb = Number(values.mb);
  if (!(mb > 0)) throw new Error(`--mb must be a positive number of megabytes, got ${values.mb}`);
  const workDir = join(repoRoot, 'bench', 'results', 'work', `ingest-${mb}mb-s${values.seed}`);
  const input = join(workDir, 'input');
  const generated = await ensureCorpus(workDir, input, mb, Number(values.seed), values.fresh);
  const indexDir = join(workDir, 'index');
  await rm(indexDir, { recursive: true, force: true });
  const run = await indexWithSampling(input, indexDir);
  const index = await stat(join(indexDir, 'sift-index.bin')).then((s) => s.size / MB, () => 0);
  const report: IngestReport = {
    machine: describeMachine(),
    date: new Date().toISOString().slice(0, 10),
    inputMb: generated.bytes / MB,
    paragraphs: generated.paragraphs,
    documents: generated.documents,
    ...run,
    indexMb: index,
  };
  const out = join(repoRoot, 'bench', 'results', `ingest-${mb}mb.json`);
  await writeFile(out, JSON.stringify(report, null, 1));
  printReport(report);
  console.log(`samples: ${out}`);
  if (run.exitCode !== 0) process.exit(1);
}

interface Generated {
  bytes: number;
  paragraphs: number;
  documents: number;
}

/** One .jsonl of about `mb` megabytes, reused while its manifest says the same size and seed. */
async function ensureCorpus(workDir: string, input: string, mb: number, seed: number, fresh: boolean): Promise<Generated> {
  const manifest = join(workDir, 'manifest.json');
  if (!fresh) {
    const known = await readFile(manifest, 'utf8').then((t) => JSON.parse(t) as Generated & { mb: number; seed: number }, () => null);
    if (known && known.mb === mb && known.seed === seed) return known;
  }
  await mkdir(input, { recursive: true });
  const paragraphs = Math.round((mb * MB) / BYTES_PER_PARAGRAPH);
  console.error(`generating ${paragraphs.toLocaleString('en-US')} paragraphs (~${mb} MB) into ${input}`);
  const g = await generateCorpus({ paragraphs, seed, outDir: input, docsPerFile: Number.MAX_SAFE_INTEGER });
  const bytes = (await stat(join(input, g.files[0]!))).size;
  const result: Generated = { bytes, paragraphs, documents: g.documents };
  await writeFile(manifest, JSON.stringify({ ...result, mb, seed }));
  return result;
}

/** Runs the real index command, echoing its progress, and samples its RSS and CPU time every second. */
async function indexWithSampling(corpusDir: string, indexDir: string): Promise<Omit<IngestReport, 'machine' | 'date' | 'inputMb' | 'paragraphs' | 'documents' | 'indexMb'>> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index-corpus.ts'], {
    cwd: repoRoot,
    env: { ...process.env, CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, SIFT_PROGRESS: '1' },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  const started = performance.now();
  const samples: Sample[] = [];
  let read = 0;
  let cpuSeconds = 0;
  child.stderr.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    // "indexing … · 40.1/392.0 MB (10%) · …": the bytes read of the total.
    for (const m of chunk.toString('utf8').matchAll(/ ([\d.]+)\/([\d.]+) MB \(/g)) read = Number(m[1]) / Math.max(Number(m[2]), 1e-9);
  });
  const sample = async (): Promise<void> => {
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
    const rss = /VmRSS:\s+(\d+) kB/.exec(status);
    if (!rss) return;
    cpuSeconds = await cpuOf(child.pid!);
    samples.push({ seconds: (performance.now() - started) / 1000, rssMb: Number(rss[1]) / 1024, read, cpuSeconds });
  };
  const timer = setInterval(() => void sample(), 1000);
  const exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  clearInterval(timer);
  const at = (fraction: number): number => {
    const first = samples.findIndex((s) => s.read >= fraction - 1e-6);
    return first < 0 ? 0 : Math.max(...samples.slice(0, first + 1).map((s) => s.rssMb));
  };
  return {
    wallSeconds: (performance.now() - started) / 1000,
    cpuSeconds,
    peakRssMb: Math.max(0, ...samples.map((s) => s.rssMb)),
    rssAtReadMb: { '25': at(0.25), '50': at(0.5), '75': at(0.75), '100': at(1) },
    exitCode,
    samples,
  };
}

/** User + system CPU seconds of a process (its worker threads included), from /proc. */
async function cpuOf(pid: number): Promise<number> {
  const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // After the command: state is field 3, utime 14 and stime 15 (1-based over the whole line).
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / 100;
}

function printReport(r: IngestReport): void {
  const mb = (n: number): string => Math.round(n).toLocaleString('en-US');
  console.log(`\n${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGb} GB, Node ${r.machine.node}; ${r.date}`);
  console.log(
    `input: one .jsonl of ${mb(r.inputMb)} MB, ${r.documents.toLocaleString('en-US')} records, ${r.paragraphs.toLocaleString('en-US')} paragraphs; ` +
      `built in ${r.wallSeconds.toFixed(0)} s wall, ${r.cpuSeconds.toFixed(0)} s CPU (${Math.round(r.paragraphs / r.wallSeconds).toLocaleString('en-US')} paragraphs/s); index ${mb(r.indexMb)} MB`,
  );
  console.log('| input read | 25% | 50% | 75% | 100% | peak |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const q = r.rssAtReadMb;
  console.log(`| RSS, MB | ${mb(q['25'])} | ${mb(q['50'])} | ${mb(q['75'])} | ${mb(q['100'])} | ${mb(r.peakRssMb)} |`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
