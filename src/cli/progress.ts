// Build progress on stderr: records, bytes read of the total, rate and time left. One rewritten line on a terminal,
// a plain line every few seconds otherwise (logs, CI), nothing under the test runner.
import type { BuildProgress } from '../pipeline/build-documents';

export interface ProgressReporterOptions {
  stream: Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean };
  /** Milliseconds since some fixed point (injected so the computation is testable without waiting). */
  now: () => number;
  /** Quiet when false: under the test runner unless `SIFT_PROGRESS=1`, and always with `SIFT_PROGRESS=0`. */
  enabled: boolean;
  /** Least time between two lines on a terminal and elsewhere. */
  ttyEveryMs: number;
  lineEveryMs: number;
}

export function defaultProgressReporterOptions(env: NodeJS.ProcessEnv = process.env): ProgressReporterOptions {
  return {
    stream: process.stderr,
    now: () => performance.now(),
    enabled: env.SIFT_PROGRESS === '1' || (env.SIFT_PROGRESS !== '0' && env.VITEST === undefined),
    ttyEveryMs: 200,
    lineEveryMs: 5000,
  };
}

/** What one progress line says, from the counts and the time since the build started. */
export interface ProgressFigures {
  records: number;
  paragraphs: number;
  bytesRead: number;
  totalBytes: number;
  /** Fraction of the input read, 0–1 (1 for an empty corpus). */
  fraction: number;
  recordsPerSecond: number;
  paragraphsPerSecond: number;
  bytesPerSecond: number;
  /** Seconds left at the rate so far; null until something was read, 0 once finished. */
  etaSeconds: number | null;
}

export function progressFigures(p: BuildProgress, elapsedMs: number): ProgressFigures {
  const seconds = Math.max(elapsedMs, 1) / 1000;
  const fraction = p.totalBytes > 0 ? Math.min(1, p.bytesRead / p.totalBytes) : 1;
  const bytesPerSecond = p.bytesRead / seconds;
  let etaSeconds: number | null = null;
  if (p.finished) etaSeconds = 0;
  // Extraction trails reading by a bounded window of batches, so bytes read are the build's progress.
  else if (p.bytesRead > 0) etaSeconds = Math.max(0, (p.totalBytes - p.bytesRead) / bytesPerSecond);
  return {
    records: p.extracted,
    paragraphs: p.paragraphs,
    bytesRead: p.bytesRead,
    totalBytes: p.totalBytes,
    fraction,
    recordsPerSecond: p.extracted / seconds,
    paragraphsPerSecond: p.paragraphs / seconds,
    bytesPerSecond,
    etaSeconds,
  };
}

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** `done/total unit`, in kilobytes for a corpus under a megabyte (the seeds), else megabytes. */
function amounts(done: number, total: number): string {
  if (total >= 1024 * 1024) return `${megabytes(done)}/${megabytes(total)} MB`;
  return `${Math.round(done / 1024)}/${Math.round(total / 1024)} KB`;
}

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** One line: `indexing 12,000 records (98,000 paragraphs) · 40.1/392.0 MB (10%) · 1,200 records/s, 4.0 MB/s · ETA 1m 28s`. */
export function formatProgress(p: BuildProgress, elapsedMs: number): string {
  const f = progressFigures(p, elapsedMs);
  const eta = p.finished ? `done in ${formatDuration(elapsedMs / 1000)}` : f.etaSeconds === null ? 'ETA –' : `ETA ${formatDuration(f.etaSeconds)}`;
  return (
    `${p.finished ? 'indexed' : 'indexing'} ${count.format(f.records)} records (${count.format(f.paragraphs)} paragraphs)` +
    ` · ${amounts(f.bytesRead, f.totalBytes)} (${Math.floor(f.fraction * 100)}%)` +
    ` · ${count.format(f.recordsPerSecond)} records/s, ${count.format(f.paragraphsPerSecond)} paragraphs/s, ${megabytes(f.bytesPerSecond)} MB/s · ${eta}`
  );
}

export function createProgressReporter(options: Partial<ProgressReporterOptions> = {}): (p: BuildProgress) => void {
  const o: ProgressReporterOptions = { ...defaultProgressReporterOptions(), ...options };
  if (!o.enabled) return () => {};
  const started = o.now();
  const tty = o.stream.isTTY === true;
  let lastPrinted = Number.NEGATIVE_INFINITY;
  return (p) => {
    const now = o.now();
    if (!p.finished && now - lastPrinted < (tty ? o.ttyEveryMs : o.lineEveryMs)) return;
    lastPrinted = now;
    const line = formatProgress(p, now - started);
    // \x1b[K clears what a longer previous line left at the end.
    if (tty) o.stream.write(`\r${line}\x1b[K${p.finished ? '\n' : ''}`);
    else o.stream.write(`${line}\n`);
  };
}
