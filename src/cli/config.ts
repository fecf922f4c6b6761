// Environment → validated runtime configuration (see API.md "Environment").
import { resolve } from 'node:path';

export interface SiftConfig {
  corpusDir: string;
  indexDir: string;
  port: number;
  host: string;
  /** Which SearchBackend serves (src/backend): the in-process engine or a SphinxQL cluster. */
  backend: BackendKind;
}

export const BACKEND_KINDS = ['embedded', 'sphinxql'] as const;
export type BackendKind = (typeof BACKEND_KINDS)[number];

export const defaultConfig: SiftConfig = { corpusDir: 'seeds', indexDir: 'index', port: 3000, host: '127.0.0.1', backend: 'embedded' };

export function readConfig(env: NodeJS.ProcessEnv = process.env): SiftConfig {
  const pick = (name: string): string | undefined => (env[name]?.trim() ? env[name]!.trim() : undefined);
  const portText = pick('PORT');
  const port = portText === undefined ? defaultConfig.port : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got ${JSON.stringify(portText)}`);
  }
  const backend = (pick('SEARCH_BACKEND') ?? defaultConfig.backend).toLowerCase();
  if (!(BACKEND_KINDS as readonly string[]).includes(backend)) {
    throw new Error(`SEARCH_BACKEND must be ${BACKEND_KINDS.map((k) => `'${k}'`).join(' or ')}, got ${JSON.stringify(backend)}`);
  }
  return {
    backend: backend as BackendKind,
    corpusDir: resolve(pick('CORPUS_DIR') ?? defaultConfig.corpusDir),
    indexDir: resolve(pick('INDEX_DIR') ?? defaultConfig.indexDir),
    port,
    host: pick('HOST') ?? defaultConfig.host,
  };
}
