// Runs one benchmark phase in its own Node process (clean peak-RSS figures, a crash or timeout is reported, not fatal).
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export interface PhaseOptions {
  /** Killed (SIGKILL) after this long. */
  timeoutMs: number;
  maxOldSpaceMb: number;
  /** The child's stdout and stderr go here. */
  logFile: string;
  /** Extra Node flags (e.g. `--cpu-prof`). */
  nodeFlags?: string[];
}

export type PhaseOutcome<T> = { ok: true; result: T; wallMs: number } | { ok: false; error: string; wallMs: number };

/** `script` (relative to the repo root) is run as `node --import tsx script jobFile`; it writes its result JSON to `job.resultFile`. */
export async function runPhase<T>(script: string, job: { resultFile: string } & Record<string, unknown>, options: PhaseOptions): Promise<PhaseOutcome<T>> {
  const jobFile = job.resultFile.replace(/\.json$/, '.job.json');
  await writeFile(jobFile, JSON.stringify(job, null, 2));
  await rm(job.resultFile, { force: true });
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  const args = [`--max-old-space-size=${options.maxOldSpaceMb}`, '--expose-gc', ...(options.nodeFlags ?? []), '--import', 'tsx', script, jobFile];
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs);
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('error', () => resolve({ code: -1, signal: null }));
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  clearTimeout(timer);
  await new Promise<void>((resolve) => log.end(() => resolve()));
  const wallMs = performance.now() - started;
  if (timedOut) return { ok: false, error: `timed out after ${Math.round(options.timeoutMs / 1000)} s (log: ${options.logFile})`, wallMs };
  if (exit.code !== 0) {
    const tail = await readTail(options.logFile, 600);
    return { ok: false, error: `exited with ${exit.signal ?? `code ${exit.code}`}: ${tail}`, wallMs };
  }
  try {
    return { ok: true, result: JSON.parse(await readFile(job.resultFile, 'utf8')) as T, wallMs };
  } catch {
    return { ok: false, error: `finished without writing ${job.resultFile}`, wallMs };
  }
}

async function readTail(file: string, chars: number): Promise<string> {
  try {
    const text = (await readFile(file, 'utf8')).trim();
    return text.slice(-chars).replace(/\s+/g, ' ');
  } catch {
    return '(no log)';
  }
}
