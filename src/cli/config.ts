// Environment → validated runtime configuration (see API.md "Environment").
import { resolve } from 'node:path';

export interface SiftConfig {
  corpusDir: string;
  indexDir: string;
  port: number;
  host: string;
  /** Which SearchBackend serves (src/backend): the in-process engine or a SphinxQL cluster. */
  backend: BackendKind;
  /** SIFT_DRAIN_SECONDS: how long SIGTERM waits for in-flight requests before answering them 503. */
  drainMs: number;
  /** SIFT_WORKERS: servers answering on the port (1: the process itself serves). */
  workers: number;
  /**
   * SIFT_WORKER_MODE, with SIFT_WORKERS > 1: `threads` (one process, the index in memory once, shared by the threads)
   * or `processes` (node:cluster workers, each holding its own copy). The sphinxql backend holds no index: processes.
   */
  workerMode: WorkerMode;
  /** SIFT_TOKEN: the access token every request must carry (required when HOST is not loopback). */
  token: string | null;
  /** SIFT_ALLOW_OPEN=1: serve off loopback without a token, on purpose. */
  allowOpen: boolean;
}

export const BACKEND_KINDS = ['embedded', 'sphinxql'] as const;
export const WORKER_MODES = ['threads', 'processes'] as const;
export type WorkerMode = (typeof WORKER_MODES)[number];
export type BackendKind = (typeof BACKEND_KINDS)[number];

export const defaultConfig: SiftConfig = {
  corpusDir: 'seeds',
  indexDir: 'index',
  port: 3000,
  host: '127.0.0.1',
  backend: 'embedded',
  drainMs: 10_000,
  workers: 1,
  workerMode: 'threads',
  token: null,
  allowOpen: false,
};

type Env = NodeJS.ProcessEnv;

function pick(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** A number from the environment within [min, max], or the default; anything else is a clear error. */
export function readNumber(env: Env, name: string, fallback: number, min: number, max: number, integer = false): number {
  const text = pick(env, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got ${JSON.stringify(text)}`);
  }
  return value;
}

/** `1`/`true`/`yes` or `0`/`false`/`no` (absent = false); anything else is a clear error. */
export function readFlag(env: Env, name: string): boolean {
  const text = pick(env, name)?.toLowerCase();
  if (text === undefined || ['0', 'false', 'no'].includes(text)) return false;
  if (['1', 'true', 'yes'].includes(text)) return true;
  throw new Error(`${name} must be 1 or 0 (or true/false), got ${JSON.stringify(text)}`);
}

export function readConfig(env: Env = process.env): SiftConfig {
  const backend = (pick(env, 'SEARCH_BACKEND') ?? defaultConfig.backend).toLowerCase();
  if (!(BACKEND_KINDS as readonly string[]).includes(backend)) {
    throw new Error(`SEARCH_BACKEND must be ${BACKEND_KINDS.map((k) => `'${k}'`).join(' or ')}, got ${JSON.stringify(backend)}`);
  }
  const workerMode = (pick(env, 'SIFT_WORKER_MODE') ?? defaultConfig.workerMode).toLowerCase();
  if (!(WORKER_MODES as readonly string[]).includes(workerMode)) {
    throw new Error(`SIFT_WORKER_MODE must be ${WORKER_MODES.map((k) => `'${k}'`).join(' or ')}, got ${JSON.stringify(workerMode)}`);
  }
  return {
    backend: backend as BackendKind,
    corpusDir: resolve(pick(env, 'CORPUS_DIR') ?? defaultConfig.corpusDir),
    indexDir: resolve(pick(env, 'INDEX_DIR') ?? defaultConfig.indexDir),
    port: readNumber(env, 'PORT', defaultConfig.port, 0, 65535, true),
    host: pick(env, 'HOST') ?? defaultConfig.host,
    drainMs: readNumber(env, 'SIFT_DRAIN_SECONDS', defaultConfig.drainMs / 1000, 0, 3600) * 1000,
    workers: readNumber(env, 'SIFT_WORKERS', defaultConfig.workers, 1, 64, true),
    workerMode: backend === 'sphinxql' ? 'processes' : (workerMode as WorkerMode),
    token: env.SIFT_TOKEN !== undefined && env.SIFT_TOKEN !== '' ? env.SIFT_TOKEN : null,
    allowOpen: readFlag(env, 'SIFT_ALLOW_OPEN'),
  };
}
