// Runs a Sift CLI entry point as a real child process (node + tsx loader, so signals reach it directly) and reads its log.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ChildRun {
  child: ChildProcess;
  /** Everything written to stderr so far. */
  log(): string;
  /**
   * Resolves with the first match of `pattern` in stderr from character `from` on (waiting for it; pass
   * `log().length` to wait for a new line), rejects if the process ends first.
   */
  waitForLog(pattern: RegExp, from?: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code (or the signal name) once the process has ended. */
  exited: Promise<number | string>;
}

export function runCli(script: string, env: Record<string, string>): ChildRun {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const waiters: Array<() => void> = [];
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr += chunk;
    for (const w of waiters.splice(0)) w();
  });
  child.stdout!.resume();
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      resolve(code ?? signal ?? 'unknown');
      for (const w of waiters.splice(0)) w();
    });
  });
  let ended = false;
  void exited.then(() => (ended = true));
  const waitForLog = (pattern: RegExp, from = 0) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(stderr.slice(from));
        if (match) return resolve(match);
        if (ended || child.exitCode !== null || child.signalCode !== null) {
          return reject(new Error(`process ended before logging ${pattern}; its log:\n${stderr}`));
        }
        waiters.push(check);
      };
      check();
    });
  return { child, log: () => stderr, waitForLog, exited };
}
