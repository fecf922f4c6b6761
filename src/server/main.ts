// Binds the app to a port; closing it drains in-flight requests (drain.ts). Signals are wired in signals.ts.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { requireToken } from './auth';
import { answerClientErrors } from './client-errors';
import { trackServer } from './drain';
import type { DrainReport } from './drain';

export interface ServeOptions {
  port: number;
  host: string;
  /** How long a shutdown waits for in-flight requests before answering them 503 (or cutting a stream). */
  drainMs: number;
  /** A client must send its request headers within this time (slow-header attacks). */
  headersTimeoutMs: number;
  /** ...and its whole request within this time. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeoutMs: number;
  /** When set, every request must carry this access token (auth.ts); checked by accessPolicy beforehand. */
  token: string | null;
  log: (line: string) => void;
}

export const defaultServeOptions: ServeOptions = {
  port: 3000,
  host: '127.0.0.1',
  drainMs: 10_000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  token: null,
  log: () => {},
};

export interface RunningServer {
  url: string;
  /** Stops accepting, answers every request received (503 after the deadline) and resolves once all are closed. */
  close(): Promise<DrainReport>;
}

/** `app` may be a Hono app or anything with its `fetch` (a test double, a composed handler). */
export function startServer(app: Pick<Hono, 'fetch'>, options: Partial<ServeOptions> = {}): Promise<RunningServer> {
  const opts: ServeOptions = { ...defaultServeOptions, ...options };
  const server = createServer();
  const tracker = trackServer(server, { deadlineMs: opts.drainMs });
  const served = opts.token === null ? app : requireToken(app, { token: opts.token });
  server.on('request', tracker.listener(getRequestListener(tracker.fetch(served.fetch))));
  answerClientErrors(server);
  server.headersTimeout = opts.headersTimeoutMs;
  server.requestTimeout = opts.requestTimeoutMs;
  server.keepAliveTimeout = opts.keepAliveTimeoutMs;
  let closing: Promise<DrainReport> | null = null;
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      const info = server.address() as AddressInfo;
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolvePromise({ url: `http://${host}:${info.port}`, close: () => (closing ??= tracker.drain()) });
    });
  });
}

export function describeDrain(report: DrainReport): string {
  const parts = [`${report.answered} in-flight requests answered`];
  if (report.refused > 0) parts.push(`${report.refused} of them 503 after the deadline`);
  if (report.cut > 0) parts.push(`${report.cut} streamed answers cut at the deadline`);
  return parts.join(', ');
}
