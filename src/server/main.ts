// Binds the app to a port and drains in-flight requests on SIGTERM/SIGINT.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface ServeOptions {
  port: number;
  host: string;
  /** How long a shutdown waits for in-flight requests before exiting anyway. */
  drainMs: number;
  /** A client must send its request headers within this time (slow-header attacks). */
  headersTimeoutMs: number;
  /** ...and its whole request within this time. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeoutMs: number;
  log: (line: string) => void;
}

export const defaultServeOptions: ServeOptions = {
  port: 3000,
  host: '127.0.0.1',
  drainMs: 10_000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  log: () => {},
};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(app: Hono, options: Partial<ServeOptions> = {}): Promise<RunningServer> {
  const opts: ServeOptions = { ...defaultServeOptions, ...options };
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolvePromise({ url: `http://${host}:${info.port}`, close: () => drain(server as Server, opts.drainMs) });
    }) as Server;
    server.headersTimeout = opts.headersTimeoutMs;
    server.requestTimeout = opts.requestTimeoutMs;
    server.keepAliveTimeout = opts.keepAliveTimeoutMs;
    server.once('error', reject);
  });
}

/**
 * Stops accepting connections and lets every request already received finish. Keep-alive connections are
 * closed as soon as they fall idle (checked repeatedly: a connection busy now may be idle in a moment).
 */
function drain(server: Server, drainMs: number): Promise<void> {
  return new Promise<void>((done) => {
    const idleSweep = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => {
      clearInterval(idleSweep);
      server.closeAllConnections();
      done();
    }, drainMs);
    deadline.unref();
    server.close(() => {
      clearInterval(idleSweep);
      clearTimeout(deadline);
      done();
    });
    server.closeIdleConnections();
  });
}

/** Closes the server on SIGTERM/SIGINT, letting in-flight requests finish, then exits. */
export function closeOnSignals(server: RunningServer, log: (line: string) => void): void {
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: finishing in-flight requests`);
    void server.close().then(() => {
      log('stopped');
      process.exit(0);
    });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
